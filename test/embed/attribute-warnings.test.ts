import { describe, expect, it } from "vitest";
import { attributeWarnings } from "../../src/embed/attribute-warnings.ts";

const known = ["log-eps", "learning-rate", "w", "theme"];

describe("attributeWarnings(tag, present, known)", () => {
  it("names a camelCase option as HTML reads it (logEps → logeps) and the attribute meant", () => {
    expect(attributeWarnings("sg-x", ["logeps"], known)).toEqual(['<sg-x>: unknown attribute "logeps" is ignored; did you mean "log-eps"? (attribute names are lowercase with dashes, not camelCase)']);
    expect(attributeWarnings("sg-x", ["learning_rate"], known)[0]).toContain('did you mean "learning-rate"');
  });

  it("lists the known attributes for a typo, and leaves the page's own attributes alone", () => {
    expect(attributeWarnings("sg-x", ["wieght"], known)).toEqual(['<sg-x>: unknown attribute "wieght" is ignored; known: log-eps, learning-rate, w, theme']);
    expect(attributeWarnings("sg-x", ["id", "class", "style", "data-x", "aria-label", "w", "theme", "log-eps"], known)).toEqual([]);
  });
});
