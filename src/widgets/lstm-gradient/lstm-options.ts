import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** Longest sequence the figure runs. */
export const MAX_STEPS = 100;

/** The comparison's options: sequence length, the LSTM's forget gate and gate recurrence, and the RNN's weight. */
export const lstmSpecs = {
  steps: { min: 1, max: MAX_STEPS, default: 50, step: 1, label: "time steps T" },
  forget: { min: 0.5, max: 0.999, default: 0.9, step: 0.001, label: "LSTM forget gate f" },
  recurrent: { min: -1, max: 1, default: 0, step: 0.05, label: "LSTM gates' recurrent weight u" },
  rnnWeight: { min: 0.2, max: 3, default: 1, step: 0.05, label: "RNN weight w" },
} as const satisfies OptionSpecs;

/** Validated lstm-gradient options. */
export type LstmOptions = OptionsOf<typeof lstmSpecs>;

/** Validates lstm-gradient options; the length is rounded to whole steps. */
export function lstmOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): LstmOptions {
  const o = validateOptions("lstm-gradient", lstmSpecs, input, warn);
  return { ...o, steps: Math.round(o.steps) };
}
