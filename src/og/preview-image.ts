import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { sigmoid } from "../grad/activations.ts";
import { escapeHtml } from "../widgets/escape-html.ts";

const require = createRequire(import.meta.url);
const fonts = path.join(path.dirname(require.resolve("katex/package.json")), "dist/fonts");

/** Width and height of a preview image, the size Open Graph and Twitter cards show best. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The first `n` lines, the last of them ending in "…" when text was cut. */
function firstLines(lines: string[], n: number): string[] {
  return lines.length <= n ? lines : [...lines.slice(0, n - 1), `${lines[n - 1]!.replace(/[,;:.]?$/, "")}…`];
}

/** The SVG of a page's preview card: its title, a line under it, the site's name and the sigmoid drawn from the gradient module. */
export function previewSvg(title: string, subtitle: string, siteName: string): string {
  const { width, height } = PREVIEW_SIZE;
  const titleLines = firstLines(wrapText(title, 24), 3);
  const subLines = firstLines(wrapText(subtitle, 44), 3);
  const curve = Array.from({ length: 121 }, (_, i) => {
    const x = -6 + i / 10;
    return `${i === 0 ? "M" : "L"}${(880 + (x + 6) * 21).toFixed(1)},${(560 - sigmoid(x) * 300).toFixed(1)}`;
  }).join("");
  const text = (lines: string[], y: number, size: number, gap: number, fill: string) =>
    lines.map((l, i) => `<text x="80" y="${y + i * gap}" font-size="${size}" fill="${fill}">${escapeHtml(l)}</text>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#fbfaf7"/>
<path d="M880,560H1132M880,410H1132M880,260H1132" stroke="#d8d4cc" stroke-width="2" fill="none"/>
<path d="${curve}" stroke="#1f5fbf" stroke-width="8" fill="none" stroke-linecap="round"/>
${text(titleLines, 170, 64, 78, "#1b1b1b")}
${text(subLines, 170 + titleLines.length * 78 + 30, 30, 42, "#555555")}
<text x="80" y="570" font-size="32" fill="#1f5fbf">${escapeHtml(siteName)}</text>
</svg>`;
}

/** Renders a preview SVG to PNG with resvg, in KaTeX's own Computer Modern–style font so every machine draws it alike. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [path.join(fonts, "KaTeX_Main-Regular.ttf")], loadSystemFonts: false, defaultFontFamily: "KaTeX_Main" },
  });
  return resvg.render().asPng();
}
