import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/claims/find-numbers.ts";

const texts = (t: string, c: "prose" | "math" | "code") => findNumbers(t, c).map((n) => n.text);

describe("findNumbers(text, context)", () => {
  it("finds decimals, percentages and scientific notation in prose, not plain integers", () => {
    expect(texts("In 2021, 100 layers gave 0.25, .5, 75 %, 93.75%, 6.22e-61 and 6.22 × 10⁻⁶¹.", "prose")).toEqual([
      "0.25", ".5", "75 %", "93.75%", "6.22e-61", "6.22 × 10⁻⁶¹",
    ]);
  });
  it("does not split identifiers or sentence ends", () => {
    expect(texts("Layer h2 and x1.5y end in 3. Then v1.", "prose")).toEqual([]);
  });
  it("finds decimals, \\% and \\times 10^ in maths", () => {
    expect(texts(String.raw`0.25^{100} + 75\% + 6 \times 10^{-3} + x_1 + 2x`, "math")).toEqual(["0.25", String.raw`75\%`, String.raw`6 \times 10^`]);
  });
  it("gives offsets into the text", () => {
    expect(findNumbers("a 0.5 b", "prose")).toEqual([{ text: "0.5", offset: 2 }]);
  });
  it("finds the forms that can only be results: N times, orders of magnitude, digits, and fractions", () => {
    expect(texts("four times higher, 7 orders of magnitude, sixteen digits, 8/27 of it; two sides, 3 layers", "prose")).toEqual([
      "four times", "7 orders of magnitude", "sixteen digits", "8/27",
    ]);
    expect(texts(String.raw`\tfrac{8}{27} + \frac13 + \tfrac{\varepsilon}{2} + x_{12}`, "math")).toEqual([String.raw`\tfrac{8}{27}`, String.raw`\frac13`]);
  });
  it.each([
    ["a rate of 0,5", "prose", "decimal comma"],
    ["half is ½", "prose", "vulgar fraction"],
    [String.raw`x = ¼`, "math", "vulgar fraction"],
    ["０.５ wide", "prose", "full-width"],
    ["٠٫٥ wide", "prose", "another script"],
    ["५ steps", "prose", "another script"],
    ["3 ‰ of them", "prose", "per-mille"],
    ["0.5‰", "prose", "per-mille"],
    ["0·5 apart", "prose", "middle dot"],
    ["0\u200b.5", "prose", "invisible"],
    ["1\u00ad000", "prose", "invisible"],
    ["const x = 0\u2060.5;", "code", "invisible"],
  ] as const)("refuses %j in %s with a message naming the notation", (text, context, notation) => {
    const refused = findNumbers(JSON.parse(`"${text}"`), context).filter((n) => n.refused);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.refused).toMatch(new RegExp(notation.replace("-", "."), "i"));
  });
  it("takes a date or a path for no fraction", () => {
    expect(texts("posted 11/25/2026, see /img/2/3.svg", "prose")).toEqual([]);
  });
  it("does not refuse thousands separators, a middle dot before a power of ten, or ASCII digits", () => {
    expect(findNumbers("11,000 steps, 6.2 · 10⁻³ and 2·10⁵, 0.5", "prose").filter((n) => n.refused)).toEqual([]);
  });
});
