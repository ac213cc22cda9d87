import { ticks, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, chartSvg, descriptionMark, dotArea, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { formatNumber } from "../format-number.ts";
import { box, COLS, conceptGeometry, frame, weight, yScale, zScale, type ConceptGeometry } from "./concept-geometry.ts";

const WEIGHT_CLASS: Record<number, string> = { 1: "cd-plus", 0: "cd-zero", [-1]: "cd-minus" };

/** The grid's cells: toggle buttons, each named by its place and weight, pressed where the pixel is inked; disabled in the still picture, where pressing does nothing. */
function cellMarks(pixels: readonly number[], still: boolean): Mark[] {
  return pixels.map((p, i) => {
    const w = weight(i % COLS);
    return h("button", {
      type: "button",
      class: `cd-cell ${WEIGHT_CLASS[w]}${p ? " cd-on" : ""}`,
      "data-cell": i,
      "aria-label": `row ${Math.floor(i / COLS) + 1}, column ${(i % COLS) + 1}, weight ${w}`,
      "aria-pressed": p ? "true" : "false",
      disabled: still,
    });
  });
}

/**
 * The concept detector's figure body (grid, arithmetic, σ plot, description) for a drawing and a bias: what the build
 * writes (still, its cells disabled until the live widget enables them) and every update joins.
 */
export function conceptDraw(pixels: readonly number[], bias: number, id: string, still = false): Mark[] {
  const g = conceptGeometry(pixels, bias);
  const { left, width, right, height } = frame;
  return [
    h("div", { class: "cd-body" }, [
      h("div", { class: "cd-grid", role: "group", "aria-label": "Pixel grid: press a pixel to ink or erase it" }, cellMarks(pixels, still)),
      h("div", { class: "cd-side" }, [
        h("p", { class: "cd-sum", "aria-live": "polite" }, sumText(g)),
        chartSvg("cd-svg", frame, id, [
          // The probe's dots are painted over the y labels: a label keeps to the end of its gridline they leave clear.
          ...yGridMarks(box, [0, 1], yScale, String, [dotArea(g.probe.cx, g.probe.cyStep, 5), dotArea(g.probe.cx, g.probe.cySigma, 6)], [], frame.font),
          ...xAxisMarks(box, ticks([-10, 0, 10], zScale, (v) => formatNumber(v, 0)), 16),
          axisTitle((left + width - right) / 2, height - 2, "z", "middle"),
          h("path", { class: "cd-step", d: g.stepPath }),
          h("path", { class: "cd-sigma", d: g.sigmaPath }),
          h("circle", { class: "cd-probe cd-probe-step", r: 5, cx: g.probe.cx, cy: g.probe.cyStep }),
          h("circle", { class: "cd-probe cd-probe-sigma", r: 6, cx: g.probe.cx, cy: g.probe.cySigma }),
          h("g", { class: "chart-marks" }, offScaleMarks(g.marks)),
        ]),
      ]),
    ]),
    descriptionMark("cd", id, g.description),
  ];
}

/** The arithmetic, as one line: evidence for, against, bias, and the two outputs. */
export function sumText(g: ConceptGeometry): string {
  const f = (v: number) => formatNumber(v, 2);
  return `z\u00a0=\u00a0${g.positive}\u00a0−\u00a0${g.negative}\u00a0+\u00a0(${f(g.z - g.positive + g.negative)})\u00a0=\u00a0${f(g.z)} · step(z)\u00a0=\u00a0${g.step} · σ(z)\u00a0=\u00a0${f(g.sigma)}`;
}
