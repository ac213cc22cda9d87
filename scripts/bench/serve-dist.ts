import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../free-port.ts";

/** Serves the built site with astro preview until stop() is called; resolves once it answers. */
export async function serveDist(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error("astro preview exited before it answered");
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  server.kill();
  throw new Error("astro preview did not answer within a minute");
}
