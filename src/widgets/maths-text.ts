/**
 * Class of the plain-text twin the build writes right after maths it typesets inside a widget's figure: hidden on the
 * site, shown in place of the typeset maths in an embed's shadow root, which has no KaTeX stylesheet or fonts.
 */
export const MATHS_TEXT = "sg-maths-text";

/** Whether every piece of typeset maths in a figure has its plain-text twin (such a figure can be shown without KaTeX's stylesheet). */
export function mathsHasText(figure: ParentNode): boolean {
  return [...figure.querySelectorAll(".katex")].every((maths) => maths.nextElementSibling?.classList.contains(MATHS_TEXT));
}
