import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/claims/parse-article.ts";
import { setupValue } from "../../src/content-check/component-problems.ts";
import { restatedInputProblems } from "../../src/content-check/restated-input-problems.ts";

const problems = (body: string) => restatedInputProblems(parseArticle(body).tree, "a.mdx").map((p) => `${p.line}: ${p.message}`);

describe("restatedInputProblems(tree, file)", () => {
  it("flags a widget prop, a claim expression and a sample that restate a free input", () => {
    const body = [
      "The log-score is <Num free=\"example\">−0.4</Num>.",
      "<SoftmaxBars s1={-0.4} classes={2} />",
      "Class 1 gets <Num of={sigmoid(-0.4)}>40.1 %</Num>.",
      "",
      "```ts runnable",
      'import { sigmoid } from "~/grad";',
      "const logScore = -0.4; // → not an output",
      "```",
    ].join("\n");
    expect(problems(body)).toEqual([
      "2: <SoftmaxBars> option s1 writes -0.4, which restates the input −0.4 written on line 1: declare it in the article's setup and bind both to it",
      "3: the <Num> expression writes -0.4, which restates the input −0.4 written on line 1: declare it in the article's setup and bind both to it",
      "7: the runnable sample writes -0.4, which restates the input −0.4 written on line 1: declare it in the article's setup and bind both to it",
    ]);
  });
  it("flags a literal restating an input bound to the setup, and names the path to use", () => {
    const body = String.raw`Rate <Num of={mseSetup.race.learningRate}>1.0</Num>, threshold $\num{mseSetup.threshold}{0.9}$.
<NeuronRace learningRate={1} />
<Num of={stepsToPrediction(neuronRace("ce", { z0: -6, learningRate: 1, steps: 200 }).p, 0.9)}>8</Num>`;
    expect(problems(body)).toEqual([
      "2: <NeuronRace> option learningRate writes 1, which restates the input 1.0 written on line 1: refer to mseSetup.race.learningRate",
      "3: the <Num> expression writes 1, which restates the input 1.0 written on line 1: refer to mseSetup.race.learningRate",
      "3: the <Num> expression writes 0.9, which restates the input 0.9 written on line 1: refer to mseSetup.threshold",
    ]);
  });
  it("leaves integers that are points or indices alone, and references to the setup", () => {
    const body = String.raw`Ten towers, <Num of={sigmoidSetup.towers.few.n}>ten</Num> of them.
At $x = 10$ it is <Num of={dsigmoid(10)}>4.54e-5</Num>; <Towers n={sigmoidSetup.towers.few.n} steepness={200} />`;
    expect(problems(body)).toEqual([]);
  });
});

describe("setupValue(source)", () => {
  it("reads a number at a path into the gradient module, and nothing else", () => {
    expect(setupValue("mseSetup.race.z0")).toBe(-6);
    expect(setupValue(" regressionSetup.lstm.forget ")).toBe(0.9);
    expect(setupValue("backpropSetup.chain.wqj")).toBe(-1);
    expect(setupValue("mseSetup.race")).toBeNull();
    expect(setupValue("mseSetup.nothing")).toBeNull();
    expect(setupValue("mseSetup.constructor")).toBeNull();
    expect(setupValue("sigmoid(0)")).toBeNull();
    expect(setupValue("process.pid")).toBeNull();
  });
});
