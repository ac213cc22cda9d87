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
  it("reads the reason of \\free[reason]{written}, and none from \\free{written}", () => {
    const r = mathMacros(String.raw`\free[section number]{6.2} + \free{1.5} + \num{x}{2}`);
    expect(r.macros.map((m) => [m.written, m.reason])).toEqual([
      ["6.2", "section number"],
      ["1.5", null],
      ["2", null],
    ]);
    expect(r.rewritten).toBe("6.2 + 1.5 + 2");
  });
});
