import { afterEach, describe, expect, it } from "vitest";
import type { FigureFn, WidgetManifest } from "../../src/widgets/define-widget.ts";
import { islandMarkup } from "../../src/widgets/island-markup.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const live = WIDGETS.filter((w) => w.live) as readonly WidgetManifest[];
const CONTROLS = "input, select, button, output, label, [role=status]";

// Each widget's build markup at its defaults, drawn once for the three tests that start from it: a figure is a pure
// function of its options (the training race's trains its networks to draw it), and each test gets a fresh element.
const markups = new Map<string, Promise<string>>();
const markupOf = (w: WidgetManifest): Promise<string> => {
  const drawn = markups.get(w.name) ?? import(`../../src/widgets/${w.name}/figure.ts`).then(({ figure }: { figure: FigureFn<never> }) => islandMarkup(w, figure, w.validate({}), w.id));
  markups.set(w.name, drawn);
  return drawn;
};

/** An element holding what the build writes for a widget at its defaults, in the page. */
async function built(w: WidgetManifest, edit: (html: string) => string = (html) => html): Promise<HTMLElement> {
  const el = document.createElement("div");
  el.className = `chart ${w.prefix}`;
  el.innerHTML = edit(await markupOf(w));
  document.body.append(el);
  return el;
}

const mountOf = async (w: WidgetManifest) => (await w.live!.mount()) as (el: HTMLElement, o: Record<string, number>) => { destroy(): void };

// Some figures train a network at build time (the training race): each test gets its own time.
describe("every live widget's controls are rendered by the build and adopted on mount", () => {
  it.each(live.map((w) => [w.name, w] as const))("%s: the build renders its controls disabled; mounting enables the same elements and creates none", async (_, w) => {
    const el = await built(w);
    const options = w.validate({});
    const children = [...el.children];
    const before = [...el.querySelectorAll<HTMLElement>(CONTROLS)];
    const texts = children.filter((c) => !c.matches(".chart-body, svg, [class$='-svg']")).map((c) => c.textContent);
    // Without the live widget the controls do nothing, so none of them pretends to work.
    const inputs = before.filter((c) => c.matches("input, select, button"));
    expect(inputs.length).toBeGreaterThan(0);
    for (const c of inputs) expect(c.hasAttribute("disabled"), `${c.outerHTML.slice(0, 80)}`).toBe(true);

    const widget = (await mountOf(w))(el, options);
    // The same elements in the same places: the element's children and every control are the build's own.
    expect([...el.children]).toEqual(children);
    const after = [...el.querySelectorAll<HTMLElement>(CONTROLS)];
    expect(after.length).toBe(before.length);
    for (const c of after) expect(before.includes(c), `${c.localName}#${c.id} was created on mount`).toBe(true);
    expect(el.querySelectorAll("[data-control]")).toHaveLength(0);
    // Controls in the figure itself (the detector's pixels) work too: none is left disabled that no state disables.
    for (const c of el.querySelectorAll<HTMLButtonElement>(".chart-body button")) expect(c.disabled, c.outerHTML.slice(0, 80)).toBe(false);
    // Sliders show the options they showed before, with the same text beside them: nothing moves.
    for (const key of Object.keys(w.options)) {
      const slider = el.querySelector<HTMLInputElement>(`#${CSS.escape(`${w.id}-${key}`)}:is([type=range], select)`);
      if (slider) {
        expect(slider.disabled, `#${slider.id}`).toBe(false);
        expect(Number(slider.value)).toBe(options[key]);
      }
    }
    expect(children.filter((c) => !c.matches(".chart-body, svg, [class$='-svg']")).map((c) => c.textContent)).toEqual(texts);
    widget.destroy();
  }, 30_000);

  it.each(live.map((w) => [w.name, w] as const))("%s: a control missing from the markup stops the mount, naming it", async (_, w) => {
    let removed = "";
    const el = await built(w, (html) => {
      const box = document.createElement("div");
      box.innerHTML = html;
      const first = box.querySelector("[data-control]")!;
      removed = first.id;
      first.remove();
      return box.innerHTML;
    });
    await expect(mountOf(w).then((mount) => mount(el, w.validate({})))).rejects.toThrow(`no control "#${removed}"`);
  }, 30_000);

  it.each(live.map((w) => [w.name, w] as const))("%s: a control in the markup that the widget does not adopt stops the mount, naming it", async (_, w) => {
    const el = await built(w, (html) => `<button type="button" id="${w.id}-stray" data-control="stray" disabled>Stray</button>${html}`);
    await expect(mountOf(w).then((mount) => mount(el, w.validate({})))).rejects.toThrow(`does not adopt: #${w.id}-stray`);
  }, 30_000);
});
