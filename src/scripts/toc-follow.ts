/**
 * Marks the contents entry of the section being read with aria-current, as the reader scrolls: the section whose
 * heading last passed the top quarter of the window.
 */
export function followToc(doc: Document = document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']")];
  const headings = links.map((a) => doc.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0 || typeof IntersectionObserver === "undefined") return;
  const update = () => {
    const line = innerHeight / 4;
    let current = -1;
    headings.forEach((h, i) => {
      if (h.getBoundingClientRect().top <= line) current = i;
    });
    links.forEach((a, i) => (i === current ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
  };
  // Headings crossing the line are the only moments the answer can change, so no scroll listener is needed.
  const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -75% 0px" });
  headings.forEach((h) => observer.observe(h));
  update();
}
