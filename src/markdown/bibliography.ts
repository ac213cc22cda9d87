import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import { LineCounter, parseDocument } from "yaml";
import { webUrl } from "../lib/web-url.ts";

/** One work articles may cite. */
const referenceSchema = z.object({
  authors: z.string().min(2),
  title: z.string().min(2),
  year: z.number().int().min(1600).max(2100).optional(),
  venue: z.string().optional(),
  publisher: z.string().optional(),
  pages: z.string().optional(),
  url: webUrl.optional(),
});

/** A cited work, as content/references.yaml declares it. */
export type Reference = z.infer<typeof referenceSchema>;

/** Where the site's bibliography lives, relative to the project root. */
export const BIBLIOGRAPHY_FILE = "content/references.yaml";

/**
 * Reads and validates the bibliography; a malformed entry throws naming the file, its line and the field.
 * A project without the file has an empty bibliography.
 */
export function loadBibliography(root: string): ReadonlyMap<string, Reference> {
  const file = path.join(root, BIBLIOGRAPHY_FILE);
  if (!existsSync(file)) return new Map();
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: counter });
  if (doc.errors.length > 0) throw new Error(`${BIBLIOGRAPHY_FILE}:${counter.linePos(doc.errors[0]!.pos[0]).line}: not valid YAML: ${doc.errors[0]!.message}`);
  const entries = Object.entries((doc.toJS() ?? {}) as Record<string, unknown>);
  return new Map(
    entries.map(([key, value]) => {
      const parsed = referenceSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const node = doc.getIn([key, ...issue.path], true) as { range?: [number, number] } | undefined;
        const line = counter.linePos(node?.range?.[0] ?? 0).line;
        throw new Error(`${BIBLIOGRAPHY_FILE}:${line}: entry "${key}", field "${issue.path.join(".")}": ${issue.message}`);
      }
      return [key, parsed.data];
    }),
  );
}

/** A reference as the reader sees it: "Authors (year). Title. Venue, pages. Publisher." */
export function formatReference(r: Reference): { before: string; title: string; after: string } {
  const after = [r.venue && (r.pages ? `${r.venue}, pages ${r.pages}` : r.venue), !r.venue && r.pages ? `pages ${r.pages}` : undefined, r.publisher]
    .filter(Boolean)
    .join(". ");
  return { before: `${r.authors}${r.year ? ` (${r.year})` : ""}. `, title: r.title, after: after ? `. ${after}.` : "." };
}
