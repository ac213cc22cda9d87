import { labRun, type LabSettings } from "./lab-trainer.ts";

/** One network of a depth sweep: its depth, and its loss and accuracy after the sweep's steps. */
export interface DepthSweepPoint {
  readonly depth: number;
  readonly loss: number;
  readonly accuracy: number;
}

/**
 * The lab's network at each of the given depths, the other settings as given, trained for `steps` steps from its
 * seed: the loss and share right at the end. Runs come from labRun, so each is trained once per process.
 */
export function depthSweep(settings: LabSettings, depths: readonly number[], steps: number): DepthSweepPoint[] {
  return depths.map((depth) => {
    const s = labRun({ ...settings, depth }, steps);
    return { depth, loss: s.losses.at(-1)!, accuracy: s.accuracy };
  });
}
