import type { LabTrainer } from "../../grad/lab-trainer.ts";
import { answer, type LabReply, type LabRequest } from "./lab-answer.ts";

/** The lab's trainer: in a Web Worker when there is one, so training never blocks the page; else in the page, one request per task. */
export function labClient(onReply: (reply: LabReply) => void): { send(request: LabRequest): void; stop(): void } {
  if (typeof Worker === "undefined") {
    let trainer: LabTrainer | undefined;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    return {
      send(request) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          const out = answer(trainer, request);
          trainer = out.trainer;
          onReply(out.reply);
        });
        timers.add(timer);
      },
      stop: () => timers.forEach(clearTimeout),
    };
  }
  const worker = new Worker(new URL("./lab-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<LabReply>) => onReply(event.data);
  return { send: (request) => worker.postMessage(request), stop: () => worker.terminate() };
}
