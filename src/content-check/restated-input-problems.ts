import type { Code, Root } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { mathMacros } from "../claims/math-macros.ts";
import { parseWritten } from "../claims/parse-written.ts";
import { setupValue } from "./component-problems.ts";
import type { ContentProblem } from "./content-problem.ts";

/** A number the prose states as an input: bound to a path in the setup (`of={mseSetup.race.learningRate}`) or free. */
interface StatedInput {
  readonly value: number;
  readonly written: string;
  readonly line: number;
  /** The setup path it is bound to; null for a free number. */
  readonly path: string | null;
}

// A numeric literal in JavaScript, with its sign when the minus is unary (after an operator, a bracket or a comma).
const LITERAL = /(?<=^|[\s(\[{,=:?*/+<>!&|]|^-)(-\s*)?(?<![\w.$])(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?![\w.])/g;

/**
 * Flags a literal in a widget's prop, a claim's expression or a runnable sample that restates an input the prose
 * states: the input must be declared once, in the article's setup, and everything else must refer to it.
 * Non-integers match by value. Integers are too often a point, an index or a count to match by value alone, so an
 * integer literal is flagged only as a widget prop or an object key named like the setup input it restates
 * (learningRate={1}, { learningRate: 1 }); a one-letter name (x, w, n) is a coordinate in too many places to tell.
 */
export function restatedInputProblems(tree: Root, file: string): ContentProblem[] {
  const inputs = statedInputs(tree);
  const problems: ContentProblem[] = [];
  const report = (source: string, line: number, column: number, where: string, prop?: string): void => {
    for (const m of source.matchAll(LITERAL)) {
      const value = Number(`${m[1] ? "-" : ""}${m[2]}`);
      const integer = Number.isInteger(value);
      const name = prop ?? /([A-Za-z_$][\w$]*)\s*:\s*$/.exec(source.slice(0, m.index))?.[1];
      const input = inputs.find((i) => same(i.value, value) && (!integer || (name !== undefined && name.length > 1 && i.path?.split(".").at(-1) === name)));
      if (!input) continue;
      const refer = input.path ? `refer to ${input.path}` : "declare it in the article's setup and bind both to it";
      problems.push({
        file,
        line,
        column,
        rule: "restated input",
        message: `${where} writes ${m[0].replace(/\s+/g, "")}, which restates the input ${input.written} written on line ${input.line}: ${refer}`,
      });
    }
  };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      for (const a of el.attributes) {
        if (a.type !== "mdxJsxAttribute" || a.value === null || typeof a.value !== "object") continue;
        if (el.name === "Num") {
          if (a.name === "of" && setupValue(a.value.value) === null) report(a.value.value, line, column, "the <Num> expression");
        } else report(a.value.value, line, column, `<${el.name}> option ${a.name}`, a.name);
      }
    } else if (node.type === "inlineMath" || node.type === "math") {
      for (const m of mathMacros((node as InlineMath | Math).value).macros) {
        if (m.expression !== null && setupValue(m.expression) === null) report(m.expression, line, column, String.raw`the \num expression`);
      }
    } else if (node.type === "code" && ((node as Code).meta ?? "").split(/\s+/).includes("runnable")) {
      (node as Code).value.split("\n").forEach((text, i) => report(text.replace(/\/\/.*$/, ""), line + 1 + i, 1, "the runnable sample"));
    }
  });
  return problems;
}

function statedInputs(tree: Root): StatedInput[] {
  const inputs: StatedInput[] = [];
  const add = (written: string, line: number, path: string | null): void => {
    const w = parseWritten(written);
    if (w) inputs.push({ value: w.percent ? w.value / 100 : w.value, written, line, path });
  };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Num") {
      const attr = (name: string) => node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
      const of = attr("of")?.value;
      const path = of && typeof of === "object" && setupValue(of.value) !== null ? of.value.trim() : null;
      if (path !== null || attr("free")) add(toString(node).trim(), line, path);
    } else if (node.type === "inlineMath" || node.type === "math") {
      for (const m of mathMacros(node.value).macros) {
        if (m.expression === null) add(m.written, line, null);
        else if (setupValue(m.expression) !== null) add(m.written, line, m.expression);
      }
    }
  });
  return inputs;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
