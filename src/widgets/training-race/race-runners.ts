/** The three hidden activations that race. */
export const RUNNERS = ["sigmoid", "tanh", "relu"] as const;
/** How the text and the figure name each runner. */
export const RUNNER_NAMES = { sigmoid: "sigmoid", tanh: "tanh", relu: "ReLU" } as const;
