import { describe, expect, it } from "vitest";
import { parseWritten } from "../../src/claims/parse-written.ts";

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
});

describe("parseWritten(text) beyond the double range", () => {
  it.each(["1e400", "≈ 1e999", String.raw`1 \times 10^{400}`, "2 × 10⁴⁰⁰"])("reads %s as a non-finite value (which the judge rejects)", (text) => {
    expect(parseWritten(text)!.value).toBe(Infinity);
  });
  it("keeps the written mantissa and exponent, so digits below the subnormal range are not lost", () => {
    expect(parseWritten("1.3e-323")).toMatchObject({ mantissa: 1.3, exponent: -323, decimals: 1 });
  });
});
