/** The KaTeX fonts a page may preload: the text face, italic letters, and the first two sizes of delimiters and big operators. */
export const MATH_FONTS = ["Main-Regular", "Math-Italic", "Size1-Regular", "Size2-Regular"] as const;
/** One of the fonts a page may preload. */
export type MathFont = (typeof MATH_FONTS)[number];

// The classes katex.min.css sets each face on (".katex .mathnormal", ".katex .delimsizing.size1", …): all of a class
// list's names must be present. Rarer faces (bold, AMS, script, larger delimiters) are left to load when used.
const FACES: readonly (readonly [MathFont, readonly (readonly string[])[]])[] = [
  ["Math-Italic", [["mathnormal"], ["boldsymbol"]]],
  ["Size1-Regular", [["delimsizing", "size1"], ["op-symbol", "small-op"], ["delim-size1"]]],
  ["Size2-Regular", [["delimsizing", "size2"], ["op-symbol", "large-op"]]],
];

/** The fonts, of MATH_FONTS, that maths whose elements carry these class lists is drawn with; none when there is no maths. */
export function mathFontsFor(classLists: Iterable<readonly string[]>): MathFont[] {
  const used = new Set<MathFont>();
  for (const classes of classLists) {
    if (classes.includes("katex")) used.add("Main-Regular");
    for (const [font, sets] of FACES) if (sets.some((set) => set.every((c) => classes.includes(c)))) used.add(font);
  }
  return MATH_FONTS.filter((f) => used.has(f));
}

/** The class lists of every element in an HTML string (KaTeX's output), for mathFontsFor. */
export function classListsOf(html: string): string[][] {
  return [...html.matchAll(/\bclass="([^"]*)"/g)].map((m) => m[1]!.split(/\s+/));
}
