import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DECLARED_SCRIPTS } from "../../src/security/declared-scripts.ts";
import { formatHeadersFile, headersFor, parseHeadersFile } from "../../src/security/headers-file.ts";
import { siteHeaderRules, undeclaredScriptsReport } from "../../src/security/headers-integration.ts";

/** SHA-256 through WebCrypto, a different implementation from the node:crypto one under test. */
async function webCryptoHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${Buffer.from(digest).toString("base64")}'`;
}

// The headers a host serves, read back from the text the build writes.
const rules = parseHeadersFile(formatHeadersFile(siteHeaderRules()));
const policies = (p: string) => (headersFor(p, rules)["Content-Security-Policy"] ?? "").split(", ");

describe("the generated _headers", () => {
  it("allows exactly the declared inline scripts, by hash, on every page", async () => {
    const expected = await Promise.all(Object.values(DECLARED_SCRIPTS).map(webCryptoHash));
    const scriptSrc = /script-src ([^;]*)/.exec(policies("/articles/why-so-sigmoid/")[0]!)?.[1]?.split(" ") ?? [];
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).sort()).toEqual(expected.sort());
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });
  it("forbids framing of the site's own pages by other sites", () => {
    for (const p of ["/", "/index.html", "/articles/why-so-sigmoid/", "/claims/", "/search/", "/embed/", "/embed/index.html", "/404.html"]) {
      expect(policies(p), p).toContain("frame-ancestors 'self'");
      expect(policies(p)[0], p).toMatch(/^default-src 'self'/);
    }
  });
  it("leaves the widget iframe pages frameable by anyone, and gives the embed bundle CORS", () => {
    for (const p of ["/embed/sigmoid-explorer/", "/embed/gradient-lab/", "/embed/v1/loader.js"]) {
      expect(headersFor(p, rules)["Content-Security-Policy"], p).not.toMatch(/frame-ancestors/);
    }
    expect(headersFor("/embed/v1/loader.js", rules)["Access-Control-Allow-Origin"]).toBe("*");
    expect(headersFor("/embed/sigmoid-explorer/", rules)["Access-Control-Allow-Origin"]).toBeUndefined();
  });
});

describe("undeclaredScriptsReport(dist, pages)", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "dist-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, body: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), `<!doctype html><html><head><script>${DECLARED_SCRIPTS["theme"]}</script></head><body>\n${body}</body></html>`);
  };
  it("is empty for pages with only the declared scripts", () => {
    write("index.html", '<script type="module" src="/_astro/a.js"></script>');
    expect(undeclaredScriptsReport(dist, ["index.html"])).toBe("");
  });
  it("names each page and line with an undeclared script or handler, in one message", () => {
    write("articles/bad/index.html", "<p>text</p>\n<script>alert(1)</script>\n<button onclick=\"go()\">b</button>");
    const report = undeclaredScriptsReport(dist, ["index.html", "articles/bad/index.html"]);
    // The theme script spans lines 1 to n of the page; the body's lines follow.
    const n = DECLARED_SCRIPTS["theme"]!.split("\n").length;
    expect(report).toMatch(/^Build stopped: 2 script\(s\) in the built pages that the site does not declare/);
    expect(report).toContain(`${path.join("dist", "articles/bad/index.html")}:${n + 2}:1  script: an inline <script> the layout does not declare: "alert(1)"`);
    expect(report).toContain(`${path.join("dist", "articles/bad/index.html")}:${n + 3}:1  script: an inline event handler onclick="go()" on <button>`);
  });
});
