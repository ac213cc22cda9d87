import { trainRace } from "../../grad/train-race.ts";
import { RACE_STEPS } from "./race-options.ts";
import { RUNNERS } from "./race-runners.ts";

// Trains the three networks off the main thread, so the page stays responsive while they run.
self.onmessage = (event: MessageEvent<{ learningRate: number }>) => {
  const { learningRate } = event.data;
  const losses = RUNNERS.map((name) => trainRace(name, { steps: RACE_STEPS, learningRate }));
  self.postMessage({ learningRate, losses });
};
