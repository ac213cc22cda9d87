import { LineCounter, parseDocument } from "yaml";
import { articleSchema } from "../lib/article-schema.ts";
import type { ContentProblem } from "./content-problem.ts";

/**
 * Checks the front matter against the article schema; each problem points at the line of the offending key
 * (or of the opening `---` for a missing one) and says what was expected and what was found.
 */
export function frontmatterProblems(source: string, file: string): ContentProblem[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return [{ file, line: 1, column: 1, rule: "front matter", message: "the article must start with front matter between two --- lines (title, description, date, basedOn, order)" }];
  const counter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: counter });
  // The YAML text starts on the line after the opening ---.
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({ file, line: lineOf(e.pos[0]), column: 1, rule: "front matter", message: `not valid YAML: ${e.message.split("\n")[0]}` }));
  }
  const data: unknown = doc.toJS() ?? {};
  const result = articleSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const key = issue.path.join(".");
    const node = doc.getIn(issue.path, true) as { range?: [number, number] } | undefined;
    const parent = issue.path.length > 1 ? (doc.getIn(issue.path.slice(0, -1), true) as { range?: [number, number] } | undefined) : undefined;
    const offset = node?.range?.[0] ?? parent?.range?.[0];
    const found = doc.getIn(issue.path);
    const message = found === undefined ? `"${key}" is missing (${issue.message})` : `"${key}" is ${JSON.stringify(found)}: ${describeIssue(key, issue.message)}`;
    return { file, line: offset === undefined ? 1 : lineOf(offset), column: 1, rule: "front matter", message };
  });
}

function describeIssue(key: string, message: string): string {
  // Zod reports an impossible date as "expected date, received Date", which helps nobody.
  return key === "date" ? "not a date: write it as YYYY-MM-DD, e.g. 2026-11-24" : message;
}
