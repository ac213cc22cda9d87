/** The id of a checked number's element in its article (`num-<line>-<column>`), the target of its row on the claims page. */
export function claimAnchor(site: { readonly line: number; readonly column: number }): string {
  return `num-${site.line}-${site.column}`;
}
