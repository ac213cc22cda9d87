import { describe, expect, it } from "vitest";
import { dsigmoid } from "../../src/grad/activations.ts";
import { compileFixture, failureOf } from "../helpers/compile-fixture.ts";

const at = (name: string, line: number) => `test/fixtures/articles/${name}:${line}:`;

describe("remarkClaims on a good article", () => {
  it("checks every form of written number and records each claim", async () => {
    const file = await compileFixture("good.mdx");
    const claims = file.data.claims ?? [];
    expect(claims.filter((c) => c.status !== "ok" && c.status !== "free")).toEqual([]);
    expect(claims.filter((c) => c.status === "free").map((c) => [c.written, c.message])).toEqual([
      ["0.16", "version number"],
      ["1.5", "an example point"],
    ]);
    const written = claims.filter((c) => c.status === "ok").map((c) => c.written);
    expect(written).toEqual([
      "0.19661", "0.01766", "0.598…", "6.22e-61", "6.22 × 10⁻⁶¹", "75 %", "≈ 0.2", "1/256", "four", "one half", "1",
      "0.25", "0.25", String.raw`6.22 \times 10^{-61}`, String.raw`\tfrac{1}{16}`, "0.731", "0.19661193324148185", "0.19657",
    ]);
    const slope = claims.find((c) => c.written === "0.19661")!;
    expect(slope).toMatchObject({ line: 14, column: 21, expression: "dsigmoid(1)" });
    expect(slope.computed).toBeCloseTo(Math.exp(-1) / (1 + Math.exp(-1)) ** 2, 15);
  });
  it("renders <Num> as a span titled with the check, and \\num as its plain number for KaTeX", async () => {
    const js = String((await compileFixture("good.mdx")).value);
    expect(js).toContain(`checked: dsigmoid(1) = ${dsigmoid(1)}`);
    expect(js).not.toMatch(/\\+(num|free)\{/);
    expect(js).toContain("sigma(1) = 0.731");
  });
});

describe("remarkClaims stops the build on bad numbers, naming file, line, written, expression and computed", () => {
  it("a wrong digit", async () => {
    const m = await failureOf("wrong-digit.mdx");
    expect(m).toContain(at("wrong-digit.mdx", 12));
    expect(m).toContain("written number does not match the computed value");
    expect(m).toContain("written:    0.19662");
    expect(m).toContain("expression: dsigmoid(1)");
    expect(m).toContain(`computed:   ${dsigmoid(1)}`);
    expect(m).toContain("the computed value rounds to 0.19661");
  });
  it("bad rounding (a truncation written without …)", async () => {
    const m = await failureOf("bad-rounding.mdx");
    expect(m).toContain(at("bad-rounding.mdx", 12));
    expect(m).toContain("rounds to 0.599");
    expect(m).toContain("end them with … to say so");
  });
  it("an unbound number in prose", async () => {
    const m = await failureOf("unbound-prose.mdx");
    expect(m).toContain(`${at("unbound-prose.mdx", 12)}34  unchecked number in prose`);
    expect(m).toContain("written:    0.25");
    expect(m).toContain("<Num of={expression}>");
  });
  it("an unbound percentage in a heading", async () => {
    const m = await failureOf("unbound-heading.mdx");
    expect(m).toContain(at("unbound-heading.mdx", 12));
    expect(m).toContain("written:    93.75 %");
  });
  it("an unbound number in display maths", async () => {
    const m = await failureOf("unbound-math.mdx");
    expect(m).toContain(`${at("unbound-math.mdx", 13)}}`.slice(0, -1));
    expect(m).toContain("unchecked number in maths");
    expect(m).toContain(String.raw`\num{expression}{…}`);
  });
  it("an unbound number in a code sample that is not runnable", async () => {
    const m = await failureOf("unbound-code.mdx");
    expect(m).toContain(at("unbound-code.mdx", 13));
    expect(m).toContain("unchecked number in code");
  });
  it("an unbound number in a caption attribute", async () => {
    const m = await failureOf("unbound-caption.mdx");
    expect(m).toContain(at("unbound-caption.mdx", 12));
    expect(m).toContain("written:    0.25");
  });
  it("a number in the front matter's title", async () => {
    const m = await failureOf("unbound-frontmatter.mdx");
    expect(m).toContain(`${at("unbound-frontmatter.mdx", 2)}1  unchecked number in prose`);
    expect(m).toContain("written:    0.25");
    expect(m).toContain("front matter cannot bind a number");
  });
  it("an expression that throws", async () => {
    const m = await failureOf("expression-throws.mdx");
    expect(m).toContain(at("expression-throws.mdx", 12));
    expect(m).toContain("number could not be checked");
    expect(m).toContain("expression: dsigmoidd(1)");
    expect(m).toMatch(/the expression threw: ReferenceError: dsigmoidd is not defined/);
  });
  it("an expression that gives NaN", async () => {
    const m = await failureOf("nan.mdx");
    expect(m).toContain("the expression gave NaN, not a finite number");
  });
  it("a <Num> without of={…}", async () => {
    const m = await failureOf("missing-expression.mdx");
    expect(m).toContain("<Num> needs of={expression}");
  });
  it("a runnable sample whose printed output differs from the comment", async () => {
    const m = await failureOf("sample-wrong-output.mdx");
    expect(m).toContain(at("sample-wrong-output.mdx", 15));
    expect(m).toContain("written:    0.1967");
    expect(m).toContain("expression: console.log(dsigmoid(1));");
    expect(m).toContain(`computed:   ${dsigmoid(1)}`);
  });
  it("a runnable sample that throws", async () => {
    const m = await failureOf("sample-throws.mdx");
    expect(m).toMatch(/the sample threw: (ReferenceError: )?nope is not defined/);
  });
});

describe("rehypeFocusableMaths", () => {
  it("makes every display formula focusable, so one that scrolls sideways can be scrolled by keyboard", async () => {
    const js = String((await compileFixture("good.mdx")).value);
    expect(js).toMatch(/className: "katex-display",\s*tabIndex: "0"/);
  });
});

describe("rehypeKatexStrict", () => {
  it("turns a KaTeX parse error into a build error with file, line and KaTeX's message", async () => {
    const m = await failureOf("katex-error.mdx");
    expect(m).toContain("KaTeX could not render 1 formula(s)");
    expect(m).toContain(at("katex-error.mdx", 12));
    expect(m).toMatch(/KaTeX: KaTeX parse error: .*expected '}'/);
  });
});
