/** A \num{expression}{written} or \free{written} found in KaTeX source. */
export interface MathMacro {
  /** The expression, or null for \free. */
  readonly expression: string | null;
  readonly written: string;
  /** For \free[reason]{…}, the reason it feeds no computation; null when none is given. */
  readonly reason: string | null;
  /** Offsets of the whole macro in the source: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** The macros of a KaTeX source and the source with each replaced by its written number, ready for KaTeX. */
export interface MathMacros {
  readonly macros: MathMacro[];
  readonly rewritten: string;
  /** Unbalanced braces and the like, with their offsets. */
  readonly errors: { message: string; offset: number }[];
}

const MACRO = /\\(num|free)(?![A-Za-z])/g;

/** Finds \num{…}{…} and \free[reason]{…} in KaTeX source and rewrites them to the plain written numbers. */
export function mathMacros(source: string): MathMacros {
  const macros: MathMacro[] = [];
  const errors: { message: string; offset: number }[] = [];
  let rewritten = "";
  let last = 0;
  for (const m of source.matchAll(MACRO)) {
    if (m.index < last) continue;
    const args: string[] = [];
    let at = m.index + m[0].length;
    let reason: string | null = null;
    const bracket = m[1] === "free" ? /^\s*\[([^\]]*)\]/.exec(source.slice(at)) : null;
    if (bracket) {
      reason = bracket[1]!.trim();
      at += bracket[0].length;
    }
    const wanted = m[1] === "num" ? 2 : 1;
    while (args.length < wanted) {
      const arg = braced(source, at);
      if (!arg) break;
      args.push(arg.body);
      at = arg.end;
    }
    if (args.length < wanted) {
      errors.push({
        message: m[1] === "num" ? String.raw`\num takes two braced arguments: \num{expression}{written}` : String.raw`\free takes a reason and one braced argument: \free[reason]{written}`,
        offset: m.index,
      });
      continue;
    }
    const written = args.at(-1)!.trim();
    macros.push({ expression: wanted === 2 ? args[0]!.trim() : null, written, reason, start: m.index, end: at });
    rewritten += source.slice(last, m.index) + written;
    last = at;
  }
  return { macros, rewritten: rewritten + source.slice(last), errors };
}

function braced(source: string, from: number): { body: string; end: number } | null {
  let i = from;
  while (source[i] === " ") i++;
  if (source[i] !== "{") return null;
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    if (source[j] === "{") depth++;
    else if (source[j] === "}" && --depth === 0) return { body: source.slice(i + 1, j), end: j + 1 };
  }
  return null;
}
