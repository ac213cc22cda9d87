/**
 * Widgets whose mount still redraws over the figure the build drew (their mounts are being moved to the chart layer):
 * the draw-count tests expect one draw more of these, and fail for one as soon as it adopts, so that it leaves this list.
 */
export const REDRAWING: ReadonlySet<string> = new Set(["neuron-race", "depth-product", "zigzag", "mse-panels", "lstm-gradient", "step-error"]);
