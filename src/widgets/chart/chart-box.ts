/** A plot's frame in SVG user units: x0 left, x1 right, y0 top, y1 bottom. */
export interface ChartBox {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Which edge of the frame a point lies beyond, or null when it is inside (within half a pixel). */
export function outside(box: ChartBox, px: number, py: number): "top" | "bottom" | "left" | "right" | null {
  if (Number.isNaN(px) || Number.isNaN(py)) return null;
  if (py < box.y0 - 0.5) return "top";
  if (py > box.y1 + 0.5) return "bottom";
  if (px < box.x0 - 0.5) return "left";
  if (px > box.x1 + 0.5) return "right";
  return null;
}
