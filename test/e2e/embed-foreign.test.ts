import { createServer, type Server } from "node:http";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDS, embedTag } from "../../src/embed/embed-registry.ts";
import { EMBED_WIDTHS, iframeHeight } from "../../src/embed/embed-sizes.ts";
import { MIN_TEXT_PX } from "../../src/embed/legible-width.ts";
import { armLabPause } from "./arm-lab-pause.ts";
import { STEPS_SHOWN } from "../../src/widgets/gradient-lab/lab-geometry.ts";
import { serveDist } from "../../scripts/serve-dist.ts";
import { useBrowser } from "./browser.ts";
import { SITE_CONFIG } from "../../src/lib/site.ts";
import { guideSnippet, SITE_IN_SNIPPETS } from "./guide-snippet.ts";

const browser = useBrowser();
const dist = path.resolve(import.meta.dirname, "../../dist");

// Two origins, as a blog and this site would be: the site on 127.0.0.1 (with its _headers, as Netlify serves it),
// the host page on localhost, each on its own port.
let site: { server: Server; url: string };
let host: Server;
let hostUrl = "";
/** The host's own policy: nothing inline, no blob:, no eval; scripts, images and frames from the site allowed by name, as the guide says. */
const hostPolicy = () =>
  `default-src 'self'; script-src 'self' ${site.url}; style-src 'self'; img-src 'self' ${site.url}; frame-src ${site.url}; worker-src 'self'; object-src 'none'; base-uri 'none'`;

/** A host page: its snippets pasted as written (only the site's address changed), in a column of the given width. */
function hostPage(snippets: string, column: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Someone else's blog</title><link rel="stylesheet" href="/host.css?column=${column}"></head>
<body><main><h1>A post on another site</h1><p class="host-text">Host text.</p>
${snippets.replaceAll(SITE_IN_SNIPPETS, site.url)}
<p class="host-text">More host text.</p></main></body></html>`;
}

const pages = new Map<string, string>();

beforeAll(async () => {
  site = await serveDist(dist, 0, "127.0.0.1");
  host = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://host");
    const css = url.pathname === "/host.css";
    const body = css
      ? // The guide's dark example's stylesheet, and a host variable named like the widgets' own (the --fg cycle).
        `main { width: ${Number(url.searchParams.get("column"))}px; margin: 0 auto; } :root { --fg: rgb(1, 2, 3); } .cycle { --sg-fg: var(--fg); }\n${guideSnippet("dark-css")}`
      : pages.get(url.pathname);
    if (body === undefined) return void res.writeHead(url.pathname === "/favicon.ico" ? 204 : 404).end();
    // The resize script is inline: a page that uses it allows scripts, so that page goes without the strict policy.
    const policy = url.pathname === "/resize/" ? {} : { "Content-Security-Policy": hostPolicy() };
    res.writeHead(200, { "Content-Type": css ? "text/css" : "text/html; charset=utf-8", ...policy }).end(body);
  });
  await new Promise<void>((resolve) => host.listen(0, "localhost", resolve));
  hostUrl = `http://localhost:${(host.address() as { port: number }).port}`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(site.url).origin);
  const elements = EMBEDS.map((e) => guideSnippet(`${e.widget}-element`)).join("\n");
  const frames = EMBEDS.map((e) => guideSnippet(`${e.widget}-iframe`)).join("\n");
  for (const column of EMBED_WIDTHS) {
    pages.set(`/elements-${column}/`, hostPage(elements, column));
    pages.set(`/frames-${column}/`, hostPage(frames, column));
  }
  pages.set("/training/", hostPage(["training-race", "gradient-lab"].map((w) => guideSnippet(`${w}-element`)).join("\n"), 720));
  pages.set("/resize/", hostPage(`${guideSnippet("activation-compare-iframe")}\n${guideSnippet("resize-snippet")}`, 1000));
  pages.set("/dark/", hostPage(`${guideSnippet("dark-element")}\n<div class="cycle">${guideSnippet("gradient-lab-element")}</div>`, 720));
});
afterAll(async () => {
  for (const server of [host, site.server]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** Opens a host page, recording console errors and warnings, exceptions, CSP violations and the workers it starts. */
async function open(pathname: string) {
  const context = await browser().newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    const w = window as unknown as { violations: string[]; workers: number };
    w.violations = [];
    w.workers = 0;
    // Counts the workers the page starts (none can run from another origin), without changing what they do.
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        w.workers++;
      }
    };
    document.addEventListener("securitypolicyviolation", (e) => w.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => messages.push(`exception: ${e.message}`));
  await page.goto(`${hostUrl}${pathname}`, { waitUntil: "load" });
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { page, messages, violations, close: () => context.close() };
}

/**
 * An element scrolled into view as a reader reaches it, in one page call polled each frame: its figure drawn in its
 * shadow root (up to 20 s), then done computing (up to 30 s); then its width, its smallest rendered text, what it shows
 * (its figures and readouts, without its controls), and its first slider focused with the key that steps it by one
 * (down when it is at its maximum), as a reader would with the keyboard.
 */
function reach(page: Page, tag: string) {
  return page.evaluate(
    async ([t, drawLimit, busyLimit]) => {
      const el = document.querySelector(t) as HTMLElement & { scrollIntoViewIfNeeded(center: boolean): void };
      el.scrollIntoViewIfNeeded(true);
      const chart = () => el.shadowRoot?.querySelector(".chart");
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (const since = performance.now(); !chart()?.querySelector("svg") && performance.now() - since < drawLimit; ) await frame();
      if (!chart()?.querySelector("svg")) return { drawn: false, idle: false };
      for (const since = performance.now(); chart()!.getAttribute("aria-busy") === "true" && performance.now() - since < busyLimit; ) await frame();
      if (chart()!.getAttribute("aria-busy") === "true") return { drawn: true, idle: false };
      // Rendered text size: font size in viewBox units times the figure's scale.
      let smallest = Infinity;
      for (const svg of el.shadowRoot!.querySelectorAll("svg")) {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll("text")) {
          if (text.getClientRects().length === 0 || !text.textContent?.trim()) continue;
          smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
        }
      }
      const shown = [...chart()!.querySelectorAll("svg, [class*='readout']")].map((n) => n.outerHTML).join("");
      const slider = el.shadowRoot!.querySelector<HTMLInputElement>("input[type=range]");
      slider?.focus();
      const key = slider ? (slider.value === slider.max ? "ArrowLeft" : "ArrowRight") : undefined;
      return { drawn: true, idle: true, width: el.getBoundingClientRect().width, smallest, shown, key };
    },
    [tag, 20_000, 30_000] as const,
  );
}

/** Whether what the element shows differs from `before`, polled each frame for up to 30 s in one page call. */
function answered(page: Page, tag: string, before: string): Promise<boolean> {
  return page.evaluate(
    async ([t, before, limit]) => {
      const chart = document.querySelector(t)!.shadowRoot!.querySelector(".chart")!;
      const shown = () => [...chart.querySelectorAll("svg, [class*='readout']")].map((n) => n.outerHTML).join("");
      for (const since = performance.now(); shown() === before && performance.now() - since < limit; ) await new Promise((r) => requestAnimationFrame(r));
      return shown() !== before;
    },
    [tag, before, 30_000] as const,
  );
}

describe("every widget embedded on a page of another origin under the host's strict CSP, by the guide's snippets as written", () => {
  for (const column of EMBED_WIDTHS) {
    it(`script and element, in a ${column} px column: all ${EMBEDS.length} draw, answer input, keep text at ${MIN_TEXT_PX} px or more, and log nothing`, async () => {
      const { page, messages, violations, close } = await open(`/elements-${column}/`);
      for (const entry of EMBEDS) {
        const tag = embedTag(entry.widget);
        const widget = await reach(page, tag);
        expect(widget.drawn, `${tag} draws within 20 s`).toBe(true);
        expect(widget.idle, `${tag} is done computing within 30 s`).toBe(true);
        expect(widget.width, `${tag} stays in its column`).toBeLessThanOrEqual(column);
        expect(widget.smallest, `${tag} smallest text`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
        expect(widget.key, `${tag} has a slider`).toBeDefined();
        await page.keyboard.press(widget.key!);
        expect(await answered(page, tag, widget.shown!), `${tag} answers input within 30 s`).toBe(true);
      }
      const lab = page.locator("sg-gradient-lab");
      await lab.getByRole("button", { name: "Step" }).click();
      await expect.poll(() => lab.locator(".gl-readout").textContent(), { timeout: 20_000 }).toMatch(/^step 1 /);
      const source = await page.locator("sg-training-race .sg-source a").getAttribute("href");
      // The published address when there is one; until then, wherever the bundle came from.
      expect(source).toBe(`${SITE_CONFIG.siteUrl ?? `${site.url}/`}articles/why-so-sigmoid/`);
      expect(await violations()).toEqual([]);
      expect(messages).toEqual([]);
      await close();
    });

    it(`iframe, in a ${column} px column: all ${EMBEDS.length} draw whole at their snippet's height, without a border overflowing the column`, async () => {
      const { page, messages, violations, close } = await open(`/frames-${column}/`);
      for (const entry of EMBEDS) {
        const iframe = page.locator(`iframe[src*="/embed/${entry.widget}/"]`);
        await iframe.scrollIntoViewIfNeeded();
        const box = await iframe.boundingBox();
        expect(box!.width, `${entry.widget} iframe width`).toBeLessThanOrEqual(column);
        expect(box!.height, `${entry.widget} iframe height`).toBe(iframeHeight(entry.widget));
        const frame = page.frameLocator(`iframe[src*="/embed/${entry.widget}/"]`);
        const tag = embedTag(entry.widget);
        // The element's own figure, in its shadow root (the still picture in its light DOM is hidden once it is upgraded).
        await expect.poll(() => frame.locator(`${tag} .sg-frame > .chart svg:visible`).count(), { message: entry.widget, timeout: 20_000 }).toBeGreaterThan(0);
        await expect.poll(() => frame.locator(`${tag} .sg-frame > .chart`).getAttribute("aria-busy"), { timeout: 30_000 }).not.toBe("true");
        const content = await frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
        expect(content, `${entry.widget} fits its iframe`).toBeLessThanOrEqual(iframeHeight(entry.widget));
      }
      expect(await violations()).toEqual([]);
      expect(messages).toEqual([]);
      await close();
    });
  }

  it("the two training widgets, with no worker from another origin, train in the page in slices that let input through, with no console message", async () => {
    const { page, messages, violations, close } = await open("/training/");
    const race = page.locator("sg-training-race");
    const lab = page.locator("sg-gradient-lab");
    for (const widget of [race, lab]) {
      await widget.scrollIntoViewIfNeeded();
      await expect.poll(() => widget.locator(".chart svg:visible").count(), { timeout: 20_000 }).toBeGreaterThan(0);
      // The race's element has no picture from the build: it sweeps the learning rates in the page first.
      await expect.poll(() => widget.locator(".chart").getAttribute("aria-busy"), { timeout: 60_000 }).toBe("false");
    }
    // A new multiplier: three networks trained for 400 steps each, in the page, for a second or more of work.
    // The page must answer input meanwhile: a step chosen while they train shows at once, before they are done.
    await race.evaluate((el) => {
      const chart = el.shadowRoot!.querySelector(".chart")!;
      const step = el.shadowRoot!.querySelector('input[type=range][id$="-step"]')!.closest(".widget-control")!.querySelector("output")!;
      const w = window as unknown as { busyWhenAnswered?: string | null };
      new MutationObserver(() => (w.busyWhenAnswered ??= chart.getAttribute("aria-busy"))).observe(step, { childList: true, characterData: true, subtree: true });
    });
    const readout = await race.locator(".tr-readout").textContent();
    await race.getByRole("slider", { name: "learning rate × best" }).focus();
    await page.keyboard.press("ArrowLeft");
    await race.getByRole("slider", { name: "steps trained" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => race.locator(".chart").getAttribute("aria-busy"), { timeout: 60_000 }).toBe("false");
    expect(await page.evaluate(() => (window as unknown as { busyWhenAnswered?: string }).busyWhenAnswered)).toBe("true");
    expect(await race.locator(".tr-readout").textContent()).not.toBe(readout);
    // The lab trains continuously until paused; Pause is pressed from the page as the readout passes step 99.
    const paused = await armLabPause(lab, 99);
    await lab.getByRole("button", { name: "Train" }).click();
    const pausedAt = await paused();
    await expect.poll(() => lab.locator(".chart").getAttribute("aria-busy"), { timeout: 60_000 }).toBe("false");
    const stepOf = async () => Number(/^step (\d+)/.exec((await lab.locator(".gl-readout").textContent()) ?? "")?.[1]);
    const stopped = await stepOf();
    await page.waitForTimeout(500);
    expect(await stepOf()).toBe(stopped);
    expect(stopped).toBeGreaterThanOrEqual(pausedAt);
    expect(stopped).toBeLessThan(STEPS_SHOWN);
    expect(await page.evaluate(() => (window as unknown as { workers: number }).workers)).toBe(0);
    expect(await violations()).toEqual([]);
    expect(messages).toEqual([]);
    await close();
  });

  it("the guide's dark example draws dark, and a host's --sg-fg: var(--fg) reaches the figure instead of voiding its colours", async () => {
    const { page, messages, violations, close } = await open("/dark/");
    const frameStyle = (selector: string) =>
      page.evaluate((s) => {
        const frame = document.querySelector(s)!.shadowRoot!.querySelector(".sg-frame")!;
        return { color: getComputedStyle(frame).color, background: getComputedStyle(frame).backgroundColor };
      }, selector);
    const dark = page.locator("sg-gradient-lab").first();
    await expect.poll(() => dark.locator(".chart svg").first().isVisible(), { timeout: 20_000 }).toBe(true);
    const colors = await frameStyle("sg-gradient-lab");
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(luminance(colors.background)).toBeLessThan(60);
    expect(luminance(colors.color)).toBeGreaterThan(180);
    const cycle = page.locator(".cycle sg-gradient-lab");
    await cycle.scrollIntoViewIfNeeded();
    await expect.poll(() => cycle.locator(".chart svg").first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect((await frameStyle(".cycle sg-gradient-lab")).color).toBe("rgb(1, 2, 3)");
    expect(await violations()).toEqual([]);
    expect(messages).toEqual([]);
    await close();
  });

  it("on the guide itself in a dark scheme, the previews take the page's colours (titles in its text colour, the lab's bars visible on its background)", async () => {
    const context = await browser().newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/`, { waitUntil: "load" });
    const preview = page.locator("#gradient-lab ~ .embed-preview sg-gradient-lab");
    await preview.scrollIntoViewIfNeeded();
    await expect.poll(() => preview.locator(".gl-bar").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Mounted: its controls are adopted (the build's preview has them disabled, and already says aria-busy="false").
    await expect.poll(() => preview.getByRole("button", { name: "Step" }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => preview.locator(".sg-frame > .chart").getAttribute("aria-busy"), { timeout: 20_000 }).toBe("false");
    const colours = await preview.evaluate((el) => {
      const fill = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).fill;
      const frame = getComputedStyle(el.shadowRoot!.querySelector(".sg-frame")!).backgroundColor;
      return { page: getComputedStyle(document.body).color, bar: fill(".gl-bar"), title: fill(".chart-axis"), frame };
    });
    expect(colours.page).toBe("rgb(232, 230, 225)");
    expect(colours.title).toBe(colours.page);
    // The bars take each layer's colour (as its line in the history panel does): drawn, and not in the background's.
    expect(colours.bar).toMatch(/^rgb\(/);
    expect(colours.bar).not.toBe(colours.frame);
    await context.close();
  });

  it("an iframe page takes ?theme=dark whatever the reader's system, and keeps it in the URL as the widget changes", async () => {
    const context = await browser().newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/sigmoid-explorer/?theme=dark&w=2`, { waitUntil: "load" });
    const frame = page.locator("sg-sigmoid-explorer .sg-frame");
    await expect.poll(() => frame.count(), { timeout: 20_000 }).toBe(1);
    const background = await frame.evaluate((f) => getComputedStyle(f).backgroundColor);
    expect(background).toBe("rgb(22, 24, 28)");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(22, 24, 28)");
    await page.locator("sg-sigmoid-explorer").getByRole("slider", { name: "weight w" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("theme")).toBe("dark");
    expect(new URL(page.url()).searchParams.get("w")).toBe("2.1");
    await context.close();
  });

  it("an iframe page's lab with ?theme=dark paints its decision region in the dark theme's accents, and in the light one's when the theme changes", async () => {
    const context = await browser().newContext({ colorScheme: "light" });
    const page = await context.newPage();
    // The "ReLU, He" preset, trained: its region is far from one half inside the ring and out, so painted opaquely.
    await page.goto(`${site.url}/embed/gradient-lab/?theme=dark&activation=2&init=2&learning-rate=0.1`, { waitUntil: "load" });
    const lab = page.locator("sg-gradient-lab");
    const train = lab.getByRole("button", { name: "Train", exact: true });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    await train.click();
    // The most opaque pixel of each class's colour on the canvas, as RGB (the first above the red, the second not).
    const painted = () =>
      lab.evaluate((el) => {
        const canvas = el.shadowRoot?.querySelector("canvas");
        if (!canvas) return null;
        const d = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        const best = [[0, 0, 0, 0], [0, 0, 0, 0]];
        for (let i = 0; i < d.length; i += 4) {
          const k = d[i + 2]! > d[i]! ? 0 : 1;
          if (d[i + 3]! > best[k]![3]!) best[k] = [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!];
        }
        return best.map((p) => (p[3]! > 100 ? p.slice(0, 3).join() : null));
      });
    // Within one unit of each byte (the canvas keeps colours premultiplied by their opacity).
    const near = (got: (string | null)[] | null, want: number[][]) =>
      !!got && got.every((g, k) => !!g && g.split(",").every((v, i) => Math.abs(Number(v) - want[k]![i]!) <= 1));
    // embed-base.css's dark and light accents: #7fb0ff and #f0956b; #1f5fbf and #a8431b.
    await expect.poll(async () => near(await painted(), [[127, 176, 255], [240, 149, 107]]), { timeout: 20_000 }).toBe(true);
    await lab.evaluate((el) => el.setAttribute("theme", "light"));
    await expect.poll(async () => near(await painted(), [[31, 95, 191], [168, 67, 27]]), { timeout: 20_000 }).toBe(true);
    await context.close();
  });

  it("with scripts off, every iframe page shows the widget's still figure from the build, and every element its link", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const entry of EMBEDS) {
      await page.goto(`${site.url}/embed/${entry.widget}/`, { waitUntil: "load" });
      // A figure with a wide and a stacked layout shows one of them: some picture of it must be visible.
      await expect(page.locator("[data-embed-widget] figure svg:visible").count(), entry.widget).resolves.toBeGreaterThan(0);
    }
    await page.goto(`${hostUrl}/elements-320/`, { waitUntil: "load" });
    for (const entry of EMBEDS) await expect(page.locator(`${embedTag(entry.widget)} > a`).isVisible(), entry.widget).resolves.toBe(true);
    await context.close();
  });

  it("with scripts off, every element snippet shows its widget's still figure from the build, within a 320 px column, linked to its article", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (m) => m.type() === "error" && refused.push(m.text()));
    await page.goto(`${hostUrl}/elements-320/`, { waitUntil: "load" });
    for (const entry of EMBEDS) {
      const still = page.locator(`${embedTag(entry.widget)} > a > img`);
      await expect(still.getAttribute("src"), entry.widget).resolves.toBe(`${site.url}/embed/v1/still/${entry.widget}.svg`);
      await still.scrollIntoViewIfNeeded();
      // Loaded as an SVG image (an XML error or a refused request leaves it with no natural size) and drawn in the column.
      await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: entry.widget, timeout: 10_000 }).toBe(true);
      const box = (await still.boundingBox())!;
      expect(box.width, entry.widget).toBeGreaterThan(300);
      expect(box.width, entry.widget).toBeLessThanOrEqual(320);
      expect(box.height, entry.widget).toBeGreaterThan(50);
      expect(await page.locator(`${embedTag(entry.widget)} > a`).getAttribute("href"), entry.widget).toBe(`${site.url}/articles/${entry.article}/`);
    }
    expect(refused).toEqual([]);
    await context.close();
  });

  it("the guide's resize script, pasted as written, fits an iframe to its page in a wide column", async () => {
    const { page, messages, close } = await open("/resize/");
    const iframe = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    await expect.poll(() => frame.locator("sg-activation-compare .sg-frame > .chart svg").first().isVisible(), { timeout: 20_000 }).toBe(true);
    const content = () => frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    // In a 1000 px column the figure is taller than the snippet's height (measured up to 720 px): the script grows it.
    await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 10_000 }).toBe(await content());
    expect(await content()).toBeGreaterThan(iframeHeight("activation-compare"));
    expect(messages).toEqual([]);
    await close();
  });
});
