import type { Claim } from "./claim.ts";
import { compileSample } from "./compile-sample.ts";
import type { EvaluationBatch, SampleResult } from "./evaluation-batch.ts";
import { errorClaim, judgeClaim, type ClaimSite } from "./judge-claim.ts";

// `console.log(x); // → 0.19656…` (also `// =>`): the comment shows what the line prints.
const OUTPUT = /\/\/\s*(?:→|=>)\s*(.*)$/;
const WRITTEN_TOKEN = /(?:≈\s*)?[-−]?\d+(?:\.\d+)?(?:…)?(?:[eE][-+−]?\d+)?(?:\s?%)?|NaN|-?Infinity/g;
const PRINTED_TOKEN = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?(?:\s?%)?|NaN|-?Infinity/g;
const SHOWN = 120;

/**
 * Registers a sample with the article's batch; once the batch has run, the returned function checks each `// →` comment
 * against what the console.log call on that same line printed. A line that prints with no comment, a comment on a line
 * that printed nothing, and a line that printed more than once are each an error at that line.
 */
export function checkRunnableSample(code: string, siteOf: (lineIndex: number, column: number) => ClaimSite, batch: EvaluationBatch): () => Claim[] {
  const compiled = compileSample(code);
  if ("error" in compiled) {
    const site = siteOf(compiled.line, compiled.column);
    return () => [errorClaim(site, "(runnable sample)", null, compiled.error)];
  }
  const result = batch.sample(compiled.js);
  return () => {
    let run: SampleResult;
    try {
      run = result();
    } catch (error) {
      return [errorClaim(siteOf(0, 1), "(runnable sample)", null, (error as Error).message)];
    }
    const lines = code.split("\n");
    const printedAt = new Map<number, string[]>();
    for (const p of run.printed) {
      const index = compiled.lineOf(p.line, p.column) ?? -1;
      printedAt.set(index, [...(printedAt.get(index) ?? []), p.text]);
    }
    const claims: Claim[] = [];
    if (run.threw) {
      const index = run.threw.line === undefined ? undefined : compiled.lineOf(run.threw.line, run.threw.column ?? 1);
      claims.push(errorClaim(siteOf(index ?? 0, 1), "(runnable sample)", null, `the sample threw: ${run.threw.message}`));
    }
    if (run.total > run.printed.length) {
      claims.push(errorClaim(siteOf(0, 1), "(runnable sample)", null, `the sample printed ${run.total} lines; the checker reads at most ${run.printed.length}`));
    }
    for (const [index, texts] of printedAt) {
      if (index >= 0 && OUTPUT.test(lines[index] ?? "")) continue;
      const where = index >= 0 ? index : 0;
      claims.push(errorClaim(siteOf(where, 1), "(runnable sample)", null, `this line printed "${clip(texts[0]!)}" but shows no output comment (// → …) on the same line`));
    }
    lines.forEach((text, index) => {
      const m = OUTPUT.exec(text);
      if (!m) return;
      const site = siteOf(index, m.index + 1);
      const written = (m[1] ?? "").trim();
      const source = text.slice(0, m.index).trim();
      const texts = printedAt.get(index) ?? [];
      if (texts.length === 0) {
        if (!run.threw) claims.push(errorClaim(site, written, source, "this line printed nothing: an output comment must stand on the line whose console.log prints it"));
        return;
      }
      if (texts.length > 1) {
        claims.push(errorClaim(site, written, source, `this line printed ${texts.length} times; an output comment shows one line of output`));
        return;
      }
      claims.push(...judgeOutput(site, written, source, texts[0]!));
    });
    return claims;
  };
}

function judgeOutput(site: ClaimSite, written: string, source: string, shown: string): Claim[] {
  const wantTokens = written.match(WRITTEN_TOKEN) ?? [];
  const gotTokens = shown.match(PRINTED_TOKEN) ?? [];
  if (wantTokens.length === 0 && gotTokens.length === 0) {
    return shown === written
      ? [{ ...site, written, expression: source, computed: null, status: "ok" as const }]
      : [errorClaim(site, written, source, `the line printed "${clip(shown)}"`)];
  }
  if (wantTokens.length !== gotTokens.length) {
    return [errorClaim(site, written, source, `the comment shows ${wantTokens.length} number(s) but the line printed "${clip(shown)}"`)];
  }
  return wantTokens.map((want, k) => judgeClaim(site, want.trim(), source, () => printedValue(gotTokens[k]!)));
}

function clip(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

function printedValue(token: string): number {
  return token.endsWith("%") ? Number(token.replace(/\s?%$/, "")) / 100 : Number(token);
}
