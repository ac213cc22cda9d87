import type { Page } from "playwright-core";

/** One figure's SVG and the smallest text it renders across the widths swept: where, how small, and below which widths it falls under the limit. */
export interface SvgTextSweep {
  readonly figure: string;
  readonly smallest: number;
  readonly at: number;
  readonly under: number[];
}

/**
 * Lays out the document in the page's one iframe at viewport widths from `from` to `to` and returns, for each figure's
 * SVG, the smallest text it renders at any of them (font size times the SVG's scale, the measure layoutProblems uses),
 * and the widths laid out at which that is under `limit`; `widths` counts the widths laid out.
 *
 * One loop in the page, resizing the iframe and reading its layout synchronously: no round trip and no frame per
 * width. Each width costs a layout of the whole article (about 5 ms), so not every width is laid out: a text's
 * rendered size is its font size (constant between two query breakpoints) times its SVG's width over its viewBox (an
 * affine function of the viewport width between two layout changes: a grid gaining a column, a flex item wrapping,
 * the column reaching its measure). Every `step` px is laid out, and where, between two such widths, any SVG's
 * font sizes or visible texts differ, or its smallest size does not lie on one line with the neighbouring widths',
 * every width in between is laid out too. What can escape is a layout change undone again within `step` px.
 */
export async function textSizesAcrossWidths(page: Page, from: number, to: number, limit: number, step = 8): Promise<{ svgs: SvgTextSweep[]; widths: number }> {
  return page.evaluate(
    ([from, to, limit, step]) => {
      const frame = document.querySelector("iframe")!;
      const doc = frame.contentDocument!;
      const svgs = [...doc.querySelectorAll<SVGSVGElement>("[data-widget] svg")];
      const names = svgs.map((svg) => `${svg.closest("[data-widget]")!.getAttribute("data-widget")} svg.${[...svg.classList].filter((c) => c !== "chart-svg").join(".")}`);
      // Per SVG at one width: its smallest visible text in CSS pixels, and its state (each visible text's font size).
      const measure = (width: number): { size: number; state: string }[] => {
        frame.style.width = `${width}px`;
        return svgs.map((svg) => {
          const scale = svg.getScreenCTM()?.a ?? 1;
          let size = Infinity;
          const fonts: string[] = [];
          for (const t of svg.querySelectorAll("text")) {
            const style = getComputedStyle(t);
            if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0 || (t.textContent ?? "").trim() === "") continue;
            const r = t.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            fonts.push(style.fontSize);
            size = Math.min(size, parseFloat(style.fontSize) * scale);
          }
          return { size, state: fonts.join(" ") };
        });
      };
      const laid = new Map<number, ReturnType<typeof measure>>();
      const at = (w: number) => laid.get(w) ?? laid.set(w, measure(w)).get(w)!;
      const coarse: number[] = [];
      for (let w = from; w < to; w += step) coarse.push(w);
      coarse.push(to);
      for (const w of coarse) at(w);
      // Three widths on one line for every SVG: within a hundredth of a pixel, far above layout's 1/64 px rounding.
      const straight = (a: number, b: number, c: number) =>
        at(a).every((p, i) => {
          const q = at(b)[i]!;
          const r = at(c)[i]!;
          // An SVG with no text shown at all three (the other of a wide and a tall layout) has nothing to interpolate.
          if ([p, q, r].every((s) => s.size === Infinity)) return true;
          return Math.abs(q.size - (p.size + ((r.size - p.size) * (b - a)) / (c - a))) < 0.01;
        });
      for (let i = 0; i + 1 < coarse.length; i++) {
        const a = coarse[i]!;
        const b = coarse[i + 1]!;
        const same = at(a).every((p, j) => p.state === at(b)[j]!.state);
        const smooth = (i === 0 || straight(coarse[i - 1]!, a, b)) && (i + 2 >= coarse.length || straight(a, b, coarse[i + 2]!));
        if (!same || !smooth) for (let w = a + 1; w < b; w++) at(w);
      }
      const widths = [...laid.keys()].sort((x, y) => x - y);
      return {
        widths: widths.length,
        svgs: svgs.map((_, i) => {
          const sizes = widths.map((w) => [w, laid.get(w)![i]!.size] as const);
          const [smallestAt, smallest] = sizes.reduce((m, s) => (s[1] < m[1] ? s : m));
          return { figure: names[i]!, smallest, at: smallestAt, under: sizes.filter(([, s]) => s < limit).map(([w]) => w) };
        }),
      };
    },
    [from, to, limit, step] as const,
  );
}
