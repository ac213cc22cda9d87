import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { projectCopy, removeCopy, startDev, type DevServer } from "./dev-server.ts";

// A copy of the project (as in dev-loop.test.ts): its articles and setups are edited while astro dev runs on it.
const root = projectCopy("dev-overlay-");
const FRONT = (title: string) => `---\ntitle: "${title}"\ndescription: "A throwaway article written while astro dev runs, to see what the overlay says."\ndate: 2026-11-25\nbasedOn:\n  title: "A check"\n  url: "https://example.com/check"\norder: 999\n---\n`;
const misspelt = path.join(root, "content/articles/zz-misspelt.mdx");
const setupBound = path.join(root, "content/articles/zz-setup-bound.mdx");
const setups = path.join(root, "src/grad/article-setups.ts");
const optionBound = path.join(root, "content/articles/zz-option-bound.mdx");
const towersOptions = path.join(root, "src/widgets/towers/towers-options.ts");
const browser = useBrowser();

let dev: DevServer;
let url = "";

beforeAll(async () => {
  writeFileSync(
    misspelt,
    `${FRONT("Misspelt component")}import TrainingRace from "../../src/widgets/training-race/TrainingRace.astro";\n\nText before the figure.\n\n<TrainingRcae label="compare" caption="Two neurons race." />\n\n[](#figure-compare) compares them.\n`,
  );
  // Its number rests on a setup of src/grad, and the article does not import the setups' file: Vite alone would not recompile it.
  appendFileSync(setups, "\n/** A setup of the dev-overlay test. */\nexport const devOverlaySetup = { rate: 0.5 };\n");
  writeFileSync(setupBound, `${FRONT("Setup bound")}\nThe rate is <Num of={devOverlaySetup.rate}>0.5</Num>.\n`);
  // A widget option beyond its manifest's range: refused until the widget's author widens the range.
  writeFileSync(optionBound, `${FRONT("Option bound")}import Towers from "../../src/widgets/towers/Towers.astro";\n\n<Towers n={65} caption="Sixty-five towers." />\n`);
  dev = await startDev(root);
  url = dev.url;
}, 120_000);

afterAll(() => {
  dev?.stop();
  removeCopy(root);
});

/** The text of the error overlay a contributor sees on a page of the dev server, whitespace collapsed. */
async function overlayText(page: string): Promise<string> {
  const context = await browser().newContext();
  try {
    const tab = await context.newPage();
    const overlay = tab.locator("vite-error-overlay");
    // Opened again until the overlay shows: a dev server that has just started re-optimises its dependencies once and
    // reloads the page meanwhile, which can take the first overlay away (a contributor would press reload too).
    await expect
      .poll(
        async () => {
          await tab.goto(`${url}${page}`);
          return overlay.waitFor({ timeout: 10_000 }).then(() => 1, () => 0);
        },
        { timeout: 100_000, interval: 1_000, message: dev.log().slice(-3000) },
      )
      .toBe(1);
    return (await overlay.evaluate((el) => el.shadowRoot?.textContent ?? "")).replace(/\s+/g, " ");
  } finally {
    await context.close();
  }
}

describe("astro dev's error overlay", () => {
  it("shows a misspelt component with its line and the nearest known name, not the cross-reference it breaks", async () => {
    const shown = await overlayText("/articles/zz-misspelt/");
    const line = readFileSync(misspelt, "utf8").split("\n").findIndex((l) => l.startsWith("<TrainingRcae")) + 1;
    expect(shown).toContain(`content/articles/zz-misspelt.mdx:${line}:1 component: unknown component <TrainingRcae>: did you mean <TrainingRace>?`);
    expect(shown).not.toContain("refers to no figure");
    expect(shown).not.toContain("has no anchor");
    expect(shown).not.toMatch(/Expected component|is not defined/);
  }, 150_000);

  it("rechecks a rendered article when src/grad/article-setups.ts changes, without a restart", async () => {
    const status = async () => (await fetch(`${url}/articles/zz-setup-bound/`)).status;
    await expect.poll(status, { timeout: 60_000, interval: 500, message: dev.log().slice(-3000) }).toBe(200);
    writeFileSync(setups, readFileSync(setups, "utf8").replace("devOverlaySetup = { rate: 0.5 }", "devOverlaySetup = { rate: 0.25 }"));
    // The article still says 0.5: its check must now fail, and the page say so.
    await expect.poll(status, { timeout: 60_000, interval: 500, message: dev.log().slice(-3000) }).toBe(500);
    expect(await overlayText("/articles/zz-setup-bound/")).toMatch(/zz-setup-bound\.mdx:\d+:\d+ number: written number does not match the computed value written: 0\.5 expression: devOverlaySetup\.rate computed: 0\.25/);
  }, 150_000);

  it("rechecks an article when a widget's options file widens a range, without a restart", async () => {
    const status = async () => (await fetch(`${url}/articles/zz-option-bound/`)).status;
    expect(await overlayText("/articles/zz-option-bound/")).toMatch(/zz-option-bound\.mdx:\d+:\d+ .*option "n" = 65 is outside 1 to 60/);
    const source = readFileSync(towersOptions, "utf8");
    expect(source).toContain("n: { min: 1, max: 60,");
    writeFileSync(towersOptions, source.replace("n: { min: 1, max: 60,", "n: { min: 1, max: 70,"));
    await expect.poll(status, { timeout: 60_000, interval: 500, message: dev.log().slice(-3000) }).toBe(200);
  }, 150_000);
});
