import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { componentName } from "../widgets/define-widget.ts";

/** The files every widget folder holds, by name: its manifest, its static figure, its component, its styles, and if it is live its mount and its controls. */
export function widgetFiles(name: string, live: boolean): string[] {
  return ["widget.ts", "figure.ts", `${componentName(name)}.astro`, `${name}.css`, ...(live ? [`${name}.ts`, "controls.ts"] : [])].sort();
}

/** The Astro component every widget folder holds: nothing but its manifest, its figure and its stylesheet handed to the island. */
export function wrapperSource(name: string): string {
  return `---
import WidgetIsland from "../WidgetIsland.astro";
import type { WidgetProps } from "../define-widget.ts";
import { figure } from "./figure.ts";
import widget from "./widget.ts";
import "./${name}.css";

/** The widget's figure in an article: its options (see widget.ts), a caption and an element-id prefix. */
type Props = WidgetProps<typeof widget>;
---

<WidgetIsland widget={widget} figure={figure} props={Astro.props} />
`;
}

/** A class prefix of two to four letters from the name's words that no other widget uses. */
function freePrefix(name: string, taken: ReadonlySet<string>): string {
  const letters = name.replaceAll("-", "");
  const initials = name.split("-").map((w) => w[0]).join("").slice(0, 4);
  const candidates = [initials.length >= 2 ? initials : letters.slice(0, 2), ...Array.from({ length: letters.length }, (_, i) => `${letters[0]}${letters[i]}`), ...Array.from({ length: letters.length }, (_, i) => `${letters.slice(0, 2)}${letters[i]}`)];
  const free = candidates.find((c) => /^[a-z]{2,4}$/.test(c) && !taken.has(c));
  if (!free) throw new Error(`No free class prefix for "${name}": pick another name.`);
  return free;
}

/** The template's files for a new widget: a sigmoid with a probe, live, that builds, hydrates and embeds as it stands. */
function templateFiles(name: string, prefix: string, article: string): Record<string, string> {
  const title = `${name[0]!.toUpperCase()}${name.slice(1).replaceAll("-", " ")}`;
  const type = `${componentName(name)}Options`;
  return {
    "widget.ts": `import { defineWidget } from "../define-widget.ts";
import type { OptionSpecs } from "../validate-options.ts";
import { controls } from "./controls.ts";

/** The ${title.toLowerCase()}'s options: names, ranges, steps, defaults and labels. */
export const specs = {
  x: { min: -6, max: 6, default: 1, step: 0.1, label: "probe x" },
} as const satisfies OptionSpecs;

/** The ${title.toLowerCase()}: what it is, its options, and how it comes alive. */
export default defineWidget({
  name: "${name}",
  title: "${title}",
  article: "${article}",
  prefix: "${prefix}",
  id: "${name}",
  options: specs,
  live: {
    controls: "a slider moves the probe along the sigmoid",
    panel: controls,
    mount: () => import("./${name}.ts").then((m) => m.mount),
    height: 420,
  },
});
`,
    "figure.ts": `import { ticks } from "d3-array";
import { sigmoid } from "../../grad/activations.ts";
import { xAxisMarks, ticks as axisTicks } from "../chart/axis-markup.ts";
import type { ChartBox } from "../chart/chart-box.ts";
import { chartSvg, descriptionMark, readoutMark, yGridMarks } from "../chart/figure-marks.ts";
import { h, type Mark } from "../chart/mark.ts";
import { chartBody } from "../chart/mount-chart.ts";
import { offScaleMarks } from "../chart/off-scale-markup.ts";
import { placePoint, plotSeries } from "../chart/plot-series.ts";
import { formatNumber } from "../format-number.ts";
import { scaleLinear } from "../linear-scale.ts";
import type widget from "./widget.ts";

/** The ${title.toLowerCase()}'s options, as its manifest validates them. */
export type ${type} = ReturnType<typeof widget.validate>;

/** The figure's size and plot frame, in SVG user units (the SVG scales to its column). */
export const size = { width: 320, height: 210 };
/** The plot's frame: values beyond it are cut at the frame and marked with their value by the chart layer. */
export const box: ChartBox = { x0: 36, x1: 308, y0: 12, y1: 178 };
/** x in data units to SVG x. */
export const xScale = scaleLinear().domain([-6, 6]).range([box.x0, box.x1]);
/** σ to SVG y. */
export const yScale = scaleLinear().domain([0, 1]).range([box.y1, box.y0]);
const xs = Array.from({ length: 121 }, (_, i) => -6 + i / 10);

/** The figure's body for one state (the sigmoid, a probe on it, a readout): what the build writes and every update joins. */
export function draw(o: ${type}, id: string): Mark[] {
  const curve = plotSeries(xs, (x) => xScale(x), (x) => yScale(sigmoid(x)), box, (x) => formatNumber(sigmoid(x)));
  const probe = placePoint(box, xScale(o.x), yScale(sigmoid(o.x)), formatNumber(sigmoid(o.x)));
  return [
    chartSvg("${prefix}-svg", size, id, [
      ...yGridMarks(box, [0, 0.5, 1], yScale, String),
      ...xAxisMarks(box, axisTicks(ticks(-6, 6, 6), xScale, (v) => formatNumber(v))),
      h("path", { class: "${prefix}-curve", d: curve.d }),
      h("circle", { class: "${prefix}-probe", r: 5, cx: probe.cx, cy: probe.cy }),
      h("g", { class: "chart-marks" }, offScaleMarks([...curve.marks, ...(probe.mark ? [probe.mark] : [])])),
    ]),
    readoutMark("${prefix}-readout", \`σ(\${formatNumber(o.x, 1)}) = \${formatNumber(sigmoid(o.x))}\`),
    descriptionMark("${prefix}", id, "The sigmoid from −6 to 6, with a probe on it at the chosen x."),
  ];
}

/** The figure as the build writes it into the page, for the live widget to adopt. */
export function figure(o: ${type}, id: string): string {
  return chartBody(draw(o, id));
}
`,
    "controls.ts": `import type { Mark } from "../chart/mark.ts";
import { sliderMarks } from "../control-marks.ts";
import type { OptionsOf } from "../validate-options.ts";
// widget.ts imports this file too: the specs are read only when the controls are drawn, after both have loaded.
import { specs } from "./widget.ts";

/** The ${title.toLowerCase()}'s controls for a state: a slider per option, rendered by the build (disabled) and adopted on mount. */
export function controls(o: OptionsOf<typeof specs>, id: string): Mark[] {
  return [sliderMarks(specs, o, id)];
}
`,
    [`${name}.ts`]: `import { mountChart } from "../chart/mount-chart.ts";
import { rangeControls } from "../range-controls.ts";
import type { Widget } from "../widget.ts";
import { controls as panel } from "./controls.ts";
import { draw, type ${type} } from "./figure.ts";
import widget from "./widget.ts";

/** Mounts the live ${title.toLowerCase()} on an element, adopting the static figure the build rendered. */
export function mount(el: HTMLElement, input: Readonly<Record<string, unknown>> = {}): Widget<${type}> {
  return mountChart(
    {
      prefix: widget.prefix,
      validate: (i) => widget.validate(i),
      draw,
      controls: panel,
      setup({ el, id, update }) {
        // Adopts the sliders the build rendered (controls.ts): listeners only, no new elements.
        const controls = rangeControls(el, widget.options, id, (key, value) => update({ [key]: value }));
        return { sync: controls.set };
      },
    },
    el,
    input,
  );
}
`,
    [`${name}.css`]: `.${prefix}-curve { fill: none; stroke: var(--accent, #1f5fbf); stroke-width: 2.5; }
.${prefix}-probe { fill: var(--bg, #fff); stroke: var(--fg, #111); stroke-width: 2; }
`,
    [`${componentName(name)}.astro`]: wrapperSource(name),
  };
}

/** The template's test, mirroring the folder under test/widgets: expected positions from σ's closed form. */
function templateTest(name: string, prefix: string): string {
  return `import { describe, expect, it } from "vitest";
import { mount } from "../../../src/widgets/${name}/${name}.ts";

describe("${name}: mount(element, options)", () => {
  it("puts the probe on the curve: at x = 0, σ = 1/2 sits halfway up the frame", () => {
    const el = document.createElement("div");
    const w = mount(el, { x: 0 });
    expect(Number(el.querySelector(".${prefix}-probe")?.getAttribute("cy"))).toBeCloseTo((12 + 178) / 2, 1);
    w.update({ x: 6 });
    // σ(6) = 1/(1 + e^-6): the probe sits that far up from the bottom of the frame.
    expect(Number(el.querySelector(".${prefix}-probe")?.getAttribute("cy"))).toBeCloseTo(178 - 166 / (1 + Math.exp(-6)), 1);
    w.destroy();
  });
});
`;
}

/**
 * Writes a new widget folder under src/widgets with the files every widget has, its test under test/widgets, and
 * registers its manifest in src/widgets/widget-registry.ts. Returns the files written; throws on a bad or taken name.
 */
export function scaffoldWidget(name: string, root: string): string[] {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`A widget's name is lowercase words joined by hyphens (step-error); got ${JSON.stringify(name)}.`);
  const widgets = path.join(root, "src/widgets");
  const dir = path.join(widgets, name);
  if (existsSync(dir)) throw new Error(`src/widgets/${name} exists already.`);
  const registryFile = path.join(widgets, "widget-registry.ts");
  const registry = readFileSync(registryFile, "utf8");
  const taken = new Set(readdirSync(widgets).flatMap((d) => /prefix: "(\w+)"/.exec(existsSync(path.join(widgets, d, "widget.ts")) ? readFileSync(path.join(widgets, d, "widget.ts"), "utf8") : "")?.[1] ?? []));
  const prefix = freePrefix(name, taken);
  const article = readdirSync(path.join(root, "content/articles")).filter((f) => f.endsWith(".mdx")).sort()[0]?.replace(/\.mdx$/, "");
  if (!article) throw new Error("content/articles holds no article for the widget's source link.");

  mkdirSync(dir);
  const written = Object.entries(templateFiles(name, prefix, article)).map(([file, text]) => {
    writeFileSync(path.join(dir, file), text);
    return `src/widgets/${name}/${file}`;
  });
  mkdirSync(path.join(root, "test/widgets", name), { recursive: true });
  writeFileSync(path.join(root, "test/widgets", name, `${name}.test.ts`), templateTest(name, prefix));
  written.push(`test/widgets/${name}/${name}.test.ts`);

  const variable = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const imports = [...registry.matchAll(/^import \w+ from "\.\/[^"]+\/widget\.ts";$/gm)];
  const after = imports.findLast((m) => m[0].localeCompare(`import ${variable} `) < 0) ?? imports.at(-1)!;
  const at = after.index + after[0].length;
  const withImport = `${registry.slice(0, at)}\nimport ${variable} from "./${name}/widget.ts";${registry.slice(at)}`;
  writeFileSync(registryFile, withImport.replace(/\n\] as const/, `\n  ${variable},\n] as const`));
  written.push("src/widgets/widget-registry.ts");
  return written;
}
