/** Attributes any element may carry, which an embed leaves to the page. */
const GLOBAL = new Set(["id", "class", "style", "hidden", "title", "lang", "dir", "slot", "part", "tabindex", "role", "inert", "translate", "nonce", "autofocus"]);

/**
 * Warnings for attributes an embed does not know: a typo, or an option written in camelCase as in JSX (`logEps`,
 * which HTML reads as `logeps`) instead of its attribute name (`log-eps`). data-* and aria-* belong to the page.
 */
export function attributeWarnings(tag: string, present: readonly string[], known: readonly string[]): string[] {
  const squashed = new Map(known.map((name) => [name.replaceAll("-", ""), name]));
  return present
    .filter((name) => !known.includes(name) && !GLOBAL.has(name) && !name.startsWith("data-") && !name.startsWith("aria-") && !name.startsWith("on"))
    .map((name) => {
      const meant = squashed.get(name.replaceAll("-", "").replaceAll("_", "").toLowerCase());
      const hint = meant ? `; did you mean "${meant}"? (attribute names are lowercase with dashes, not camelCase)` : `; known: ${known.join(", ")}`;
      return `<${tag}>: unknown attribute "${name}" is ignored${hint}`;
    });
}
