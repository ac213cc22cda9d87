import { CHANGE_EVENT, THEME_ATTRIBUTE } from "./define-embed.ts";

// The iframe page's script: URL parameters become the widget's attributes (`theme` too, for the page as well), the URL
// follows the widget's state, and the page's height goes to the parent window so a host can size the iframe.
const el = document.querySelector<HTMLElement>("[data-embed-widget]");
if (el) {
  // The iframe is the figure: load it at once (an IntersectionObserver inside a cross-origin frame that is taller
  // than the host's window and scrolled part-way can miss it).
  const here = new URL(import.meta.url);
  void import(/* @vite-ignore */ new URL(`./${el.localName.slice("sg-".length)}.js`, here).href);
  const params = new URLSearchParams(location.search);
  for (const name of (el.dataset.embedAttributes ?? "").split(" ")) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  const theme = params.get(THEME_ATTRIBUTE);
  if (theme !== null) {
    el.setAttribute(THEME_ATTRIBUTE, theme);
    document.documentElement.dataset.theme = theme;
  }
  el.addEventListener(CHANGE_EVENT, (event) => {
    const options = (event as CustomEvent<Record<string, number> | undefined>).detail;
    if (!options) return;
    const next = new URLSearchParams(theme === null ? {} : { [THEME_ATTRIBUTE]: theme });
    for (const [key, value] of Object.entries(options)) next.set(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), String(value));
    history.replaceState(null, "", `?${next}`);
  });
  const report = (): void => {
    parent.postMessage({ type: "sg-embed:height", widget: el.localName, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);
}
