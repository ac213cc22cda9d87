import { createHash } from "node:crypto";

/** The CSP source expressions ('sha256-…') of every inline <script> in an HTML page, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}'`,
  );
  return [...new Set(hashes)];
}
