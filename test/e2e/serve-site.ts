import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/free-port.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built site is served for this test run, e.g. http://127.0.0.1:4500 */
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const astro = path.join(root, "node_modules/astro/bin/astro.mjs");

/** Builds the site if there is no build yet, serves it with astro preview, and stops that server (by pid) after the run. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(path.join(root, "dist/index.html"))) {
    const build = spawnSync(process.execPath, [astro, "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("astro build failed; the browser tests need a built site");
  }
  const port = await freePort();
  // --ignore-lock: Astro 7 keeps one preview lock per project; the suite's own server must not collide with a
  // developer's running `npm start`, nor take its lock.
  const server = spawn(process.execPath, [astro, "preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with ${server.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`astro preview did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseUrl", baseUrl);
  return () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(server.pid);
  };
}
