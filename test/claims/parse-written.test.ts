import { describe, expect, it } from "vitest";
import { mutateWritten, parseWritten, writtenForm } from "../../src/claims/parse-written.ts";

describe("parseWritten(text)", () => {
  it.each([
    ["0.19661", { value: 0.19661, decimals: 5, mode: "round", percent: false, scientific: false }],
    ["−4.5", { value: -4.5, decimals: 1 }],
    ["37", { value: 37, decimals: 0, unit: 1 }],
    ["6.22e-61", { value: 6.22e-61, decimals: 2, scientific: true }],
    ["6.22 × 10⁻⁶¹", { value: 6.22e-61, scientific: true }],
    [String.raw`6.22 \times 10^{-61}`, { value: 6.22e-61, scientific: true }],
    ["0.023 %", { value: 0.023, percent: true, decimals: 3 }],
    [String.raw`75\%`, { value: 75, percent: true }],
    ["0.598…", { value: 0.598, mode: "truncate" }],
    ["≈ 0.2", { value: 0.2, mode: "approx" }],
    [String.raw`\approx 0.2`, { mode: "approx" }],
  ])("reads %s", (text, expected) => {
    expect(parseWritten(text)).toMatchObject(expected);
  });
  it("gives the unit of the last written place", () => {
    expect(parseWritten("0.19661")!.unit).toBeCloseTo(1e-5, 20);
    expect(parseWritten("6.22e-61")!.unit).toBeCloseTo(1e-63, 75);
  });
  it.each(["", "abc", "0.5 and 0.6", "1.2.3", "0x10"])("rejects %j", (text) => {
    expect(parseWritten(text)).toBeNull();
  });
  it.each([
    [String.raw`\tfrac{8}{27}`, 8, 27],
    [String.raw`\frac{1}{3}`, 1, 3],
    [String.raw`\tfrac13`, 1, 3],
    ["8/27", 8, 27],
    ["−1/4", -1, 4],
    ["one third", 1, 3],
    ["a quarter", 1, 4],
    ["two thirds", 2, 3],
  ])("reads the fraction %s as %i/%i", (text, p, q) => {
    const w = parseWritten(text)!;
    expect(w.fraction).toEqual({ numerator: p, denominator: q });
    expect(w.value).toBe(p / q);
    expect(writtenForm(w)).toBe("fraction");
  });
  it.each([
    ["four", 4],
    ["Sixteen", 16],
    ["zero", 0],
    ["fifty", 50],
  ])("reads the word %s as the integer %i", (text, n) => {
    const w = parseWritten(text)!;
    expect(w).toMatchObject({ value: n, unit: 1, decimals: 0, mode: "round", words: true });
    expect(writtenForm(w)).toBe("integer");
  });
  it("tells the forms apart", () => {
    const form = (t: string) => writtenForm(parseWritten(t)!);
    expect([form("8"), form("0.25"), form("0.598…"), form("75 %"), form("6.22e-61")]).toEqual(["integer", "decimal", "decimal", "percentage", "scientific"]);
  });
  // Numbers beyond the double range parse, and the judge refuses them (below and in check-claims.test.ts).
  it.each(["1/0", "one thirds", "fourty", String.raw`\tfrac{x}{2}`])("rejects %j", (text) => {
    expect(parseWritten(text)).toBeNull();
  });
});

describe("mutateWritten(text)", () => {
  it.each([
    ["0.1474", ["0.1475", "0.1473"]],
    ["−0.0157", ["−0.0156", "−0.0158"]],
    ["-0.015740947478905427", ["-0.015740947478905426", "-0.015740947478905428"]],
    ["0.0", ["0.1", "−0.1"]],
    ["−1", ["0", "−2"]],
    ["0.099", ["0.100", "0.098"]],
    [String.raw`6.22 \times 10^{-61}`, [String.raw`6.23 \times 10^{-61}`, String.raw`6.21 \times 10^{-61}`]],
    ["4.9 × 10⁻¹³", ["5.0 × 10⁻¹³", "4.8 × 10⁻¹³"]],
    ["75 %", ["76 %", "74 %"]],
    ["0.598…", ["0.599…", "0.597…"]],
    ["≈ 0.2", ["≈ 0.4", "≈ 0.0"]],
    [String.raw`\tfrac{8}{27}`, ["9/27", "7/27"]],
    ["four", ["five", "three"]],
    ["twenty", ["21", "nineteen"]],
  ])("moves %s by one unit in its last place (two for a loose number)", (text, expected) => {
    expect(mutateWritten(text)).toEqual(expected);
  });
  it("gives nothing to try for a text that is not a number", () => {
    expect(mutateWritten("6.2.2.2")).toEqual([]);
  });
});

describe("parseWritten(text) beyond the double range", () => {
  it.each(["1e400", "≈ 1e999", String.raw`1 \times 10^{400}`, "2 × 10⁴⁰⁰"])("reads %s as a non-finite value (which the judge rejects)", (text) => {
    expect(parseWritten(text)!.value).toBe(Infinity);
  });
  it("keeps the written mantissa and exponent, so digits below the subnormal range are not lost", () => {
    expect(parseWritten("1.3e-323")).toMatchObject({ mantissa: 1.3, exponent: -323, decimals: 1 });
  });
});
