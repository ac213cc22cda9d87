/** One block of a `_headers` file: a path pattern (`*` matches anything) and the headers its responses get. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Writes rules in the `_headers` format Netlify and Cloudflare Pages read: the pattern, then indented `Name: value` lines. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n")).join("\n\n") + "\n";
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(":");
      const rule = rules.at(-1);
      if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers a path gets as Netlify and Cloudflare Pages serve them: every matching rule applies, and a header two rules set gets both values joined by ", ". */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    if (!pattern.test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}
