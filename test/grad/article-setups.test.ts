import { describe, expect, it } from "vitest";
import { sigmoidSetup } from "../../src/grad/article-setups.ts";
import { DIGIT_NAMES, DIGITS } from "../../src/widgets/concept-detector/concept-options.ts";

// Counted from the figure's own bitmaps: ink in the right-hand (last) and left-hand (first) columns.
const column = (rows: readonly string[], at: number) => rows.filter((r) => r[at] === "#").length;

describe("sigmoidSetup.concept", () => {
  it("states the pixels the concept detector's figure draws: the 4 has 7 on the right and 3 on the left, the 8 has 4 on each side", () => {
    const four = DIGITS[DIGIT_NAMES[sigmoidSetup.concept.digit]!];
    expect(DIGIT_NAMES[sigmoidSetup.concept.digit]).toBe("four");
    expect(column(four, 4)).toBe(sigmoidSetup.concept.strokePixels);
    expect(column(four, 0)).toBe(sigmoidSetup.concept.againstPixels);
    expect(column(DIGITS.eight, 4)).toBe(sigmoidSetup.concept.eightPixels);
    expect(column(DIGITS.eight, 0)).toBe(sigmoidSetup.concept.eightPixels);
  });
});
