import { DEFAULT_CHAIN } from "./backprop-chain.ts";
import { LAB_PRESETS } from "./lab-presets.ts";

// Each article's inputs, declared once: the prose binds to them (<Num of={mseSetup.race.learningRate}>1.0</Num>), the
// widgets take them as props, and claim expressions and runnable samples compute from them. They live in the gradient
// module so that the claims checker's sandbox sees the same objects the article imports.

/** The inputs of "Backpropagation by hand". */
export const backpropSetup = {
  /** The chain x → q → j → k: input, target, weights and learning rate. */
  chain: DEFAULT_CHAIN,
  /** Where the two forms of tanh′ are compared. */
  compareAt: 1.5,
  /** Where σ′ and tanh′ are compared out in the tails. */
  tailAt: 3,
  /** Depth of the products of per-layer factors. */
  depth: 10,
  /** Weight sizes: one that keeps the error term's size, one that doubles it per layer, one that shrinks it. */
  keepingWeight: 4,
  doublingWeight: 8,
  smallWeight: 0.5,
  /** The gradient lab's presets. */
  lab: LAB_PRESETS,
  /** Training steps quoted for the lab, and after which the depth sweep reads each network's loss. */
  labSteps: 300,
  /** Steps a lab run takes before it pauses by itself (the end of its step axis), and the long runs the text quotes. */
  labLongSteps: 2000,
  /** The step by which the Xavier sigmoid network has reached the plateau at ln 2, and the step the small-weight one has. */
  plateauStep: 5,
  smallPlateauStep: 20,
  /** The depth sweep: every preset at each of these depths (hidden layers), its other settings unchanged. */
  sweepDepths: [1, 2, 3, 4, 5, 6, 7, 8],
} as const;

/** The inputs of "Why mean squared error after a sigmoid stalls learning". */
export const mseSetup = {
  /** Where the first figure's probe starts. */
  probe: -4,
  /** The confidently wrong logit and its target. */
  wrongLogit: -10,
  target: 1,
  /** Where the largest |∂J/∂x| is searched for. */
  search: { lo: -20, hi: 20 },
  /** The neuron race: starting logit (split evenly between weight and bias), learning rate and steps. */
  race: { z0: -6, learningRate: 1, steps: 200 },
  /** The predictions the race's step counts are read at. */
  threshold: 0.9,
  halfway: 0.5,
} as const;

/** The inputs of "The sigmoid in logistic regression, in hidden layers and in LSTM gates". */
export const regressionSetup = {
  /** Gradient descent on the logistic sample: start, learning rate, steps. */
  fit: { w0: 0, b0: 0, learningRate: 1, steps: 300 },
  /** The zig-zag: learning rate, a larger one, steps, and how close to the target counts as there. */
  zigzag: { learningRate: 3, fastRate: 4, steps: 150, tolerance: 0.1 },
  /** The deep product: layers and weight size. */
  depth: { layers: 100, weight: 5 },
  /** The LSTM and RNN comparison: steps, forget gates, the gates' and candidate's recurrent weight, RNN weights. */
  lstm: { steps: 50, forget: 0.9, strongForget: 0.99, recurrent: 0.5, rnnWeight: 1, rnnStrongWeight: 2, rnnInputWeight: 1, figureRecurrent: 0 },
  /** The Hill equation: haemoglobin's Hill coefficient (about 2.8, as textbooks give it), half and twice K. */
  hill: { n: 2.8, k: 1, low: 0.5, high: 2 },
} as const;

/** The inputs of "Why so sigmoid?". */
export const sigmoidSetup = {
  /** The first figure's neuron σ(w·x + b) and probe. */
  explorer: { w: 4, b: -2, x: 1 },
  /** The concept detector's bias, the digit it starts on (1: the 4), and the pixels of the drawn 4 for and against the stroke. */
  concept: { bias: -3, digit: 1, strokePixels: 7, againstPixels: 3, eightPixels: 4 },
  /** The three-class softmax figure's other two scores. */
  softmax: { s2: 0, s3: 1 },
  /** The log-score of the two-class softmax example. */
  logScore: -0.4,
  /** The difference quotients: the point, the step's power of ten, and the sweep of steps (powers of ten, points per decade). */
  diff: { x: 1, logEps: -3, sweep: { from: -12, to: -1, perDecade: 10 } },
  /** The autodiff example σ(w·x + b). */
  autodiff: { w: 2, x: 1.5, b: -1, figureStep: 6 },
  /** Where the activation comparison's probe starts. */
  compareAt: 0,
  /** Significant digits quoted for σ′ in the table. */
  quotedDigits: 16,
  /** The towers: interval, the two networks quoted (number of towers, steepness), and the tower the figure builds first. */
  towers: { lo: 0, hi: 1, few: { n: 10, steepness: 200 }, many: { n: 50, steepness: 1000 }, shown: 4 },
  /**
   * The training race: the learning rates each network's sweep tries, the steps of every run, the seed of the
   * initial weights, the loss the step counts are read at, the step the text reads the curves at early on, and the
   * loss below which a run counts as off the ln 2 plateau.
   */
  race: { sweep: [0.1, 0.2, 0.5, 1, 2, 5, 10, 20], steps: 400, seed: 1, targetLoss: 0.1, earlyStep: 50, plateauLoss: 0.69 },
} as const;
