// The lab's live training speed in Chromium alone (a part of `npm run bench`), on the built site: `npm run bench:lab`.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { labBrowserSpeed } from "./bench/lab-browser-speed.ts";
import { serveDist } from "./serve-dist.ts";

const chromePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p));
if (!chromePath) throw new Error("No Chromium found: set CHROMIUM_PATH");
// The site as published (its _headers, CSP included), on a free port: astro preview allows one server per machine.
const { server, url } = await serveDist("dist");
try {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  for (const path of ["/articles/backprop-by-hand/", "/articles/backprop-by-hand/", "/articles/backprop-by-hand/"]) {
    const r = await labBrowserSpeed(browser, url, path);
    console.log(`${path}: ${r.steps} steps in ${r.seconds.toFixed(2)} s = ${Math.round(r.stepsPerSecond)} steps/s; ${r.longTasks} long tasks, longest ${Math.round(r.longestTaskMs)} ms`);
  }
  await browser.close();
} finally {
  server.close();
}
