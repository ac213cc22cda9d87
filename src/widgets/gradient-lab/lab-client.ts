import type { LabTrainer } from "../../grad/lab-trainer.ts";
import { startWorker } from "../start-worker.ts";
import { slicedQueue } from "../time-sliced.ts";
import { answerSteps, type LabReply, type LabRequest } from "./lab-answer.ts";

/**
 * The lab's trainer: in a Web Worker when the page may start one, so training never blocks the page; else in the
 * page, each request spread over short tasks. Either way requests are answered in the order they were sent.
 */
export function labClient(onReply: (reply: LabReply) => void): { send(request: LabRequest): void; stop(): void } {
  const inPage = slicedQueue();
  let trainer: LabTrainer | undefined;
  const here = (request: LabRequest): void =>
    inPage.push(answerSteps(() => trainer, request), (out) => {
      trainer = out.trainer;
      onReply(out.reply);
    });
  // What the worker has been sent and has not answered yet, so that the page can take over if it fails to load.
  const owed: LabRequest[] = [];
  let worker = startWorker(import.meta.url, () => new Worker(new URL("./lab-worker.ts", import.meta.url), { type: "module" }));
  if (worker) {
    worker.onmessage = (event: MessageEvent<LabReply>) => {
      owed.shift();
      onReply(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      owed.splice(0).forEach(here);
    };
  }
  return {
    send(request) {
      if (!worker) return here(request);
      owed.push(request);
      worker.postMessage(request);
    },
    stop() {
      worker?.terminate();
      inPage.stop();
    },
  };
}
