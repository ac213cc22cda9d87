/** Calls onProbe with the SVG user-space point under the pointer, on press and while dragging; returns a function that removes the listeners. */
export function pointerProbe(svg: SVGSVGElement, width: number, onProbe: (x: number, y: number) => void): () => void {
  const probe = (event: PointerEvent): void => {
    const box = svg.getBoundingClientRect();
    // The SVG scales uniformly (viewBox, height auto), so one factor converts both coordinates.
    const scale = width / box.width;
    if (box.width > 0) onProbe((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
  };
  const down = (event: PointerEvent): void => {
    // A drag moves the probe; without this it would also start selecting the page's text.
    event.preventDefault();
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
