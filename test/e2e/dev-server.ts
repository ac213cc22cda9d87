import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/free-port.ts";

const project = path.resolve(import.meta.dirname, "../..");
/** The astro command line, run by this Node as a contributor's npx would. */
export const astro = path.join(project, "node_modules/astro/bin/astro.mjs");

/**
 * A copy of the project in a temporary folder, so that a session's edits and its builds never touch the sources or
 * the dist/ the other browser tests serve; its packages are the project's, through a link.
 */
export function projectCopy(prefix: string): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const f of ["astro.config.mjs", "tsconfig.json", "package.json"]) copyFileSync(path.join(project, f), path.join(root, f));
  for (const d of ["src", "public", "content"]) cpSync(path.join(project, d), path.join(root, d), { recursive: true });
  symlinkSync(path.join(project, "node_modules"), path.join(root, "node_modules"));
  // Its packages are reached through that link, outside the copy's folder, which Vite's dev server refuses by default.
  const config = path.join(root, "astro.config.mjs");
  writeFileSync(config, readFileSync(config, "utf8").replace("vite: {", `vite: { server: { fs: { allow: [${JSON.stringify(root)}, ${JSON.stringify(project)}] } }, `));
  return root;
}

/** The environment a contributor's shell has: without vitest's own variables (NODE_ENV=test, VITEST…), which Astro reads. */
export function contributorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST") && key !== "TEST"));
}

/** A running `astro dev` on a project copy: its address, everything it has printed so far, and how to stop it. */
export interface DevServer {
  readonly url: string;
  log(): string;
  stop(): void;
}

/** Starts `astro dev` in a folder and resolves once it prints its address (throws with its output if it does not within 90 s). */
export async function startDev(root: string): Promise<DevServer> {
  const port = await freePort();
  const dev: ChildProcess = spawn(process.execPath, [astro, "dev", "--host", "127.0.0.1", "--port", String(port)], { cwd: root, env: contributorEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  dev.stdout!.on("data", (d) => (log += d));
  dev.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    // Colours are on when the output looks like a terminal's (CI sets them): read the address without them.
    const match = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(log.replace(/\x1b\[[0-9;]*m/g, ""));
    if (match) {
      return {
        url: match[1]!,
        log: () => log,
        stop: () => {
          if (dev.exitCode === null && dev.pid !== undefined) process.kill(dev.pid);
        },
      };
    }
    if (dev.exitCode !== null || Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Removes a project copy. */
export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
