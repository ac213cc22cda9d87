import { afterEach, describe, expect, it, vi } from "vitest";
import { CHANGE_EVENT, defineEmbed } from "../../src/embed/define-embed.ts";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { mount } from "../../src/widgets/sigmoid-explorer/sigmoid-explorer.ts";

const entry = EMBEDS.find((e) => e.widget === "sigmoid-explorer")!;
defineEmbed({ entry, mount: mount as never, css: [".chart { display: grid; }"], siteUrl: "https://sigmoid.example.org/" });

afterEach(() => {
  document.body.innerHTML = "";
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
