import { describe, expect, it, vi } from "vitest";
import { attributeName, componentName, defineWidget, type WidgetDefinition } from "../../src/widgets/define-widget.ts";
import type { OptionSpecs } from "../../src/widgets/validate-options.ts";

const options = {
  w: { min: -10, max: 10, default: 1, step: 0.1, label: "weight w" },
  logEps: { min: -12, max: -1, default: -4, step: 0.5, label: "log₁₀ of the step ε" },
  act: { min: 0, max: 2, default: 0, step: 1, label: "activation", choices: ["sigmoid", "tanh", "ReLU"] },
} as const satisfies OptionSpecs;

const base = { name: "demo-widget", title: "Demo", article: "why-so-sigmoid", prefix: "dw", id: "demo" } as const;
const demo = defineWidget({ ...base, options });

/** The definition with one option's spec replaced (or added). */
const withOption = (key: string, spec: Record<string, unknown>): WidgetDefinition<OptionSpecs> => ({ ...base, options: { ...options, [key]: { ...options.w, ...spec } } as OptionSpecs });

describe("defineWidget(definition).validate(input, warn)", () => {
  it("fills every missing option with its default", () => {
    expect(demo.validate({})).toEqual({ w: 1, logEps: -4, act: 0 });
    expect(demo.validate({ w: -2.5 })).toEqual({ w: -2.5, logEps: -4, act: 0 });
  });

  it("clamps a value outside its range to the nearest end, with a warning naming the option and the range", () => {
    const warn = vi.fn();
    expect(demo.validate({ w: 11, logEps: -1e308 }, warn)).toEqual({ w: 10, logEps: -12, act: 0 });
    expect(warn).toHaveBeenCalledWith('demo-widget: option "w" = 11 is outside -10 to 10; using 10');
    expect(warn).toHaveBeenCalledWith('demo-widget: option "logEps" = -1e+308 is outside -12 to -1; using -12');
  });

  it("throws on an unknown name, listing every option with its range and default", () => {
    expect(() => demo.validate({ weight: 2 })).toThrow('demo-widget: unknown option "weight". Allowed: w (weight w, -10 to 10, default 1), logEps');
  });

  it("takes options by their camelCase names only: the attribute spelling is unknown to it", () => {
    expect(() => demo.validate({ "log-eps": -3 })).toThrow('unknown option "log-eps"');
  });
});

describe("defineWidget(definition) refuses a bad definition, listing every problem", () => {
  it.each([
    ["a default below the range", { default: -11 }, 'option "x": default -11 is outside -10 to 10'],
    ["a default above the range", { default: 10.5 }, 'option "x": default 10.5 is outside -10 to 10'],
    ["an empty range", { min: 3, max: 3, default: 3 }, 'option "x": min 3 must be below max 3'],
    ["a step of zero", { step: 0 }, 'option "x": step 0 must be positive'],
    ["a non-finite bound", { max: Infinity }, 'option "x": min, max, default and step must be finite numbers'],
    ["an empty label", { label: " " }, 'option "x": label is empty'],
    ["choices that do not match the range", { min: 0, max: 3, default: 0, step: 1, choices: ["a", "b"] }, 'option "x": a choice runs 0 to 1'],
  ])("%s", (_, spec, message) => {
    expect(() => defineWidget(withOption("x", spec))).toThrow(message);
  });

  it.each(["log-eps", "LogEps", "log_eps", "2x"])("an option named %s, which is not camelCase", (key) => {
    expect(() => defineWidget(withOption(key, {}))).toThrow(`option "${key}": names are camelCase`);
  });

  it.each(["id", "caption", "label", "theme", "class"])("an option named %s, which the figure or the page keeps", (key) => {
    expect(() => defineWidget(withOption(key, {}))).toThrow(`option "${key}": the name is kept`);
  });

  it("a name, prefix or id that cannot be a folder, a class or an element id, all at once", () => {
    expect(() => defineWidget({ ...base, name: "Demo Widget", prefix: "D-W", id: '"><b', options })).toThrow(
      'defineWidget("Demo Widget"): name "Demo Widget" must be kebab case (sigmoid-explorer); prefix "D-W" must be 2 to 4 lowercase letters; id ""><b" must be a plain name',
    );
  });
});

describe("what a manifest derives for the embed", () => {
  it("names each option's attribute in lowercase with dashes", () => {
    expect([...demo.attributes]).toEqual([["w", "w"], ["log-eps", "logEps"], ["act", "act"]]);
    expect(attributeName("learningRate")).toBe("learning-rate");
  });

  it("warns about a camelCase attribute (as HTML reads it, lowercased) with the name meant", () => {
    expect(demo.attributeWarnings(["w", "logeps", "theme", "class", "data-x"])).toEqual([
      '<sg-demo-widget>: unknown attribute "logeps" is ignored; did you mean "log-eps"? (attribute names are lowercase with dashes, not camelCase)',
    ]);
  });

  it("warns about an unknown attribute, listing the known ones", () => {
    expect(demo.attributeWarnings(["weight"])).toEqual(['<sg-demo-widget>: unknown attribute "weight" is ignored; known: w, log-eps, act, theme']);
  });

  it("names its Astro component after its folder", () => {
    expect(demo.component).toBe("DemoWidget");
    expect(componentName("lstm-gradient")).toBe("LstmGradient");
  });
});

describe("what a manifest derives for the content check: optionProblem(key, value)", () => {
  it("accepts a value inside the range, ends included", () => {
    expect([demo.optionProblem("w", -10), demo.optionProblem("w", 10), demo.optionProblem("act", 2)]).toEqual([null, null, null]);
  });

  it("names a value outside the range, with the range and what the option means", () => {
    expect(demo.optionProblem("w", 10.01)).toBe('option "w" = 10.01 is outside -10 to 10 (weight w)');
  });

  it("refuses a choice between two names, listing the names", () => {
    expect(demo.optionProblem("act", 1.5)).toBe('option "act" = 1.5 is outside 0 = sigmoid, 1 = tanh, 2 = ReLU (activation)');
  });

  it("names an unknown option, the attribute spelling and inherited names included", () => {
    expect(demo.optionProblem("log-eps", -3)).toBe('has no option "log-eps"');
    expect(demo.optionProblem("toString", 1)).toBe('has no option "toString"');
  });
});
