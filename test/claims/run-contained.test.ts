import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { compileSample } from "../../src/claims/compile-sample.ts";
import type { ContainedJob, ContainedOutcome } from "../../src/claims/contained-protocol.ts";
import { CHILD_ARGS, LIMITS, runContained, type ContainedLimits } from "../../src/claims/run-contained.ts";
import { escapeExpressions, escapeSamples, HANGS, SECRET, useEscapeScratch } from "../helpers/hostile-code.ts";

const marker = useEscapeScratch("contained-");

// Shorter than the checker's 10 s per job, so the hang tests stay quick; the mechanism is the same.
const QUICK: ContainedLimits = { jobMs: 400, totalMs: 60_000, memoryMb: 256 };
// Jobs that end at once run under the checker's own 10 s: on a loaded machine setting up a realm can take longer than
// 0.4 s, and a limit a job never reaches costs nothing.
const ROOMY: ContainedLimits = { ...QUICK, jobMs: LIMITS.jobMs };
const sampleJob = (code: string): ContainedJob => {
  const compiled = compileSample(code);
  if ("error" in compiled) throw new Error(compiled.error);
  return { sample: compiled.js };
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("runContained(jobs): escape attempts are blocked", () => {
  it("no expression reaches process, require, eval, the file system or the network", () => {
    const cases = Object.entries(escapeExpressions(marker));
    const outcomes = runContained(cases.map(([, expression]) => ({ expression })), QUICK);
    expect(outcomes).toHaveLength(cases.length);
    cases.forEach(([name, expression], i) => {
      expect(outcomes[i], `${name}: ${expression}`).toHaveProperty("error");
      expect(JSON.stringify(outcomes[i])).not.toContain(SECRET);
    });
    expect(existsSync(marker)).toBe(false);
  });

  it("no sample reaches them either, by import, require, constructors, printing or throwing", () => {
    const cases = Object.entries(escapeSamples(marker));
    const outcomes = runContained(cases.map(([, code]) => sampleJob(code)), QUICK);
    cases.forEach(([name], i) => {
      const o = outcomes[i]!;
      const printed = "printed" in o ? o.printed.map((p) => p.text).join("\n") : "";
      expect(printed, name).not.toContain("ESCAPED");
      expect(JSON.stringify(o), name).not.toContain(SECRET);
    });
    expect(existsSync(marker)).toBe(false);
  });

  it("makes no network request, even to a server that is listening", async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end("1");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    const outcomes = runContained(
      [
        { expression: `(fetch(${JSON.stringify(url)}), 1)` },
        { expression: `dsigmoid.constructor("return fetch")()(${JSON.stringify(url)})` },
        sampleJob(`await fetch(${JSON.stringify(url)});`.replace("await ", "")),
        sampleJob(`new (globalThis as any).XMLHttpRequest().open("GET", ${JSON.stringify(url)});`),
        sampleJob(`new (globalThis as any).WebSocket(${JSON.stringify(url.replace("http", "ws"))});`),
      ],
      QUICK,
    );
    // The listening socket accepts while the child runs; give its requests time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.close();
    expect(outcomes.map((o) => "error" in o || ("printed" in o && o.threw !== undefined))).toEqual([true, true, true, true, true]);
    expect(requests).toBe(0);
  });

  it("the child process itself, were the realm escaped, sees no environment and may not touch files or start processes", () => {
    const script = [
      `const out = { env: Object.keys(process.env).length };`,
      `try { require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x"); out.write = true; } catch (e) { out.write = e.code; }`,
      `try { require("node:fs").readFileSync("/etc/hostname"); out.read = true; } catch (e) { out.read = e.code; }`,
      `try { require("node:child_process").spawnSync("true"); out.spawn = true; } catch (e) { out.spawn = e.code; }`,
      `try { new (require("node:worker_threads").Worker)("1", { eval: true }); out.worker = true; } catch (e) { out.worker = e.code; }`,
      `try { eval("1"); out.eval = true; } catch (e) { out.eval = e.name; }`,
      `console.log(JSON.stringify(out));`,
    ].join("\n");
    const run = spawnSync(process.execPath, CHILD_ARGS(QUICK), { input: script, encoding: "utf8", env: {} });
    expect(JSON.parse(run.stdout)).toEqual({ env: 0, write: "ERR_ACCESS_DENIED", read: "ERR_ACCESS_DENIED", spawn: "ERR_ACCESS_DENIED", worker: "ERR_ACCESS_DENIED", eval: "EvalError" });
    expect(existsSync(marker)).toBe(false);
  });
});

describe("runContained(jobs): code that never ends is stopped with a message, and the rest still runs", () => {
  const expectStopped = (outcomes: ContainedOutcome[], names: string[]) => {
    names.forEach((name, i) => expect(outcomes[i], name).toEqual({ error: expect.stringMatching(/did not finish within 0.4 s/) }));
    expect(outcomes.at(-1)).toEqual({ number: "0.25" });
  };
  it.each([["expressions"], ["samples"]] as const)("each kind of hang in %s", (kind) => {
    const cases = Object.entries(HANGS[kind]);
    const jobs = cases.map(([, code]) => (kind === "expressions" ? { expression: code } : sampleJob(code)));
    expectStopped(runContained([...jobs, { expression: "dsigmoid(0)" }], QUICK), cases.map(([n]) => n));
  });

  it("a child past its total time is killed, and the jobs after the one it was on get a fresh child", () => {
    const outcomes = runContained([{ expression: "(() => { for (;;) {} })()" }, { expression: "dsigmoid(0)" }], { jobMs: 30_000, totalMs: 1500, memoryMb: 256 });
    expect(outcomes).toEqual([{ error: expect.stringMatching(/ran past 1.5 s in all/) }, { number: "0.25" }]);
  });

  // Two children (the first dies on the heap limit), each job up to 5 s: more than Vitest's default 5 s on a loaded machine.
  // A heap limit of 64 MB is reached four times sooner than the checker's 256 MB, which the hostile-content test of an
  // article reaches (test/content-check/hostile-content.test.ts); the typed arrays' budget does not depend on it.
  it("memory: the heap limit ends the child with a message; typed arrays beyond the budget throw", { timeout: 60_000 }, () => {
    const outcomes = runContained(
      [
        { expression: "(() => { const a = []; for (;;) a.push(new Array(2 ** 20).fill(0.5)); })()" },
        { expression: "(() => { const a = []; for (;;) a.push(new Float64Array(2 ** 24)); })()" },
        { expression: "(() => { const a = [], b = new Uint8Array(2 ** 26).buffer; for (;;) a.push(b.slice(0)); })()" },
        { expression: "dsigmoid(0)" },
      ],
      { ...QUICK, jobMs: 5000, memoryMb: 64 },
    );
    expect(outcomes).toEqual([
      { error: expect.stringMatching(/ran out of memory: the checker allows 64 MB/) },
      { error: expect.stringMatching(/at most 256 MB of typed arrays/) },
      { error: expect.stringMatching(/at most 256 MB of typed arrays/) },
      { number: "0.25" },
    ]);
  });
});

/** Runs a batch once, on first use: the cases of one table share a child process, each job in its own realm as an article's do. */
function batch(jobs: () => ContainedJob[]): () => ContainedOutcome[] {
  let outcomes: ContainedOutcome[] | undefined;
  return () => (outcomes ??= runContained(jobs(), ROOMY));
}

describe("runContained(jobs): deterministic", () => {
  const CASES: [string, RegExp][] = [
    ["Math.random()", /Math.random is not available/],
    ["Date.now()", /Date is not available/],
    ["new Date().getTime()", /Date is not available/],
    ["typeof performance === 'undefined' ? setTimeout.length : performance.now()", /setTimeout is not defined/],
    ["new Intl.DateTimeFormat().format().length", /not a constructor/],
    ["crypto.getRandomValues(new Uint8Array(1))[0]", /crypto is not defined/],
  ];
  const refused = batch(() => CASES.map(([expression]) => ({ expression })));
  it.each(CASES.map(([expression, message], i) => [expression, message, i] as const))("refuses %s with a message", (_expression, message, i) => {
    expect(refused()).toHaveLength(CASES.length);
    expect(refused()[i]).toEqual({ error: expect.stringMatching(message) });
  });
});

describe("runContained(jobs): one job cannot change another", () => {
  const CASES: [string, string, string, number][] = [
    ["Math.exp", "(Math.exp = () => 0, 0)", "sigmoid(1)", sigmoid(1)],
    ["an activation's derivative", "(sigmoidActivation.df = () => 0.25, 0)", "sigmoidActivation.df(3)", sigmoid(3) * sigmoid(-3)],
    ["a gradient export", "(dsigmoid = () => 0.25, 0)", "dsigmoid(3)", sigmoid(3) * sigmoid(-3)],
    ["Object.prototype", "(Object.prototype.valueOf = () => 7, 0)", "sigmoid(1) + 0", sigmoid(1)],
    ["Array.prototype", "(Array.prototype.reduce = () => 7, 0)", "softmax([0, 0])[0]", 0.5],
    ["Number.prototype", "(Number.prototype.toString = () => '7', 0)", "sigmoid(2)", sigmoid(2)],
  ];
  // Each poison right before its check, in one child: every check also follows the poisons of the cases before it.
  const poisoned = batch(() => CASES.flatMap(([, poison, next]) => [{ expression: poison }, { expression: next }]));
  it.each(CASES.map(([name, , , truth], i) => [name, truth, i] as const))("poisoning %s in one expression leaves the next one true", (_name, truth, i) => {
    const [first, second] = poisoned().slice(2 * i, 2 * i + 2);
    expect(first).toHaveProperty("number");
    expect(Number((second as { number: string }).number)).toBeCloseTo(truth, 15);
  });

  it("a sample that poisons Math.exp and an activation leaves the next sample and expression true", () => {
    const poison = sampleJob(`import { sigmoidActivation } from "~/grad";\nMath.exp = () => 0;\n(sigmoidActivation as any).df = () => 0.25;\nconsole.log(1);`);
    const after = sampleJob(`import { sigmoid, sigmoidActivation } from "~/grad";\nconsole.log(sigmoid(1), sigmoidActivation.df(3));`);
    const [, printed, value] = runContained([poison, after, { expression: "sigmoid(1)" }], ROOMY);
    const [s1, ds3] = (printed as { printed: { text: string }[] }).printed[0]!.text.split(" ").map(Number);
    expect(s1).toBeCloseTo(sigmoid(1), 15);
    expect(ds3).toBeCloseTo(sigmoid(3) * sigmoid(-3), 15);
    expect(Number((value as { number: string }).number)).toBeCloseTo(sigmoid(1), 15);
  });
});

describe("runContained(jobs): what a sample prints", () => {
  it("is formatted as console.log would, with the generated line of each call", () => {
    const [o] = runContained([sampleJob(`const a: number[] = [1, 2];\n\nconsole.log(0.5, "x", a, { k: -0 });\nconsole.log(new Float64Array(2));`)], ROOMY);
    expect(o).toMatchObject({ printed: [{ text: `0.5 x [ 1, 2 ] { k: -0 }` }, { text: "Float64Array(2) [ 0, 0 ]" }], total: 2 });
  });

  it("keeps at most 1000 lines and 2000 characters of a line, and counts the rest", () => {
    const [o] = runContained([sampleJob(`for (let i = 0; i < 200000; i++) console.log(i);\nconsole.log("y".repeat(10_000_000));`)], ROOMY);
    const run = o as { printed: { text: string }[]; total: number };
    expect(run.total).toBe(200_001);
    expect(run.printed).toHaveLength(1000);
    expect(JSON.stringify(o).length).toBeLessThan(100_000);
  });
});
