import { LabTrainer, labData, LAB_PRESETS, type LabSettings } from "../../src/grad/lab-trainer.ts";
import { ReferenceNetwork } from "./reference-network.ts";

/** Examples per second of the lab's trainer and of the object-per-neuron reference, same network, data, seed and steps. */
export interface LabSpeed {
  readonly preset: string;
  readonly ours: number;
  readonly reference: number;
  readonly ratio: number;
  /** Largest difference between the two runs' losses: both must compute the same thing. */
  readonly lossDifference: number;
}

const STEPS = 200;

function measure(settings: LabSettings): { ours: number; reference: number; lossDifference: number } {
  const lab = new LabTrainer(settings);
  const reference = new ReferenceNetwork(lab.net, settings.activation);
  const examples = STEPS * labData.xs.length;
  let t = performance.now();
  const referenceLosses: number[] = [];
  for (let i = 0; i < STEPS; i++) referenceLosses.push(reference.step(labData.xs, labData.ys, settings.learningRate));
  const referenceMs = performance.now() - t;
  t = performance.now();
  lab.train(STEPS);
  const oursMs = performance.now() - t;
  const losses = lab.snapshot().losses;
  const lossDifference = Math.max(...referenceLosses.map((l, i) => Math.abs(l - losses[i]!)));
  return { ours: (examples / oursMs) * 1000, reference: (examples / referenceMs) * 1000, lossDifference };
}

/** Median of five timed runs per preset, after two warm-up runs so both sides are compiled. */
export function labSpeed(): LabSpeed[] {
  return Object.entries(LAB_PRESETS).map(([preset, settings]) => {
    measure(settings);
    measure(settings);
    const runs = Array.from({ length: 5 }, () => measure(settings));
    const median = (f: (r: (typeof runs)[number]) => number) => runs.map(f).sort((a, b) => a - b)[2]!;
    const ours = median((r) => r.ours);
    const reference = median((r) => r.reference);
    return { preset, ours, reference, ratio: ours / reference, lossDifference: Math.max(...runs.map((r) => r.lossDifference)) };
  });
}
