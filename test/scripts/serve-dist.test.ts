// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";

let served: Awaited<ReturnType<typeof serveDist>>;
const dir = mkdtempSync(path.join(tmpdir(), "serve-dist-"));

beforeAll(async () => {
  mkdirSync(path.join(dir, "embed/v1"), { recursive: true });
  writeFileSync(path.join(dir, "embed/v1/loader.js"), "export {};");
  writeFileSync(path.join(dir, "index.html"), "<p>home</p>");
  writeFileSync(path.join(dir, "_headers"), "/*\n  X-Test: all\n\n/embed/v1/*\n  Access-Control-Allow-Origin: *\n");
  served = await serveDist(dir);
});
afterAll(() => new Promise<void>((resolve) => served.server.close(() => resolve())));

describe("serveDist(dir, port, host)", () => {
  it("answers each path with the headers its _headers rules give, as Netlify would: CORS on /embed/v1/ only", async () => {
    const loader = await fetch(`${served.url}/embed/v1/loader.js`);
    expect(loader.status).toBe(200);
    expect(loader.headers.get("access-control-allow-origin")).toBe("*");
    expect(loader.headers.get("content-type")).toBe("text/javascript");
    const home = await fetch(`${served.url}/`);
    expect(await home.text()).toBe("<p>home</p>");
    expect(home.headers.get("x-test")).toBe("all");
    expect(home.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("serves nothing outside its folder", async () => {
    const outside = await fetch(`${served.url}/..%2F..%2Fetc%2Fpasswd`);
    expect(outside.status).toBe(404);
  });
});
