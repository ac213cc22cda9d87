import { scaleLinear } from "../linear-scale.ts";
import { distanceToTarget, zigzagPath, type Weights2 } from "../../grad/zigzag.ts";
import { formatNumber } from "../format-number.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { mergeMarks, placePoint, plotSeries, type OffScaleMark } from "../chart/plot-series.ts";
import type { ZigzagOptions } from "./zigzag-options.ts";
import { ZIGZAG_STEPS } from "./zigzag-options.ts";

/** Weight space: w₁ across from −0.5 to 1.5, w₂ up from −1.5 to 0.5, square. */
export const frame = { width: 640, height: 400, left: 120, size: 360, top: 12 };
/** The plot area. */
export const box: ChartBox = { x0: frame.left, x1: frame.left + frame.size, y0: frame.top, y1: frame.top + frame.size };
/** x position of w₁ (a diverging path is cut at the frame and marked, not drawn along it). */
export const w1Scale = scaleLinear().domain([-0.5, 1.5]).range([box.x0, box.x1]);
/** y position of w₂. */
export const w2Scale = scaleLinear().domain([-1.5, 0.5]).range([box.y1, box.y0]);

/** A point of weight space as a label. */
const pointLabel = (p: Weights2) => `(${formatNumber(p[0], 1)}, ${formatNumber(p[1], 1)})`;

/** One neuron's path through weight space. */
export interface ZigzagRun {
  readonly name: "positive" | "centred";
  readonly path: string;
  readonly at: Weights2;
  readonly distance: number;
  readonly cx: number;
  readonly cy: number;
  /** Runs of the path, and the current point, beyond the frame. */
  readonly marks: readonly OffScaleMark[];
}

/** What the zig-zag figure draws. */
export interface ZigzagGeometry {
  readonly runs: readonly ZigzagRun[];
  readonly readout: string;
  readonly description: string;
}

// Both neurons' whole paths by learning rate: a slider moved back and forth comes back to rates drawn before (it has
// 36 of them), and only the step's slice of a path changes while Play runs. Bounded, oldest dropped first, since an
// embed's options may give any rate in range.
const KEPT_RATES = 64;
const paths = new Map<number, readonly (readonly Weights2[])[]>();
function pathsAt(learningRate: number): readonly (readonly Weights2[])[] {
  const kept = paths.get(learningRate);
  if (kept) return kept;
  const made = [zigzagPath(false, learningRate, ZIGZAG_STEPS), zigzagPath(true, learningRate, ZIGZAG_STEPS)];
  if (paths.size >= KEPT_RATES) paths.delete(paths.keys().next().value!);
  paths.set(learningRate, made);
  return made;
}

/** Both neurons' paths up to the chosen step, at the chosen learning rate. */
export function zigzagGeometry(o: ZigzagOptions): ZigzagGeometry {
  const both = pathsAt(o.learningRate);
  const runs = (["positive", "centred"] as const).map((name, i): ZigzagRun => {
    const full = both[i]!;
    const shown = full.slice(0, o.step + 1);
    const at = shown.at(-1)!;
    const plot = plotSeries(shown, (p) => w1Scale(p[0]), (p) => w2Scale(p[1]), box, pointLabel);
    const dot = placePoint(box, w1Scale(at[0]), w2Scale(at[1]), pointLabel(at));
    const marks = mergeMarks(plot.marks, [dot.mark]);
    return { name, path: plot.d, at, distance: distanceToTarget(at), cx: dot.cx, cy: dot.cy, marks };
  });
  const [positive, centred] = runs as [ZigzagRun, ZigzagRun];
  const f = (v: number) => formatNumber(v);
  return {
    runs,
    readout: `step ${o.step} · distance to the target: all-positive inputs ${f(positive.distance)}, zero-centred inputs ${f(centred.distance)}`,
    description:
      `The weights (w₁, w₂) of two neurons learning, one example at a time with learning rate ${formatNumber(o.learningRate, 1)}, toward the target (1, −1) from (0, 0). ` +
      `One gets all-positive inputs (sigmoid outputs), so every step moves both weights the same way and its path zig-zags; the other gets the same inputs centred on zero. ` +
      `After ${o.step} steps the first is ${f(positive.distance)} from the target and the second ${f(centred.distance)}.`,
  };
}
