import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { EMBEDS, embedTag } from "../../src/embed/embed-registry.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { hydrateAll, type Visit } from "./browser.ts";
import { cspViolations } from "./csp-violations.ts";
import { draws, figureChanges, layoutShifts } from "./hydration-records.ts";
import { EMBED_COLUMN, layoutProblems, WIDTHS } from "./layout-problems.ts";

/** axe-core's own build, evaluated in a page once and run there as often as a test asks. */
const axeSource = readFileSync(path.resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

/**
 * axe-core's findings on the page as it is now, one line per rule and the elements it flags. axe.run in the page
 * itself (what @axe-core/playwright's legacy mode does, without its two fresh evaluations of axe's 550 KB source on
 * every run): half the time of a partial run per frame, and the same rules. It cannot reach cross-origin frames; the
 * site has none. Every rule still runs on every element; only passes are not listed element by element.
 */
async function axe(baseUrl: string, page: Page, rules?: string[]): Promise<string[]> {
  expect(page.frames().filter((f) => !f.url().startsWith(baseUrl) && f.url() !== "about:blank")).toEqual([]);
  // Into every frame, as @axe-core/playwright does, so that axe in the page can ask same-origin frames for theirs.
  for (const frame of page.frames()) if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(axeSource);
  const violations = await page.evaluate(
    (runOnly) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, { resultTypes: ["violations"], ...(runOnly ? { runOnly: { type: "rule", values: runOnly } } : {}) }).then((r) => r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }))),
    rules,
  );
  return violations.map((v) => `${v.id}: ${v.targets.join(", ")}`);
}

/** The whole d3 bundle, gzip-compressed: what a page would cost if it imported "d3" instead of its modules. */
const d3Bundle = gzipSync(readFileSync(path.resolve(import.meta.dirname, "../../node_modules/d3/dist/d3.min.js")), { level: 9 }).length;

/** Client JavaScript a page may load, gzip-compressed, once every widget on it has hydrated: 25 KB, or 50 KB for an article. */
function jsBudget(route: string): number {
  return (route.startsWith("/articles/") ? 50 : 25) * 1024;
}

/**
 * What the embed guide may load once a reader has scrolled past every preview: a live copy of every widget, through the
 * embed bundle a host page loads. Its own budget, since no other page shows every figure: 80 KB, today's 72 KB and room
 * for about one more widget's code, so that growth is seen here rather than only in the 25 KB the guide loads unscrolled.
 */
const GUIDE_PREVIEWS_BUDGET = 80 * 1024;

/** The gzip-compressed bytes of every script a page has loaded so far, files and inline, and how many of each. */
async function scriptBytes(page: Page, responses: Visit["responses"]): Promise<{ bytes: number; files: number; inline: number }> {
  const scripts = new Map(responses.filter((r) => r.request().resourceType() === "script" || r.url().endsWith(".js")).map((r) => [r.url(), r]));
  const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""));
  const bodies = [...(await Promise.all([...scripts.values()].map((r) => r.body()))), ...inline.map((t) => Buffer.from(t))];
  return { bytes: bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0), files: scripts.size, inline: inline.length };
}

/** A page's widgets, in document order: the site's islands and the embedded elements (an iframe page's, the guide's previews). */
const WIDGET_SELECTOR = ["[data-widget]", ...EMBEDS.map((e) => embedTag(e.widget))].join(", ");

/** The phone width at which figures are driven to their sliders' ends. */
const PHONE = WIDTHS[0]!;


/** The axe rules whose outcome depends on colours, the only thing the dark theme changes. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * The checks every built page gets in Chromium, as one describe block per route: a fixed cost per route, whichever
 * file lists it. One page per route, reused for its desktop checks: hydrated, checked in the light theme, then the
 * dark one, laid out at every width, then driven by keyboard and its JavaScript weighed; the phone checks load it on
 * a phone. `visit` opens each as a fresh document (browser.ts, usePages); for an article, with RECORD_HYDRATION
 * installed, so that what hydrating did to it is read from that same visit rather than from another.
 */
export function checkPage(route: string, visit: (url: string, options?: BrowserContextOptions) => Promise<Visit>, baseUrl: string): void {
  describe(route, () => {
    let page: Page;
    let errors: string[];
    let responses: Visit["responses"];
    let phone: Visit | undefined;
    const article = route.startsWith("/articles/");
    beforeAll(async () => {
      ({ page, errors, responses } = await visit(baseUrl + route));
    });

    // An iframe page's element mounts over the static figure inside it; the embed guide's previews have none.
    const embedded = WIDGETS.find((w) => w.live && route === `/embed/${w.name}/`);
    if (embedded) {
      it("its element adopts the static figure inside it: mounting draws nothing, typeset maths included (its text twin shows instead)", async () => {
        const tag = `sg-${embedded.name}`;
        await page.waitForFunction((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector("svg"), tag);
        expect(await draws(page), embedded.name).toEqual({});
        // An adopted figure is the one the page held: its description keeps the build's element id.
        expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector("[id$='-desc']")?.id, tag), embedded.name).toBe(`${embedded.id}-desc`);
        // KaTeX's markup needs its stylesheet and fonts, which the shadow root has not: each formula shows as its text twin.
        const maths = await page.evaluate((tag) => [...document.querySelector(tag)!.shadowRoot!.querySelectorAll(".katex")].map((k) => [getComputedStyle(k).display, getComputedStyle(k.nextElementSibling!).display]), tag);
        for (const [typeset, text] of maths) expect([typeset, text]).toEqual(["none", "inline"]);
      });
    }
    // What hydration did, read before any check below clicks, resizes or moves anything on the page.
    if (article) {
      it("every island adopts the figure the build drew: hydrating draws no figure (no sg-draw marks)", async () => {
        await hydrateAll(page);
        expect(await draws(page)).toEqual({});
        expect(errors).toEqual([]);
      });

      it("hydrating changes nothing in any chart widget's figure (the first change of an option redraws it: see the keyboard check)", async () => {
        await hydrateAll(page);
        expect(await figureChanges(page)).toEqual([]);
      });

      it("no layout shift at 1280 px: CLS is 0 after every widget has hydrated", async () => {
        await hydrateAll(page);
        expect(await layoutShifts(page)).toEqual([]);
      });
    }

    // The site as a static host serves it, with the headers of dist/_headers: its scripts, styles, fonts, workers and
    // WebAssembly must all run under its strict policy (RECORD_CSP_VIOLATIONS installed by the calling file).
    it("is served with the site's strict Content-Security-Policy, and once every widget has hydrated nothing was blocked", async () => {
      const document = responses.find((r) => r.request().resourceType() === "document" && r.url() === baseUrl + route);
      expect(document?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
      await hydrateAll(page);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("loads without console errors or exceptions; axe-core finds no violations in the light theme, and no colour violations in the dark one", async () => {
      // Check the page as readers use it: with every widget scrolled into view and hydrated.
      await hydrateAll(page);
      expect(await axe(baseUrl, page)).toEqual([]);
      // Site pages switch with their toggle; the bare iframe pages follow the reader's system preference.
      const toggle = page.locator("[data-theme-toggle]");
      if ((await toggle.count()) > 0) {
        await toggle.click();
        expect(await page.getAttribute("html", "data-theme")).toBe("dark");
      } else {
        await page.emulateMedia({ colorScheme: "dark" });
      }
      expect(await axe(baseUrl, page, COLOUR_RULES)).toEqual([]);
      if ((await toggle.count()) > 0) await toggle.click();
      else await page.emulateMedia({ colorScheme: "light" });
      expect(errors).toEqual([]);
    });

    // On the page as loaded and hydrated, before the next test moves its sliders: the state a reader first sees.
    if (article) {
      it("figures, maths and samples at phone, tablet and laptop widths, in both themes: no overlapping, clipped or sub-11 px text, no label run into a bar, dot or node, and nothing wider than the page", async () => {
        // The desktop page, resized and re-themed rather than opened again; put back as it was after.
        const viewport = page.viewportSize();
        const theme = await page.getAttribute("html", "data-theme");
        const problems: string[] = [];
        for (const t of ["light", "dark"]) {
          await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), t);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            for (const p of await layoutProblems(page)) problems.push(`${width} px, ${t}: ${p}`);
          }
        }
        await page.evaluate((t) => (t === null ? document.documentElement.removeAttribute("data-theme") : document.documentElement.setAttribute("data-theme", t)), theme);
        if (viewport) await page.setViewportSize(viewport);
        expect([...new Set(problems)]).toEqual([]);
        expect(errors).toEqual([]);
      });
    }

    // An iframe page in the narrow column a host may give its iframe, in both themes: the desktop page resized and
    // re-themed in place (as the iframe page's script does with ?theme=, on the widget's attribute and the page), then put back.
    if (embedded) {
      it(`its figure in a ${EMBED_COLUMN} px column, in both themes: no overlapping, clipped or sub-11 px text, and nothing wider than the column`, async () => {
        const viewport = page.viewportSize();
        await page.setViewportSize({ width: EMBED_COLUMN, height: 900 });
        const problems: string[] = [];
        for (const theme of ["light", "dark"]) {
          await page.evaluate((t) => {
            document.querySelector("[data-embed-widget]")!.setAttribute("theme", t);
            document.documentElement.dataset.theme = t;
          }, theme);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          for (const p of await layoutProblems(page, true)) problems.push(`${theme}: ${p}`);
        }
        await page.evaluate(() => {
          document.querySelector("[data-embed-widget]")!.removeAttribute("theme");
          delete document.documentElement.dataset.theme;
        });
        if (viewport) await page.setViewportSize(viewport);
        expect([...new Set(problems)]).toEqual([]);
        expect(errors).toEqual([]);
      });
    }

    const keyboardTitle = `every widget on it hydrates and redraws when its first slider moves by keyboard${article ? ", and the figure-change recorder sees a chart widget's redraw" : ""}${route.startsWith("/embed/") ? " (an embedded element: defined, mounted in its shadow root and done computing; its slider and figure there)" : ""}`;
    const keyboard = async () => {
      // Widget i scrolled into view as a reader reaches it and hydrated (polled each frame, for up to 10 s), its first
      // slider focused: what it drew, whether it is a chart widget, and the key that steps the slider away from the end
      // it starts at. One page call; undefined once there is no widget i. A widget is a site island ([data-widget]) or
      // an embedded element (sg-<name>), whose figure and controls are the chart box in its shadow root.
      const reach = (i: number) =>
        page.evaluate(
          async ([i, article, limit, selector]) => {
            const widget = document.querySelectorAll(selector)[i] as (HTMLElement & { scrollIntoViewIfNeeded(center: boolean): void }) | undefined;
            if (!widget) return undefined;
            const island = widget.hasAttribute("data-widget");
            const name = island ? widget.getAttribute("data-widget")! : widget.localName;
            const root = () => (island ? widget : widget.shadowRoot?.querySelector<HTMLElement>(".sg-frame > .chart"));
            const ready = () => {
              if (island) return widget.getAttribute("data-hydrated") === "true";
              const chart = root();
              return widget.matches(":defined") && !!chart?.querySelector("svg") && chart.getAttribute("aria-busy") !== "true";
            };
            widget.scrollIntoViewIfNeeded(true);
            for (const since = performance.now(); !ready() && performance.now() - since < limit; ) await new Promise((r) => requestAnimationFrame(r));
            if (!ready()) return { name, hydrated: false };
            const box = root()!;
            // A widget may draw several SVGs (a wide and a stacked layout, or separate panels): all of them, together.
            const drawn = [...box.querySelectorAll("svg")].map((s) => s.innerHTML).join("");
            // The recorder that found no change while the page hydrated must see this one: it is not blind.
            const chart = article && widget.querySelector(":scope > .chart-body") !== null;
            const changes = (window as unknown as { __figureChanges?: string[] }).__figureChanges;
            if (chart && !changes) throw new Error("RECORD_HYDRATION is not installed on this page");
            const slider = box.querySelector<HTMLInputElement>("input[type=range]");
            if (!slider) return { name, hydrated: true };
            slider.focus();
            // Step away from whichever end the slider starts at.
            const key = Number(slider.value) >= Number(slider.max) ? "ArrowLeft" : "ArrowRight";
            return { name, hydrated: true, drawn, chart, changesBefore: chart ? changes!.length : 0, key };
          },
          [i, article, 10_000, WIDGET_SELECTOR] as const,
        );
      // Some widgets compute off the main thread, so the redraw may come a moment later: widget i's drawing is polled
      // each frame until it differs from what it was, for up to 10 s; then the figure changes since, and its markup.
      const redrawn = (i: number, before: string, changesBefore: number) =>
        page.evaluate(
          async ([i, before, changesBefore, limit, selector]) => {
            const element = document.querySelectorAll(selector)[i]!;
            const widget = element.hasAttribute("data-widget") ? element : element.shadowRoot!.querySelector(".sg-frame > .chart")!;
            const drawn = () => [...widget.querySelectorAll("svg")].map((s) => s.innerHTML).join("");
            for (const since = performance.now(); drawn() === before && performance.now() - since < limit; ) await new Promise((r) => requestAnimationFrame(r));
            return { redrawn: drawn() !== before, changes: ((window as unknown as { __figureChanges?: string[] }).__figureChanges ?? []).slice(changesBefore), markup: widget.innerHTML };
          },
          [i, before, changesBefore, 10_000, WIDGET_SELECTOR] as const,
        );
      const names: string[] = [];
      for (let i = 0, widget; (widget = await reach(i)); i++) {
        names.push(widget.name);
        expect(widget.hydrated, `${widget.name} hydrates within 10 s`).toBe(true);
        expect(widget.key, `${widget.name} has a range input`).toBeDefined();
        await page.keyboard.press(widget.key!);
        await page.keyboard.press(widget.key!);
        const after = await redrawn(i, widget.drawn!, widget.changesBefore!);
        expect(after.redrawn, `${widget.name} redraws within 10 s`).toBe(true);
        if (widget.chart) expect(after.changes).toContain(widget.name);
        expect(after.markup).not.toMatch(/NaN/);
      }
      // An iframe page's one element, and every element among the guide's previews, were found and driven.
      if (embedded) expect(names).toEqual([embedTag(embedded.name)]);
      if (route === "/embed/") expect(names).toEqual(expect.arrayContaining(EMBEDS.map((e) => embedTag(e.widget))));
      expect(errors).toEqual([]);
    };
    // On the guide it runs after the JS weighing and the previews' adoption check, since it scrolls to every preview.
    if (route !== "/embed/") it(keyboardTitle, keyboard);

    // After the keyboard check, which leaves the sliders where it put them: each one is driven to both its ends in turn.
    if (article) {
      it(`at ${PHONE} px, every figure with each slider at its ends (Home, then End): no overlapping, clipped or sub-11 px text, no label run into a bar, dot or node`, async () => {
        await hydrateAll(page);
        const viewport = page.viewportSize();
        await page.setViewportSize({ width: PHONE, height: 900 });
        // Each problem once, with the slider and end that first showed it.
        const problems = new Map<string, string>();
        const figures = WIDGETS.map(({ name: w }) => `[data-widget="${w}"]`).join(", ");
        // Figure i's visible slider j, found afresh in one page call (a moved slider may show or hide another): focused
        // and named, or, given a value, set back to it as a reader's input would. Undefined where there is no figure i.
        const atSlider = (i: number, j: number, value?: string) =>
          page.evaluate(([figures, i, j, value]) => {
            const widget = document.querySelectorAll(figures)[i];
            if (!widget) return undefined;
            // Visible as Playwright's :visible has it: rendered, not visibility-hidden, and a box with an area.
            const shown = (s: Element) => s.checkVisibility({ visibilityProperty: true }) && s.getBoundingClientRect().width > 0 && s.getBoundingClientRect().height > 0;
            const s = [...widget.querySelectorAll<HTMLElement>("input[type=range], [role=slider]")].filter(shown)[j];
            const name = widget.getAttribute("data-widget")!;
            if (!s) return { name, slider: undefined };
            if (value !== undefined) {
              (s as HTMLInputElement).value = value;
              for (const type of ["input", "change"]) s.dispatchEvent(new Event(type, { bubbles: true }));
              return { name, slider: undefined };
            }
            s.focus();
            // Its name, and a range input's value to put back.
            const label = s.getAttribute("aria-label") ?? (s as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? s.id;
            return { name, slider: { label, start: s instanceof HTMLInputElement ? s.value : null } };
          }, [figures, i, j, value] as const);
        for (let i = 0, figure; (figure = await atSlider(i, 0)); i++) {
          const { name } = figure;
          for (let j = 0, slider = figure.slider; slider; slider = (await atSlider(i, ++j))?.slider) {
            for (const key of ["Home", "End"]) {
              await page.keyboard.press(key);
              // The figure the slider belongs to (the others have not changed), once none is busy and two frames are drawn.
              for (const p of await layoutProblems(page, false, `[data-widget="${name}"]`, true)) if (!problems.has(p)) problems.set(p, `${name}, ${slider.label} at ${key}`);
            }
            // A range input goes back to where it was, so that each is driven from the figure's first state; a
            // handle drawn in the figure (a tower's wall) stays at its end, as a reader's drag may leave it.
            if (slider.start !== null) await atSlider(i, j, slider.start);
          }
        }
        if (viewport) await page.setViewportSize(viewport);
        expect([...problems].map(([p, at]) => `${at}: ${p}`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }

    it("fits a 360 px phone screen without sideways scrolling, and axe-core finds nothing there either", async () => {
      // A phone of its own (mobile viewport, touch), as a reader's phone loads the page.
      phone = await visit(baseUrl + route, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Narrow screens make tables and formulas scroll: they must stay reachable by keyboard.
      expect(await axe(baseUrl, phone.page)).toEqual([]);
      expect(phone.errors).toEqual([]);
    });

    if (article) {
      it("no layout shift on the 360 px phone: CLS is 0 after every widget has hydrated", async () => {
        if (!phone) throw new Error("the phone visit failed: see the check before");
        await hydrateAll(phone.page);
        expect(await layoutShifts(phone.page)).toEqual([]);
        expect(phone.errors).toEqual([]);
      });
    }

    // Last, after the phone checks on a page of their own: the weighing waits for the desktop page's network to be
    // quiet for 500 ms after loading, a wait that passes while they run instead of in an idle worker.
    it(`loads at most ${jsBudget(route) / 1024} KB of gzip-compressed JS, widgets included, far less than the whole d3 bundle, and KaTeX fonts only if it has maths`, async () => {
      // Widgets that compute in a worker load it after hydrating; wait until none is busy and the network is quiet.
      await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
      await page.waitForLoadState("networkidle");
      const fonts = new Set(responses.filter((r) => r.request().resourceType() === "font").map((r) => r.url()));
      const { bytes, files, inline } = await scriptBytes(page, responses);
      console.log(`${route}: ${files} script files and ${inline} inline, ${bytes} bytes gzip`);
      expect(bytes).toBeLessThanOrEqual(jsBudget(route));
      expect(bytes).toBeLessThan(d3Bundle / 2);
      const katexFonts = [...fonts].filter((u) => /KaTeX_/.test(u));
      const hasMaths = (await page.locator(".katex").count()) > 0;
      if (hasMaths) expect(katexFonts.length).toBeGreaterThan(0);
      else expect(katexFonts).toEqual([]);
    });

    if (article) {
      it("renders its maths with KaTeX, with no KaTeX errors, in fonts the site serves", async () => {
        expect(await page.locator(".katex").count()).toBeGreaterThan(0);
        expect(await page.locator(".katex-error").count()).toBe(0);
        const fonts = await page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length;
        });
        expect(fonts).toBeGreaterThan(0);
      });
    }

    // After the JS weighing, which counts what the guide loads before a reader scrolls: this scrolls to every preview.
    if (route === "/embed/") {
      it(`each of the guide's previews adopts the figure the build drew in its shadow root (nothing drawn), an element with no figure inside draws its figure once; with every preview loaded the guide's JS stays within ${GUIDE_PREVIEWS_BUDGET / 1024} KB`, async () => {
        const tags = await page.evaluate(() => [...document.querySelectorAll("main *")].map((el) => el.localName).filter((t) => t.startsWith("sg-")));
        for (const tag of new Set(tags)) {
          const all = page.locator(tag);
          for (let i = 0; i < (await all.count()); i++) {
            await all.nth(i).scrollIntoViewIfNeeded();
            // Upgraded (the build's figure is in its shadow root from the start): the element answers with its options.
            await expect.poll(() => all.nth(i).evaluate((el) => (el as HTMLElement & { options?: unknown }).options !== undefined), { timeout: 20_000 }).toBe(true);
          }
        }
        expect(tags.length).toBeGreaterThan(0);
        expect(await draws(page)).toEqual({});
        // Each live frame replaced the build's: one frame, the element's own sheets instead of the build's stylesheet link.
        expect(await page.evaluate(() => [...document.querySelectorAll("main .embed-preview > *")].filter((el) => el.shadowRoot?.querySelectorAll(".sg-frame").length !== 1 || el.shadowRoot.querySelector("link")).map((el) => el.localName))).toEqual([]);
        // A bare element, as a host page may hold, draws its figure once (its module is already loaded).
        const bare = tags[0]!;
        await page.evaluate((tag) => document.querySelector("main")!.append(Object.assign(document.createElement(tag), { id: "bare-element" })), bare);
        await expect.poll(() => page.evaluate(() => !!document.getElementById("bare-element")?.shadowRoot?.querySelector("svg")), { timeout: 20_000 }).toBe(true);
        expect(await draws(page)).toEqual({ [bare.slice("sg-".length)]: 1 });
        await page.evaluate(() => document.getElementById("bare-element")!.remove());
        expect(errors).toEqual([]);
        await page.waitForLoadState("networkidle");
        const all = await scriptBytes(page, responses);
        console.log(`${route} with every preview loaded: ${all.files} script files and ${all.inline} inline, ${all.bytes} bytes gzip`);
        expect(all.bytes).toBeLessThanOrEqual(GUIDE_PREVIEWS_BUDGET);
      });
      it(keyboardTitle, keyboard);
    }
  });
}
