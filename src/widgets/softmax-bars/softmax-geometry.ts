import { scaleLinear } from "../linear-scale.ts";
import { sigmoid } from "../../grad/activations.ts";
import { softmax } from "../../grad/losses.ts";
import { formatNumber } from "../format-number.ts";
import type { SoftmaxOptions } from "./softmax-options.ts";
import { round } from "../svg-path.ts";

/** Three columns (score, e^score, probability), one row per class; each column's bars are drawn on its own linear scale. */
// The score column starts where the class labels end at their largest (phone) size, so that a negative score's bar never runs under its label.
export const frame = { width: 640, rowHeight: 56, top: 36, columns: [{ x0: 100, x1: 240 }, { x0: 260, x1: 430 }, { x0: 450, x1: 620 }] };

/** One class's row: its numbers and its three bars. */
export interface SoftmaxRow {
  readonly label: string;
  readonly score: number;
  readonly exp: number;
  readonly p: number;
  readonly y: number;
  /** Each bar as [x, width]. */
  readonly bars: readonly (readonly [number, number])[];
}

/** What the softmax figure draws for one state. */
export interface SoftmaxGeometry {
  readonly rows: readonly SoftmaxRow[];
  readonly height: number;
  readonly zeroX: number;
  /** Each column's scale, from its value to the bar's end. */
  readonly scales: readonly ((v: number) => number)[];
  readonly description: string;
}

/** Exponentiates and normalises the scores, and lays out the bars. */
export function softmaxGeometry(o: SoftmaxOptions): SoftmaxGeometry {
  const scores = [o.s1, o.s2, o.s3].slice(0, o.classes);
  const probs = softmax(scores);
  const exps = scores.map(Math.exp);
  const [c0, c1, c2] = frame.columns;
  const scoreX = scaleLinear().domain([-5, 5]).range([c0!.x0, c0!.x1]);
  const expX = scaleLinear().domain([0, Math.max(1, ...exps)]).range([c1!.x0, c1!.x1]);
  const pX = scaleLinear().domain([0, 1]).range([c2!.x0, c2!.x1]);
  const zeroX = round(scoreX(0));
  const rows = scores.map((score, i) => {
    const sx = round(scoreX(score));
    return {
      label: o.classes === 2 ? (i === 0 ? "class 1" : "class 0") : `class ${i + 1}`,
      score,
      exp: exps[i]!,
      p: probs[i]!,
      y: frame.top + i * frame.rowHeight,
      bars: [
        [Math.min(sx, zeroX), Math.abs(sx - zeroX)],
        [c1!.x0, round(expX(exps[i]!) - c1!.x0)],
        [c2!.x0, round(pX(probs[i]!) - c2!.x0)],
      ] as const,
    };
  });
  const f = (v: number) => formatNumber(v);
  const list = rows.map((r) => `${r.label}: score ${f(r.score)}, e to the score ${f(r.exp)}, probability ${f(r.p)}`).join("; ");
  const pinned = o.classes === 2 ? ` With the second score pinned at 0, class 1's probability is σ(${f(o.s1)}) = ${f(sigmoid(o.s1))}.` : "";
  return {
    rows,
    height: frame.top + rows.length * frame.rowHeight + 8,
    zeroX,
    scales: [scoreX, expX, pX],
    description: `Bars for each class: its log-score, the score exponentiated, and that divided by the sum of all of them. ${list}.${pinned}`,
  };
}
