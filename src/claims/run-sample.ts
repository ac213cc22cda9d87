import vm from "node:vm";
import { formatWithOptions } from "node:util";
import { transformSync } from "esbuild";
import * as grad from "../grad/index.ts";

/** The module specifier runnable samples import the gradient module by (the tsconfig path alias). */
export const GRAD_SPECIFIER = "~/grad";

/** What a runnable sample printed, one entry per console.log call. */
export interface SampleRun {
  readonly printed: string[];
}

/** Runs a TypeScript sample against the gradient module and returns what it printed; throws with a clear message on failure. */
export function runSample(code: string): SampleRun {
  let js: string;
  try {
    js = transformSync(code, { loader: "ts", format: "cjs", target: "es2022" }).code;
  } catch (error) {
    throw new Error(`the sample does not compile: ${firstLine(error)}`);
  }
  const printed: string[] = [];
  const require = (specifier: string): unknown => {
    if (specifier === GRAD_SPECIFIER) return grad;
    throw new Error(`runnable samples may import only from "${GRAD_SPECIFIER}", not "${specifier}"`);
  };
  const sandbox = {
    require,
    module: { exports: {} },
    exports: {},
    console: { log: (...args: unknown[]) => printed.push(formatWithOptions({ colors: false }, ...args)) },
  };
  try {
    vm.runInNewContext(js, sandbox, { timeout: 2000 });
  } catch (error) {
    throw new Error(`the sample threw: ${firstLine(error)}`);
  }
  return { printed };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
