/** Calls onProbe with the SVG user-space x under the pointer, on press and while dragging; returns a function that removes the listeners. */
export function pointerProbe(svg: SVGSVGElement, width: number, onProbe: (x: number) => void): () => void {
  const probe = (event: PointerEvent): void => {
    const box = svg.getBoundingClientRect();
    if (box.width > 0) onProbe(((event.clientX - box.left) / box.width) * width);
  };
  const down = (event: PointerEvent): void => {
    svg.setPointerCapture?.(event.pointerId);
    probe(event);
  };
  const move = (event: PointerEvent): void => {
    if (svg.hasPointerCapture?.(event.pointerId)) probe(event);
  };
  svg.addEventListener("pointerdown", down);
  svg.addEventListener("pointermove", move);
  return () => {
    svg.removeEventListener("pointerdown", down);
    svg.removeEventListener("pointermove", move);
  };
}
