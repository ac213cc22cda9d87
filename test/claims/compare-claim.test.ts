import { describe, expect, it } from "vitest";
import { compareClaim } from "../../src/claims/compare-claim.ts";
import { parseWritten } from "../../src/claims/parse-written.ts";

const judge = (text: string, computed: number) => compareClaim(parseWritten(text)!, computed);

describe("compareClaim(written, computed)", () => {
  it("accepts a number rounded to its written digits and nothing else", () => {
    expect(judge("0.19661", 0.19661193324148185).ok).toBe(true);
    expect(judge("0.1966", 0.19661193324148185).ok).toBe(true);
    expect(judge("0.19662", 0.19661193324148185)).toEqual({ ok: false, expected: "0.19661" });
    expect(judge("0.2", 0.26).ok).toBe(false);
  });
  it("accepts a truncation only when written with …", () => {
    expect(judge("0.598…", 0.598687660112452).ok).toBe(true);
    expect(judge("0.599…", 0.598687660112452)).toEqual({ ok: false, expected: "0.598…" });
    expect(judge("0.598", 0.598687660112452)).toEqual({ ok: false, expected: "0.599" });
    expect(judge("−0.401…", -0.401312339887548).ok).toBe(true);
  });
  it("accepts a loose ≈ within one unit of the last written place", () => {
    expect(judge("≈ 0.2", 0.25).ok).toBe(true);
    expect(judge("≈ 0.2", 0.31).ok).toBe(false);
  });
  it("compares percentages on the ×100 scale", () => {
    expect(judge("75 %", 0.75).ok).toBe(true);
    expect(judge("93.75 %", 1 - 0.25 ** 2).ok).toBe(true);
    expect(judge("0.023 %", 0.000231).ok).toBe(true);
    expect(judge("0.023 %", 0.00024)).toEqual({ ok: false, expected: "0.024 %" });
  });
  it("compares scientific notation to its significant digits", () => {
    expect(judge("6.22e-61", 0.25 ** 100).ok).toBe(true);
    expect(judge("6.23e-61", 0.25 ** 100)).toEqual({ ok: false, expected: "6.22e-61" });
  });
});

describe("compareClaim(written, computed) at the ends of the double range", () => {
  const tiny = 3 * Number.MIN_VALUE; // the subnormal 3 × 2^−1074 ≈ 1.482e-323
  it("compares subnormals by their written digits, not by the nearest subnormal the digits parse to", () => {
    expect(judge("1.48e-323", tiny).ok).toBe(true);
    expect(judge("1.482e-323", tiny).ok).toBe(true);
    // 1.3e-323 parses to the same subnormal as 1.48e-323, yet it is wrong.
    expect(Number("1.3e-323")).toBe(tiny);
    expect(judge("1.3e-323", tiny).ok).toBe(false);
    expect(judge("≈ 1.5e-323", tiny).ok).toBe(true);
    expect(judge("1.4…e-323", tiny).ok).toBe(true);
  });
  it("compares near ±1.8e308 without overflow", () => {
    // Number.MAX_VALUE = 1.7976931348623157e308: rounded to four digits it is 1.798e308, itself beyond the doubles.
    expect(judge("1.798e308", Number.MAX_VALUE).ok).toBe(true);
    expect(judge("1.797e308", Number.MAX_VALUE).ok).toBe(false);
    expect(judge("-1.798e308", Number.MAX_VALUE).ok).toBe(false);
    expect(judge("-1.798e308", -Number.MAX_VALUE).ok).toBe(true);
    expect(judge("1.797…e308", Number.MAX_VALUE).ok).toBe(true);
    expect(judge("≈ 1.8e308", Number.MAX_VALUE).ok).toBe(true);
    expect(judge("1e308", Number.MAX_VALUE).ok).toBe(false);
    expect(judge("2e308", Number.MAX_VALUE).ok).toBe(true);
  });
});
