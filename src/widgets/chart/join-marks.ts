import { creator, select, type EnterElement } from "d3-selection";
import { setText } from "../set-text.ts";
import { attributesOf, type Mark } from "./mark.ts";

const markKey = (m: Mark, i: number) => m.key ?? `${m.tag}@${i}`;
const domKey = (el: Element, i: number) => el.getAttribute("data-key") ?? `${el.localName}@${i}`;
// Trusted markup last set on an element, so it is only written again when it changes.
const setHtml = new WeakMap<Element, string>();
// The mark last applied to an element: a draw function that hands back the same mark (a part made once and kept) is not compared again, nor its children.
const applied = new WeakMap<Element, Mark>();

/**
 * Brings one element's attributes and content to its mark's (style is left alone: an embed sets the figure's minimum width there).
 * Each wanted attribute is read once and written only where it differs; the element's whole attribute list is walked
 * (which makes an Attr object per attribute) only when it holds more than the mark asks for: on a figure of a hundred
 * elements, walking every list on every update was most of the stepper's update script.
 */
function apply(el: Element, m: Mark): void {
  if (applied.get(el) === m) return;
  const wanted = attributesOf(m);
  for (const [name, v] of wanted) if (el.getAttribute(name) !== v) el.setAttribute(name, v);
  if (el.attributes.length > wanted.size + (el.hasAttribute("style") && !wanted.has("style") ? 1 : 0)) {
    for (const { name } of [...el.attributes]) if (!wanted.has(name) && name !== "style") el.removeAttribute(name);
  }
  if (m.text !== undefined) setText(el, m.text);
  else if (m.html !== undefined) {
    // An element the build rendered already holds its markup (as the browser parsed it): record it rather than rewrite it.
    if (!setHtml.has(el) && el.childNodes.length > 0) setHtml.set(el, m.html);
    if (setHtml.get(el) !== m.html) {
      el.innerHTML = m.html;
      setHtml.set(el, m.html);
    }
  } else joinMarks(el, m.children ?? []);
  applied.set(el, m);
}

/**
 * Whether parent's child elements are already, one for one and in order, the elements the marks' keys ask for (unkeyed
 * marks of the same tags over children without a data-key): then the join would only update each, so that is all
 * joinMarks does, without building the d3 selections. Keyed marks always go through the join.
 */
function sameChildren(parent: Element, marks: readonly Mark[]): boolean {
  if (parent.childElementCount !== marks.length) return false;
  let i = 0;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling, i++) {
    const m = marks[i]!;
    if (m.key !== undefined || child.localName !== m.tag || child.hasAttribute("data-key")) return false;
  }
  return true;
}

/**
 * Makes parent's child elements match the marks, by a keyed d3 data join: an element is kept where one with the same
 * key (its data-key, or its tag and position) exists and only its changed attributes and text are written; missing
 * ones are made, and ones no mark asks for are removed. The static figure the build wrote is adopted the same way.
 */
export function joinMarks(parent: Element, marks: readonly Mark[]): void {
  if (sameChildren(parent, marks)) {
    let i = 0;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) apply(child, marks[i++]!);
    return;
  }
  select(parent)
    .selectChildren<Element, unknown>()
    .data(marks, function (this: Element | null, d: unknown, i: number, group: ArrayLike<unknown>) {
      return group === marks ? markKey(d as Mark, i) : domKey(this!, i);
    })
    .join((enter) => enter.append(function (this: EnterElement, d: Mark) {
      return creator<Element>(d.tag).call(this);
    }))
    .each(function (d) {
      apply(this, d as Mark);
    });
}
