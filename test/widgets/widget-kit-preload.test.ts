import { describe, expect, it } from "vitest";
import { figureDependencies, pageWidgets, staticImports, withKitPreload } from "../../src/widgets/widget-kit-preload.ts";

describe("figureDependencies: what a figure's import still preloads at run time", () => {
  it("drops the imported chunk, the kits, the helpers and the figures' page script, and keeps any other chunk", () => {
    const deps = ["_astro/training-race.2ypNPSHQ.js", "_astro/widget-kit.CxJVwOD2.js", "_astro/rolldown-runtime.DK3Fl9T5.js", "_astro/runtime.DygEbaNj.js", "_astro/trainer-kit.DS-aVJJn.js", "_astro/WidgetFigure.astro_astro_type_script_index_0_lang.CA1-n4pS.js"];
    expect(figureDependencies("_astro/training-race.2ypNPSHQ.js", deps)).toEqual([]);
    expect(figureDependencies("_astro/towers.mQncMEDx.js", ["_astro/towers.mQncMEDx.js", "_astro/widget-kit.CxJVwOD2.js", "_astro/race-answer.Ab12.js"])).toEqual(["_astro/race-answer.Ab12.js"]);
  });
});

describe("staticImports and pageWidgets: what a page's figures import beyond the head's chunks", () => {
  it("reads a built chunk's static imports, with or without bindings, and not its dynamic ones", () => {
    const code = 'import{t as e}from"./rolldown-runtime.DK3.js";import"./side.x_1.js";import{a}from "./trainer-kit.Cl4.js";import{b}from"./trainer-kit.Cl4.js";const m=()=>import(`./race-answer.CS.js`);import("./lazy.js")';
    expect(staticImports(code)).toEqual(["rolldown-runtime.DK3.js", "side.x_1.js", "trainer-kit.Cl4.js"]);
  });
  it("lists the widgets a page shows once each, by their islands' data-widget", () => {
    const html = '<div class="chart gl" data-widget="gradient-lab" data-options="{}"></div><p>data-widget="not-an-island"</p><div data-widget="towers"></div><div data-widget="gradient-lab"></div>';
    expect(pageWidgets(html)).toEqual(["gradient-lab", "towers"]);
  });
});

describe("withKitPreload: the widget kit preloaded from the head of a page with figures", () => {
  const chunks = ["/_astro/widget-kit.abc.js", "/_astro/runtime.def.js"];
  const figures = '<html><head><title>t</title><script type="module" src="/_astro/WidgetFigure.astro_astro_type_script_index_0_lang.x.js"></script></head><body></body></html>';
  it("adds a link per chunk at the end of the head, in the mode a module import fetches in, and only once", () => {
    const out = withKitPreload(figures, chunks);
    expect(out).toContain(`<link rel="modulepreload" href="${chunks[0]}" crossorigin><link rel="modulepreload" href="${chunks[1]}" crossorigin></head>`);
    expect(withKitPreload(out, chunks)).toBe(out);
  });
  it("leaves a page without the figures' script as it is, even if it names a widget", () => {
    const page = '<html><head></head><body><div data-widget="towers"></div></body></html>';
    expect(withKitPreload(page, chunks)).toBe(page);
  });
});
