import { describe, expect, it } from "vitest";
import { runContained } from "../../src/claims/run-contained.ts";

describe("runContained(jobs) run twice (the build's check, then the render)", () => {
  it("gives the same outcomes, and what a caller does to one answer does not reach the next", () => {
    const jobs = [{ expression: "dsigmoid(0)" }, { expression: "undefinedName + 1" }];
    const first = runContained(jobs);
    expect(first).toEqual([{ number: "0.25" }, { error: expect.stringMatching(/undefinedName is not defined/) }]);
    (first[0] as { number: string }).number = "0.3";
    expect(runContained(jobs)).toEqual([{ number: "0.25" }, { error: expect.stringMatching(/undefinedName is not defined/) }]);
  });
});
