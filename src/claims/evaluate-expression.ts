import vm from "node:vm";
import * as grad from "../grad/index.ts";

/** Names an expression may use: every export of the gradient module, and Math. */
export const scope: Readonly<Record<string, unknown>> = { ...grad, Math };

/** Evaluates a claim's expression against the gradient module; throws with a clear message unless it yields a finite number. */
export function evaluateExpression(expression: string): number {
  let result: unknown;
  try {
    // Ten seconds: a hard limit still, with room for a seeded training of 2000 steps on a loaded two-core machine.
    result = vm.runInNewContext(`(${expression})`, { ...scope }, { timeout: 10_000 });
  } catch (error) {
    throw new Error(`the expression threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof result !== "number") {
    throw new Error(`the expression gave ${describe(result)}, not a number`);
  }
  if (!Number.isFinite(result)) {
    throw new Error(`the expression gave ${result}, not a finite number`);
  }
  return result;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array [${v.slice(0, 4).join(", ")}${v.length > 4 ? ", …" : ""}]`;
  return `a value of type ${typeof v} (${String(v).slice(0, 40)})`;
}
