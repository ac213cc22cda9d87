/**
 * Turns a stylesheet's width media queries into container queries on the embed: a widget's small-screen rules
 * (larger labels, fewer ticks) then follow the column it is placed in, not the host page's window.
 */
export function widthQueriesToContainer(css: string): string {
  return css.replace(/@media\s*\(\s*((?:max|min)-width\s*:[^)]*)\)/g, "@container sg-embed ($1)");
}
