import { compareSpecs } from "../widgets/activation-compare/compare-options.ts";
import { autodiffSpecs } from "../widgets/autodiff-graph/autodiff-options.ts";
import { stepperSpecs } from "../widgets/backprop-stepper/stepper-options.ts";
import { conceptSpecs } from "../widgets/concept-detector/concept-options.ts";
import { depthSpecs } from "../widgets/depth-product/depth-options.ts";
import { labSpecs } from "../widgets/gradient-lab/lab-options.ts";
import { fitSpecs } from "../widgets/logistic-fit/fit-options.ts";
import { lstmSpecs } from "../widgets/lstm-gradient/lstm-options.ts";
import { panelsSpecs } from "../widgets/mse-panels/panels-options.ts";
import { natureSpecs } from "../widgets/nature-curves/nature-options.ts";
import { neuronRaceSpecs } from "../widgets/neuron-race/neuron-race-options.ts";
import { explorerSpecs } from "../widgets/sigmoid-explorer/explorer-options.ts";
import { softmaxSpecs } from "../widgets/softmax-bars/softmax-options.ts";
import { stepErrorSpecs } from "../widgets/step-error/step-error-options.ts";
import { towersSpecs } from "../widgets/towers/towers-options.ts";
import { raceSpecs } from "../widgets/training-race/race-options.ts";
import type { OptionSpecs } from "../widgets/validate-options.ts";
import { zigzagSpecs } from "../widgets/zigzag/zigzag-options.ts";

/** One embeddable widget: its folder under src/widgets (holding <widget>.ts and <widget>.css), options, and home article. */
export interface EmbedEntry {
  readonly widget: string;
  /** The widget's class prefix, also the class of its container. */
  readonly prefix: string;
  readonly title: string;
  readonly specs: OptionSpecs;
  /** Slug of the article the widget comes from, for the "source" link. */
  readonly article: string;
}

/** Every widget of the site, as embeds: adding one here is all the wiring a new widget needs. */
export const EMBEDS: readonly EmbedEntry[] = [
  { widget: "sigmoid-explorer", prefix: "sx", title: "Sigmoid explorer", specs: explorerSpecs, article: "why-so-sigmoid" },
  { widget: "concept-detector", prefix: "cd", title: "Pixel concept detector", specs: conceptSpecs, article: "why-so-sigmoid" },
  { widget: "softmax-bars", prefix: "sm", title: "Softmax bars", specs: softmaxSpecs, article: "why-so-sigmoid" },
  { widget: "step-error", prefix: "se", title: "Finite-difference step error", specs: stepErrorSpecs, article: "why-so-sigmoid" },
  { widget: "autodiff-graph", prefix: "ad", title: "Autodiff graph", specs: autodiffSpecs, article: "why-so-sigmoid" },
  { widget: "towers", prefix: "tw", title: "Towers from sigmoids", specs: towersSpecs, article: "why-so-sigmoid" },
  { widget: "activation-compare", prefix: "ac", title: "σ, tanh and ReLU compared", specs: compareSpecs, article: "why-so-sigmoid" },
  { widget: "training-race", prefix: "tr", title: "Training race", specs: raceSpecs, article: "why-so-sigmoid" },
  { widget: "mse-panels", prefix: "mp", title: "Squared error after a sigmoid", specs: panelsSpecs, article: "mse-after-sigmoid" },
  { widget: "neuron-race", prefix: "nr", title: "Single-neuron race: MSE against cross-entropy", specs: neuronRaceSpecs, article: "mse-after-sigmoid" },
  { widget: "logistic-fit", prefix: "lf", title: "Logistic regression as one neuron", specs: fitSpecs, article: "sigmoid-regression-lstm" },
  { widget: "zigzag", prefix: "zz", title: "Zig-zag of all-positive inputs", specs: zigzagSpecs, article: "sigmoid-regression-lstm" },
  { widget: "depth-product", prefix: "gd", title: "Gradient through depth", specs: depthSpecs, article: "sigmoid-regression-lstm" },
  { widget: "lstm-gradient", prefix: "lg", title: "LSTM cell state against a tanh RNN", specs: lstmSpecs, article: "sigmoid-regression-lstm" },
  { widget: "nature-curves", prefix: "nc", title: "Sigmoids in nature", specs: natureSpecs, article: "sigmoid-regression-lstm" },
  { widget: "backprop-stepper", prefix: "bp", title: "Backpropagation stepper", specs: stepperSpecs, article: "backprop-by-hand" },
  { widget: "gradient-lab", prefix: "gl", title: "Vanishing-gradient lab", specs: labSpecs, article: "backprop-by-hand" },
];

/** The custom element's tag for a widget. */
export function embedTag(widget: string): string {
  return `sg-${widget}`;
}

/** The HTML attribute for an option: learningRate → learning-rate. */
export function attributeName(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
