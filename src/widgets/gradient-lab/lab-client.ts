import type { LabTrainer } from "../../grad/lab-trainer.ts";
import { workerOrPage } from "../worker-or-page.ts";
import { answerSteps, type LabReply, type LabRequest } from "./lab-answer.ts";

/**
 * The lab's trainer: in a Web Worker when the page may start one, so training never blocks the page; else in the
 * page, each request spread over short tasks. Either way requests are answered in the order they were sent.
 */
export function labClient(onReply: (reply: LabReply) => void): { send(request: LabRequest): void; stop(): void } {
  let trainer: LabTrainer | undefined;
  function* here(request: LabRequest): Generator<void, LabReply> {
    const out = yield* answerSteps(() => trainer, request);
    trainer = out.trainer;
    return out.reply;
  }
  return workerOrPage(import.meta.url, () => new Worker(new URL("./lab-worker.ts", import.meta.url), { type: "module" }), here, onReply);
}
