import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/free-port.ts";
import { useBrowser } from "./browser.ts";

const project = path.resolve(import.meta.dirname, "../..");
const astro = path.join(project, "node_modules/astro/bin/astro.mjs");
// A copy of the project (as in dev-loop.test.ts): its articles and setups are edited while astro dev runs on it.
const root = mkdtempSync(path.join(tmpdir(), "dev-overlay-"));
for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"]) copyFileSync(path.join(project, f), path.join(root, f));
for (const d of ["src", "public", "content"]) cpSync(path.join(project, d), path.join(root, d), { recursive: true });
symlinkSync(path.join(project, "node_modules"), path.join(root, "node_modules"));
const config = path.join(root, "astro.config.mjs");
writeFileSync(config, readFileSync(config, "utf8").replace("vite: {", `vite: { server: { fs: { allow: [${JSON.stringify(root)}, ${JSON.stringify(project)}] } }, `));
const FRONT = (title: string) => `---\ntitle: "${title}"\ndescription: "A throwaway article written while astro dev runs, to see what the overlay says."\ndate: 2026-11-25\nbasedOn:\n  title: "A check"\n  url: "https://example.com/check"\norder: 999\n---\n`;
const misspelt = path.join(root, "content/articles/zz-misspelt.mdx");
const setupBound = path.join(root, "content/articles/zz-setup-bound.mdx");
const setups = path.join(root, "src/grad/article-setups.ts");
const browser = useBrowser();
const contributorEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST") && key !== "TEST"));

let dev: ChildProcess;
let url = "";
let log = "";

beforeAll(async () => {
  writeFileSync(
    misspelt,
    `${FRONT("Misspelt component")}import TrainingRace from "../../src/widgets/training-race/TrainingRace.astro";\n\nText before the figure.\n\n<TrainingRcae label="compare" caption="Two neurons race." />\n\n[](#figure-compare) compares them.\n`,
  );
  // Its number rests on a setup of src/grad, and the article does not import the setups' file: Vite alone would not recompile it.
  appendFileSync(setups, "\n/** A setup of the dev-overlay test. */\nexport const devOverlaySetup = { rate: 0.5 };\n");
  writeFileSync(setupBound, `${FRONT("Setup bound")}\nThe rate is <Num of={devOverlaySetup.rate}>0.5</Num>.\n`);
  const port = await freePort();
  dev = spawn(process.execPath, [astro, "dev", "--host", "127.0.0.1", "--port", String(port)], { cwd: root, env: contributorEnv(), stdio: ["ignore", "pipe", "pipe"] });
  dev.stdout!.on("data", (d) => (log += d));
  dev.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const match = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(log.replace(/\x1b\[[0-9;]*m/g, ""));
    if (match) {
      url = match[1]!;
      break;
    }
    if (dev.exitCode !== null || Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, 120_000);

afterAll(() => {
  if (dev?.exitCode === null && dev.pid !== undefined) process.kill(dev.pid);
  rmSync(root, { recursive: true, force: true });
});

/** The text of the error overlay a contributor sees on a page of the dev server, whitespace collapsed. */
async function overlayText(page: string): Promise<string> {
  const context = await browser().newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${url}${page}`);
    const overlay = tab.locator("vite-error-overlay");
    await expect.poll(() => overlay.count(), { timeout: 60_000, message: log.slice(-3000) }).toBe(1);
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
  }, 90_000);

  it("rechecks a rendered article when src/grad/article-setups.ts changes, without a restart", async () => {
    const status = async () => (await fetch(`${url}/articles/zz-setup-bound/`)).status;
    await expect.poll(status, { timeout: 60_000, interval: 500, message: log.slice(-3000) }).toBe(200);
    writeFileSync(setups, readFileSync(setups, "utf8").replace("devOverlaySetup = { rate: 0.5 }", "devOverlaySetup = { rate: 0.25 }"));
    // The article still says 0.5: its check must now fail, and the page say so.
    await expect.poll(status, { timeout: 60_000, interval: 500, message: log.slice(-3000) }).toBe(500);
    expect(await overlayText("/articles/zz-setup-bound/")).toMatch(/zz-setup-bound\.mdx:\d+:\d+ number: written number does not match the computed value written: 0\.5 expression: devOverlaySetup\.rate computed: 0\.25/);
  }, 150_000);
});
