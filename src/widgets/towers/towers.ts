import type { TowerPart } from "../../grad/towers.ts";
import { adoptControl } from "../adopt-control.ts";
import { afterPaint } from "../after-paint.ts";
import { joinMarks } from "../chart/join-marks.ts";
import { mountChart } from "../chart/mount-chart.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel } from "./controls.ts";
import { figure } from "./figure.ts";
import { towerHandles } from "./tower-handles.ts";
import { handleSlider, readoutError, towersDraw } from "./towers-draw.ts";
import { defaultParts, frame, handles, moveHandle, towerAt, towersError, type HandleKey, type TowersGeometry } from "./towers-geometry.ts";
import { towersOptions, towersSpecs, type TowersOptions } from "./towers-options.ts";

/** Mounts the live towers figure: sliders for the number of towers, their steepness and the tower shown; handles drag its walls and height, and a click on the plot shows another tower. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<TowersOptions> {
  // The towers as the reader moved them (equal ones again whenever their count changes), and the handle being dragged.
  // A moved tower is a new object in a new array (moveHandle): the same array is the same towers.
  let parts: readonly TowerPart[] = [];
  let dragging: HandleKey | null = null;
  // The error of each set of towers at the steepness it was measured at. Measuring takes a scan of 4001 points and a
  // quadrature: done after the frame that shows new curves is painted, so that a drag's frames are not held up by it,
  // and kept, so that towers measured before (a count that comes back, the equal towers again) show theirs at once.
  const errors = new WeakMap<readonly TowerPart[], { readonly steepness: number; readonly error: TowersGeometry["error"] }>();
  // The error the readout shows (until the new towers' is measured, the last one), and whether the next draw measures.
  let shown: TowersGeometry["error"] | null = null;
  let measureNow = false;
  let measuring: (() => void) | null = null;
  let remeasured = (): void => {};
  const errorOf = (o: TowersOptions): TowersGeometry["error"] => {
    const known = errors.get(parts);
    if (known?.steepness === o.steepness) return (shown = known.error);
    if (shown && !measureNow) {
      measuring ??= afterPaint(() => {
        measuring = null;
        measureNow = true;
        remeasured();
        measureNow = false;
      });
      return shown;
    }
    const error = towersError(o, parts).error;
    errors.set(parts, { steepness: o.steepness, error });
    return (shown = error);
  };
  const draw = (o: TowersOptions, id: string) => {
    if (parts.length !== o.n) parts = defaultParts(o);
    return towersDraw(o, id, { parts, live: true, dragging, error: errorOf(o) });
  };
  return mountChart(
    {
      prefix: "tw",
      // draw reads the towers as moved, and the build's handles are pictures only: destroy draws the build's figure.
      figure,
      validate: (i) => towersOptions(i),
      draw,
      controls: panel,
      setup({ el, body, id, update, options }) {
        const controls = rangeControls(el, towersSpecs, id, (key, v) => update({ [key]: v }));
        const reset = adoptControl(el, id, "reset");
        const towerInput = controls.element.querySelector<HTMLInputElement>(`#${CSS.escape(id)}-tower`);
        const svg = body.querySelector<SVGSVGElement>(".tw-svg")!;
        // Hand-moved towers and the drag are not options: redraw the same options through the same draw.
        const redraw = (): void => joinMarks(body, draw(options(), id));
        remeasured = redraw;
        if (parts.length !== options().n) parts = defaultParts(options());
        // The build's figure shows the error of these towers already: kept, so the first update does not measure them again.
        const built = readoutError(body.querySelector(".tw-readout"));
        if (built) errors.set(parts, { steepness: options().steepness, error: (shown = built) });
        // The build drew the handles as pictures (nothing to focus without JavaScript): they become sliders now, and
        // nothing else changes, so only their slider attributes are made (not their marks, which cost the hydration more).
        for (const hd of handles(parts[options().tower - 1]!)) {
          const handle = svg.querySelector(`[data-handle="${hd.key}"]`)!;
          for (const [name, value] of Object.entries(handleSlider(hd, options().tower))) if (handle.getAttribute(name) !== String(value)) handle.setAttribute(name, String(value));
        }
        const stop = towerHandles(
          svg,
          frame.width,
          (key) => handles(parts[options().tower - 1]!).find((h) => h.key === key)!,
          (key, v) => {
            const i = options().tower - 1;
            parts = parts.map((p, j) => (j === i ? moveHandle(p, key, v) : p));
            redraw();
          },
          (x) => update({ tower: towerAt(parts, x) + 1 }),
          (key) => {
            dragging = key;
            redraw();
          },
        );
        reset.addEventListener("click", () => {
          parts = defaultParts(options());
          redraw();
        });
        return {
          sync(o) {
            if (towerInput && towerInput.max !== String(o.n)) towerInput.max = String(o.n);
            controls.set(o);
          },
          destroy() {
            stop();
            measuring?.();
          },
        };
      },
    },
    el,
    input,
  );
}
