/** How strongly a lattice point is shaded, 0 to 0.6, and for which class: the same in the static picture and on the canvas. */
export function shade(p: number): { inside: boolean; alpha: number } {
  return { inside: p > 0.5, alpha: Math.abs(p - 0.5) * 1.2 };
}
