// A static figure: the MSE race's escape time against its start, drawn at build from the same trainer as the race.
import { escapeHtml } from "../escape-html.ts";
import { offScaleMarkup } from "../chart/off-scale-markup.ts";
import { formatPower, trueMinus } from "../format-number.ts";
import { round } from "../svg-path.ts";
import { mseEscapeLaw } from "../../grad/neuron-race.ts";
import { escapeGeometry, frame, STARTS, STEP_EXPONENTS, xScale, yScale } from "./escape-geometry.ts";

/** The escape-law figure as the build draws it (it has no options). */
export function figure(_options: Record<string, never>, id: string): string {
  const series = escapeGeometry();
  const { x0, x1, y0, y1, width, height, font } = frame;
  const yTicks = Array.from({ length: STEP_EXPONENTS[1] - STEP_EXPONENTS[0] + 1 }, (_, i) => STEP_EXPONENTS[0] + i).filter((e) => e % 2 === 0);
  const xTicks = STARTS.filter((a) => a % 2 === 0);
  const description =
    `Steps that squared error needs to bring the neuron from a start logit z0 to a prediction of one half, on a log axis, for z0 from −2 to −12. ` +
    series.map((s) => `Learning rate ${s.rate}: ${s.dots.map((d) => `${trueMinus(String(d.z0))}: ${d.steps}`).join(", ")} steps. `).join("") +
    `The lines are the law e^|z0| / (4η), which the dots approach as the start moves further out.`;
  // Each rate's name where the lines are apart and nothing else is drawn: below the solid line on the right, above the dashed one on the left.
  const label = (s: (typeof series)[number]) =>
    s.rate === 1
      ? { x: round(xScale(9.5)), y: round(yScale(mseEscapeLaw(-9.5, 1)) + 26), anchor: "start" }
      : { x: round(xScale(5)), y: round(yScale(mseEscapeLaw(-5, s.rate)) - 14), anchor: "end" };
  return (
    `<svg class="chart-svg el-svg" viewBox="0 0 ${width} ${height}" font-size="${font}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    yTicks.map((e) => `<line class="chart-grid" x1="${x0}" x2="${x1}" y1="${round(yScale(10 ** e))}" y2="${round(yScale(10 ** e))}"/><text class="chart-tick" x="${x0 - 6}" y="${round(yScale(10 ** e))}" dy="0.32em" text-anchor="end">${formatPower(e)}</text>`).join("") +
    // The first start's label begins at the frame's corner, clear of the step axis's "1".
    xTicks.map((a, i) => `<text class="chart-tick" x="${round(xScale(a))}" y="${y1 + 16}" text-anchor="${i === 0 ? "start" : "middle"}">${trueMinus(String(-a))}</text>`).join("") +
    `<text class="chart-axis" x="${x0}" y="${y0 - 8}">steps to reach one half</text>` +
    `<text class="chart-axis" x="${x1}" y="${y1 + 34}" text-anchor="end">start logit z₀</text>` +
    series.map((s) => `<path class="el-law el-rate-${s.rate === 1 ? "one" : "tenth"}" d="${s.lawPath}"/>` + s.dots.map((d) => `<circle class="el-dot el-rate-${s.rate === 1 ? "one" : "tenth"}" r="3.5" cx="${d.cx}" cy="${d.cy}"/>`).join("") +
      `<text class="chart-tick el-label" x="${label(s).x}" y="${label(s).y}" text-anchor="${label(s).anchor}">η = ${s.rate}</text>` + offScaleMarkup(s.marks)).join("") +
    `</svg><p class="visually-hidden" id="${id}-desc">${escapeHtml(description)}</p>`
    );
}
