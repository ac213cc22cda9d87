import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "../../src/security/inline-script-hashes.ts";

/** SHA-256 through WebCrypto, a different implementation from the node:crypto one under test. */
async function webCryptoHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${Buffer.from(digest).toString("base64")}'`;
}

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text, once, and skips scripts with src", async () => {
    const a = "\n  try { document.documentElement.dataset.theme = 'dark'; } catch {}\n";
    const html = `<head><script>${a}</script><script type="module" src="/x.js"></script></head><body><script type="module">go()</script><script>${a}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([await webCryptoHash(a), await webCryptoHash("go()")]);
  });
  it("finds none in a page without inline scripts", () => {
    expect(inlineScriptHashes('<p>text</p><script src="/a.js"></script>')).toEqual([]);
  });
});
