// Every widget of the site, each declared by its folder's widget.ts. Adding a widget is one import and one entry here
// (npm run new-widget does both): the islands, the embeds, the iframe pages, the guide and the content check follow.
import type { WidgetManifest } from "./define-widget.ts";
import activationCompare from "./activation-compare/widget.ts";
import autodiffGraph from "./autodiff-graph/widget.ts";
import backpropStepper from "./backprop-stepper/widget.ts";
import conceptDetector from "./concept-detector/widget.ts";
import depthProduct from "./depth-product/widget.ts";
import depthSweep from "./depth-sweep/widget.ts";
import escapeLaw from "./escape-law/widget.ts";
import gradientLab from "./gradient-lab/widget.ts";
import logisticFit from "./logistic-fit/widget.ts";
import lstmCell from "./lstm-cell/widget.ts";
import lstmGradient from "./lstm-gradient/widget.ts";
import msePanels from "./mse-panels/widget.ts";
import natureCurves from "./nature-curves/widget.ts";
import neuronRace from "./neuron-race/widget.ts";
import sigmoidExplorer from "./sigmoid-explorer/widget.ts";
import softmaxBars from "./softmax-bars/widget.ts";
import stepError from "./step-error/widget.ts";
import towers from "./towers/widget.ts";
import trainingRace from "./training-race/widget.ts";
import zigzag from "./zigzag/widget.ts";

/** The manifests of every widget, in the order of the embed guide. */
export const WIDGETS = [
  sigmoidExplorer,
  conceptDetector,
  softmaxBars,
  stepError,
  autodiffGraph,
  towers,
  activationCompare,
  trainingRace,
  msePanels,
  neuronRace,
  logisticFit,
  zigzag,
  depthProduct,
  lstmGradient,
  natureCurves,
  backpropStepper,
  gradientLab,
  escapeLaw,
  depthSweep,
  lstmCell,
] as const satisfies readonly WidgetManifest[];

/** The widget whose folder is `name`, or undefined. */
export function widgetNamed(name: string): WidgetManifest | undefined {
  return WIDGETS.find((w) => w.name === name);
}
