import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { importedComponents } from "../markdown/imported-components.ts";
import { FIGURE_LABEL_PROP } from "../markdown/remark-references.ts";
import { FIGURE_PROPS, type WidgetManifest } from "../widgets/define-widget.ts";
import type { ContentProblem } from "./content-problem.ts";
import { currentGrad } from "./current-grad.ts";
import { currentWidgets } from "./current-widgets.ts";
import { nearestName } from "./nearest-name.ts";
import { WIDGET_ID } from "./script-problems.ts";

/** Components every article may use without importing them (the claims checker rewrites them). */
const BUILT_IN = new Set(["Num"]);

/**
 * Checks an article's components: every import resolves, every capitalised JSX name is imported, and every
 * widget gets only its manifest's options and the figure props, with numeric options inside their declared ranges.
 */
export function componentProblems(tree: Root, file: string, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const imported = new Map<string, string>();
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }, message: string, rule = "component") =>
    problems.push({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, rule, message });

  for (const { name, from, line } of importedComponents(tree)) {
    const target = from.startsWith(".") ? path.resolve(path.dirname(path.join(root, file)), from) : null;
    if (target !== null && !existsSync(target)) problems.push({ file, line, column: 1, rule: "component", message: `cannot import "${from}": no such file (paths are relative to the article)` });
    imported.set(name, target ?? from);
  }

  visit(tree, (node) => node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement", (node) => {
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    const name = el.name ?? "";
    if (name === "img" && !el.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "alt" && typeof a.value === "string" && a.value.trim() !== "")) {
      at(el, '<img> needs alt text that says what the picture shows (alt="" only for pure decoration, which an article should not have)', "image");
    }
    if (!/^[A-Z]/.test(name) || BUILT_IN.has(name)) return;
    const source = imported.get(name.split(".")[0]!);
    if (source === undefined) {
      at(el, unknownComponent(name, imported, file, root));
      return;
    }
    const widget = currentWidgets().find((w) => source.endsWith(path.join("src", "widgets", w.name, `${w.component}.astro`)));
    if (widget && existsSync(source)) problems.push(...widgetPropProblems(el, name, widget, file));
  });
  return problems;
}

/** What to say about an unknown component: the nearest name the article imports or a widget has, and how to import it. */
function unknownComponent(name: string, imported: ReadonlyMap<string, string>, file: string, root: string): string {
  const widgets = widgetWrappers(root);
  const near = nearestName(name, [...imported.keys(), ...BUILT_IN, ...widgets.keys()]);
  const known = `the article imports ${[...imported.keys(), ...BUILT_IN].join(", ")}`;
  if (near === null) return `unknown component <${name}>: import it at the top of the article (widgets live in src/widgets/<name>/<Name>.astro); ${known}`;
  if (imported.has(near) || BUILT_IN.has(near)) return `unknown component <${name}>: did you mean <${near}>? (${known})`;
  const from = path.relative(path.dirname(path.join(root, file)), widgets.get(near)!).split(path.sep).join("/");
  return `unknown component <${name}>: did you mean the widget <${near}>? Then import it at the top of the article: import ${near} from "${from.startsWith(".") ? from : `./${from}`}";`;
}

/** Every widget's Astro wrapper by component name: src/widgets/<name>/<Name>.astro. */
function widgetWrappers(root: string): Map<string, string> {
  const widgets = path.join(root, "src/widgets");
  const found = new Map<string, string>();
  if (!existsSync(widgets)) return found;
  for (const entry of readdirSync(widgets, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const f of readdirSync(path.join(widgets, entry.name))) if (/^[A-Z]\w*\.astro$/.test(f)) found.set(f.replace(/\.astro$/, ""), path.join(widgets, entry.name, f));
  }
  return found;
}

/**
 * The figure labels (label="…") carried by components the article neither imports nor has built in: such a component
 * renders nothing, so a cross-reference to its label is a knock-on of the unknown name, not a problem of its own.
 */
export function unknownComponentLabels(tree: Root): Set<string> {
  const imported = new Set(importedComponents(tree).map((i) => i.name));
  const labels = new Set<string>();
  visit(tree, (node) => node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement", (node) => {
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    const name = el.name ?? "";
    if (!/^[A-Z]/.test(name) || BUILT_IN.has(name) || imported.has(name.split(".")[0]!)) return;
    const label = el.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === FIGURE_LABEL_PROP);
    if (label && typeof label.value === "string") labels.add(label.value);
  });
  return labels;
}

function widgetPropProblems(
  el: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  widget: WidgetManifest,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const line = el.position?.start.line ?? 1;
  const column = el.position?.start.column ?? 1;
  const allowed = [...Object.keys(widget.options), ...FIGURE_PROPS];
  for (const a of el.attributes) {
    if (a.type !== "mdxJsxAttribute") continue;
    if (!allowed.includes(a.name)) {
      const meant = allowed.find((k) => k.toLowerCase() === a.name.replaceAll("-", "").toLowerCase());
      const hint = meant ? `; did you mean "${meant}"? (in an article options are camelCase, as in JSX)` : `. Allowed: ${allowed.join(", ")}`;
      problems.push({ file, line, column, rule: "widget option", message: `<${name}> has no option "${a.name}"${hint}` });
      continue;
    }
    if (a.name === "id" || a.name === FIGURE_LABEL_PROP) {
      // Widgets write these into element ids of their static figure: nothing but a plain name may get there.
      if (typeof a.value !== "string" || !WIDGET_ID.test(a.value)) {
        const shown = typeof a.value === "string" ? JSON.stringify(a.value.length > 80 ? `${a.value.slice(0, 80)}…` : a.value) : "an expression";
        problems.push({ file, line, column, rule: "widget option", message: `<${name}> ${a.name} is ${shown}: write a plain name in quotes, a letter then letters, digits or hyphens (at most 64), e.g. ${a.name}="softmax-three"` });
      }
      continue;
    }
    const spec = widget.options[a.name];
    if (!spec) continue; // the caption, a shown prop checked as text
    const raw = typeof a.value === "string" || a.value === null || a.value === undefined ? a.value : a.value.value;
    const value = raw === null || raw === undefined ? NaN : (setupValue(raw) ?? Number(raw));
    if (typeof a.value === "string" || raw === null || raw === undefined || !Number.isFinite(value)) {
      problems.push({ file, line, column, rule: "widget option", message: `<${name}> option "${a.name}" must be a number in braces or an input of the article's setup, e.g. ${a.name}={${spec.default}}; got ${JSON.stringify(raw ?? true)}` });
    } else {
      const problem = widget.optionProblem(a.name, value);
      if (problem) problems.push({ file, line, column, rule: "widget option", message: `<${name}> ${problem}` });
    }
  }
  return problems;
}

/** The number a path into the gradient module names (an article's setup: `mseSetup.race.z0`), or null for anything else. */
export function setupValue(source: string): number | null {
  const m = /^\s*([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*|\[\d+\])*)\s*$/.exec(source);
  const grad = currentGrad();
  if (!m || !Object.hasOwn(grad, m[1]!)) return null;
  let at: unknown = (grad as Record<string, unknown>)[m[1]!];
  for (const key of m[2]!.match(/[A-Za-z_$][\w$]*|\d+/g) ?? []) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === "number" ? at : null;
}
