import { xScale, yScale, type HandleKey } from "./towers-geometry.ts";

/** How far one arrow key moves a handle; Page Up and Page Down move ten times as far. */
export const KEY_STEP = 0.01;

/** A handle's current value and limits, as the page reads them when the reader moves it. */
export interface HandleState {
  readonly value: number;
  readonly min: number;
  readonly max: number;
}

/** The value a key press gives a handle, or null when the key does not move it. */
export function keyValue(key: string, h: HandleState): number | null {
  const steps: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
  if (key === "Home") return h.min;
  if (key === "End") return h.max;
  const n = steps[key];
  return n === undefined ? null : Math.min(h.max, Math.max(h.min, h.value + n * KEY_STEP));
}

/**
 * Makes the shown tower's handles draggable (mouse, pen and touch through pointer events) and keyboard controls,
 * each a slider with its name and value; onMove gets the handle and its new value, onPick the x of a click on the
 * plot away from the handles (to show the tower there), and onDrag the handle a drag holds (null when it ends).
 * Returns a function that removes the listeners.
 */
export function towerHandles(
  svg: SVGSVGElement,
  width: number,
  state: (key: HandleKey) => HandleState,
  onMove: (key: HandleKey, value: number) => void,
  onPick: (x: number) => void,
  onDrag: (key: HandleKey | null) => void,
): () => void {
  // The SVG scales uniformly (viewBox, height auto), so one factor turns client pixels into user units.
  const user = (event: MouseEvent): [number, number] | null => {
    const box = svg.getBoundingClientRect();
    if (!(box.width > 0)) return null;
    const k = width / box.width;
    return [(event.clientX - box.left) * k, (event.clientY - box.top) * k];
  };
  const keyOf = (target: EventTarget | null): HandleKey | null => {
    const g = (target as Element | null)?.closest?.("[data-handle]");
    return (g?.getAttribute("data-handle") as HandleKey | null) ?? null;
  };
  let dragging: { key: HandleKey; pointer: number } | null = null;
  const move = (event: PointerEvent): void => {
    if (!dragging || event.pointerId !== dragging.pointer) return;
    const p = user(event);
    if (!p) return;
    onMove(dragging.key, dragging.key === "h" ? yScale.invert(p[1]) : xScale.invert(p[0]));
  };
  const down = (event: PointerEvent): void => {
    const key = keyOf(event.target);
    if (!key) return;
    // A drag moves the handle; without this it would also select the page's text or scroll it.
    event.preventDefault();
    const g = (event.target as Element).closest("[data-handle]")!;
    (g as SVGGElement).focus?.({ preventScroll: true });
    svg.setPointerCapture?.(event.pointerId);
    dragging = { key, pointer: event.pointerId };
    onDrag(key);
  };
  // The click that ends a drag (the pointer was captured by the plot, so it lands on the plot) does not pick a tower.
  let dragEnded = false;
  const up = (event: PointerEvent): void => {
    if (!dragging || event.pointerId !== dragging.pointer) return;
    dragging = null;
    dragEnded = true;
    setTimeout(() => (dragEnded = false));
    onDrag(null);
  };
  const keydown = (event: KeyboardEvent): void => {
    const key = keyOf(event.target);
    if (!key) return;
    const v = keyValue(event.key, state(key));
    if (v === null) return;
    event.preventDefault();
    onMove(key, v);
  };
  const click = (event: MouseEvent): void => {
    if (keyOf(event.target) || dragEnded) return;
    const p = user(event);
    if (p) onPick(xScale.invert(p[0]));
  };
  const listeners = [
    ["pointerdown", down],
    ["click", click],
    ["pointermove", move],
    ["pointerup", up],
    ["pointercancel", up],
    ["keydown", keydown],
  ] as const;
  for (const [type, listener] of listeners) svg.addEventListener(type, listener as EventListener);
  return () => {
    for (const [type, listener] of listeners) svg.removeEventListener(type, listener as EventListener);
  };
}
