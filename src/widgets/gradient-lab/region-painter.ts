import { GRID } from "../../grad/region-grid.ts";
import { shade } from "./region-shade.ts";

/** A CSS colour (a custom property's value) as RGB bytes, read back through a canvas, which parses any CSS colour. */
function rgb(ctx: CanvasRenderingContext2D, colour: string, fallback: string): [number, number, number] {
  ctx.fillStyle = fallback;
  ctx.fillStyle = colour || fallback;
  const s = String(ctx.fillStyle);
  if (s.startsWith("#")) return [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16)) as [number, number, number];
  const [r = 0, g = 0, b = 0] = (s.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** The classes' colours where the theme gives none. */
const INSIDE = "#1f5fbf";
const OUTSIDE = "#a8431b";

/** The two classes' colours as RGB bytes. */
type Colours = readonly [inside: readonly number[], outside: readonly number[]];

/**
 * Paints the lab's decision region on a GRID × GRID canvas under the panel's SVG, scaled smoothly by the browser:
 * each point in its class's theme colour with the same opacity as the static picture. `paint` says whether it drew
 * (false where the page has no 2D canvas).
 *
 * The theme's colours are read on the first paint and again only when they change, which the canvas itself reports:
 * its colour and outline colour are the two theme colours, with a transition, so a theme change starts a transition
 * and fires `transitionrun`. Read before every paint, they restyled the figure in the frame of every update; read after
 * every paint, the read often came after the reader's next input and, inside the figure's size container, laid the
 * page out before that input's frame.
 */
export function regionPainter(panel: HTMLElement): { paint(region: ArrayLike<number>): boolean } {
  let canvas = panel.querySelector<HTMLCanvasElement>(".gl-canvas");
  if (!canvas) {
    canvas = document.createElement("canvas");
    canvas.className = "gl-canvas";
    canvas.width = GRID;
    canvas.height = GRID;
    canvas.setAttribute("aria-hidden", "true");
    panel.prepend(canvas);
  }
  Object.assign(canvas.style, { color: `var(--accent, ${INSIDE})`, outlineColor: `var(--accent-2, ${OUTSIDE})`, transition: "color 1ms, outline-color 1ms" });
  const ctx = canvas.getContext("2d");
  const image = ctx?.createImageData(GRID, GRID);
  const read = (c: CanvasRenderingContext2D): Colours => {
    const style = getComputedStyle(panel);
    return [rgb(c, style.getPropertyValue("--accent").trim(), INSIDE), rgb(c, style.getPropertyValue("--accent-2").trim(), OUTSIDE)];
  };
  const draw = (c: CanvasRenderingContext2D, img: ImageData, region: ArrayLike<number>, [inside, outside]: Colours): void => {
    const px = img.data;
    for (let i = 0; i < GRID * GRID; i++) {
      const { inside: isIn, alpha } = shade(region[i]!);
      const rgb = isIn ? inside : outside;
      px[4 * i] = rgb[0]!;
      px[4 * i + 1] = rgb[1]!;
      px[4 * i + 2] = rgb[2]!;
      px[4 * i + 3] = Math.round(alpha * 255);
    }
    c.putImageData(img, 0, 0);
  };
  let colours: Colours | null = null;
  let shown: ArrayLike<number> | null = null;
  canvas.addEventListener("transitionrun", () => {
    if (!ctx || !image || !colours) return;
    const now = read(ctx);
    if (now.flat().join() === colours.flat().join()) return;
    colours = now;
    if (shown) draw(ctx, image, shown, now);
  });
  return {
    paint(region) {
      if (!ctx || !image) return false;
      colours ??= read(ctx);
      shown = region;
      draw(ctx, image, region, colours);
      return true;
    },
  };
}
