import type { Browser } from "playwright-core";
import { attributeName, EMBEDS, embedTag } from "../../src/embed/embed-registry.ts";

/** How long a widget takes to redraw, and to show its first frame. */
export interface WidgetLatency {
  readonly widget: string;
  /** update() for 200 synthetic option changes, in milliseconds. */
  readonly median: number;
  readonly p95: number;
  /** From attaching a fresh element to the first animation frame after it mounted. */
  readonly firstFrame: number;
}

/** Measures every widget on its iframe page, around the custom element's update(), with the Performance API. */
export async function widgetLatencies(browser: Browser, base: string): Promise<WidgetLatency[]> {
  const out: WidgetLatency[] = [];
  for (const entry of EMBEDS) {
    const page = await browser.newPage();
    await page.goto(`${base}/embed/${entry.widget}/`, { waitUntil: "networkidle" });
    const tag = embedTag(entry.widget);
    await page.waitForFunction((t) => !!document.querySelector(t)?.shadowRoot?.querySelector("svg"), tag);
    const specs = Object.entries(entry.specs).map(([key, s]) => ({ key, name: attributeName(key), min: s.min, max: s.max }));
    const result = await page.evaluate(
      async ({ tag, specs }) => {
        const el = document.querySelector(tag) as HTMLElement & { update(o: Record<string, number>): unknown };
        const times: number[] = [];
        for (let i = 0; times.length < 200 && i < 1000; i++) {
          const s = specs[i % specs.length]!;
          const value = s.min + (s.max - s.min) * ((i * 0.6180339887) % 1);
          const start = performance.now();
          try {
            el.update({ [s.key]: value });
          } catch {
            continue; // an option fixed once mounted: not an update
          }
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        const fresh = document.createElement(tag);
        const start = performance.now();
        document.querySelector("main")!.append(fresh);
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const firstFrame = performance.now() - start;
        return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, firstFrame };
      },
      { tag, specs },
    );
    out.push({ widget: entry.widget, ...result });
    await page.close();
  }
  return out;
}
