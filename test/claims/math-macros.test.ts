import { describe, expect, it } from "vitest";
import { mathMacros } from "../../src/claims/math-macros.ts";

describe("mathMacros(source)", () => {
  it("extracts \\num{expr}{written} and \\free{written} and rewrites them to the written number", () => {
    const r = mathMacros(String.raw`\sigma'(0) = \num{dsigmoid(0)}{0.25}, \free{1.5}`);
    expect(r.rewritten).toBe(String.raw`\sigma'(0) = 0.25, 1.5`);
    expect(r.macros.map((m) => [m.expression, m.written])).toEqual([
      ["dsigmoid(0)", "0.25"],
      [null, "1.5"],
    ]);
    expect(r.errors).toEqual([]);
  });
  it("keeps nested braces in the written part", () => {
    expect(mathMacros(String.raw`\num{0.25 ** 100}{6.22 \times 10^{-61}}`).rewritten).toBe(String.raw`6.22 \times 10^{-61}`);
  });
  it("reports a macro with a missing argument", () => {
    const r = mathMacros(String.raw`x = \num{dsigmoid(0)} + 1`);
    expect(r.errors[0]!.message).toMatch(/two braced arguments/);
  });
  it("leaves \\number and other commands alone", () => {
    expect(mathMacros(String.raw`\numberwithin \frac{1}{2}`).macros).toEqual([]);
  });
});
