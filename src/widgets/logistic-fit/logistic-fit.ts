import { fitLogistic } from "../../grad/logistic-regression.ts";
import { adoptControl } from "../adopt-control.ts";
import { mountChart } from "../chart/mount-chart.ts";
import { pointerProbe } from "../pointer-probe.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel, valueText } from "./controls.ts";
import { fitData, frame, xScale } from "./fit-geometry.ts";
import { fitDraw } from "./fit-draw.ts";
import { fitOptions, fitSpecs, type FitOptions } from "./fit-options.ts";

/** Gradient-descent steps one press of Train runs, and how many are drawn per frame. */
export const TRAIN_STEPS = 300;
const PER_FRAME = 5;

// Training can carry a parameter past its slider's range; the widget stops it at the end instead of warning.
const within = (key: keyof typeof fitSpecs, v: number): number => Math.min(fitSpecs[key].max, Math.max(fitSpecs[key].min, v));

/** Mounts the live logistic regression: sliders for w and b, a drag on the plot to move the boundary, and Train to fit by gradient descent. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<FitOptions> {
  return mountChart(
    {
      prefix: "lf",
      validate: (i) => fitOptions(i),
      draw: fitDraw,
      controls: panel,
      setup({ el, body, id, update, options }) {
        const controls = rangeControls(el, fitSpecs, id, (key, v) => update({ [key]: v }), valueText);
        const train = adoptControl(el, id, "train");
        let frameId = 0;
        const stop = (): void => {
          cancelAnimationFrame(frameId);
          frameId = 0;
        };
        train.addEventListener("click", () => {
          stop();
          const { w, b } = options();
          const path = fitLogistic(fitData, w, b, 1, TRAIN_STEPS);
          let i = 0;
          const tick = (): void => {
            i = Math.min(path.length - 1, i + PER_FRAME);
            update({ w: within("w", path[i]!.w), b: within("b", path[i]!.b) });
            frameId = i < path.length - 1 ? requestAnimationFrame(tick) : 0;
          };
          frameId = requestAnimationFrame(tick);
        });
        const svg = body.querySelector<SVGSVGElement>(".lf-svg")!;
        // A drag puts the boundary (where p = ½) under the pointer, keeping the weight (w = 1 when it is 0) unless
        // the bias would leave its range, in which case the weight shrinks just enough to keep the boundary there.
        const stopProbe = pointerProbe(svg, frame.width, (px) => {
          stop();
          const x0 = Math.min(frame.domain[1], Math.max(frame.domain[0], xScale.invert(px)));
          let w = options().w === 0 ? 1 : options().w;
          const limit = fitSpecs.b.max;
          if (Math.abs(w * x0) > limit) w = (w * limit) / Math.abs(w * x0);
          update({ w, b: within("b", -w * x0) });
        });
        return {
          sync: controls.set,
          destroy() {
            stop();
            stopProbe();
          },
        };
      },
    },
    el,
    input,
  );
}
