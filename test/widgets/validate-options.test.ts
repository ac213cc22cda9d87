import { describe, expect, it, vi } from "vitest";
import { validateOptions } from "../../src/widgets/validate-options.ts";

const specs = { w: { min: -10, max: 10, default: 1, step: 0.1, label: "weight w" } };

describe("validateOptions(widget, specs, input)", () => {
  it("fills defaults and keeps values in range", () => {
    expect(validateOptions("demo", specs, {})).toEqual({ w: 1 });
    expect(validateOptions("demo", specs, { w: -2.5 })).toEqual({ w: -2.5 });
  });
  it("clamps out-of-range values with a warning naming the option", () => {
    const warn = vi.fn();
    expect(validateOptions("demo", specs, { w: 1e308 }, warn)).toEqual({ w: 10 });
    expect(warn).toHaveBeenCalledWith('demo: option "w" = 1e+308 is outside -10 to 10; using 10');
  });
  it.each([NaN, Infinity, "3", null, {}])("rejects the non-number %s with a message listing the range", (bad) => {
    expect(() => validateOptions("demo", specs, { w: bad })).toThrow(/demo: option "w" must be a finite number from -10 to 10, got/);
  });
  it("rejects unknown options, listing the allowed ones", () => {
    expect(() => validateOptions("demo", specs, { weight: 2 })).toThrow('demo: unknown option "weight". Allowed: w (weight w, -10 to 10, default 1)');
  });
  it("rounds a named choice to the nearest one, with a warning naming both", () => {
    const choice = { act: { min: 0, max: 2, default: 0, step: 1, label: "activation", choices: ["sigmoid", "tanh", "ReLU"] } };
    const warn = vi.fn();
    expect(validateOptions("demo", choice, { act: 1.4 }, warn)).toEqual({ act: 1 });
    expect(warn).toHaveBeenCalledWith('demo: option "act" = 1.4 is not one of 0 (sigmoid), 1 (tanh), 2 (ReLU); using 1 (tanh)');
    expect(() => validateOptions("demo", choice, { a: 1 })).toThrow("Allowed: act (activation, 0 = sigmoid / 1 = tanh / 2 = ReLU, default 0)");
  });
});
