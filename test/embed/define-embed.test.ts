import { afterEach, describe, expect, it, vi } from "vitest";
import { CHANGE_EVENT, defineEmbed } from "../../src/embed/define-embed.ts";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { DRAW_MARK } from "../../src/widgets/mount-widget.ts";
import type { FigureFn } from "../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../src/widgets/island-markup.ts";
import { figure } from "../../src/widgets/sigmoid-explorer/figure.ts";
import explorer from "../../src/widgets/sigmoid-explorer/widget.ts";
import { explorerOptions } from "../../src/widgets/sigmoid-explorer/explorer-options.ts";
import { mount } from "../../src/widgets/sigmoid-explorer/sigmoid-explorer.ts";
import stepper from "../../src/widgets/backprop-stepper/widget.ts";
import { figure as stepperFigure } from "../../src/widgets/backprop-stepper/figure.ts";
import { mount as mountStepper } from "../../src/widgets/backprop-stepper/backprop-stepper.ts";
import { STAGE_FORMULAS } from "../../src/widgets/backprop-stepper/stepper-geometry.ts";
import { stepperOptions } from "../../src/widgets/backprop-stepper/stepper-options.ts";

const entry = EMBEDS.find((e) => e.widget === "sigmoid-explorer")!;
defineEmbed({ entry, mount: mount as never, css: [".chart { display: grid; }"], siteUrl: "https://sigmoid.example.org/" });
const stepperEntry = EMBEDS.find((e) => e.widget === "backprop-stepper")!;
defineEmbed({ entry: stepperEntry, mount: mountStepper as never, css: [], siteUrl: "https://sigmoid.example.org/" });

afterEach(() => {
  document.body.innerHTML = "";
  performance.clearMarks(DRAW_MARK);
  vi.restoreAllMocks();
});

describe("<sg-sigmoid-explorer>", () => {
  it("draws the widget in a shadow root from its attributes, with a source link to the article", () => {
    document.body.innerHTML = '<sg-sigmoid-explorer w="4" b="-2"></sg-sigmoid-explorer>';
    const el = document.querySelector<HTMLElement & { options: Record<string, number> }>("sg-sigmoid-explorer")!;
    expect(el.options).toMatchObject({ w: 4, b: -2 });
    expect(el.shadowRoot!.querySelector("svg")).not.toBeNull();
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>(".sg-source a")!.href).toBe("https://sigmoid.example.org/articles/why-so-sigmoid/");
    expect(el.children).toHaveLength(0);
  });

  it("follows attribute changes, replaces a bad value by the default with a warning, and announces each change", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = '<sg-sigmoid-explorer w="4"></sg-sigmoid-explorer>';
    const el = document.querySelector<HTMLElement & { options: Record<string, number> }>("sg-sigmoid-explorer")!;
    const changes: unknown[] = [];
    el.addEventListener(CHANGE_EVENT, (e) => changes.push((e as CustomEvent).detail));
    el.setAttribute("b", "3");
    expect(el.options.b).toBe(3);
    el.setAttribute("w", "</svg><script>alert(1)</script>");
    expect(el.options.w).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<sg-sigmoid-explorer>: attribute "w" must be a number'));
    expect(el.shadowRoot!.querySelector("script")).toBeNull();
    el.setAttribute("w", "99");
    expect(el.options.w).toBe(10);
    expect(changes).toHaveLength(3);
  });

  it("takes options from script through update(), validated by the widget", () => {
    document.body.innerHTML = "<sg-sigmoid-explorer></sg-sigmoid-explorer>";
    const el = document.querySelector<HTMLElement & { update(o: Record<string, unknown>): Record<string, number> }>("sg-sigmoid-explorer")!;
    expect(el.update({ w: 3 })).toMatchObject({ w: 3 });
    expect(() => el.update({ w: "3" })).toThrow('option "w" must be a finite number');
  });

  it("warns once for an option written in camelCase as in JSX, and for a theme it does not know", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = '<sg-sigmoid-explorer showDerivative="1" theme="sepia"></sg-sigmoid-explorer>';
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes('unknown attribute "showderivative"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('attribute "theme" must be light, dark, auto'))).toHaveLength(1);
    warn.mockClear();
    document.body.innerHTML = '<sg-sigmoid-explorer w="2" theme="dark" class="x" data-note="y"></sg-sigmoid-explorer>';
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps its theme variables on a frame inside the shadow root, not on the host element a page styles", () => {
    document.body.innerHTML = "<sg-sigmoid-explorer></sg-sigmoid-explorer>";
    const shadow = document.querySelector("sg-sigmoid-explorer")!.shadowRoot!;
    expect(shadow.children).toHaveLength(1);
    expect(shadow.firstElementChild!.className).toBe("sg-frame");
    expect(shadow.querySelector(".sg-frame > .chart svg")).not.toBeNull();
  });
});

/** The static figure an iframe page puts inside the element (the article's controls and figure, without its hydration marker). */
function still(options: Record<string, number>): string {
  const o = explorerOptions(options);
  return `<figure class="widget"><div class="chart ${entry.prefix}" data-options='${JSON.stringify(o)}'>${islandMarkup(explorer, figure as FigureFn<never>, o, "sx-still")}</div></figure>`;
}

const draws = () => performance.getEntriesByName(DRAW_MARK).length;

/** Attaches the element with its contents already in it, as when its module loads after the page is parsed; with the svg it held. */
function attach(w: number, inside: string): HTMLElement & { options: Record<string, number>; held: SVGSVGElement | null } {
  const el = document.createElement("sg-sigmoid-explorer") as HTMLElement & { options: Record<string, number> };
  el.setAttribute("w", String(w));
  el.innerHTML = inside;
  const held = el.querySelector("svg");
  document.body.append(el);
  return Object.assign(el, { held });
}

describe("<sg-sigmoid-explorer> with the build's figure inside, as on its iframe page", () => {
  it("adopts that figure into its shadow root: the same nodes, nothing drawn", () => {
    const el = attach(2, still({ w: 2 }));
    expect(draws()).toBe(0);
    expect(el.held).not.toBeNull();
    expect(el.shadowRoot!.querySelector("svg")).toBe(el.held);
    expect(el.options).toEqual(explorerOptions({ w: 2 }));
    expect(el.shadowRoot!.querySelector(".sg-frame > .chart svg")).not.toBeNull();
    expect(el.shadowRoot!.getElementById("sx-still-desc")).not.toBeNull();
  });

  it("draws once when its attributes ask for other options than the figure shows, and none without a figure is drawn twice", () => {
    expect(attach(3, still({ w: 2 })).options.w).toBe(3);
    expect(draws()).toBe(1);
    attach(3, '<a href="/articles/why-so-sigmoid/"><img alt="a still"></a>');
    expect(draws()).toBe(2);
  });
});

describe("<sg-sigmoid-explorer> with the build's figure in its declarative shadow root, as on the embed guide", () => {
  it("adopts that figure: the same nodes, nothing drawn, one frame, and the build's stylesheet link replaced by its own sheets", () => {
    const el = document.createElement("sg-sigmoid-explorer") as HTMLElement & { options: Record<string, number> };
    const shadow = el.attachShadow({ mode: "open" });
    shadow.innerHTML = `<link rel="stylesheet" href="/embed/v1/still/sigmoid-explorer.css"><div class="sg-frame">${still({}).replace(/^<figure class="widget">|<\/figure>$/g, "")}<p class="sg-source"><a href="/articles/why-so-sigmoid/">source</a></p></div>`;
    const held = shadow.querySelector("svg");
    document.body.append(el);
    expect(draws()).toBe(0);
    expect(held).not.toBeNull();
    expect(el.shadowRoot).toBe(shadow);
    expect(shadow.querySelector("svg")).toBe(held);
    expect(shadow.querySelectorAll(".sg-frame")).toHaveLength(1);
    expect(shadow.querySelector("link")).toBeNull();
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(el.options).toEqual(explorerOptions({}));
  });
});

/** The stepper's static figure as its iframe page holds it: formulas typeset by KaTeX, each with its plain-text twin. */
function stepperStill(): string {
  const o = stepperOptions({});
  return `<figure class="widget"><div class="chart ${stepperEntry.prefix}" data-options='${JSON.stringify(o)}'>${islandMarkup(stepper, stepperFigure as FigureFn<never>, o, "bp-still")}</div></figure>`;
}

describe("<sg-backprop-stepper> with the build's typeset figure inside, as on its iframe page", () => {
  it("adopts that figure, typeset formulas and their text twins included: nothing drawn, the text the embed shows is each stage's formula", () => {
    const el = document.createElement("sg-backprop-stepper");
    el.innerHTML = stepperStill();
    const held = el.querySelector(".bp-stages");
    document.body.append(el);
    expect(draws()).toBe(0);
    expect(el.shadowRoot!.querySelector(".bp-stages")).toBe(held);
    expect([...el.shadowRoot!.querySelectorAll(".bp-formula > .sg-maths-text")].map((t) => t.textContent)).toEqual([...STAGE_FORMULAS]);
    expect(el.shadowRoot!.querySelectorAll(".bp-formula > .katex")).toHaveLength(STAGE_FORMULAS.length);
  });

  it("draws its figure afresh, with text formulas, when a formula the build typeset has no text twin", () => {
    const el = document.createElement("sg-backprop-stepper");
    el.innerHTML = stepperStill();
    el.querySelector(".sg-maths-text")!.remove();
    document.body.append(el);
    expect(draws()).toBe(1);
    expect(el.shadowRoot!.querySelector(".katex")).toBeNull();
    expect([...el.shadowRoot!.querySelectorAll(".bp-formula")].map((t) => t.textContent)).toEqual([...STAGE_FORMULAS]);
  });
});
