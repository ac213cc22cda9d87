import { describe, expect, it } from "vitest";
import { figureDependencies, withKitPreload } from "../../src/widgets/widget-kit-preload.ts";

describe("figureDependencies: what a figure's import still preloads at run time", () => {
  it("drops the imported chunk, the widget kit and the figures' page script, and keeps any other chunk", () => {
    const deps = ["_astro/widget.2ypNPSHQ.js", "_astro/widget-kit.CxJVwOD2.js", "_astro/trainer-kit.DS-aVJJn.js", "_astro/WidgetFigure.astro_astro_type_script_index_0_lang.CA1-n4pS.js"];
    expect(figureDependencies("_astro/widget.2ypNPSHQ.js", deps)).toEqual(["_astro/trainer-kit.DS-aVJJn.js"]);
    expect(figureDependencies("_astro/towers.mQncMEDx.js", ["_astro/towers.mQncMEDx.js", "_astro/widget-kit.CxJVwOD2.js"])).toEqual([]);
  });
});

describe("withKitPreload: the widget kit preloaded from the head of a page with figures", () => {
  const kit = "/_astro/widget-kit.abc.js";
  const figures = '<html><head><title>t</title><script type="module" src="/_astro/WidgetFigure.astro_astro_type_script_index_0_lang.x.js"></script></head><body></body></html>';
  it("adds one link in the head, in the mode a module import fetches in, and only once", () => {
    const out = withKitPreload(figures, kit);
    expect(out).toContain(`<link rel="modulepreload" href="${kit}" crossorigin></head>`);
    expect(withKitPreload(out, kit)).toBe(out);
  });
  it("leaves a page without the figures' script as it is, even if it names a widget", () => {
    const page = '<html><head></head><body><div data-widget="towers"></div></body></html>';
    expect(withKitPreload(page, kit)).toBe(page);
  });
});
