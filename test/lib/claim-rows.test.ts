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
  "",
  String.raw`First sentence. At $x = -4$ the slope is $\sigma'(-4) = \num{dsigmoid(-4)}{0.01766}$, small. Last one.`,
  "",
  `${"filler ".repeat(30)}then $a = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23$ and ${"more ".repeat(20)}<Num of={sigmoid(0)}>0.5</Num> ${"tail ".repeat(30)}.`,
].join("\n");

/** The text a reader sees in a row's sentence: text and code as written, maths as its KaTeX source between dollars. */
const shown = (parts: readonly { kind: string; value: string }[]) => parts.map((p) => (p.kind === "math" ? `$${p.value}$` : p.value)).join("");

/** Line and column (1-based) where a piece of text first starts in the source, found by searching it. */
function positionOf(text: string): { line: number; column: number } {
  const offset = source.indexOf(text);
  const before = source.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

describe("rowsOf(source, file)", () => {
  const rows = rowsOf(source, "content/articles/a-test.mdx");

  it("lists every number in the order written", () => {
    expect(rows.map((r) => r.claim.written)).toEqual(["0.19661", "0.25", "6.2.2", "0.01766", "0.5"]);
  });

  it("links a <Num> to its own anchor, named after the line and column where the <Num> starts", () => {
    const { line, column } = positionOf("<Num of={dsigmoid(1)}>");
    expect(rows[0]!.hash).toBe(`#num-${line}-${column}`);
    expect(rows[0]!.target).toBe("the number");
  });

  it("shows a <Num>'s own sentence, without citation keys", () => {
    expect(rows[0]!.sentence).toEqual([{ kind: "text", value: "The slope at one is 0.19661, as the code says." }]);
  });

  it("links a number in display maths to its section, by the heading's slug, and shows the formula's line with the macro replaced by its number", () => {
    expect(rows[1]!.hash).toBe("#the-peak-and-more");
    expect(rows[1]!.target).toBe("section “The peak, and more”");
    expect(rows[1]!.sentence).toEqual([{ kind: "math", value: String.raw`\max \sigma' = 0.25` }]);
  });

  it("shows a number in inline maths in its prose sentence, the maths kept whole as maths and its macros replaced", () => {
    expect(rows[3]!.sentence).toEqual([
      { kind: "text", value: "At " },
      { kind: "math", value: "x = -4" },
      { kind: "text", value: " the slope is " },
      { kind: "math", value: String.raw`\sigma'(-4) = 0.01766` },
      { kind: "text", value: ", small." },
    ]);
  });

  it("never cuts a long sentence inside maths: a formula is kept whole or left out", () => {
    const text = shown(rows[4]!.sentence);
    expect(text).toContain("0.5");
    expect(text).not.toMatch(/[\uE000\uE001]/);
    expect(text).not.toContain("+ 23 ");
    for (const part of rows[4]!.sentence.filter((p) => p.kind === "math")) expect(part.value).toMatch(/^a = 1 \+ 2 .* \+ 23$/);
  });

  it(`cuts a sentence longer than ${MAX_SENTENCE} characters around its number, marking the cut`, () => {
    const text = shown(rows[2]!.sentence);
    expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(text.startsWith("…")).toBe(true);
    expect(text).toContain("with 6.2.2 in it.");
  });
});
