import path from "node:path";
import type { Link, List, ListItem, Nodes, Parent, PhrasingContent, Root, Text } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { formatReference, loadBibliography, type Reference } from "./bibliography.ts";
import { importedComponents } from "./imported-components.ts";
import { setMathSource } from "./set-math-source.ts";

/** The prop that labels a widget as a figure for cross-references; this step removes it before the widget renders. */
export const FIGURE_LABEL_PROP = "label";

const CITATION = /\[@([A-Za-z][\w-]*)(?:,\s*([^\]]+))?\]/g;
const LABEL = /\\label\{([a-z0-9-]+)\}/;

/** A formula as KaTeX sees it once the references step has run: its \label{…} taken out (the step adds \tag{n}). */
export function withoutLabel(maths: string): string {
  return maths.replace(LABEL, "");
}

/** A problem the references step finds: where, and what is wrong. */
export interface ReferenceProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What an article's references resolve to: numbered figures and equations by label, cited keys in order of first use. */
export interface ReferenceAnalysis {
  readonly figures: ReadonlyMap<string, number>;
  readonly equations: ReadonlyMap<string, number>;
  readonly cited: readonly string[];
  readonly problems: readonly ReferenceProblem[];
}

const at = (node: Nodes) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
const isWidget = (widgets: ReadonlySet<string>) => (node: Nodes): node is MdxJsxFlowElement => node.type === "mdxJsxFlowElement" && widgets.has(node.name ?? "");
const attribute = (el: MdxJsxFlowElement, name: string) => el.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);

/** The components of an article that are widgets (imported from src/widgets): each is a numbered figure. */
function widgetNames(tree: Root): Set<string> {
  return new Set(importedComponents(tree).filter((i) => i.from.includes("/src/widgets/")).map((i) => i.name));
}

/**
 * Reads an article's figure labels (label="…" on a widget), equation labels (\label{…} in display maths), citations
 * ([@key] or [@key, p. 196]) and cross-references ([](#figure-…), [](#equation-…)), without changing the tree.
 */
export function analyseReferences(tree: Root, bibliography: ReadonlyMap<string, Reference>): ReferenceAnalysis {
  const figures = new Map<string, number>();
  const equations = new Map<string, number>();
  const cited: string[] = [];
  const problems: ReferenceProblem[] = [];
  const widget = isWidget(widgetNames(tree));
  const ids = new Set<string>();
  let figure = 0;
  visit(tree, (node) => {
    if (widget(node)) {
      figure++;
      const id = attribute(node, "id");
      if (id && typeof id.value === "string") {
        if (ids.has(id.value)) problems.push({ ...at(node), message: `id="${id.value}" is given to two widgets: element ids must be unique in a page; change one` });
        ids.add(id.value);
      }
      const label = attribute(node, FIGURE_LABEL_PROP);
      if (label && typeof label.value === "string") {
        if (figures.has(label.value)) problems.push({ ...at(node), message: `figure label "${label.value}" is used twice` });
        figures.set(label.value, figure);
      }
    } else if (node.type === "math") {
      const label = LABEL.exec(node.value)?.[1];
      if (label) {
        if (equations.has(label)) problems.push({ ...at(node), message: `equation label "${label}" is used twice` });
        equations.set(label, equations.size + 1);
      }
    } else if (node.type === "text") {
      for (const m of node.value.matchAll(CITATION)) {
        const key = m[1]!;
        if (!bibliography.has(key)) problems.push({ ...at(node), message: `[@${key}] cites nothing in content/references.yaml; add the work there or fix the key${nearKeys(key, bibliography)}` });
        else if (!cited.includes(key)) cited.push(key);
      }
    }
  });
  visit(tree, "link", (node) => {
    const [kind, label] = /^#(figure|equation)-(.+)$/.exec(node.url)?.slice(1) ?? [];
    if (!kind || !label) return;
    if (!(kind === "figure" ? figures : equations).has(label)) {
      const known = [...(kind === "figure" ? figures : equations).keys()].map((k) => `#${kind}-${k}`);
      problems.push({ ...at(node), message: `${node.url} refers to no ${kind} of this article${known.length ? ` (labelled: ${known.join(", ")})` : `: give one label="${label}"`}` });
    }
  });
  return { figures, equations, cited, problems };
}

function nearKeys(key: string, bibliography: ReadonlyMap<string, Reference>): string {
  const near = [...bibliography.keys()].filter((k) => k.slice(0, 3) === key.slice(0, 3));
  return near.length ? ` (did you mean ${near.join(", ")}?)` : "";
}

/** The anchor ids references create: labelled figures and equations, the reference list and each entry in it. */
export function referenceAnchors(analysis: ReferenceAnalysis): string[] {
  return [
    ...[...analysis.figures.keys()].map((l) => `figure-${l}`),
    ...[...analysis.equations.keys()].map((l) => `equation-${l}`),
    ...(analysis.cited.length ? ["references", ...analysis.cited.map((k) => `ref-${k}`)] : []),
  ];
}

/**
 * Remark plugin: numbers the widgets as figures ("Figure 3." before the caption) and labelled display equations
 * (\tag{2}), fills empty cross-reference links, turns [@key] citations into numbered links, and appends a References
 * section built from content/references.yaml. An unknown key or label stops the build naming file and line.
 */
export default function remarkReferences(options: { root: string }) {
  return (tree: Root, file: VFile): void => {
    // Read for every article, not once per process: in dev an edited references.yaml counts at the next render.
    const bibliography = loadBibliography(options.root);
    const analysis = analyseReferences(tree, bibliography);
    if (analysis.problems.length > 0) {
      const name = file.path ? path.relative(file.cwd, file.path) : "(unnamed file)";
      file.fail(`References check failed in ${name}\n\n${analysis.problems.map((p) => `${name}:${p.line}:${p.column}  ${p.message}`).join("\n")}\n`);
    }
    numberFigures(tree);
    numberEquations(tree, analysis);
    fillCrossReferences(tree, analysis);
    linkCitations(tree, analysis, bibliography);
  };
}

function wrap(parent: Parent, index: number, id: string, className: string): void {
  const child = parent.children[index] as MdxJsxFlowElement;
  const div: MdxJsxFlowElement = {
    type: "mdxJsxFlowElement",
    name: "div",
    attributes: [
      { type: "mdxJsxAttribute", name: "id", value: id },
      { type: "mdxJsxAttribute", name: "class", value: className },
    ],
    children: [child],
  };
  parent.children[index] = div;
}

function numberFigures(tree: Root): void {
  const widget = isWidget(widgetNames(tree));
  const uses = new Map<string, number>();
  let figure = 0;
  visit(tree, (node, index, parent) => {
    if (!widget(node) || parent === undefined || index === undefined) return;
    figure++;
    // A widget's element ids come from its id prop (a default per widget): a second use without one gets its own.
    const use = (uses.get(node.name!) ?? 0) + 1;
    uses.set(node.name!, use);
    if (use > 1 && !attribute(node, "id")) {
      const kebab = node.name!.replace(/[A-Z]/g, (c, i: number) => `${i ? "-" : ""}${c.toLowerCase()}`);
      node.attributes.push({ type: "mdxJsxAttribute", name: "id", value: `${kebab}-${use}` });
    }
    const caption = attribute(node, "caption");
    if (caption && typeof caption.value === "string") caption.value = `Figure ${figure}. ${caption.value}`;
    const label = attribute(node, FIGURE_LABEL_PROP);
    if (label && typeof label.value === "string") {
      node.attributes = node.attributes.filter((a) => a !== label);
      wrap(parent, index, `figure-${label.value}`, "figure-anchor");
    }
  });
}

function numberEquations(tree: Root, analysis: ReferenceAnalysis): void {
  visit(tree, "math", (node, index, parent) => {
    const label = LABEL.exec(node.value)?.[1];
    if (!label || parent === undefined || index === undefined) return;
    setMathSource(node, `${withoutLabel(node.value)} \\tag{${analysis.equations.get(label)}}`);
    wrap(parent, index, `equation-${label}`, "equation-anchor");
  });
}

function fillCrossReferences(tree: Root, analysis: ReferenceAnalysis): void {
  visit(tree, "link", (node, index, parent) => {
    const [kind, label] = /^#(figure|equation)-(.+)$/.exec(node.url)?.slice(1) ?? [];
    if (!kind || !label || node.children.length > 0) return;
    const number = kind === "figure" ? `${analysis.figures.get(label)}` : `(${analysis.equations.get(label)})`;
    // "as equation [](#equation-x)" already names the kind: the link then gives the number alone, not "equation equation (1)".
    const before = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
    const named = before?.type === "text" && new RegExp(`\\b${kind}s?\\s*$`, "i").test(before.value);
    node.children = [{ type: "text", value: named ? number : kind === "figure" ? `Figure ${number}` : `equation ${number}` }];
  });
}

function linkCitations(tree: Root, analysis: ReferenceAnalysis, bibliography: ReadonlyMap<string, Reference>): void {
  if (analysis.cited.length === 0) return;
  const uses = new Map<string, number>();
  visit(tree, "text", (node, index, parent) => {
    if (parent === undefined || index === undefined || !CITATION.test(node.value)) return;
    CITATION.lastIndex = 0;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(CITATION)) {
      const key = m[1]!;
      const use = (uses.get(key) ?? 0) + 1;
      uses.set(key, use);
      if (m.index > last) parts.push({ type: "text", value: node.value.slice(last, m.index) });
      const n = analysis.cited.indexOf(key) + 1;
      parts.push({
        type: "link",
        url: `#ref-${key}`,
        children: [{ type: "text", value: `[${n}${m[2] ? `, ${m[2].trim()}` : ""}]` }],
        data: { hProperties: { id: `cite-${key}-${use}`, className: ["citation"] } },
      } satisfies Link);
      last = m.index + m[0].length;
    }
    if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) } satisfies Text);
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
  const items: ListItem[] = analysis.cited.map((key) => {
    const { before, title, after } = formatReference(bibliography.get(key)!);
    const url = bibliography.get(key)!.url;
    const titleNode: PhrasingContent = url ? { type: "link", url, children: [{ type: "emphasis", children: [{ type: "text", value: title }] }] } : { type: "emphasis", children: [{ type: "text", value: title }] };
    return {
      type: "listItem",
      data: { hProperties: { id: `ref-${key}` } },
      children: [
        {
          type: "paragraph",
          children: [
            { type: "text", value: before },
            titleNode,
            { type: "text", value: `${after} ` },
            { type: "link", url: `#cite-${key}-1`, data: { hProperties: { ariaLabel: `Back to the first citation of ${title}` } }, children: [{ type: "text", value: "↩" }] },
          ],
        },
      ],
    };
  });
  const list: List = { type: "list", ordered: true, spread: false, data: { hProperties: { className: ["references"] } }, children: items };
  tree.children.push({ type: "heading", depth: 2, children: [{ type: "text", value: "References" }] }, list);
}
