import { raceLosses } from "./race-runners.ts";

// Trains the three networks off the main thread, so the page stays responsive while they run.
self.onmessage = (event: MessageEvent<{ learningRate: number }>) => {
  const { learningRate } = event.data;
  self.postMessage({ learningRate, losses: raceLosses(learningRate) });
};
