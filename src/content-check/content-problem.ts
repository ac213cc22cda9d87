/** One thing wrong with an article's source, where it is and what to do about it. */
export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Which check found it, e.g. "front matter", "link", "maths". */
  readonly rule: string;
  readonly message: string;
}

/** Writes problems the way the build and `npm run check:content` print them: one `file:line:column  rule: message` each. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.rule}: ${p.message}`);
  return `Content check failed: ${count}\n\n${lines.join("\n")}\n`;
}
