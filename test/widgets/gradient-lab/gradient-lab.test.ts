import { afterEach, describe, expect, it, vi } from "vitest";
import { attributesWritten } from "../../helpers/attributes-written.ts";
import { labRun, LAB_PRESETS } from "../../../src/grad/lab-trainer.ts";
import { formatNumber } from "../../../src/widgets/format-number.ts";
import { mount } from "../../../src/widgets/gradient-lab/gradient-lab.ts";
import { labGeometry, NORM_FLOOR, normScale } from "../../../src/widgets/gradient-lab/lab-geometry.ts";
import { labOptions, optionsOf } from "../../../src/widgets/gradient-lab/lab-options.ts";
import { figure } from "../../../src/widgets/gradient-lab/figure.ts";
import lab from "../../../src/widgets/gradient-lab/widget.ts";
import { islandMarkup } from "../../../src/widgets/island-markup.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("labGeometry(options, snapshot)", () => {
  it("draws one bar per layer on the log scale, gradients below the floor at the floor", () => {
    const o = optionsOf(LAB_PRESETS.sigmoidSmall);
    const s = labRun(LAB_PRESETS.sigmoidSmall, 0);
    const g = labGeometry(o, s);
    expect(g.bars.map((b) => b.label)).toEqual(["1", "2", "3", "4", "5", "6", "out"]);
    expect(g.bars[6]!.x1).toBeCloseTo(normScale(s.gradNorms[6]!), 0);
    const tiny = labGeometry(o, { ...s, gradNorms: [1e-40, 1] });
    expect(tiny.bars[0]!.x1).toBeCloseTo(normScale(NORM_FLOOR), 0);
    expect(g.readout).toContain(`loss ${formatNumber(s.losses[0]!)}`);
  });

  it("maps presets to options and back", () => {
    expect(labOptions(optionsOf(LAB_PRESETS.reluHe))).toEqual(optionsOf(LAB_PRESETS.reluHe));
  });
});

describe("mount(el, options) for the lab", () => {
  it("Step trains one step (in the page when no Web Worker exists) and a preset resets the run", async () => {
    vi.stubGlobal("Worker", undefined);
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, optionsOf(LAB_PRESETS.tanhXavier));
    const readout = () => el.querySelector(".gl-readout")!.textContent!;
    await vi.waitFor(() => expect(el.getAttribute("aria-busy")).toBe("false"));
    [...el.querySelectorAll<HTMLButtonElement>(".gl-actions button")].find((b) => b.textContent === "Step")!.click();
    await vi.waitFor(() => expect(readout()).toMatch(/^step 1 /));
    expect(readout()).toContain(`loss ${formatNumber(labRun(LAB_PRESETS.tanhXavier, 1).losses.at(-1)!)}`);
    [...el.querySelectorAll<HTMLButtonElement>(".gl-preset")].find((b) => b.textContent === "ReLU, He")!.click();
    expect(widget.options).toEqual(optionsOf(LAB_PRESETS.reluHe));
    await vi.waitFor(() => expect(readout()).toMatch(/^step 0 /));
    widget.destroy();
    vi.unstubAllGlobals();
  });

  it("adopts the build's figure, which says aria-busy=\"false\", writing no attribute on its element; a bare element is told it is not busy", async () => {
    vi.stubGlobal("Worker", undefined);
    const built = document.createElement("div");
    built.className = "chart gl";
    built.setAttribute("aria-busy", "false");
    built.innerHTML = islandMarkup(lab, figure, lab.validate({}), lab.id);
    document.body.append(built);
    let widget!: ReturnType<typeof mount>;
    expect(await attributesWritten(built, () => (widget = mount(built, {})))).toEqual([]);
    expect(built.getAttribute("aria-busy")).toBe("false");
    const bare = document.createElement("div");
    document.body.append(bare);
    const other = mount(bare, {});
    expect(bare.getAttribute("aria-busy")).toBe("false");
    widget.destroy();
    other.destroy();
    vi.unstubAllGlobals();
  });

  it("shows itself busy while a run trains, not while a slider's reset is answered", async () => {
    vi.stubGlobal("Worker", undefined);
    const el = document.createElement("div");
    document.body.append(el);
    const widget = mount(el, optionsOf(LAB_PRESETS.tanhXavier));
    const busy: (string | null)[] = [];
    new MutationObserver(() => busy.push(el.getAttribute("aria-busy"))).observe(el, { attributes: true, attributeFilter: ["aria-busy"] });
    const depth = el.querySelector<HTMLInputElement>('input[type="range"][id$="-depth"]')!;
    depth.value = "3";
    depth.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.waitFor(() => expect(el.querySelector(".gl-desc")!.textContent).toMatch(/^A network with 3 hidden layers/));
    await new Promise((r) => setTimeout(r, 300));
    expect(busy).toEqual([]);
    // The largest network: a run of it takes seconds here.
    widget.update({ depth: 10, width: 16 });
    await vi.waitFor(() => expect(el.querySelector(".gl-desc")!.textContent).toMatch(/^A network with 10 hidden layers of 16 /));
    const train = [...el.querySelectorAll<HTMLButtonElement>(".gl-actions button")].find((b) => b.textContent === "Train")!;
    train.click();
    await vi.waitFor(() => expect(el.getAttribute("aria-busy")).toBe("true"), { timeout: 5000 });
    train.click();
    await vi.waitFor(() => expect(el.getAttribute("aria-busy")).toBe("false"), { timeout: 5000 });
    widget.destroy();
    vi.unstubAllGlobals();
  });
});
