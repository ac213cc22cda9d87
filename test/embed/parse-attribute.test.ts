import { describe, expect, it, vi } from "vitest";
import { parseAttribute } from "../../src/embed/parse-attribute.ts";

const number = { min: -10, max: 10, default: 1, step: 0.1, label: "weight w" };
const choice = { min: 0, max: 2, default: 0, step: 1, label: "activation", choices: ["sigmoid", "tanh", "ReLU"] };

describe("parseAttribute(where, name, spec, raw)", () => {
  it("reads numbers as written, including out-of-range ones (the widget clamps them)", () => {
    expect(parseAttribute("<sg-x>", "w", number, " -2.5 ")).toBe(-2.5);
    expect(parseAttribute("<sg-x>", "w", number, "1e300")).toBe(1e300);
    expect(parseAttribute("<sg-x>", "w", number, null)).toBeUndefined();
  });

  it("reads a choice by index or by name, in any case", () => {
    expect(parseAttribute("<sg-x>", "activation", choice, "relu")).toBe(2);
    expect(parseAttribute("<sg-x>", "activation", choice, "1")).toBe(1);
  });

  it.each(["", "NaN", "Infinity", "-Infinity", "abc", "<img src=x onerror=alert(1)>", "1,5", "0x"])("replaces %j by the default with a warning naming the attribute", (raw) => {
    const warn = vi.fn();
    expect(parseAttribute("<sg-x>", "w", number, raw, warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^<sg-x>: attribute "w" must be a number from -10 to 10; got .*, using the default 1$/));
  });
});
