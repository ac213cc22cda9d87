import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrateAll, useBrowser } from "./browser.ts";
import { astro, contributorEnv, projectCopy, removeCopy, startDev, type DevServer } from "./dev-server.ts";

// A contributor's session on one astro dev server, in a copy of the project, so that its edits and its build never touch
// the sources or the dist/ the other browser tests serve: articles, the bibliography, a setup of src/grad and a widget's
// options file are edited while it runs, and at the end the site as committed is built beside it. One server serves
// every step: starting astro dev and optimising its dependencies is most of what each step would cost on its own.
const project = path.resolve(import.meta.dirname, "../..");
const root = projectCopy("dev-session-");
const at = (file: string) => path.join(root, file);
/** What the copy's build prints when it stops, once its setup is done. */
const STOPPED = "build stopped once its setup was done";
// Everything a build writes outside its dist/ it writes in its setup: the content check's runs, the dependencies Vite
// pre-bundles for its content sync, the content store and the content types (traced with strace: after
// astro:build:start it writes only dist/ and Node's compile cache). Rendering 30 pages and the steps after it touch
// nothing dev reads, so the copy's build stops there, at the start of its page builds. The hook is in the config from
// the start (an edited config restarts dev), and dev never runs it.
writeFileSync(
  at("astro.config.mjs"),
  readFileSync(at("astro.config.mjs"), "utf8").replace(
    "integrations: [",
    `integrations: [{ name: "stop-after-setup", hooks: { "astro:build:start": ({ logger }) => { logger.info(${JSON.stringify(STOPPED)}); process.exit(0); } } }, `,
  ),
);
const references = at("content/references.yaml");
const setups = at("src/grad/article-setups.ts");
const towersOptions = at("src/widgets/towers/towers-options.ts");
const FRONT = (title: string, description: string) =>
  `---\ntitle: "${title}"\ndescription: "${description}"\ndate: 2026-11-25\nbasedOn:\n  title: "A check"\n  url: "https://example.com/check"\norder: 999\n---\n`;
const OVERLAY = "A throwaway article written while astro dev runs, to see what the overlay says.";
const citing = at("content/articles/zz-dev-loop-check.mdx");
const misspelt = at("content/articles/zz-misspelt.mdx");
const setupBound = at("content/articles/zz-setup-bound.mdx");
const optionBound = at("content/articles/zz-option-bound.mdx");
const browser = useBrowser();

let dev: DevServer;
let url = "";

beforeAll(async () => {
  writeFileSync(citing, `${FRONT("Dev loop check", "A throwaway article: dev must pick up a new bibliography entry without a restart.")}\nA claim from a new work [@devloop2026].\n`);
  writeFileSync(
    misspelt,
    `${FRONT("Misspelt component", OVERLAY)}import TrainingRace from "../../src/widgets/training-race/TrainingRace.astro";\n\nText before the figure.\n\n<TrainingRcae label="compare" caption="Two neurons race." />\n\n[](#figure-compare) compares them.\n`,
  );
  // Its number rests on a setup of src/grad, and the article does not import the setups' file: Vite alone would not recompile it.
  appendFileSync(setups, "\n/** A setup of the dev-overlay test. */\nexport const devOverlaySetup = { rate: 0.5 };\n");
  writeFileSync(setupBound, `${FRONT("Setup bound", OVERLAY)}\nThe rate is <Num of={devOverlaySetup.rate}>0.5</Num>.\n`);
  // A widget option beyond its manifest's range: refused until the widget's author widens the range.
  writeFileSync(optionBound, `${FRONT("Option bound", OVERLAY)}import Towers from "../../src/widgets/towers/Towers.astro";\n\n<Towers n={65} caption="Sixty-five towers." />\n`);
  dev = await startDev(root);
  url = dev.url;
}, 120_000);

afterAll(() => {
  dev?.stop();
  removeCopy(root);
});

/** The text of the error overlay a contributor sees on a page of the dev server, whitespace collapsed. */
async function overlayText(page: string): Promise<string> {
  // The page's own article: the one server also tells a new page of the last error it met, another article's a moment
  // ago, and that overlay can show first.
  const file = `${page.split("/").filter(Boolean).pop()}.mdx`;
  const context = await browser().newContext();
  try {
    const tab = await context.newPage();
    const overlay = tab.locator("vite-error-overlay");
    let shown = "";
    // Opened again until the overlay shows the page's own error: a dev server that has just started re-optimises its
    // dependencies once and reloads the page meanwhile, which can take the first overlay away (a contributor would
    // press reload too).
    await expect
      .poll(
        async () => {
          await tab.goto(`${url}${page}`);
          if (!(await overlay.waitFor({ timeout: 10_000 }).then(() => true, () => false))) return false;
          shown = (await overlay.evaluate((el) => el.shadowRoot?.textContent ?? "")).replace(/\s+/g, " ");
          return shown.includes(file);
        },
        { timeout: 100_000, interval: 1_000, message: dev.log().slice(-3000) },
      )
      .toBe(true);
    return shown;
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

describe("astro dev through a contributor's session, without a restart", () => {
  it("an article citing a key that is not yet in references.yaml renders once the entry is added", async () => {
    // Dev notices the new article (404 until then), and cannot render its citation yet.
    await expect.poll(async () => (await fetch(`${url}/articles/zz-dev-loop-check/`)).status, { timeout: 30_000, interval: 500, message: dev.log().slice(-3000) }).toBe(500);
    appendFileSync(references, "devloop2026:\n  authors: A. Contributor\n  title: A work added while dev runs\n  year: 2026\n");
    await expect
      .poll(async () => {
        const response = await fetch(`${url}/articles/zz-dev-loop-check/`);
        return response.status === 200 && (await response.text()).includes("A work added while dev runs");
      }, { timeout: 30_000, interval: 500 })
      .toBe(true);
  }, 60_000);

  it("a build run beside it leaves dev's pages hydrating, with no failed module request", async () => {
    // The site as committed, built in the copy while its dev server runs: the session's articles go, and the files it
    // edited are the project's again. The build runs through its setup, where it writes all it shares with dev.
    for (const article of [citing, misspelt, setupBound, optionBound]) rmSync(article, { force: true });
    for (const file of ["content/references.yaml", "src/grad/article-setups.ts", "src/widgets/towers/towers-options.ts"]) copyFileSync(path.join(project, file), at(file));
    const build = spawnSync(process.execPath, [astro, "build"], { cwd: root, encoding: "utf8", env: contributorEnv() });
    expect(build.status, build.stderr).toBe(0);
    const printed = build.stdout.replace(/\x1b\[[0-9;]*m/g, "");
    expect(printed.indexOf(STOPPED)).toBeGreaterThan(printed.indexOf("[types] Generated"));
    expect(printed).toContain("[content] Synced content");
    const context = await browser().newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on("console", (m) => m.type() === "error" && failed.push(m.text()));
    // Dev compiles the page and each of its widgets' modules on this first request: on shared cores that can take
    // longer than a navigation's default 30 s, within the test's own time.
    await page.goto(`${url}/articles/why-so-sigmoid/`, { waitUntil: "networkidle", timeout: 120_000 });
    expect(await page.locator("[data-widget]").count()).toBeGreaterThan(0);
    await hydrateAll(page);
    await expect.poll(() => page.locator("[data-widget]:not([data-hydrated=true])").count()).toBe(0);
    expect(failed.join("\n")).toBe("");
    await context.close();
  }, 240_000);
});
