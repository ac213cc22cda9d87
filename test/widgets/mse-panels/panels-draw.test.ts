import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mark } from "../../../src/widgets/chart/mark.ts";
import { panelsDraw } from "../../../src/widgets/mse-panels/panels-draw.ts";
import { panelsGeometry, PS, XS } from "../../../src/widgets/mse-panels/panels-geometry.ts";
import { panelsOptions, panelsSpecs } from "../../../src/widgets/mse-panels/panels-options.ts";
import { mount } from "../../../src/widgets/mse-panels/mse-panels.ts";
import { drawnArrows, expectArrowsDrawn, marksWithClass } from "../../helpers/drawn-marks.ts";
import { expectHonestPlot, expectHonestPoint } from "../../helpers/honest-plot.ts";
import { markTexts } from "../../helpers/mark-texts.ts";
import { expectOneDrawPath } from "../../helpers/one-draw-path.ts";
import { optionsFrom } from "../../helpers/option-arbitrary.ts";

// The curves' true values, written out from their closed forms (independent of src/grad).
const s = (x: number) => 1 / (1 + Math.exp(-x));
const ce = (q: number, p: number) => -(p * Math.log(q) + (1 - p) * Math.log(1 - q));
const truth: Record<string, (p: number) => Record<string, (v: number) => number>> = {
  sigma: () => ({ plain: s }),
  dsigma: () => ({ plain: (x) => s(x) * (1 - s(x)) }),
  "loss-p": (p) => ({ ref0: (q) => q * q, ref1: (q) => (q - 1) ** 2, mse: (q) => (q - p) ** 2, ce: (q) => ce(q, p) }),
  "grad-p": (p) => ({ ref0: (q) => 2 * q, ref1: (q) => 2 * (q - 1), mse: (q) => 2 * (q - p), ce: (q) => (q - p) / (q * (1 - q)) }),
  "loss-x": (p) => ({ ref0: (x) => s(x) ** 2, ref1: (x) => (s(x) - 1) ** 2, mse: (x) => (s(x) - p) ** 2, ce: (x) => ce(s(x), p) }),
  "grad-x": (p) => ({
    ref0: (x) => 2 * s(x) * s(x) * (1 - s(x)),
    ref1: (x) => 2 * (s(x) - 1) * s(x) * (1 - s(x)),
    mse: (x) => 2 * (s(x) - p) * s(x) * (1 - s(x)),
    ce: (x) => s(x) - p,
  }),
  ratio: () => ({ plain: (x) => 2 * s(x) * (1 - s(x)) }),
};

const options = optionsFrom(panelsSpecs);
const roleOf = (m: Mark) => String(m.attrs.class).match(/mp-(plain|mse|ce|ref0|ref1)\b/)![1]!;

describe("panelsDraw(options, id)", () => {
  // A few dozen states of fourteen panels: a limit for a loaded machine, not a speed test.
  it("for random options, every drawn curve and probe dot maps back to its closed form within half a pixel, or is marked off-scale with an arrow and the value", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(options, (input) => {
        const o = panelsOptions(input);
        const marks = panelsDraw(o, "t");
        const svgs = marks.filter((m) => m.tag === "svg");
        expect(svgs.map((m) => m.attrs.class)).toEqual(["chart-svg mp-svg mp-wide", "chart-svg mp-svg mp-tall"]);
        for (const [svg, g] of [[svgs[0]!, panelsGeometry(o)], [svgs[1]!, panelsGeometry(o, "tall")]] as const) {
          const drawnPanels = marksWithClass([svg], "mp-panel");
          expect(drawnPanels.map((m) => m.attrs["data-panel"])).toEqual(["sigma", "dsigma", "loss-p", "grad-p", "loss-x", "grad-x", "ratio"]);
          drawnPanels.forEach((drawn, i) => {
            const panel = g.panels[i]!;
            const box = { x0: panel.x0, x1: panel.x1, y0: panel.y0, y1: panel.y1 };
            const fs = truth[panel.key]!(o.p);
            const grid = panel.axis === "x" ? XS : PS;
            const arrows = drawnArrows([drawn]);
            // Cross-entropy is drawn hidden while the switch is off: its curve and dot are not shown.
            const shown = (m: Mark) => m.attrs.visibility !== "hidden";
            const curves = marksWithClass([drawn], "mp-curve").filter(shown);
            expect(curves.map(roleOf)).toEqual(panel.paths.map((c) => c.role).filter((r) => r !== "ce" || o.ce === 1));
            for (const curve of curves) {
              const geometry = panel.paths.find((c) => c.role === roleOf(curve))!;
              expectHonestPlot(String(curve.attrs.d), geometry.marks, grid.map((v) => [panel.xScale(v), panel.yScale(fs[roleOf(curve)]!(v))] as const), box);
              expectArrowsDrawn(arrows, geometry.marks);
            }
            const at = panel.axis === "x" ? o.x : s(o.x);
            for (const dot of marksWithClass([drawn], "mp-dot").filter(shown)) {
              const value = fs[roleOf(dot)]!(at);
              const own = panel.probe.cys.find((c) => c.role === roleOf(dot))!.mark;
              const drawnMark = own && arrows.some((a) => a.label === own.label) ? own : null;
              expectHonestPoint(Number(dot.attrs.cx), Number(dot.attrs.cy), drawnMark, [panel.xScale(at), panel.yScale(value)], box);
            }
          });
        }
        expect(markTexts(marks).join(" ")).not.toMatch(/-\d|NaN|Infinity/);
      }),
      { seed: 9, numRuns: 15 },
    );
  });

  // Dozens of mounts and redraws of fourteen panels: a limit for a loaded machine, not a speed test.
  it("prints each curve's off-scale value by its arrow at the x where the curve has that value (cross-entropy's 10.00 at x = −10)", () => {
    const seen: string[] = [];
    for (const p of [1, 0, 0.3]) {
      const g = panelsGeometry(panelsOptions({ p, ce: 1 }));
      for (const panel of g.panels) {
        const fs = truth[panel.key]!(p);
        // The curves are sampled across the panel: the x under an arrow on the top or bottom edge, read off the axis.
        const [lo, hi] = panel.axis === "x" ? [-10, 10] : [0, 1];
        const at = (px: number) => lo + ((hi - lo) * (px - panel.x0)) / (panel.x1 - panel.x0);
        for (const path of panel.paths)
          for (const m of path.marks.filter((m) => m.label && (m.edge === "top" || m.edge === "bottom"))) {
            const printed = Number(m.label.replace("−", "-"));
            const value = fs[path.role]!(at(m.x));
            expect(Math.abs(value - printed), `${panel.key} ${path.role} ${m.label} at ${at(m.x)}`).toBeLessThanOrEqual(0.005 * Math.max(1, Math.abs(printed)) + Math.abs(fs[path.role]!(at(m.x + 0.5)) - value));
            seen.push(`${panel.key} ${path.role} ${m.label}`);
          }
      }
    }
    // Cross-entropy against x with target 1 is −ln σ(x): 10.0000454 at x = −10.
    expect(seen).toContain("loss-x ce 10.00");
  });

  it("labels every y gridline with its value as written: the label, read as a number, maps back onto its gridline", () => {
    const o = panelsOptions({});
    const svgs = panelsDraw(o, "t").filter((m) => m.tag === "svg");
    for (const [svg, g] of [[svgs[0]!, panelsGeometry(o)], [svgs[1]!, panelsGeometry(o, "tall")]] as const) {
      marksWithClass([svg], "mp-panel").forEach((drawn, i) => {
        const panel = g.panels[i]!;
        for (const tick of marksWithClass([drawn], "chart-ytick")) {
          const value = Number(String(tick.text).replace("\u2212", "-"));
          expect(Math.abs(panel.yScale(value) - Number(tick.attrs.y)), `${panel.key}: "${tick.text}"`).toBeLessThanOrEqual(0.5);
        }
      });
    }
  });

  it("is the one draw path, the cross-entropy switch and the target included: every update draws what the build would", { timeout: 120_000 }, () => {
    expectOneDrawPath(mount, panelsDraw, options, (i) => panelsOptions(i), 8);
  });
});
