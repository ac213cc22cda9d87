import { LineCounter, parseDocument } from "yaml";
import { articleSchema } from "../lib/article-schema.ts";
import { isCalendarDate } from "../lib/calendar-date.ts";
import type { ContentProblem } from "./content-problem.ts";
import { excerpt } from "./excerpt.ts";

/** Longest accepted front matter: every field has its own bound far below this; past it nothing is parsed. */
export const MAX_FRONTMATTER = 64 * 1024;

/**
 * Checks the front matter against the article schema; each problem points at the line of the offending key
 * (or of the opening `---` for a missing one) and says what was expected and what was found, cut to a readable length.
 */
export function frontmatterProblems(source: string, file: string): ContentProblem[] {
  const problem = (line: number, message: string): ContentProblem => ({ file, line, column: 1, rule: "front matter", message });
  if (source.startsWith("\uFEFF")) return [problem(1, "the file starts with a byte-order mark (U+FEFF) before its first ---: save it as UTF-8 without a BOM")];
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return [problem(1, "the article must start with front matter between two --- lines (title, description, date, basedOn, order)")];
  if (match[1]!.length > MAX_FRONTMATTER) return [problem(2, `the front matter is ${match[1]!.length.toLocaleString("en")} characters long; at most ${MAX_FRONTMATTER.toLocaleString("en")} (a title is at most 120, a description 200)`)];
  const counter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: counter });
  // The YAML text starts on the line after the opening ---.
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length > 0) return doc.errors.map((e) => problem(lineOf(e.pos[0]), `not valid YAML: ${excerpt(e.message.split("\n")[0]!)}`));
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // The yaml package refuses aliases that expand exponentially (a "billion laughs"); say so where the first one is.
    const alias = match[1]!.search(/(^|[\s[{,])\*[^\s,\]}]/);
    return [problem(alias < 0 ? 2 : lineOf(alias + 1), `not usable YAML: ${excerpt((error as Error).message)}; write the values out instead of repeating *aliases`)];
  }
  const date = (data as Record<string, unknown>)["date"];
  const problems: ContentProblem[] = [];
  if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isCalendarDate(date)) {
    const node = doc.get("date", true) as { range?: [number, number] } | undefined;
    problems.push(problem(lineOf(node?.range?.[0] ?? 0), `"date" is "${date}": no such day in the calendar; write a real day as YYYY-MM-DD (a Date would quietly roll this one over)`));
  }
  const result = articleSchema.safeParse(data);
  if (result.success) return problems;
  return [
    ...problems,
    ...result.error.issues
      .filter((issue) => problems.length === 0 || issue.path[0] !== "date")
      .map((issue) => {
        const key = issue.path.join(".");
        const node = doc.getIn(issue.path, true) as { range?: [number, number] } | undefined;
        const parent = issue.path.length > 1 ? (doc.getIn(issue.path.slice(0, -1), true) as { range?: [number, number] } | undefined) : undefined;
        const offset = node?.range?.[0] ?? parent?.range?.[0];
        const found = doc.getIn(issue.path);
        const message = found === undefined ? `"${key}" is missing (${issue.message})` : `"${key}" is ${typeof found === "string" ? JSON.stringify(excerpt(found)) : excerpt(JSON.stringify(found))}: ${describeIssue(key, issue.message)}`;
        return problem(offset === undefined ? 1 : lineOf(offset), message);
      }),
  ];
}

function describeIssue(key: string, message: string): string {
  // Zod reports a date that is neither a day nor a Date as "Invalid input", which helps nobody.
  return key === "date" ? "not a date: write it as YYYY-MM-DD, e.g. 2026-11-24" : message;
}
