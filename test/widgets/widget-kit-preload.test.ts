import { describe, expect, it } from "vitest";
import { figureDependencies, withKitPreload } from "../../src/widgets/widget-kit-preload.ts";

describe("figureDependencies: what a figure's import still preloads at run time", () => {
  it("drops the imported chunk, the widget kit, the helpers and the figures' page script, and keeps any other chunk", () => {
    const deps = ["_astro/training-race.2ypNPSHQ.js", "_astro/widget-kit.CxJVwOD2.js", "_astro/rolldown-runtime.DK3Fl9T5.js", "_astro/runtime.DygEbaNj.js", "_astro/trainer-kit.DS-aVJJn.js", "_astro/WidgetFigure.astro_astro_type_script_index_0_lang.CA1-n4pS.js"];
    expect(figureDependencies("_astro/training-race.2ypNPSHQ.js", deps)).toEqual(["_astro/trainer-kit.DS-aVJJn.js"]);
    expect(figureDependencies("_astro/towers.mQncMEDx.js", ["_astro/towers.mQncMEDx.js", "_astro/widget-kit.CxJVwOD2.js"])).toEqual([]);
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
