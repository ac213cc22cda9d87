import { rng } from "./rng.ts";

/** A labelled 2-D dataset: points and 0/1 labels. */
export interface Dataset {
  readonly xs: readonly (readonly [number, number])[];
  readonly ys: readonly number[];
}

/** Two noisy concentric rings (label 1 inside, 0 outside), drawn from a seeded RNG: not linearly separable. */
export function ringsDataset(n = 120, seed = 7): Dataset {
  const r = rng(seed);
  const xs: [number, number][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const inner = i % 2 === 0;
    const radius = (inner ? 0.35 : 0.85) + 0.12 * r.normal();
    const angle = 2 * Math.PI * r.uniform();
    xs.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
    ys.push(inner ? 1 : 0);
  }
  return { xs, ys };
}

/**
 * A dataset made on first use. The trainers' module is imported as a figure hydrates, which reads no point: made there,
 * the two sets of rings cost about 1 ms of its main thread (a first run of the generator's code, in the interpreter).
 */
export function lazyDataset(make: () => Dataset): Dataset {
  let made: Dataset | undefined;
  return {
    get xs() {
      return (made ??= make()).xs;
    },
    get ys() {
      return (made ??= make()).ys;
    },
  };
}

/** The race's dataset: the seeded rings, the same for every network. */
export const raceData: Dataset = lazyDataset(() => ringsDataset());
