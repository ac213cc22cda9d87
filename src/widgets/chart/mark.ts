import { escapeHtml } from "../escape-html.ts";

/** An attribute's value: absent when null, undefined or false; present and empty when true. */
export type AttrValue = string | number | boolean | null | undefined;

/** One element of a figure as data: what the build serialises into the static page and what a live update joins onto the DOM. */
export interface Mark {
  readonly tag: string;
  /** Its identity among its siblings for the join (written as data-key); by default its tag and position. */
  readonly key?: string | undefined;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  /** Its text, or its child elements, or trusted markup (maths typeset by the build), set when the element is made. */
  readonly text?: string | undefined;
  readonly children?: readonly Mark[] | undefined;
  readonly html?: string | undefined;
}

/** Makes a mark: text content, or child marks (null and false entries are left out, for marks drawn only in some states). */
export function h(tag: string, attrs: Readonly<Record<string, AttrValue>> = {}, content?: string | readonly (Mark | null | false | undefined)[]): Mark {
  if (typeof content === "string") return { tag, attrs, text: content };
  return { tag, attrs, children: (content ?? []).filter((m): m is Mark => Boolean(m)) };
}

/** A mark with a key, so a live update matches it to the same element whatever comes and goes before it. */
export function keyed(key: string, mark: Mark): Mark {
  return { ...mark, key };
}

/** A mark's attributes as the DOM holds them (its key included), values as strings. */
export function attributesOf(m: Mark): Map<string, string> {
  const out = new Map<string, string>();
  if (m.key !== undefined) out.set("data-key", m.key);
  for (const [name, v] of Object.entries(m.attrs)) {
    if (v === null || v === undefined || v === false) continue;
    out.set(name, v === true ? "" : String(v));
  }
  return out;
}

/** HTML elements that have no content and no end tag (a control's input). */
const VOID = new Set(["br", "hr", "img", "input", "wbr"]);

/** Serialises marks as HTML (SVG elements without content self-close, void HTML elements take no end tag); all text and attribute values escaped. */
export function toMarkup(marks: readonly Mark[], inSvg = false): string {
  return marks
    .map((m) => {
      const svg = inSvg || m.tag === "svg";
      const attrs = [...attributesOf(m)].map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join("");
      const inner = m.text !== undefined ? escapeHtml(m.text) : m.html !== undefined ? m.html : toMarkup(m.children ?? [], svg);
      if (inner === "" && svg) return `<${m.tag}${attrs}/>`;
      return !svg && VOID.has(m.tag) ? `<${m.tag}${attrs}>` : `<${m.tag}${attrs}>${inner}</${m.tag}>`;
    })
    .join("");
}
