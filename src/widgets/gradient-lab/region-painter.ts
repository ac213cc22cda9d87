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

/**
 * Paints the lab's decision region on a GRID × GRID canvas under the panel's SVG, scaled smoothly by the browser:
 * each point in its class's theme colour with the same opacity as the static picture. `paint` says whether it drew
 * (false where the page has no 2D canvas).
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
  const ctx = canvas.getContext("2d");
  const image = ctx?.createImageData(GRID, GRID);
  return {
    paint(region) {
      if (!ctx || !image) return false;
      const style = getComputedStyle(panel);
      const inside = rgb(ctx, style.getPropertyValue("--accent").trim(), "#1f5fbf");
      const outside = rgb(ctx, style.getPropertyValue("--accent-2").trim(), "#a8431b");
      const px = image.data;
      for (let i = 0; i < GRID * GRID; i++) {
        const { inside: isIn, alpha } = shade(region[i]!);
        const c = isIn ? inside : outside;
        px[4 * i] = c[0];
        px[4 * i + 1] = c[1];
        px[4 * i + 2] = c[2];
        px[4 * i + 3] = Math.round(alpha * 255);
      }
      ctx.putImageData(image, 0, 0);
      return true;
    },
  };
}
