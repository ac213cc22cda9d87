import { answerNow, type RaceRequest, type RaceRun } from "./race-answer.ts";

// Trains the three networks off the main thread; each request is answered with the curves and regions.
let state: RaceRun | undefined;
self.onmessage = (event: MessageEvent<RaceRequest>) => {
  const out = answerNow(state, event.data);
  state = out.state;
  self.postMessage(out.reply);
};
