import type { Code, Nodes, Root } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { setMathSource } from "../markdown/set-math-source.ts";
import type { Claim } from "./claim.ts";
import { claimAnchor } from "./claim-anchor.ts";
import { checkRunnableSample } from "./check-runnable-sample.ts";
import { EvaluationBatch } from "./evaluation-batch.ts";
import { findNumbers, type NumberContext } from "./find-numbers.ts";
import { errorClaim, freeClaim, judgeClaim, type ClaimSite } from "./judge-claim.ts";
import { mathMacros } from "./math-macros.ts";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** JSX attributes whose text a reader sees (or hears, for aria-*), and so are scanned like prose. */
export const PROSE_ATTRIBUTES: readonly string[] = ["caption", "alt", "title", "label", "description", "summary", "aria-label", "aria-description", "aria-valuetext", "placeholder"];

const HINT: Record<NumberContext, string> = {
  prose: 'bind it with <Num of={expression}>…</Num>, or mark it <Num free="reason">…</Num> if it feeds no computation',
  math: String.raw`bind it with \num{expression}{…}, or mark it \free[reason]{…} if it feeds no computation`,
  code: 'make the sample runnable (```ts runnable) and show outputs as // → comments, or mark the block ```ts free',
};

/**
 * Checks every number in an MDX tree: binds <Num> and \num claims to their computed values, runs
 * runnable samples, and flags every decimal, percentage or scientific number left unbound.
 * It rewrites the tree for rendering (<Num> becomes a span, \num its written number) and returns every claim.
 * All of the article's expressions and samples are collected first and evaluated together, contained, in one child process.
 */
export function checkClaims(tree: Root, file: string, batch: EvaluationBatch = new EvaluationBatch()): Claim[] {
  const claims: Claim[] = [];
  const judged: (() => Claim[])[] = [];
  const scan = (node: Nodes, text: string, context: NumberContext, inside: Inside = {}): void => {
    for (const n of findNumbers(text, context)) {
      if (inside.skip?.(n.offset)) continue;
      const hint = inside.place ? `${HINT[context]} (in ${inside.place})` : HINT[context];
      claims.push({
        ...siteIn(file, node, context, text, n.offset, inside),
        written: n.text,
        expression: null,
        computed: null,
        status: n.refused ? "error" : "unbound",
        message: n.refused ? `${n.refused} (in ${inside.place ?? (context === "math" ? "maths" : context)})` : hint,
      });
    }
  };

  visit(tree, (node) => {
    if (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") {
      if (node.name === "Num") {
        judged.push(bindNum(node, file, batch));
        return SKIP;
      }
      for (const a of node.attributes) {
        if (a.type !== "mdxJsxAttribute" || !PROSE_ATTRIBUTES.includes(a.name)) continue;
        const at = (a.position ? a : node) as Nodes;
        if (typeof a.value === "string") scan(at, a.value, "prose", { place: `the ${a.name} of <${node.name}>` });
        else if (a.value) {
          const literal = stringLiteral(a.value.value);
          if (literal !== null) scan(at, literal, "prose", { place: `the ${a.name} of <${node.name}>` });
          else claims.push(errorClaim(siteIn(file, at, "prose", "", 0, {}), `${a.name}={${a.value.value.slice(0, 40)}}`, null, `the ${a.name} of <${node.name}> is a JavaScript expression, whose numbers nothing can check: write it as a plain string`));
        }
      }
    } else if (node.type === "text" || node.type === "inlineCode") {
      scan(node, node.value, "prose");
    } else if (node.type === "image") {
      scan(node, node.alt ?? "", "prose", { place: "an image's alt text" });
      if (node.title) scan(node, node.title, "prose", { place: "an image's title" });
    } else if ((node.type === "link" || node.type === "definition") && node.title) {
      scan(node, node.title, "prose", { place: "a link's title" });
    } else if (node.type === "mdxTextExpression" || node.type === "mdxFlowExpression") {
      if (!isComment(node.value)) {
        claims.push(errorClaim(siteIn(file, node, "prose", "", 0, {}), `{${node.value.slice(0, 40)}}`, null, "an expression {…} in the text shows a value nothing checks: write the number and bind it with <Num of={…}>, or move the braces into code or maths"));
      }
    } else if (node.type === "inlineMath" || node.type === "math") {
      judged.push(checkMath(node, file, scan, batch));
    } else if (node.type === "code") {
      judged.push(checkCode(node, file, scan, batch));
    }
    if (PHRASING_PARENTS.has(node.type) && "children" in node) {
      for (const at of splitNumbers(node.children as Nodes[])) {
        claims.push(errorClaim(siteIn(file, at, "prose", "", 0, {}), toString(at).slice(-12), null, "a number split by a tag, a comment or an expression reads as one number but is checked as pieces: write it in one piece"));
      }
    }
    return undefined;
  });
  batch.run();
  for (const judge of judged) claims.push(...judge());
  return claims.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where a node's content starts relative to the node, which offsets to pass over, and how to name the place. */
interface Inside {
  readonly lines?: number;
  readonly columns?: number;
  readonly skip?: (offset: number) => boolean;
  readonly place?: string;
}

/** The text of a JavaScript string literal ("…", '…', or a template with no ${}), or null for any other expression. */
function stringLiteral(source: string): string | null {
  const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`)\s*$/s.exec(source);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

/** True for an MDX expression that is only a comment, {/* … *\/}, which shows nothing. */
function isComment(source: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/.test(source);
}

/** Nodes whose children run on as one line of text, where a number can be split across two children. */
const PHRASING_PARENTS = new Set(["paragraph", "heading", "tableCell", "emphasis", "strong", "delete", "link", "mdxJsxTextElement"]);

/** The children that end a number another child continues: "0.<b>5</b>", "0.{/* … *\/}5", "1<Num …>". */
function splitNumbers(children: readonly Nodes[]): Nodes[] {
  const shown = children.filter((c) => !((c.type === "mdxTextExpression" || c.type === "mdxFlowExpression") && isComment(c.value)));
  const split: Nodes[] = [];
  for (let i = 0; i + 1 < shown.length; i++) {
    const [a, b] = [shown[i]!, shown[i + 1]!];
    if (a.type === "text" && b.type === "text" && children.indexOf(b) === children.indexOf(a) + 1) continue;
    if (a.type === "inlineMath" || b.type === "inlineMath" || a.type === "code" || b.type === "code") continue;
    if (/\d[.,]?$/.test(toString(a)) && /^[.,]?\d/.test(toString(b))) split.push(a);
  }
  return split;
}

function siteIn(file: string, node: Nodes, context: NumberContext, text: string, offset: number, inside: Inside): ClaimSite {
  const start = node.position?.start ?? { line: 0, column: 0 };
  const before = text.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  const lines = (inside.lines ?? 0) + newlines;
  const column = lines === 0 ? start.column + (inside.columns ?? 0) + offset : offset - before.lastIndexOf("\n");
  return { file, line: start.line + lines, column, context };
}

function bindNum(node: JsxElement, file: string, batch: EvaluationBatch): () => Claim[] {
  const site = siteIn(file, node, "prose", "", 0, {});
  const written = toString(node).trim();
  const attr = (name: string): MdxJsxAttribute | undefined =>
    node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  const of = attr("of");
  const free = attr("free");
  const expression = typeof of?.value === "string" ? of.value : of?.value?.value;
  const compute = !free && expression?.trim() ? batch.expression(expression) : null;
  return () => {
    let claim: Claim;
    if (free && of) claim = errorClaim(site, written, expression ?? null, "<Num> takes either of={…} or free, not both");
    else if (free) claim = freeClaim(site, written, typeof free.value === "string" ? free.value : null);
    else if (compute) claim = judgeClaim(site, written, expression!.trim(), compute);
    else claim = errorClaim(site, written, null, "<Num> needs of={expression} (or free, for a number that is not a computation)");
    node.name = "span";
    node.attributes = [
      { type: "mdxJsxAttribute", name: "id", value: claimAnchor(site) },
      { type: "mdxJsxAttribute", name: "class", value: claim.status === "free" ? "num num-free" : "num" },
      ...(claim.status === "ok" ? [{ type: "mdxJsxAttribute" as const, name: "title", value: `checked: ${claim.expression} = ${claim.computed}` }] : []),
    ];
    node.children = [{ type: "text", value: written }];
    return [claim];
  };
}

type Scan = (node: Nodes, text: string, context: NumberContext, inside?: Inside) => void;

function checkMath(node: InlineMath | Math, file: string, scan: Scan, batch: EvaluationBatch): () => Claim[] {
  const inside = node.type === "math" ? { lines: 1 } : { columns: 1 };
  const { macros, rewritten, errors } = mathMacros(node.value);
  const site = (offset: number): ClaimSite => siteIn(file, node, "math", node.value, offset, inside);
  const source = node.value;
  const pending = macros.map((m) => {
    const compute = m.expression === null ? null : batch.expression(m.expression);
    return () => (compute ? judgeClaim(site(m.start), m.written, m.expression!, compute) : freeClaim(site(m.start), m.written, m.reason));
  });
  const claims = errors.map((e) => errorClaim(site(e.offset), source.slice(e.offset, e.offset + 24), null, e.message));
  scan(node, source, "math", { ...inside, skip: (offset) => macros.some((m) => offset >= m.start && offset < m.end) });
  if (macros.length > 0) setMathSource(node, rewritten);
  return () => [...pending.map((p) => p()), ...claims];
}

function checkCode(node: Code, file: string, scan: Scan, batch: EvaluationBatch): () => Claim[] {
  const meta = (node.meta ?? "").split(/\s+/);
  if (meta.includes("free")) return () => [];
  if (!meta.includes("runnable")) {
    scan(node, node.value, "code", { lines: 1 });
    return () => [];
  }
  const start = node.position?.start.line ?? 0;
  return checkRunnableSample(node.value, (index, column) => ({ file, line: start + 1 + index, column, context: "code" }), batch);
}
