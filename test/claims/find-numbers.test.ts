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
});
