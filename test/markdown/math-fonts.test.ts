import { readFileSync } from "node:fs";
import path from "node:path";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { classListsOf, MATH_FONTS, mathFontsFor } from "../../src/markdown/math-fonts.ts";

const css = readFileSync(path.resolve(import.meta.dirname, "../../node_modules/katex/dist/katex.min.css"), "utf8");
const fontsOf = (tex: string, displayMode = false) => mathFontsFor(classListsOf(katex.renderToString(tex, { displayMode })));

describe("mathFontsFor", () => {
  it("finds every selector KaTeX's stylesheet sets a preloadable face on", () => {
    for (const font of MATH_FONTS.filter((f) => f !== "Main-Regular")) {
      const family = `KaTeX_${font.split("-")[0]}`;
      const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter(([, , body]) => new RegExp(`font-family:${family}[;}]?`).test(body!) && !body!.includes("src:"));
      expect(rules.length).toBeGreaterThan(0);
      for (const [, selectors] of rules) {
        for (const selector of selectors!.split(",")) {
          // The classes of the element the rule styles: the last compound of the selector, plus being inside .katex.
          const last = selector.trim().split(/[\s>]+/).filter((s) => s.startsWith(".")).at(-1)!;
          const classes = ["katex", ...last.split(".").filter(Boolean)];
          expect(mathFontsFor([classes]), selector).toContain(font);
        }
      }
    }
  });

  it("names the faces of formulas KaTeX sets, and none without maths", () => {
    expect(fontsOf("1 + 1 = 2")).toEqual(["Main-Regular"]);
    expect(fontsOf("\\sigma(x)")).toEqual(["Main-Regular", "Math-Italic"]);
    expect(fontsOf("\\sum_i x_i")).toEqual(["Main-Regular", "Math-Italic", "Size1-Regular"]);
    expect(fontsOf("\\sum_i x_i", true)).toEqual(["Main-Regular", "Math-Italic", "Size2-Regular"]);
    expect(fontsOf("\\bigl(1\\bigr)")).toEqual(["Main-Regular", "Size1-Regular"]);
    expect(mathFontsFor(classListsOf("<p class=\"prose\">no maths</p>"))).toEqual([]);
  });
});
