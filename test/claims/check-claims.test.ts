import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkClaims } from "../../src/claims/check-claims.ts";
import { isProblem } from "../../src/claims/claim.ts";
import { parseArticle } from "../../src/claims/parse-article.ts";
import { escapeExpressions, SECRET, useEscapeScratch } from "../helpers/hostile-code.ts";
import { checkFrontmatter } from "../../src/claims/check-frontmatter.ts";

const marker = useEscapeScratch("claims-");

const check = (body: string) => checkClaims(parseArticle(body).tree, "a.mdx");
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("checkClaims(tree, file): escape attempts from <Num> and \\num are blocked, at their own line", () => {
  const cases = Object.entries(escapeExpressions(marker));
  // A leaked value would be a number; written as 1 it would pass or be "wrong" — never an "error".
  it("every <Num of={…}> attempt is an error at its line, and nothing leaks", () => {
    const body = cases.map(([, e]) => `<Num of={${e}}>1</Num>`).join("\n\n");
    const claims = check(body);
    expect(claims.map((c) => [c.line, c.status])).toEqual(cases.map((_, i) => [1 + 2 * i, "error"]));
    expect(JSON.stringify(claims)).not.toContain(SECRET);
    expect(existsSync(marker)).toBe(false);
  });
  it("every \\num{…}{…} attempt is an error at its line, and nothing leaks", () => {
    // \num's braces hold the expression; attempts that need braces of their own are left to <Num>.
    const flat = cases.filter(([, e]) => !/[{}]/.test(e));
    expect(flat.length).toBeGreaterThan(20);
    const body = flat.map(([, e]) => `$x = \\num{${e}}{1}$`).join("\n\n");
    const claims = check(body);
    expect(claims.map((c) => [c.line, c.status])).toEqual(flat.map((_, i) => [1 + 2 * i, "error"]));
    expect(JSON.stringify(claims)).not.toContain(SECRET);
    expect(existsSync(marker)).toBe(false);
  });
});

describe("checkClaims(tree, file): one article's code cannot change its other claims", () => {
  it("a sample that reassigns Math.exp and an activation's derivative leaves later numbers checked against the truth", () => {
    const body = [
      "```ts runnable",
      'import { sigmoidActivation } from "~/grad";',
      "Math.exp = () => 0;",
      "(sigmoidActivation as any).df = () => 0.25;",
      "console.log(1); // → 1",
      "```",
      "",
      "<Num of={sigmoid(1)}>1.000</Num> and <Num of={sigmoidActivation.df(3)}>0.25</Num>, $\\num{sigmoid(1)}{0.731}$",
    ].join("\n");
    const claims = check(body);
    expect(claims.map((c) => [c.line, c.written, c.status])).toEqual([
      [5, "1", "ok"],
      [8, "1.000", "wrong"],
      [8, "0.25", "wrong"],
      [8, "0.731", "ok"],
    ]);
    expect(claims[1]!.computed).toBeCloseTo(sigmoid(1), 15);
  });
  it("an expression that reassigns Math.exp does not change the next", () => {
    const claims = check("<Num of={(Math.exp = () => 0, 0)}>0</Num> <Num of={sigmoid(1)}>1.000</Num>");
    expect(claims.map((c) => c.status)).toEqual(["ok", "wrong"]);
  });
});

describe("checkClaims(tree, file): written numbers beyond the double range", () => {
  it.each([
    ["<Num of={Number.MAX_VALUE}>1e400</Num>", /beyond the largest finite double/],
    ["<Num of={Number.MAX_VALUE}>≈ 1e999</Num>", /beyond the largest finite double/],
    ["$\\num{Number.MAX_VALUE}{1 \\times 10^{400}}$", /beyond the largest finite double/],
    ["<Num of={1}>0e400</Num>", /one unit of the last written digit/],
  ])("%s is an error, not a pass", (body, message) => {
    const [claim] = check(body);
    expect(claim).toMatchObject({ status: "error", message: expect.stringMatching(message) });
  });
});

describe("checkClaims(tree, file): expressions that cannot be reproduced", () => {
  it.each(["Math.random()", "Date.now() / 1e12", "new Date().getFullYear()"])("<Num of={%s}> is refused with a message", (expression) => {
    const [claim] = check(`<Num of={${expression}}>0.5</Num>`);
    expect(claim).toMatchObject({ status: "error", message: expect.stringMatching(/is not available to checked code: a checked number must be the same on every build/) });
  });
});

describe("checkClaims(tree, file): all of an article's code in one child process", () => {
  it("checks many claims of one article correctly", () => {
    const xs = Array.from({ length: 40 }, (_, i) => i / 10 - 2);
    const claims = check(xs.map((x) => `<Num of={sigmoid(${x})}>${sigmoid(x).toFixed(4)}</Num>`).join("\n\n"));
    expect(claims.filter(isProblem)).toEqual([]);
    expect(claims).toHaveLength(40);
  });
});

describe("checkClaims(tree, file): the largest double, rounded", () => {
  it("accepts 1.798e308 for Number.MAX_VALUE (a correct rounding, though no double) and rejects 1e309", () => {
    const claims = check("<Num of={Number.MAX_VALUE}>1.798e308</Num> <Num of={Number.MAX_VALUE}>1e309</Num>");
    expect(claims.map((c) => c.status)).toEqual(["ok", "error"]);
  });
});

const problems = (body: string) => checkClaims(parseArticle(`---\ntitle: "T"\n---\n${body}`).tree, "a.mdx").filter(isProblem);

describe("checkClaims(tree, file): every place a reader sees a number", () => {
  it.each([
    ["![The slope is 0.25 here](/img.svg)", 4, "an image's alt text"],
    ['![The slope](/img.svg "peaks at 0.25")', 4, "an image's title"],
    ['[the slope](#x "it is 0.25")', 4, "a link's title"],
    ['[the slope][s]\n\n[s]: #x "it is 0.25"', 6, "a link's title"],
    ['<span aria-label="slope 0.25">σ′</span>', 4, "the aria-label of <span>"],
    ['<Figure caption={"slope 0.25"} />', 4, "the caption of <Figure>"],
  ])("finds the unbound number in %j and names the place", (body, line, place) => {
    const [p] = problems(body);
    expect(p).toMatchObject({ status: "unbound", line, written: "0.25" });
    expect(p!.message).toContain(place);
  });
  it("refuses a caption given as an expression, which nothing can check", () => {
    const [p] = problems("<Figure caption={`slope ${dsigmoid(0)}`} />");
    expect(p).toMatchObject({ status: "error", line: 4 });
    expect(p!.message).toMatch(/caption of <Figure> is a JavaScript expression/);
  });
  it("refuses an MDX expression in prose, which shows a value nothing checks, but not a comment", () => {
    const [p, ...rest] = problems("The slope is {dsigmoid(0)} here. {/* a comment */}");
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ status: "error", line: 4, written: "{dsigmoid(0)}" });
    expect(p!.message).toMatch(/expression \{…\} in the text/);
  });
  it.each([
    ["The slope is 0.<em>25</em>."],
    ["The slope is 0.{/* hidden */}25."],
    ['The slope is 1<Num of={dsigmoid(0)}>0.25</Num>.'],
  ])("refuses a number split by a tag or a comment: %j", (body) => {
    expect(problems(body).some((p) => p.status === "error" && /split by a tag/.test(p.message!))).toBe(true);
  });
  it("does not take neighbouring table cells for a split number", () => {
    expect(problems("| x | y |\n| --- | --- |\n| 1 | 2 |")).toEqual([]);
  });
  it.each([
    ["a rate of 0,5", /decimal comma.*\(in prose\)/],
    ["half of it, ½", /vulgar fraction/],
    ["０.５ of it", /full-width/],
    ["5 ‰ of it", /per-mille/],
    ["0·5 of it", /middle dot/],
    ["0\u200b.5 of it", /invisible/],
    ["$x = ½$", /vulgar fraction.*\(in maths\)/],
  ])("refuses %j with a file:line message", (body, message) => {
    const found = problems(body);
    expect(found.some((p) => p.line === 4 && message.test(p.message!))).toBe(true);
  });
  it("wants a reason for every free number, in prose and in maths", () => {
    const found = problems(String.raw`<Num free>0.5</Num> and $\free{0.5}$`);
    expect(found.map((p) => p.status)).toEqual(["error", "error"]);
    expect(found[0]!.message).toMatch(/must say why it feeds no computation/);
    const ok = checkClaims(parseArticle(String.raw`<Num free="section">6.2.2.2</Num> and $\free[year]{2.5}$`).tree, "a.mdx");
    expect(ok.map((c) => [c.status, c.message])).toEqual([["free", "section"], ["free", "year"]]);
  });
  it("checks results written as integers, fractions and words", () => {
    const claims = checkClaims(
      parseArticle(String.raw`<Num of={dtanh(0) / dsigmoid(0)}>four</Num> times, $\num{maximize((x) => Math.abs(dmseDlogit(x, 1)), -5, 5).value}{\tfrac{8}{27}}$, <Num of={sigmoid(-Math.LN2)}>one third</Num>, <Num of={8 * dsigmoid(0)}>2</Num>`).tree,
      "a.mdx",
    );
    expect(claims.map((c) => c.status)).toEqual(["ok", "ok", "ok", "ok"]);
    const wrong = checkClaims(parseArticle(String.raw`<Num of={dtanh(0) / dsigmoid(0)}>five</Num> and $\num{8 / 27}{\tfrac{8}{25}}$`).tree, "a.mdx");
    expect(wrong.map((c) => c.status)).toEqual(["wrong", "wrong"]);
    expect(wrong[1]!.message).toMatch(/is not 8\/25/);
  });
});

describe("checkFrontmatter(source, frontmatter, file)", () => {
  it("scans the basedOn fields a reader sees on the credit line, at the line of each", () => {
    const source = '---\ntitle: "T"\nbasedOn:\n  title: "Why 0.5 works"\n  posted: "½ past 2020"\n---\n';
    const found = checkFrontmatter(source, parseArticle(source).frontmatter, "a.mdx");
    expect(found.map((c) => [c.line, c.written, c.status])).toEqual([
      [4, "0.5", "unbound"],
      [5, "½", "error"],
    ]);
    expect(found[1]!.message).toMatch(/basedOn.posted/);
  });
});
