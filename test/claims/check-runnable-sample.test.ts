import { describe, expect, it } from "vitest";
import { checkRunnableSample } from "../../src/claims/check-runnable-sample.ts";
import { EvaluationBatch } from "../../src/claims/evaluation-batch.ts";

/** Checks one sample as an article's batch would; lines are reported 1-based within the sample. */
function check(code: string) {
  const batch = new EvaluationBatch();
  const judge = checkRunnableSample(code, (index, column) => ({ file: "a.mdx", line: index + 1, column, context: "code" }), batch);
  batch.run();
  return judge().sort((a, b) => a.line - b.line);
}
const dsigmoid1 = Math.exp(-1) / (1 + Math.exp(-1)) ** 2;

describe("checkRunnableSample(code, siteOf, batch): outputs are matched to the line that prints them", () => {
  it("accepts each comment on the line of its console.log, across blank lines and types the compiler removes", () => {
    const claims = check(`import { dsigmoid } from "~/grad";\n\nconst x: number = 1;\n\n\nconsole.log(dsigmoid(x)); // → 0.19661\ninterface Unused { a: number }\nconsole.log("a", 2); // → a 2`);
    expect(claims.map((c) => [c.line, c.status])).toEqual([
      [6, "ok"],
      [8, "ok"],
    ]);
  });
  it("a comment on a line that prints nothing fails there, and the line that printed without a comment fails too", () => {
    const claims = check(`import { dsigmoid } from "~/grad";\nconst y = dsigmoid(1); // → ${dsigmoid1}\nconsole.log(y);`);
    expect(claims.map((c) => [c.line, c.status, c.message])).toEqual([
      [2, "error", expect.stringMatching(/this line printed nothing/)],
      [3, "error", expect.stringMatching(/this line printed "0.19661193324148185" but shows no output comment/)],
    ]);
  });
  it("comments swapped between two lines fail, though the count matches", () => {
    const claims = check(`console.log(0.25); // → 0.5\nconsole.log(0.5); // → 0.25`);
    expect(claims.map((c) => [c.line, c.status])).toEqual([
      [1, "wrong"],
      [2, "wrong"],
    ]);
  });
  it("a line that prints in a loop is reported at that line", () => {
    const claims = check(`for (let i = 0; i < 3; i++) console.log(i); // → 0`);
    expect(claims).toEqual([expect.objectContaining({ line: 1, status: "error", message: "this line printed 3 times; an output comment shows one line of output" })]);
  });
  it("a print after an await is still read, at its line", () => {
    const claims = check(`(async () => {\n  await null;\n  console.log(0.5); // → 0.5\n})();`);
    expect(claims.map((c) => [c.line, c.status])).toEqual([[3, "ok"]]);
  });
  it("a print from inside a function counts for the line of the console.log call", () => {
    const claims = check(`function show(v: number) {\n  console.log(v); // → 2\n}\nshow(2);`);
    expect(claims.map((c) => [c.line, c.status])).toEqual([[2, "ok"]]);
  });
});

describe("checkRunnableSample(code, siteOf, batch): failures name the line and say what happened, briefly", () => {
  it("a compile error gives esbuild's message at its line", () => {
    const [claim] = check(`const a = 1;\nconst = 2;`);
    expect(claim).toMatchObject({ line: 2, status: "error", message: 'the sample does not compile: Expected identifier but found "="' });
  });
  it("a throw is reported at the line that threw", () => {
    const claims = check(`console.log(1); // → 1\n\nundefinedValue();`);
    expect(claims.map((c) => [c.line, c.status])).toEqual([
      [1, "ok"],
      [3, "error"],
    ]);
    expect(claims[1]!.message).toBe("the sample threw: ReferenceError: undefinedValue is not defined");
  });
  it("200,000 printed lines and a 10 MB line give short messages", () => {
    const claims = check(`for (let i = 0; i < 200000; i++) console.log(i);\nconsole.log("y".repeat(10_000_000)); // → y`);
    expect(claims.map((c) => c.line)).toEqual([1, 1, 2]);
    expect(claims[0]!.message).toMatch(/printed 200001 lines; the checker reads at most 1000/);
    for (const c of claims) expect(c.message!.length).toBeLessThan(400);
  });
});
