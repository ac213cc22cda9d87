import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrateAll, useBrowser } from "./browser.ts";
import { astro, contributorEnv, projectCopy, removeCopy, startDev, type DevServer } from "./dev-server.ts";

// A copy of the project, so that the session's edits and its build never touch the dist/ the other browser tests serve.
const root = projectCopy("dev-loop-");
const references = path.join(root, "content/references.yaml");
const saved = path.join(root, "references.yaml.saved");
const article = path.join(root, "content/articles/zz-dev-loop-check.mdx");
const browser = useBrowser();

let dev: DevServer;
let url = "";
const log = () => dev.log();

// A contributor's session: astro dev running while references.yaml is edited and a build runs beside it, in the
// project's copy: a throwaway article and a bibliography entry are written there.
beforeAll(async () => {
  copyFileSync(references, saved);
  writeFileSync(
    article,
    `---\ntitle: "Dev loop check"\ndescription: "A throwaway article: dev must pick up a new bibliography entry without a restart."\ndate: 2026-11-25\nbasedOn:\n  title: "A check"\n  url: "https://example.com/check"\norder: 999\n---\n\nA claim from a new work [@devloop2026].\n`,
  );
  dev = await startDev(root);
  url = dev.url;
}, 120_000);

afterAll(() => {
  dev?.stop();
  removeCopy(root);
});

describe("astro dev through a contributor's session, without a restart", () => {
  it("an article citing a key that is not yet in references.yaml renders once the entry is added", async () => {
    // Dev notices the new article (404 until then), and cannot render its citation yet.
    await expect.poll(async () => (await fetch(`${url}/articles/zz-dev-loop-check/`)).status, { timeout: 30_000, interval: 500, message: log().slice(-3000) }).toBe(500);
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
