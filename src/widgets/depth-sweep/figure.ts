// A static figure: the lab's four presets at each depth, trained at build by the same seeded trainer as the lab.
import { backpropSetup } from "../../grad/article-setups.ts";
import { labData } from "../../grad/lab-trainer.ts";
import { formatNumber } from "../format-number.ts";
import { LAB_BUTTONS, labSettings } from "../gradient-lab/lab-options.ts";
import { sweepGeometry } from "./sweep-geometry.ts";
import { sweepMarkup } from "./sweep-markup.ts";

/** The depth-sweep figure as the build draws it (it has no options): one panel per lab preset, with the run stated above. */
export function figure(_options: Record<string, never>, id: string): string {
  const steps = backpropSetup.labSteps;
  const depths = backpropSetup.sweepDepths;
  const presets = LAB_BUTTONS.map((b) => ({ title: `${b.name}, η = ${formatNumber(b.options.learningRate, 2).replace(/\.?0+$/, "")}`, settings: labSettings(b.options) }));
  const first = presets[0]!.settings;
  const setting =
    `Loss after ${steps} steps of full-batch gradient descent on the ${labData.xs.length} points of the two rings, ` +
    `for ${depths[0]} to ${depths.at(-1)} hidden layers of ${first.width} units, seed ${first.seed}, each preset at its own learning rate η.`;
  return sweepMarkup(sweepGeometry(presets, depths, steps), id, setting);
}
