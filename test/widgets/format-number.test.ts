import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/widgets/format-number.ts";

describe("formatNumber(v)", () => {
  it("writes fixed digits, a true minus sign, scientific when tiny, and a dash for non-finite values", () => {
    expect(formatNumber(0.19661193324148185)).toBe("0.197");
    expect(formatNumber(-4)).toBe("−4.000");
    expect(formatNumber(4.5e-5)).toBe("4.50e−5");
    expect(formatNumber(0)).toBe("0.000");
    expect(formatNumber(NaN)).toBe("—");
  });
});
