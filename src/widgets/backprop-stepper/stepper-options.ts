import { DEFAULT_CHAIN } from "../../grad/backprop-chain.ts";
import { validateOptions, type OptionSpecs, type OptionsOf } from "../validate-options.ts";

/** The last stage of the walk: the forward pass, then three error terms and three weight updates. */
export const LAST_STAGE = 6;

/** The stepper's options: the chain's input, target, weights and learning rate, and how far the walk has gone. */
export const stepperSpecs = {
  x: { min: -2, max: 2, default: DEFAULT_CHAIN.x, step: 0.1, label: "input x" },
  y: { min: 0, max: 1, default: DEFAULT_CHAIN.y, step: 0.05, label: "target y" },
  wxq: { min: -3, max: 3, default: DEFAULT_CHAIN.wxq, step: 0.1, label: "weight w_xq" },
  wqj: { min: -3, max: 3, default: DEFAULT_CHAIN.wqj, step: 0.1, label: "weight w_qj" },
  wjk: { min: -3, max: 3, default: DEFAULT_CHAIN.wjk, step: 0.1, label: "weight w_jk" },
  eta: { min: 0.05, max: 2, default: DEFAULT_CHAIN.eta, step: 0.05, label: "learning rate η" },
  stage: { min: 0, max: LAST_STAGE, default: LAST_STAGE, step: 1, label: "stage" },
} as const satisfies OptionSpecs;

/** Validated backprop-stepper options. */
export type StepperOptions = OptionsOf<typeof stepperSpecs>;

/** Validates backprop-stepper options; the stage is rounded to a whole stage. */
export function stepperOptions(input: Readonly<Record<string, unknown>> = {}, warn?: (m: string) => void): StepperOptions {
  const o = validateOptions("backprop-stepper", stepperSpecs, input, warn);
  return { ...o, stage: Math.round(o.stage) };
}
