import { describe, expect, it } from "vitest";
import { PREVIEW_SIZE, previewSvg, renderPng, wrapText } from "../../src/og/preview-image.ts";

describe("wrapText", () => {
  it("breaks at spaces into lines no longer than the width, keeping every word in order", () => {
    const text = "The sigmoid in logistic regression, in hidden layers and in LSTM gates";
    const lines = wrapText(text, 24);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });
});

describe("preview images", () => {
  it("escape the title, cut long text with an ellipsis, and render to a PNG of the card size", () => {
    const svg = previewSvg("<b>σ</b> & co", "word ".repeat(60), "Site");
    expect(svg).toContain("&#60;b&#62;σ&#60;/b&#62; &#38; co");
    expect(svg).toContain("…");
    const png = renderPng(svg);
    // A PNG starts with its signature, then the IHDR chunk holding width and height as big-endian integers.
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.readUInt32BE(16)).toBe(PREVIEW_SIZE.width);
    expect(png.readUInt32BE(20)).toBe(PREVIEW_SIZE.height);
  });
});
