import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openPage, useBrowser } from "./browser.ts";
import { LONG_TASK_MS, mainThreadTasks } from "./main-thread-tasks.ts";
import { svgTextLayout } from "./text-layout.ts";

const baseUrl = inject("baseUrl");
const article = `${baseUrl}/articles/why-so-sigmoid/`;
const browser = useBrowser();
const MIN_TEXT_PX = 11;
/**
 * How long a wait on the playing race may take: Play runs in real time (the 400 steps in about five seconds), and a
 * loaded machine stretches that; a guard against a hang, not a speed limit (speed is measured by the bench).
 */
const PLAY_MS = 150_000;

async function race(options = {}): Promise<{ page: Page; errors: string[]; figure: Locator }> {
  const opened = await openPage(browser(), article, options);
  const figure = opened.page.locator(".tr");
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.getAttribute("data-hydrated"), { timeout: 10_000 }).toBe("true");
  await expect.poll(() => figure.getAttribute("aria-busy"), { timeout: 20_000 }).toBe("false");
  return { ...opened, figure };
}

/** Each network's region as painted on its canvas: the pixels' bytes, summed with their positions as weights. */
function regions(figure: Locator): Promise<number[]> {
  return figure.evaluate((el) =>
    ["sigmoid", "tanh", "relu"].map((name) => {
      const canvas = el.querySelector<HTMLCanvasElement>(`.tr-panel-${name} canvas`)!;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < data.length; i++) sum += data[i]! * ((i % 97) + 1);
      return sum;
    }),
  );
}

const stepOf = async (figure: Locator) => Number(await figure.getByRole("slider", { name: "steps trained" }).inputValue());

describe("the training race in Chromium", () => {
  it("by keyboard: plays from the start, pauses, resumes to the end, with the regions changing and no main-thread task over 50 ms", async () => {
    const { page, errors, figure } = await race();
    // Every value the figure writes to aria-busy from here on, in order: busy from each Play until it is paused or has
    // finished, never "not busy" between the trainer's answers while its picture changes. Each record holds the value
    // a write replaced; the element holds the last.
    await figure.evaluate((el) => {
      const replaced: (string | null)[] = [];
      new MutationObserver((records) => replaced.push(...records.map((r) => r.oldValue))).observe(el, { attributeFilter: ["aria-busy"], attributeOldValue: true });
      (window as unknown as { __busy: () => (string | null)[] }).__busy = () => [...replaced, el.getAttribute("aria-busy")].slice(1);
    });
    // Every main-thread task from the first Play to the end of the race, as CPU time read from Chromium's trace.
    const tasks = await mainThreadTasks(browser(), page, async () => {
      const play = figure.getByRole("button", { name: "Play from the start" });
      await play.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => figure.getByRole("button", { name: "Pause" }).count()).toBe(1);
      await expect.poll(() => stepOf(figure), { timeout: PLAY_MS }).toBeGreaterThan(60);
      const early = await regions(figure);
      await expect.poll(() => stepOf(figure), { timeout: PLAY_MS }).toBeGreaterThan(150);
      // The focus stays on the one button, now labelled Pause.
      await page.keyboard.press("Space");
      await expect.poll(() => figure.getByRole("button", { name: "Resume" }).count()).toBe(1);
      await expect.poll(() => figure.getAttribute("aria-busy")).toBe("false");
      const paused = await stepOf(figure);
      expect(paused).toBeLessThan(400);
      const later = await regions(figure);
      // Between step 60 and the pause the regions moved: the tanh and ReLU networks learn the rings in those steps.
      expect(later[1]).not.toBe(early[1]);
      expect(later[2]).not.toBe(early[2]);
      await expect.poll(() => figure.locator(".tr-readout").textContent()).toMatch(new RegExp(`^step ${paused}: `));
      expect(await figure.locator("[role=status]").textContent()).toMatch(new RegExp(`^step ${paused}: sigmoid`));
      await page.waitForTimeout(300);
      expect(await stepOf(figure)).toBe(paused);
      expect(await regions(figure)).toEqual(later);

      await page.keyboard.press("Enter");
      // Awaited: the race saying it has stopped (its button offers to play again, nothing is being trained), not a step
      // by a deadline, which a loaded machine missed.
      await expect.poll(() => figure.getByRole("button", { name: "Play from the start" }).count(), { timeout: PLAY_MS }).toBe(1);
      await expect.poll(() => figure.getAttribute("aria-busy")).toBe("false");
      expect(await stepOf(figure)).toBe(400);
      expect(await figure.locator("[role=status]").textContent()).toMatch(/^step 400: sigmoid/);
    });
    expect(await page.evaluate(() => (window as unknown as { __busy: () => (string | null)[] }).__busy())).toEqual(["true", "false", "true", "false"]);
    expect(tasks.length).toBeGreaterThan(100);
    expect(tasks.filter((ms) => ms > LONG_TASK_MS), "main-thread tasks over 50 ms of CPU while the race trained").toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 3 * PLAY_MS);

  it("paused, it says it is not busy only with its last answer painted: the regions and the readout then stay as they are", async () => {
    const { page, errors, figure } = await race();
    // The trainer's answers are held in the page until released, so that a pause lands exactly where the test puts it.
    await page.evaluate(() => {
      const w = window as unknown as { __held: (() => void)[] | null };
      w.__held = null;
      const native = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage")!;
      Object.defineProperty(Worker.prototype, "onmessage", {
        ...native,
        set(this: Worker, f: ((e: MessageEvent) => void) | null) {
          native.set!.call(this, f && ((e: MessageEvent) => (w.__held ? w.__held.push(() => f.call(this, e)) : f.call(this, e))));
        },
      });
    });
    const hold = () => page.evaluate(() => void ((window as unknown as { __held: unknown[] }).__held = []));
    const held = () => page.evaluate(() => (window as unknown as { __held: unknown[] }).__held.length);
    const button = figure.getByRole("button", { name: /^(Play from the start|Pause|Resume)$/ });
    // What the figure shows in the task that releases the held answer and, when asked, pauses: no frame comes between.
    const releaseThen = (pause: boolean) =>
      figure.evaluate((el, pause) => {
        const w = window as unknown as { __held: (() => void)[] | null };
        const held = w.__held!;
        w.__held = null;
        held.forEach((deliver) => deliver());
        if (pause) el.querySelector<HTMLButtonElement>("button")!.click();
        return {
          busy: el.getAttribute("aria-busy"),
          button: el.querySelector("button")!.textContent,
          readout: el.querySelector(".tr-readout")!.textContent,
          status: el.querySelector("[role=status]")!.textContent,
        };
      }, pause);
    const settledAs = async (shown: Awaited<ReturnType<typeof releaseThen>>) => {
      const paused = await stepOf(figure);
      expect(shown.busy).toBe("false");
      expect(shown.button).toBe("Resume");
      expect(shown.readout).toMatch(new RegExp(`^step ${paused}: `));
      expect(shown.status).toBe(shown.readout);
      const now = await regions(figure);
      await page.waitForTimeout(300);
      expect(await stepOf(figure)).toBe(paused);
      expect(await regions(figure)).toEqual(now);
      expect(await figure.locator(".tr-readout").textContent()).toBe(shown.readout);
    };

    await button.click();
    await expect.poll(() => stepOf(figure), { timeout: PLAY_MS }).toBeGreaterThan(60);
    // Paused just as an answer comes in, its picture still waiting for the next frame.
    await hold();
    await expect.poll(held, { timeout: PLAY_MS }).toBeGreaterThan(0);
    await settledAs(await releaseThen(true));

    // Paused while an answer is owed: busy until it comes, and painted by the time it says it is not.
    await button.click();
    await hold();
    await expect.poll(held, { timeout: PLAY_MS }).toBeGreaterThan(0);
    await button.click();
    expect(await figure.getAttribute("aria-busy")).toBe("true");
    await settledAs(await releaseThen(false));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 3 * PLAY_MS);

  it("the step slider and the multiplier answer the keyboard; Reset goes back to step 0 and the regions with it", async () => {
    const { page, figure } = await race();
    // Until asked for another state, the figure shows the build's picture of the end: its regions drawn at build.
    expect(await figure.locator(".tr-static-region").count()).toBe(3);
    const step = figure.getByRole("slider", { name: "steps trained" });
    await step.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => figure.locator(".tr-readout").textContent()).toMatch(/^step 0: /);
    await expect.poll(() => figure.locator(".tr-static-region").count()).toBe(0);
    const atStart = await regions(figure);
    await page.keyboard.press("End");
    await expect.poll(() => figure.locator(".tr-readout").textContent(), { timeout: 30_000 }).toMatch(/^step 400: /);
    const atEnd = await regions(figure);
    expect(atEnd).not.toEqual(atStart);
    // The same seeded training, replayed: back at step 0 the regions are those of step 0 again.
    await page.keyboard.press("Home");
    await expect.poll(() => regions(figure), { timeout: 30_000 }).toEqual(atStart);
    await page.keyboard.press("End");
    await expect.poll(() => regions(figure), { timeout: 30_000 }).toEqual(atEnd);
    const multiplier = figure.getByRole("slider", { name: "learning rate × best" });
    await multiplier.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
    // The title names the rate of the curves drawn: the first press's rate until its training to step 400 is answered,
    // which took over 5 s once at a load average of 13, then the last press's.
    await expect.poll(() => figure.locator(".tr-panel-sigmoid .tr-title").textContent(), { timeout: 30_000 }).toBe("sigmoid, η = 1");
    await figure.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => figure.locator(".tr-readout").textContent()).toMatch(/^step 0: /);
    expect(await figure.getByRole("button", { name: "Play", exact: true }).count()).toBe(1);
    await page.context().close();
  });

  it("on a 360 px phone: the panels and the curves keep their text at 11 px or more, with no label over another, and a tap plays", async () => {
    const { page, figure } = await race({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const svg of await svgTextLayout(figure)) {
      expect(svg.smallest).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
      expect(svg.overlaps).toEqual([]);
    }
    await figure.getByRole("button", { name: "Play from the start" }).tap();
    await expect.poll(() => stepOf(figure), { timeout: PLAY_MS }).toBeGreaterThan(0);
    await figure.getByRole("button", { name: "Pause" }).tap();
    await page.context().close();
  });

  it("without JavaScript: the end of the default run, with the data, each network's region and the three curves; the race says it is not busy", async () => {
    const { page } = await openPage(browser(), article, { javaScriptEnabled: false });
    const figure = page.locator(".tr");
    // Idle until it trains: the build says so, and hydrating it need not.
    expect(await figure.getAttribute("aria-busy")).toBe("false");
    expect(await figure.locator(".tr-panel").count()).toBe(4);
    expect(await figure.locator(".tr-panel-data .tr-point").count()).toBe(120);
    for (const name of ["sigmoid", "tanh", "relu"]) {
      expect(await figure.locator(`.tr-panel-${name} .tr-static-region image`).count()).toBe(2);
      expect((await figure.locator(`.tr-curve.tr-${name}`).getAttribute("d"))!.length).toBeGreaterThan(100);
    }
    expect(await figure.locator(".tr-readout").textContent()).toMatch(/^step 400: sigmoid/);
    await page.context().close();
  });
});
