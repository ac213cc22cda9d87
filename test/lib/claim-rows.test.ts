import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, rowsOf } from "../../src/lib/claim-rows.ts";

const source = [
  "---",
  'title: "A test"',
  "---",
  "",
  "An opening line. The slope at one is <Num of={dsigmoid(1)}>0.19661</Num>, as the code says [@glorot2010]. Another sentence.",
  "",
  "## The peak, and more",
  "",
  "$$",
  String.raw`\max \sigma' = \num{dsigmoid(0)}{0.25}`,
  "$$",
  "",
  `A long one ${"word ".repeat(80)}with <Num free>6.2.2</Num> in it.`,
].join("\n");

/** Line and column (1-based) where a piece of text first starts in the source, found by searching it. */
function positionOf(text: string): { line: number; column: number } {
  const offset = source.indexOf(text);
  const before = source.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

describe("rowsOf(source, file)", () => {
  const rows = rowsOf(source, "content/articles/a-test.mdx");

  it("lists every number in the order written", () => {
    expect(rows.map((r) => r.claim.written)).toEqual(["0.19661", "0.25", "6.2.2"]);
  });

  it("links a <Num> to its own anchor, named after the line and column where the <Num> starts", () => {
    const { line, column } = positionOf("<Num of={dsigmoid(1)}>");
    expect(rows[0]!.hash).toBe(`#num-${line}-${column}`);
    expect(rows[0]!.target).toBe("the number");
  });

  it("shows a <Num>'s own sentence, without citation keys", () => {
    expect(rows[0]!.sentence).toBe("The slope at one is 0.19661, as the code says.");
  });

  it("links a number in maths to its section, by the heading's slug, and shows the formula's line", () => {
    expect(rows[1]!.hash).toBe("#the-peak-and-more");
    expect(rows[1]!.target).toBe("section “The peak, and more”");
    expect(rows[1]!.sentence).toBe(String.raw`\max \sigma' = \num{dsigmoid(0)}{0.25}`);
  });

  it(`cuts a sentence longer than ${MAX_SENTENCE} characters around its number, marking the cut`, () => {
    expect(rows[2]!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(rows[2]!.sentence.startsWith("…")).toBe(true);
    expect(rows[2]!.sentence).toContain("with 6.2.2 in it.");
  });
});
