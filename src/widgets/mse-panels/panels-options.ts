import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The linked panels' options: the probe logit, the target, and whether cross-entropy is drawn beside MSE (0 or 1). */
export const panelsSpecs = {
  x: { min: -10, max: 10, default: -4, step: 0.1, label: "logit x" },
  p: { min: 0, max: 1, default: 1, step: 0.01, label: "target p" },
  ce: { min: 0, max: 1, default: 0, step: 1, label: "show cross-entropy" },
} as const satisfies OptionSpecs;

/** Validated panel options. */
export type PanelsOptions = OptionsOf<typeof panelsSpecs>;

/** Validates panel options; ce is rounded to 0 or 1. */
export function panelsOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): PanelsOptions {
  const o = validateOptions("mse-panels", panelsSpecs, input, warn);
  return { ...o, ce: Math.round(o.ce) };
}
