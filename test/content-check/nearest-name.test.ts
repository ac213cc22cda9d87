import { describe, expect, it } from "vitest";
import { nearestName } from "../../src/content-check/nearest-name.ts";

describe("nearestName(name, candidates)", () => {
  it("finds a swap of two letters, a missing letter and a wrong case as one edit away", () => {
    expect(nearestName("TrainingRcae", ["SigmoidExplorer", "TrainingRace", "Towers"])).toBe("TrainingRace");
    expect(nearestName("SigmoidExplorr", ["SigmoidExplorer", "Towers"])).toBe("SigmoidExplorer");
    expect(nearestName("towers", ["Towers", "Zigzag"])).toBe("Towers");
  });

  it("gives null when nothing is within a third of the name's length", () => {
    expect(nearestName("Histogram", ["Towers", "Zigzag", "SigmoidExplorer"])).toBeNull();
    expect(nearestName("Anything", [])).toBeNull();
  });
});
