// Runs in the child process (Node's permission model on, empty environment): evaluates one article's jobs, each in a
// fresh realm holding its own copy of the gradient module, and writes one JSON line per job to stdout as it finishes.
// The realm is handed nothing of this process; all that comes back is one string per call, checked before use.
import { formatWithOptions, inspect, types } from "node:util";
import vm from "node:vm";
import { SAMPLE_FILE, type ContainedJob, type ContainedOutcome, type Plain, type PrintedLine, type RealmExpressionReport, type RealmPrint, type RealmSampleReport } from "./contained-protocol.ts";

/** The runner's settings, fixed by the host when it writes the child's script. */
export interface RunnerInput {
  readonly jobs: readonly ContainedJob[];
  readonly realmScript: string;
  readonly jobMs: number;
}

const MAX_LINE = 2000;

/** Evaluates every job in order; never lets a value of the realm be touched outside a call with a time limit. */
export function runJobs({ jobs, realmScript, jobMs }: RunnerInput, write: (line: string) => void): void {
  const setup = new vm.Script(realmScript, { filename: "grad.js" });
  for (const [index, job] of jobs.entries()) {
    write(JSON.stringify({ index, ...runJob(setup, job, jobMs) }));
  }
}

function runJob(setup: vm.Script, job: ContainedJob, jobMs: number): ContainedOutcome {
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY, {
    codeGeneration: { strings: false, wasm: false },
    microtaskMode: "afterEvaluate",
  });
  const run = (script: vm.Script): unknown => script.runInContext(context, { timeout: jobMs, breakOnSigint: false });
  const started = performance.now();
  try {
    run(setup);
    if ("expression" in job) {
      const report = readReport<RealmExpressionReport>(run(new vm.Script(`__expression(() => (\n${job.expression}\n))`, { filename: "expression.js" })));
      if ("number" in report && typeof report.number === "string") return { number: report.number };
      if ("threw" in report && typeof report.threw === "string") return { error: `the expression threw: ${report.threw}` };
      if ("other" in report && typeof report.other === "string") return { error: `the expression gave ${report.other}, not a number` };
      return { error: "the expression gave an answer the checker could not read" };
    }
    // The prefix sits on the sample's first line, so generated lines keep their numbers.
    const prefix = "__sample(function (require, module, exports) {";
    run(new vm.Script(`${prefix}${job.sample}\n});`, { filename: SAMPLE_FILE, columnOffset: -prefix.length }));
    const report = readReport<RealmSampleReport>(run(new vm.Script("__sampleReport()", { filename: "report.js" })));
    return { printed: report.prints.map(formatPrint), total: report.total, ...(report.threw ? { threw: report.threw } : {}) };
  } catch (error) {
    return { error: `the ${"expression" in job ? "expression" : "sample"} ${hostError(error, jobMs, performance.now() - started)}` };
  }
}

function readReport<T>(value: unknown): T {
  try {
    if (typeof value === "string") return JSON.parse(value) as T;
  } catch {
    // Reported below: only the realm's own code, rewritten by the article, gives anything but JSON.
  }
  throw new Error("gave an answer the checker could not read");
}

/**
 * What stopped a job. A time limit is known by the clock; anything else is read only from an ordinary object's own data
 * properties, which runs none of the article's code (a proxy or a getter would).
 */
function hostError(error: unknown, jobMs: number, elapsedMs: number): string {
  const own = (key: string): unknown => {
    if (typeof error !== "object" || error === null || types.isProxy(error)) return undefined;
    const d = Object.getOwnPropertyDescriptor(error, key);
    return d && "value" in d ? d.value : undefined;
  };
  if (elapsedMs >= jobMs || own("code") === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
    return `did not finish within ${jobMs / 1000} s (a loop that never ends, or one too long for a build)`;
  }
  const message = own("message");
  if (!types.isProxy(error) && error instanceof SyntaxError && typeof message === "string") return `is not valid JavaScript: ${message}`;
  return typeof message === "string" ? `failed: ${message.split("\n")[0]!}` : "threw a value the checker could not read";
}

function formatPrint(p: RealmPrint): PrintedLine {
  const text = formatWithOptions({ colors: false }, ...p.args.map(rebuild));
  return { line: p.line, column: p.column, text: text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text };
}

const TYPED: Record<string, new (items: number[]) => unknown> = {
  Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array, Uint8ClampedArray,
};

/** A value of this process that util.format shows as the realm's value would be shown. */
function rebuild(p: Plain): unknown {
  switch (p[0]) {
    case "num":
      return Number(p[1]);
    case "big":
      return BigInt(p[1]);
    case "lit":
      return p[1] === "true" ? true : p[1] === "false" ? false : p[1] === "null" ? null : undefined;
    case "sym":
      return Symbol(p[1]);
    case "str":
      return p[2] > p[1].length ? `${p[1]}… (${p[2]} characters)` : p[1];
    case "fn":
      return shown(`[Function: ${p[1] || "(anonymous)"}]`);
    case "err":
      return shown(`[${p[1]}]`);
    case "deep":
      return shown(p[1]);
    case "arr":
      return withMore(p[1].map(rebuild), p[2]);
    case "typed": {
      const Typed = TYPED[p[1]] ?? Float64Array;
      const items = p[2].map(rebuild) as number[];
      return p[3] > items.length ? withMore([shown(`${p[1]}(${p[3]})`), ...items], p[3] + 1) : new Typed(items);
    }
    case "obj": {
      const named = p[1] && p[1] !== "Object" ? { [p[1]]: class {} }[p[1]]! : null;
      const o: Record<string, unknown> = named ? (Object.create(named.prototype) as Record<string, unknown>) : {};
      for (const [k, v] of p[2]) Object.defineProperty(o, k, { value: rebuild(v), enumerable: true });
      if (p[3] > p[2].length) Object.defineProperty(o, "…", { value: shown(`${p[3] - p[2].length} more keys`), enumerable: true });
      return o;
    }
  }
}

function shown(text: string): object {
  return { [inspect.custom]: () => text };
}

function withMore(items: unknown[], length: number): unknown[] {
  return length > items.length ? [...items, shown(`... ${length - items.length} more items`)] : items;
}
