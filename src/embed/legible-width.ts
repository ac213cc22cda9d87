/** The smallest size, in CSS pixels, at which an embed draws text in its figures. */
export const MIN_TEXT_PX = 11;

/**
 * The narrowest an SVG figure may be drawn with none of its text below MIN_TEXT_PX: its viewBox width times
 * MIN_TEXT_PX over its smallest font size (SVG text is sized in viewBox units, and scales with the figure).
 * 0 when the figure has no text or no viewBox.
 */
export function legibleWidth(svg: SVGSVGElement): number {
  const width = svg.viewBox.baseVal?.width ?? 0;
  let smallest = Infinity;
  for (const text of svg.querySelectorAll("text")) {
    const size = parseFloat(getComputedStyle(text).fontSize);
    if (size > 0 && text.textContent?.trim()) smallest = Math.min(smallest, size);
  }
  return width > 0 && Number.isFinite(smallest) ? Math.ceil((width * MIN_TEXT_PX) / smallest) : 0;
}
