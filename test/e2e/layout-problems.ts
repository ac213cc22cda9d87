import type { Page } from "playwright-core";

/** The widths a reader's screen has: small and common phones, a tablet, a laptop. */
export const WIDTHS = [360, 390, 768, 1280];
/** The smallest text a figure may render, in CSS pixels. */
export const MIN_TEXT_PX = 11;

/** The width of a narrow column a host page may give an embedded widget. */
export const EMBED_COLUMN = 320;

/** How long a figure may stay busy (aria-busy) after an input before the settled check gives up, in milliseconds. */
const BUSY_LIMIT_MS = 30_000;

/**
 * Everything wrong with the page's layout at its current size, one line per problem; on an embed page, the figures are
 * those in the element's shadow root. `figures`, a selector, limits the figures' checks to those it matches. With
 * `settled`, the check first waits, in the same page call, until no figure is busy (aria-busy) and two frames are drawn:
 * what a figure shows once an input's work is done, at the cost of one page round trip instead of three.
 */
export async function layoutProblems(page: Page, embed = false, figures?: string, settled = false): Promise<string[]> {
  return page.evaluate(async ([minText, embed, figures, settled, busyLimit]) => {
    if (settled) {
      // Polled each frame, as page.waitForFunction polls; some widgets compute off the main thread.
      const since = performance.now();
      while (document.querySelector("[aria-busy=true]")) {
        if (performance.now() - since > busyLimit) throw new Error(`a figure is still busy ${busyLimit} ms after the input: ${document.querySelector("[aria-busy=true]")!.getAttribute("data-widget")}`);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    const problems: string[] = [];
    const host = document.querySelector("[data-embed-widget]");
    const scope: ParentNode = embed && host?.shadowRoot ? host.shadowRoot : document;
    if (embed && !host?.shadowRoot) problems.push("the embed's element has no shadow root");
    const name = (el: Element) => `${el.closest("[data-widget]")?.getAttribute("data-widget") ?? (embed ? host?.localName : "page")} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    const figureOf = (el: Element) => el.closest(embed ? ".sg-frame" : "figure")!;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (el.textContent ?? "").trim() !== "";
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth}`);
    for (const svg of scope.querySelectorAll<SVGSVGElement>(figures ? `${figures} svg` : embed ? ".chart svg" : "[data-widget] svg")) {
      // Figures draw past their SVG's box where there is room (overflow: visible): what counts is the figure's box,
      // and the figure's other text (controls, legend, readout) must stay clear.
      const frame = figureOf(svg).getBoundingClientRect();
      const html = [...figureOf(svg).querySelectorAll("label, output, button, p, figcaption")].filter(visible).map((e) => ({ e, r: e.getBoundingClientRect() }));
      const scale = svg.getScreenCTM()?.a ?? 1;
      const texts = [...svg.querySelectorAll("text")].filter(visible);
      const boxes = texts.map((t) => {
        const b = t.getBoundingClientRect();
        // The em box overstates glyphs by a little above and below; shrink it so stacked lines do not count as overlapping.
        const inset = b.height * 0.12;
        return { t, left: b.left, right: b.right, top: b.top + inset, bottom: b.bottom - inset };
      });
      // Filled shapes (bars, dots, nodes) a label may sit beside or inside, never run into.
      const fills = [...svg.querySelectorAll("rect, circle, polygon")]
        .filter((s) => {
          const style = getComputedStyle(s);
          return style.display !== "none" && style.visibility !== "hidden" && Number(style.opacity) > 0 && Number(style.fillOpacity) > 0 && style.fill !== "none" && !/rgba\(.*, 0\)$|transparent/.test(style.fill);
        })
        .map((s) => ({ s, r: s.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      for (const { t, left, right, top, bottom } of boxes) {
        for (const { s, r } of fills) {
          // A label may lie over a shape painted before it if it has a halo in the background's colour (the off-scale values').
          const style = getComputedStyle(t);
          if (!(t.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) && style.paintOrder.startsWith("stroke") && parseFloat(style.strokeWidth) >= 2) continue;
          const covers = r.left <= left && r.right >= right && r.top <= top && r.bottom >= bottom;
          if (!covers && Math.min(right, r.right) - Math.max(left, r.left) > 1 && Math.min(bottom, r.bottom) - Math.max(top, r.top) > 1) problems.push(`${name(t)} runs into a ${s.localName}.${s.getAttribute("class")?.split(" ")[0] ?? ""}`);
        }
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < minText - 0.05) problems.push(`${name(t)} renders at ${size.toFixed(1)} px`);
        if (left < frame.left - 1 || right > frame.right + 1 || top < frame.top - 1 || bottom > frame.bottom + 1) problems.push(`${name(t)} is cut by its figure's edge`);
        for (const { e, r } of html) {
          if (Math.min(right, r.right) - Math.max(left, r.left) > 1 && Math.min(bottom, r.bottom) - Math.max(top, r.top) > 1) problems.push(`${name(t)} overlaps ${name(e)}`);
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) problems.push(`${name(a.t)} overlaps ${name(b.t)}`);
        }
      }
    }
    // A legend's key names the series beside it: a key left at the end of a line, its name on the next, names nothing.
    for (const key of scope.querySelectorAll(".chart-key, .tw-key")) {
      const r = key.getBoundingClientRect();
      const next = key.nextSibling;
      if (!next || !visible(key.parentElement!)) continue;
      const range = document.createRange();
      range.selectNodeContents(next);
      const first = range.getClientRects()[0];
      const middle = (r.top + r.bottom) / 2;
      if (!first || middle < first.top - 1 || middle > first.bottom + 1 || first.left < r.left) problems.push(`${name(key.parentElement!)}: a legend key is on another line than its name`);
    }
    for (const el of scope.querySelectorAll(embed ? ".sg-frame, .chart svg" : "figure, .katex-display, pre")) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 1 || r.left < -1) problems.push(`${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} runs off the page`);
    }
    for (const maths of document.querySelectorAll<HTMLElement>(".katex-display")) {
      if (maths.scrollWidth <= maths.clientWidth + 1) continue;
      // Wider than the column: it must scroll in its own box, show that it does, and take the keyboard.
      const style = getComputedStyle(maths);
      if (style.overflowX !== "auto" && style.overflowX !== "scroll") problems.push(`display maths "${maths.textContent?.slice(0, 30)}" is clipped`);
      if (!style.backgroundImage.includes("gradient")) problems.push(`display maths "${maths.textContent?.slice(0, 30)}" scrolls with no visible sign`);
      if (maths.tabIndex < 0) problems.push(`display maths "${maths.textContent?.slice(0, 30)}" scrolls but cannot be reached by keyboard`);
    }
    for (const out of document.querySelectorAll(".sample-output")) {
      const pre = out.closest("pre")!.getBoundingClientRect();
      const r = out.getBoundingClientRect();
      if (r.right > pre.right + 1) problems.push(`sample output "${out.textContent?.slice(0, 30)}" is hidden past its code block's edge`);
    }
    return problems;
  }, [MIN_TEXT_PX, embed, figures, settled, BUSY_LIMIT_MS] as const);
}
