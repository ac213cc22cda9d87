import { createHash } from "node:crypto";

/** The CSP source expression ('sha256-…') that allows an inline script with exactly this text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
