import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/free-port.ts";
import { hydrateAll, useBrowser } from "./browser.ts";

const project = path.resolve(import.meta.dirname, "../..");
const astro = path.join(project, "node_modules/astro/bin/astro.mjs");
// A copy of the project, so that the session's edits and its build never touch the dist/ the other browser tests serve.
const root = mkdtempSync(path.join(tmpdir(), "dev-loop-"));
for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"]) copyFileSync(path.join(project, f), path.join(root, f));
for (const d of ["src", "public", "content"]) cpSync(path.join(project, d), path.join(root, d), { recursive: true });
symlinkSync(path.join(project, "node_modules"), path.join(root, "node_modules"));
// Its packages are reached through that link, outside the copy's folder, which Vite's dev server refuses by default.
const config = path.join(root, "astro.config.mjs");
writeFileSync(config, readFileSync(config, "utf8").replace("vite: {", `vite: { server: { fs: { allow: [${JSON.stringify(root)}, ${JSON.stringify(project)}] } }, `));
const references = path.join(root, "content/references.yaml");
const saved = path.join(root, "references.yaml.saved");
const article = path.join(root, "content/articles/zz-dev-loop-check.mdx");
const browser = useBrowser();
/** The environment a contributor's shell has: without vitest's own variables (NODE_ENV=test, VITEST…), which Astro reads. */
function contributorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST") && key !== "TEST"));
}

let dev: ChildProcess;
let url = "";
let log = "";

// A contributor's session: astro dev running while references.yaml is edited and a build runs beside it, in the
// project's copy: a throwaway article and a bibliography entry are written there.
beforeAll(async () => {
  copyFileSync(references, saved);
  writeFileSync(
    article,
    `---\ntitle: "Dev loop check"\ndescription: "A throwaway article: dev must pick up a new bibliography entry without a restart."\ndate: 2026-11-25\nbasedOn:\n  title: "A check"\n  url: "https://example.com/check"\norder: 999\n---\n\nA claim from a new work [@devloop2026].\n`,
  );
  const port = await freePort();
  dev = spawn(process.execPath, [astro, "dev", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env: contributorEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  dev.stdout!.on("data", (d) => (log += d));
  dev.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    // Colours are on when the output looks like a terminal's (CI sets them): read the address without them.
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

describe("astro dev through a contributor's session, without a restart", () => {
  it("an article citing a key that is not yet in references.yaml renders once the entry is added", async () => {
    // Dev notices the new article (404 until then), and cannot render its citation yet.
    await expect.poll(async () => (await fetch(`${url}/articles/zz-dev-loop-check/`)).status, { timeout: 30_000, interval: 500, message: log.slice(-3000) }).toBe(500);
    appendFileSync(references, "devloop2026:\n  authors: A. Contributor\n  title: A work added while dev runs\n  year: 2026\n");
    await expect
      .poll(async () => {
        const response = await fetch(`${url}/articles/zz-dev-loop-check/`);
        return response.status === 200 && (await response.text()).includes("A work added while dev runs");
      }, { timeout: 30_000, interval: 500 })
      .toBe(true);
  }, 60_000);

  it("a build run beside it leaves dev's pages hydrating, with no failed module request", async () => {
    // The site as committed, built in the copy while its dev server runs.
    rmSync(article, { force: true });
    copyFileSync(saved, references);
    const build = spawnSync(process.execPath, [astro, "build"], { cwd: root, encoding: "utf8", env: contributorEnv() });
    expect(build.status, build.stderr).toBe(0);
    const context = await browser().newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on("console", (m) => m.type() === "error" && failed.push(m.text()));
    await page.goto(`${url}/articles/why-so-sigmoid/`, { waitUntil: "networkidle" });
    expect(await page.locator("[data-widget]").count()).toBeGreaterThan(0);
    await hydrateAll(page);
    await expect.poll(() => page.locator("[data-widget]:not([data-hydrated=true])").count()).toBe(0);
    expect(failed.join("\n")).toBe("");
    await context.close();
  }, 240_000);
});
