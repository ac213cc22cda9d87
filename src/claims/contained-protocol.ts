// What passes between the contained evaluator's three parts (host, child process, realm): data only, as JSON.

/** A value as the child rebuilds it for util.format: primitives as text, objects as their first entries. */
export type Plain =
  | readonly ["num" | "big" | "lit" | "sym" | "fn" | "err" | "deep", string]
  | readonly ["str", string, number]
  | readonly ["arr", Plain[], number]
  | readonly ["typed", string, Plain[], number]
  | readonly ["obj", string | null, [string, Plain][], number];

/** One console.log call: where it was called (generated line and column) and what it was given. */
export interface RealmPrint {
  readonly line: number;
  readonly column: number;
  readonly args: Plain[];
}

/** Where in the generated sample a value was thrown, and its text. */
export interface Thrown {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** What a sample did: its first prints, how many it made, and what it threw. */
export interface RealmSampleReport {
  readonly prints: RealmPrint[];
  readonly total: number;
  readonly threw?: Thrown;
}

/** What an expression gave: a number (as text, so NaN and −0 survive JSON), something else described, or what it threw. */
export type RealmExpressionReport = { readonly number: string } | { readonly other: string } | { readonly threw: string };

/** One thing to evaluate: an expression's source, or a sample compiled to a CommonJS script. */
export type ContainedJob = { readonly expression: string } | { readonly sample: string };

/** One line a sample printed, formatted by util.format in the child, with the generated line and column of its call. */
export interface PrintedLine {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** What the child reports for a job: a number (as text), a message, or a sample's printed lines. */
export type ContainedOutcome =
  | { readonly number: string }
  | { readonly error: string }
  | { readonly printed: PrintedLine[]; readonly total: number; readonly threw?: Thrown };

/** The file name sample code runs under, so its own stack frames can be told apart. */
export const SAMPLE_FILE = "sample.js";
