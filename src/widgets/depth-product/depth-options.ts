import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The depth product's options: how many layers, and the weight and pre-activation every layer shares. */
export const depthSpecs = {
  depth: { min: 1, max: 100, default: 10, step: 1, label: "layers n" },
  weight: { min: 0.1, max: 8, default: 1, step: 0.1, label: "weight |w|" },
  z: { min: -6, max: 6, default: 0, step: 0.1, label: "pre-activation z" },
} as const satisfies OptionSpecs;

/** Validated depth-product options. */
export type DepthOptions = OptionsOf<typeof depthSpecs>;

/** Validates depth-product options; the depth is rounded to a whole number of layers. */
export function depthOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): DepthOptions {
  const o = validateOptions("depth-product", depthSpecs, input, warn);
  return { ...o, depth: Math.round(o.depth) };
}
