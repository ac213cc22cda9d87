import type { Locator } from "playwright-core";

/** For each SVG in a figure (or the SVG given): its smallest text in CSS pixels as drawn, and every pair of labels whose boxes overlap. */
export async function svgTextLayout(figure: Locator): Promise<{ smallest: number; overlaps: string[] }[]> {
  return figure.evaluate((el) =>
    (el instanceof SVGSVGElement ? [el] : [...el.querySelectorAll("svg")]).map((svg) => {
      const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent!.trim() !== "" && getComputedStyle(t).visibility !== "hidden");
      const scale = svg.getScreenCTM()!.a;
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const boxes = texts.map((t) => t.getBoundingClientRect());
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => {
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) overlaps.push(`${texts[i]!.textContent} / ${texts[i + 1 + j]!.textContent}`);
        }),
      );
      return { smallest: Math.min(...sizes), overlaps };
    }),
  );
}
