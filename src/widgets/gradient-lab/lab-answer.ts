import { LabTrainer, type LabSettings, type LabSnapshot } from "../../grad/lab-trainer.ts";

/**
 * A request to the lab's trainer: start over with new settings, or train up to `steps` steps within about `budgetMs`
 * of work; `region` asks for the decision region with the answer; `run` tags the answer.
 */
export type LabRequest =
  | { readonly kind: "reset"; readonly run: number; readonly settings: LabSettings }
  | { readonly kind: "train"; readonly run: number; readonly steps: number; readonly budgetMs: number; readonly region: boolean };

/** The trainer's answer: the snapshot after a request, tagged with the run it belongs to. */
export interface LabReply {
  readonly run: number;
  readonly snapshot: LabSnapshot;
}

/** Answers one request against the current trainer, in the worker: steps until the count or the time budget is spent. */
export function answer(trainer: LabTrainer | undefined, request: LabRequest, now: () => number = () => performance.now()): { trainer: LabTrainer; reply: LabReply } {
  if (request.kind === "reset") {
    const fresh = new LabTrainer(request.settings);
    return { trainer: fresh, reply: { run: request.run, snapshot: fresh.snapshot() } };
  }
  if (!trainer) throw new Error("gradient-lab: train requested before reset");
  const start = now();
  for (let i = 0; i < request.steps && (i === 0 || now() - start < request.budgetMs); i++) trainer.train(1);
  return { trainer, reply: { run: request.run, snapshot: trainer.snapshot(request.region) } };
}

/**
 * The same answer as `answer`, one training step per iteration, for the page when it has no worker. The trainer is
 * read when the job starts, as jobs run in order: a reset queued before this request has replaced it by then.
 */
export function* answerSteps(current: () => LabTrainer | undefined, request: LabRequest, now: () => number = () => performance.now()): Generator<void, { trainer: LabTrainer; reply: LabReply }> {
  if (request.kind === "reset") return answer(undefined, request);
  const trainer = current();
  if (!trainer) throw new Error("gradient-lab: train requested before reset");
  const start = now();
  for (let i = 0; i < request.steps && (i === 0 || now() - start < request.budgetMs); i++) {
    trainer.train(1);
    yield;
  }
  return answer(trainer, { ...request, steps: 0 });
}
