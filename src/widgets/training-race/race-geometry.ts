import { scaleLinear } from "../linear-scale.ts";
import { formatNumber } from "../format-number.ts";
import { RACE_STEPS, type RaceOptions } from "./race-options.ts";
import { RUNNERS, type RaceLosses } from "./race-runners.ts";
import { curvePath, round } from "../svg-path.ts";

/** The plot's frame in SVG user units: steps on x, loss from 0 to 0.8 on y. */
export const frame = { width: 640, height: 280, left: 44, right: 16, top: 12, bottom: 250 };
/** x position of a step. */
export const xScale = scaleLinear().domain([0, RACE_STEPS]).range([frame.left, frame.width - frame.right]);
/** y position of a loss, clamped to the plot. */
export const yScale = scaleLinear().domain([0, 0.8]).range([frame.bottom, frame.top]).clamp(true);

/** One network's run: its curve, and its loss at the step being looked at. */
export interface Runner {
  readonly name: (typeof RUNNERS)[number];
  readonly path: string;
  readonly loss: number;
  readonly cy: number;
}

/** What the race draws for one state. */
export interface RaceGeometry {
  readonly runners: readonly Runner[];
  readonly stepX: number;
  readonly description: string;
}

/** Lays out the three seeded trainings' loss curves (losses from raceLosses, in RUNNERS order). */
export function raceGeometry(o: RaceOptions, all: RaceLosses): RaceGeometry {
  const runners = RUNNERS.map((name, k) => {
    const losses = all[k]!;
    const loss = losses[o.step]!;
    return {
      name,
      path: curvePath(losses, (_, i) => xScale(i), (l) => yScale(l)),
      loss,
      cy: round(yScale(loss)),
    };
  });
  const list = runners.map((r) => `${r.name} ${formatNumber(r.loss)}`).join(", ");
  return {
    runners,
    stepX: round(xScale(o.step)),
    description:
      `Training loss (mean binary cross-entropy) against gradient-descent steps for three networks that differ only in their hidden activation, ` +
      `trained on the same seeded two-ring dataset with learning rate ${formatNumber(o.learningRate, 1)}. At step ${o.step} the losses are: ${list}.`,
  };
}
