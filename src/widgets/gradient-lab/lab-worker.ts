import type { LabTrainer } from "../../grad/lab-trainer.ts";
import { answer, type LabRequest } from "./lab-answer.ts";

// Trains the lab's network off the main thread; each request is answered with a snapshot.
let trainer: LabTrainer | undefined;
self.onmessage = (event: MessageEvent<LabRequest>) => {
  const out = answer(trainer, event.data);
  trainer = out.trainer;
  self.postMessage(out.reply);
};
