import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

// Hostile code for the contained-evaluation tests: escape attempts, hangs and poisoning, each as an expression and as
// a sample body. An escape attempt evaluates to a number only if it reached the host, so "blocked" means "no number".

/** The environment variable the escape attempts try to read; the tests set it in their own process. */
export const SECRET_NAME = "SIGMOID_CHECKER_SECRET";
export const SECRET = "do-not-leak-4b1d";

/**
 * For a test file of escape attempts: sets the secret in this process's environment and makes a scratch folder for
 * the whole file (both undone after it); returns the path a write attempt would create, which must never exist.
 */
export function useEscapeScratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  beforeAll(() => {
    process.env[SECRET_NAME] = SECRET;
  });
  afterAll(() => {
    delete process.env[SECRET_NAME];
    rmSync(dir, { recursive: true, force: true });
  });
  return path.join(dir, "escaped.txt");
}

/** Ways to reach the host's Function constructor (or process itself) from inside the realm. */
const HOST_FUNCTION_ROUTES: Record<string, string> = {
  "global this.constructor": "this.constructor.constructor",
  "globalThis.constructor": "globalThis.constructor.constructor",
  "a gradient function's constructor": "dsigmoid.constructor",
  "an activation object's constructor": "sigmoidActivation.constructor.constructor",
  "a Value method's constructor": "value(1).add.constructor",
  "an async function's constructor": "(async () => {}).constructor",
  "a generator's constructor": "(function* () {}).constructor",
  "Function itself": "Function",
  "Math's prototype chain": "Object.getPrototypeOf(Math).constructor.constructor",
  "Reflect.construct": "((...a) => Reflect.construct(Function, a))",
  "bound Function": "Function.prototype.bind.call(Function, null)",
};

/** Expressions that give a number only if they reach `process` (or read the secret), or write the marker file if they can. */
export function escapeExpressions(marker: string): Record<string, string> {
  const m = JSON.stringify(marker);
  const found: Record<string, string> = {};
  for (const [name, route] of Object.entries(HOST_FUNCTION_ROUTES)) {
    found[`process via ${name}`] = `${route}("return process")().env.${SECRET_NAME}.length`;
    found[`process.pid via ${name}`] = `${route}("return process")().pid`;
    found[`a file written via ${name}`] = `${route}("return process")().getBuiltinModule("node:fs").writeFileSync(${m}, "escaped") ?? 1`;
  }
  Object.assign(found, {
    "process as a global": `process.env.${SECRET_NAME}.length`,
    "globalThis.process": `globalThis.process.env.${SECRET_NAME}.length`,
    "require as a global": `require("node:fs").readFileSync("/etc/hostname").length`,
    "module.require": `module.require("node:fs").readFileSync("/etc/hostname").length`,
    "process.getBuiltinModule": `process.getBuiltinModule("node:fs").readFileSync("/etc/hostname").length`,
    "eval": `eval("process").env.${SECRET_NAME}.length`,
    "indirect eval": `(0, eval)("process").env.${SECRET_NAME}.length`,
    "new Function": `new Function("return process")().env.${SECRET_NAME}.length`,
    "setTimeout's constructor": `setTimeout.constructor("return process")().env.${SECRET_NAME}.length`,
    "fetch": `(fetch("http://127.0.0.1:9/"), 1) && fetch.length`,
    "WebAssembly": `WebAssembly.Module.length`,
    "SharedArrayBuffer": `new SharedArrayBuffer(8).byteLength`,
    "the stack-trace hook's callers": `(() => { Error.prepareStackTrace = (e, frames) => frames.map((f) => f.getThis() ?? f.getFunction()); const found = new Error().stack.find((x) => x && x.process); return found.process.env.${SECRET_NAME}.length; })()`,
    "a callsite's function": `(() => { const h = {}; Error.captureStackTrace(h); return typeof h.stack === "string" ? h.stack.constructor("return process")().env.${SECRET_NAME}.length : 0; })()`,
    "arguments.callee.caller": `(function () { return arguments.callee.caller.constructor("return process")().env.${SECRET_NAME}.length; })()`,
    "import()": `(import("node:fs").then((fs) => fs.writeFileSync(${m}, "escaped")), "not a number")`,
    "import.meta": `import.meta.url.length`,
    "console.log's constructor": `console.log.constructor("return process")().env.${SECRET_NAME}.length`,
    "the realm's entry points": `__expression.constructor("return process")().env.${SECRET_NAME}.length`,
  });
  return found;
}

/** Sample bodies that print ESCAPED (or the secret), or write the marker file, only if they reached the host. */
export function escapeSamples(marker: string): Record<string, string> {
  const m = JSON.stringify(marker);
  const samples: Record<string, string> = {};
  for (const [name, route] of Object.entries(HOST_FUNCTION_ROUTES)) {
    samples[`process via ${name}`] = `import { dsigmoid, sigmoidActivation, value } from "~/grad";\nvoid dsigmoid; void sigmoidActivation; void value;\nconst p = ${route}("return process")();\nconsole.log("ESCAPED", p.pid, p.env.${SECRET_NAME});\np.getBuiltinModule("node:fs").writeFileSync(${m}, "escaped");`;
  }
  Object.assign(samples, {
    "import of node:fs": `import { writeFileSync } from "node:fs";\nwriteFileSync(${m}, "escaped");`,
    "import of node:child_process": `import { execSync } from "node:child_process";\nexecSync("touch " + ${m});`,
    "dynamic import()": `import("node:fs").then((fs) => fs.writeFileSync(${m}, "escaped"));`,
    "require": `const fs = require("fs");\nfs.writeFileSync(${m}, "escaped");`,
    "module's constructor": `const M = (module as any).constructor;\nM._load("fs").writeFileSync(${m}, "escaped");`,
    "console.log's constructor": `const p = (console.log as any).constructor("return process")();\np.getBuiltinModule("node:fs").writeFileSync(${m}, "escaped");`,
    "util.inspect.custom handing over inspect": `console.log({ [Symbol.for("nodejs.util.inspect.custom")]: (_d: unknown, _o: unknown, inspect: any) => inspect.constructor("return process")().getBuiltinModule("node:fs").writeFileSync(${m}, "escaped") });`,
    "toJSON of a printed value": `console.log({ toJSON() { return (this as any).constructor.constructor("return process")().getBuiltinModule("node:fs").writeFileSync(${m}, "escaped"); } });`,
    "a thrown object's getters": `throw { get message() { return (globalThis as any).constructor.constructor("return process")().getBuiltinModule("node:fs").writeFileSync(${m}, "escaped"); } };`,
    "a thrown proxy": `throw new Proxy({}, { get() { return (globalThis as any).constructor.constructor("return process")().getBuiltinModule("node:fs").writeFileSync(${m}, "escaped"); } });`,
    "fetch": `fetch("http://127.0.0.1:9/");`,
    "process.env": `console.log("ESCAPED", process.env.${SECRET_NAME});`,
  });
  return samples;
}

/** Code that never ends by itself, each kind the checker once hung on. */
export const HANGS = {
  expressions: {
    "a looping toString": "({ toString() { for (;;) {} } })",
    "a looping valueOf used in arithmetic": "({ valueOf() { for (;;) {} } }) * 1",
    "a thrown looping object": "(() => { throw { get message() { for (;;) {} } }; })()",
    "a thrown looping proxy": "(() => { throw new Proxy({}, { get() { for (;;) {} }, has() { for (;;) {} } }); })()",
    "a microtask loop": "(Promise.resolve().then(function again() { return Promise.resolve().then(again); }), 1)",
    "an async loop": "((async () => { for (;;) await null; })(), 1)",
    "an infinite while": "(() => { while (true) {} })()",
  } as Record<string, string>,
  samples: {
    "a looping toString": 'console.log(String({ toString() { for (;;) {} } })); // → 1',
    "a printed object with a looping getter": "console.log({ get x() { for (;;) {} } }); // → 1",
    "a thrown looping object": "throw { get message() { for (;;) {} } };",
    "a microtask loop": "Promise.resolve().then(function again(): Promise<void> { return Promise.resolve().then(again); });",
    "an async loop": "(async () => { for (;;) await null; })();",
    "an infinite while": "while (true) {}",
  } as Record<string, string>,
};
