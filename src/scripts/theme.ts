const KEY = "theme";

/** Wires the theme button: follows the system until the reader picks, then remembers the pick (applied early by Base.astro). */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  const system = window.matchMedia("(prefers-color-scheme: dark)");
  const current = (): "light" | "dark" => (root.dataset.theme as "light" | "dark" | undefined) ?? (system.matches ? "dark" : "light");
  const show = (): void => {
    if (!button) return;
    const dark = current() === "dark";
    button.setAttribute("aria-pressed", String(dark));
  };
  show();
  system.addEventListener("change", show);
  button?.addEventListener("click", () => {
    root.dataset.theme = current() === "dark" ? "light" : "dark";
    localStorage.setItem(KEY, root.dataset.theme);
    show();
  });
}
