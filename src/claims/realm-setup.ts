// Runs inside each fresh realm of the contained evaluator (bundled by esbuild with its own copy of the gradient module):
// it puts the module's exports in scope, removes what is not reproducible, and offers the runner three entry points.
// Nothing here is trusted by the runner: every answer leaves the realm as one JSON string, which the runner checks.
import * as grad from "../grad/index.ts";
import { SAMPLE_FILE, type Plain, type RealmExpressionReport, type RealmPrint, type RealmSampleReport } from "./contained-protocol.ts";

const MAX_PRINTS = 1000;
const MAX_ITEMS = 100;
const MAX_STRING = 4000;
const MAX_DEPTH = 3;

const g = globalThis as unknown as Record<string, unknown>;
const fixed = (name: string, value: unknown, on: object = g): void => {
  Object.defineProperty(on, name, { value, writable: false, enumerable: false, configurable: false });
};
const refuse = (what: string): never => {
  throw new Error(`${what} is not available to checked code: a checked number must be the same on every build (use the seeded RNG of ~/grad)`);
};

for (const [name, value] of Object.entries(grad)) g[name] = value;
// Not reproducible, or able to block the thread past the time limit.
fixed("random", () => refuse("Math.random"), Math);
const noDate = new Proxy(function Date() {}, { get: () => refuse("Date"), apply: () => refuse("Date"), construct: () => refuse("Date") });
g["Date"] = noDate;
for (const name of ["Atomics", "SharedArrayBuffer", "WebAssembly", "FinalizationRegistry", "WeakRef"]) delete g[name];
if (typeof Intl === "object") delete (Intl as unknown as Record<string, unknown>)["DateTimeFormat"];

// Array buffers live outside the heap that --max-old-space-size limits: each realm may allocate this much of them in all.
const BUFFER_BUDGET = 256 * 2 ** 20;
let bufferBytes = 0;
const charge = (bytes: unknown): void => {
  bufferBytes += Math.max(0, Number(bytes) || 0);
  if (bufferBytes > BUFFER_BUDGET) throw new RangeError(`checked code may allocate at most ${BUFFER_BUDGET / 2 ** 20} MB of typed arrays`);
};
type Constructor = new (...args: unknown[]) => object;
const OriginalArrayBuffer = ArrayBuffer;
const bufferCost = (args: unknown[]): unknown => {
  const options = args[1] as { maxByteLength?: unknown } | undefined;
  return Math.max(Number(args[0]) || 0, Number(options?.maxByteLength) || 0);
};
const arrayCost = (perElement: number, first: unknown): unknown => {
  if (typeof first === "number") return first * perElement;
  if (first instanceof OriginalArrayBuffer || typeof first !== "object" || first === null) return 0;
  return Number((first as { length?: unknown }).length ?? 0) * perElement;
};
for (const name of ["ArrayBuffer", "DataView", "Float64Array", "Float32Array", "Float16Array", "BigInt64Array", "BigUint64Array", "Int32Array", "Uint32Array", "Int16Array", "Uint16Array", "Int8Array", "Uint8Array", "Uint8ClampedArray"]) {
  const Base = g[name] as (Constructor & { BYTES_PER_ELEMENT?: number }) | undefined;
  if (!Base) continue;
  const perElement = Base.BYTES_PER_ELEMENT ?? 0;
  const counted = {
    [name]: class extends Base {
      constructor(...args: unknown[]) {
        charge(name === "ArrayBuffer" ? bufferCost(args) : arrayCost(perElement, args[0]));
        super(...args);
      }
    },
  }[name]!;
  g[name] = counted;
}
const bufferSlice = OriginalArrayBuffer.prototype.slice;
fixed(
  "slice",
  function slice(this: ArrayBuffer, start?: number, end?: number): ArrayBuffer {
    const copy = bufferSlice.call(this, start, end);
    charge(copy.byteLength);
    return copy;
  },
  OriginalArrayBuffer.prototype,
);
for (const name of ["transfer", "transferToFixedLength"]) delete (OriginalArrayBuffer.prototype as unknown as Record<string, unknown>)[name];

// Stack frames as numbers while `capturing`, so a print knows its line; the usual text otherwise.
type Frame = { getFileName(): string | null; getLineNumber(): number | null; getColumnNumber(): number | null; toString(): string };
let capturing = false;
fixed(
  "prepareStackTrace",
  (error: unknown, frames: Frame[]) =>
    capturing
      ? frames.map((f) => [f.getFileName(), f.getLineNumber(), f.getColumnNumber()] as const)
      : `${String(error)}${frames.map((f) => `\n    at ${f.toString()}`).join("")}`,
  Error,
);
fixed("stackTraceLimit", 20, Error);

function sampleFrame(stack: unknown): { line: number; column: number } | undefined {
  if (!Array.isArray(stack)) return undefined;
  const frame = (stack as [string | null, number | null, number | null][]).find((f) => f[0] === SAMPLE_FILE);
  return frame && frame[1] !== null ? { line: frame[1], column: frame[2] ?? 1 } : undefined;
}

function callerOf(fn: (...args: never[]) => unknown): { line: number; column: number } | undefined {
  const holder: { stack?: unknown } = {};
  capturing = true;
  try {
    Error.captureStackTrace(holder, fn);
    return sampleFrame(holder.stack);
  } finally {
    capturing = false;
  }
}

function className(v: object): string | null {
  const proto = Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null;
  const name = proto?.constructor?.name;
  return typeof name === "string" ? name : null;
}

function plain(v: unknown, depth: number, seen: Set<object>): Plain {
  if (typeof v === "number") return ["num", Object.is(v, -0) ? "-0" : String(v)];
  if (typeof v === "string") return ["str", v.slice(0, MAX_STRING), v.length];
  if (typeof v === "bigint") return ["big", String(v)];
  if (typeof v === "symbol") return ["sym", v.description ?? ""];
  if (typeof v === "function") return ["fn", String(v.name)];
  if (v === null || typeof v !== "object") return ["lit", String(v)];
  if (seen.has(v)) return ["deep", "[Circular]"];
  if (depth > MAX_DEPTH) return ["deep", Array.isArray(v) ? "[Array]" : "[Object]"];
  seen.add(v);
  try {
    if (v instanceof Error) return ["err", `${v.name}: ${v.message}`];
    if (Array.isArray(v)) return ["arr", v.slice(0, MAX_ITEMS).map((x) => plain(x, depth + 1, seen)), v.length];
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const typed = v as unknown as ArrayLike<number>;
      const items = Array.prototype.slice.call(typed, 0, MAX_ITEMS) as number[];
      return ["typed", className(v) ?? "Float64Array", items.map((x) => plain(x, depth + 1, seen)), typed.length];
    }
    const keys = Object.keys(v);
    return ["obj", className(v), keys.slice(0, MAX_ITEMS).map((k) => [k, plain((v as Record<string, unknown>)[k], depth + 1, seen)]), keys.length];
  } finally {
    seen.delete(v);
  }
}

const prints: RealmPrint[] = [];
let total = 0;
let threw: RealmSampleReport["threw"];

function log(...args: unknown[]): void {
  total++;
  if (prints.length >= MAX_PRINTS) return;
  const at = callerOf(log) ?? { line: 0, column: 0 };
  prints.push({ ...at, args: args.map((a) => plain(a, 0, new Set())) });
}
const consoleObject = { log, info: log, warn: log, error: log };
fixed("console", consoleObject);

/** A thrown value as one line of text, read inside the realm (where a looping getter only runs out the time limit). */
function thrownText(error: unknown): string {
  try {
    if (typeof error === "object" && error !== null && "message" in error) {
      const e = error as { name?: unknown; message?: unknown };
      const name = String(e.name ?? "Error");
      return name === "Error" ? String(e.message) : `${name}: ${String(e.message)}`;
    }
    return String(error);
  } catch {
    return "a value the checker could not read";
  }
}

function thrownAt(error: unknown): { line?: number; column?: number } {
  if (typeof error !== "object" || error === null) return {};
  capturing = true;
  try {
    return sampleFrame((error as { stack?: unknown }).stack) ?? {};
  } catch {
    return {};
  } finally {
    capturing = false;
  }
}

const GRAD_SPECIFIER = "~/grad";
function requireGrad(specifier: string): unknown {
  if (specifier === GRAD_SPECIFIER) return grad;
  throw new Error(`runnable samples may import only from "${GRAD_SPECIFIER}", not "${String(specifier)}"`);
}

// Entry points: the runner calls exactly these; an article may call them too, but only ever about its own realm.
fixed("__expression", (thunk: () => unknown): string => {
  let report: RealmExpressionReport;
  try {
    const v = thunk();
    if (typeof v === "number") report = { number: Object.is(v, -0) ? "-0" : String(v) };
    else report = { other: describe(v) };
  } catch (error) {
    report = { threw: thrownText(error) };
  }
  return JSON.stringify(report);
});
fixed("__sample", (body: (require: (s: string) => unknown, module: { exports: object }, exports: object) => void): void => {
  const module = { exports: {} };
  try {
    body(requireGrad, module, module.exports);
  } catch (error) {
    threw = { message: thrownText(error), ...thrownAt(error) };
  }
});
fixed("__sampleReport", (): string => JSON.stringify({ prints, total, ...(threw ? { threw } : {}) } satisfies RealmSampleReport));

function describe(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `an array [${v.slice(0, 4).map((x) => String(x)).join(", ")}${v.length > 4 ? ", …" : ""}]`;
  if (typeof v === "object" && typeof (v as { then?: unknown }).then === "function") return "a promise (checked numbers are computed synchronously)";
  return `a value of type ${typeof v} (${String(v).slice(0, 40)})`;
}
