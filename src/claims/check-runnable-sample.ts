import type { Claim } from "./claim.ts";
import { errorClaim, judgeClaim, type ClaimSite } from "./judge-claim.ts";
import { runSample } from "./run-sample.ts";

// `console.log(x); // → 0.19656…` (also `// =>`): the comment shows what the line prints.
const OUTPUT = /\/\/\s*(?:→|=>)\s*(.*)$/;
const WRITTEN_TOKEN = /(?:≈\s*)?[-−]?\d+(?:\.\d+)?(?:…)?(?:[eE][-+−]?\d+)?(?:\s?%)?|NaN|-?Infinity/g;
const PRINTED_TOKEN = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?(?:\s?%)?|NaN|-?Infinity/g;

/** Runs a sample and checks each `// →` output comment against the matching console.log line, in order. */
export function checkRunnableSample(code: string, siteOf: (lineIndex: number, column: number) => ClaimSite): Claim[] {
  const outputs = code.split("\n").flatMap((text, index) => {
    const m = OUTPUT.exec(text);
    return m ? [{ index, column: m.index + 1, written: (m[1] ?? "").trim(), source: text.slice(0, m.index).trim() }] : [];
  });
  let printed: string[];
  try {
    printed = runSample(code).printed;
  } catch (error) {
    return [errorClaim(siteOf(0, 1), "(runnable sample)", null, (error as Error).message)];
  }
  if (printed.length !== outputs.length) {
    return [
      errorClaim(
        siteOf(0, 1),
        "(runnable sample)",
        null,
        `the sample printed ${printed.length} line(s) but shows ${outputs.length} output comment(s) (// → …); it printed: ${printed.join(" | ")}`,
      ),
    ];
  }
  return outputs.flatMap((out, i) => {
    const site = siteOf(out.index, out.column);
    const shown = printed[i]!;
    const wantTokens = out.written.match(WRITTEN_TOKEN) ?? [];
    const gotTokens = shown.match(PRINTED_TOKEN) ?? [];
    if (wantTokens.length === 0 && gotTokens.length === 0) {
      return shown === out.written
        ? [{ ...site, written: out.written, expression: out.source, computed: null, status: "ok" as const }]
        : [errorClaim(site, out.written, out.source, `the line printed "${shown}"`)];
    }
    if (wantTokens.length !== gotTokens.length) {
      return [errorClaim(site, out.written, out.source, `the comment shows ${wantTokens.length} number(s) but the line printed "${shown}"`)];
    }
    return wantTokens.map((want, k) => judgeClaim(site, want.trim(), out.source, () => printedValue(gotTokens[k]!)));
  });
}

function printedValue(token: string): number {
  return token.endsWith("%") ? Number(token.replace(/\s?%$/, "")) / 100 : Number(token);
}
