import type { Mark } from "../../src/widgets/chart/mark.ts";

/** Every text a mark tree draws, in order. */
export function markTexts(marks: readonly Mark[]): string[] {
  return marks.flatMap((m) => (m.text !== undefined ? [m.text] : markTexts(m.children ?? [])));
}
