/** Applies a stored theme before the first paint, so a reader's choice never flashes the other theme. */
export const THEME_SCRIPT = `try {
  const t = localStorage.getItem("theme");
  if (t === "light" || t === "dark") document.documentElement.dataset.theme = t;
} catch {}`;

/**
 * Every inline script a page of the site may carry, by name: the layout inserts these and nothing else. The headers
 * step allows exactly these by hash and fails the build on any other inline script found in the built pages.
 */
export const DECLARED_SCRIPTS: Readonly<Record<string, string>> = { theme: THEME_SCRIPT };
