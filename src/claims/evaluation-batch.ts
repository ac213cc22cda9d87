import type { ContainedJob, ContainedOutcome, PrintedLine, Thrown } from "./contained-protocol.ts";
import { LIMITS, runContainedOnce, type ContainedLimits } from "./run-contained.ts";

/** What a sample did, as its checker sees it once the batch has run. */
export interface SampleResult {
  readonly printed: readonly PrintedLine[];
  readonly total: number;
  readonly threw?: Thrown;
}

/**
 * One article's expressions and samples, collected first and then evaluated together in one contained child process:
 * each registration returns a function to call after `run()` for that job's result.
 */
export class EvaluationBatch {
  private readonly jobs: ContainedJob[] = [];
  private readonly expressions = new Map<string, number>();
  private outcomes: ContainedOutcome[] | null = null;

  constructor(private readonly limits: ContainedLimits = LIMITS) {}

  /** Registers an expression; the returned function gives its finite value or throws with a message saying why not. */
  expression(source: string): () => number {
    let index = this.expressions.get(source);
    if (index === undefined) {
      index = this.jobs.push({ expression: source }) - 1;
      this.expressions.set(source, index);
    }
    const at = index;
    return () => {
      const outcome = this.outcome(at);
      if (!("number" in outcome)) throw new Error("error" in outcome ? outcome.error : "the expression gave no number");
      const value = Number(outcome.number);
      if (!Number.isFinite(value)) throw new Error(`the expression gave ${value}, not a finite number`);
      return value;
    };
  }

  /** Registers a compiled sample; the returned function gives what it printed, or throws with a message. */
  sample(js: string): () => SampleResult {
    const at = this.jobs.push({ sample: js }) - 1;
    return () => {
      const outcome = this.outcome(at);
      if ("error" in outcome) throw new Error(outcome.error);
      if (!("printed" in outcome)) throw new Error("the sample gave no output the checker could read");
      return outcome;
    };
  }

  /** Evaluates everything registered, in one child process (or reuses the outcomes of the same batch run before). */
  run(): void {
    this.outcomes = runContainedOnce(this.jobs, this.limits);
  }

  private outcome(index: number): ContainedOutcome {
    if (!this.outcomes) throw new Error("the evaluation batch has not run yet");
    return this.outcomes[index] ?? { error: "not evaluated" };
  }
}
