import { describe, expect, it } from "vitest";
import { runSample } from "../../src/claims/run-sample.ts";
import { dsigmoid } from "../../src/grad/activations.ts";

describe("runSample(code)", () => {
  it("runs TypeScript against the gradient module and returns each console.log line", () => {
    const run = runSample(`import { dsigmoid } from "~/grad";\nconst x: number = 1;\nconsole.log(dsigmoid(x));\nconsole.log("a", 2);`);
    expect(run.printed).toEqual([String(dsigmoid(1)), "a 2"]);
  });
  it("refuses other imports, names the allowed one", () => {
    expect(() => runSample(`import fs from "node:fs";\nconsole.log(fs);`)).toThrow(/may import only from "~\/grad", not "node:fs"/);
  });
  it("reports a syntax error and stops an endless loop", () => {
    expect(() => runSample("const = 1;")).toThrow(/does not compile/);
    expect(() => runSample("while (true) {}")).toThrow(/timed out/);
  }, 10_000);
});
