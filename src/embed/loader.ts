// The embed loader: finds <sg-…> elements on the host page and loads each widget's module as it nears the viewport,
// so a page downloads only the widgets it shows. Widget names are replaced at build time.
declare const __SG_WIDGETS__: readonly string[];

const here = new URL(import.meta.url);
const requested = new Set<string>();

function load(widget: string): void {
  if (requested.has(widget)) return;
  requested.add(widget);
  void import(/* @vite-ignore */ new URL(`./${widget}.js`, here).href);
}

const observer =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            load(entry.target.localName.slice(3));
          }
        },
        { rootMargin: "300px" },
      )
    : undefined;

function scan(root: ParentNode): void {
  for (const widget of __SG_WIDGETS__) {
    for (const el of root.querySelectorAll(`sg-${widget}`)) {
      if (observer) observer.observe(el);
      else load(widget);
    }
  }
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) scan(node.parentNode ?? node);
}).observe(document.documentElement, { childList: true, subtree: true });
