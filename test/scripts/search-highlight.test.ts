import { describe, expect, it } from "vitest";
import { highlightSearchHit } from "../../src/scripts/search-highlight.ts";

function article(): Document {
  document.body.innerHTML = `
    <h1>Gloss on the loss</h1>
    <div class="prose">
      <p>The loss at first.</p>
      <h2 id="later">Later</h2>
      <p>Some <span class="katex">loss</span> maths, a gloss, then the losses here.</p>
    </div>`;
  return document;
}

describe("highlightSearchHit(doc, href)", () => {
  it("marks the first word-start match at or after the section named in the fragment, passing over maths and inner words", () => {
    const mark = highlightSearchHit(article(), "https://a.test/articles/a/?highlight=Loss#later");
    expect(mark?.outerHTML).toBe('<mark class="search-hit">loss</mark>');
    expect(mark?.parentElement?.textContent).toBe("Some loss maths, a gloss, then the losses here.");
    expect(mark?.nextSibling?.textContent).toBe("es here.");
  });
  it("marks the first match in the prose when the address has no section", () => {
    const mark = highlightSearchHit(article(), "https://a.test/articles/a/?highlight=loss");
    expect(mark?.parentElement?.textContent).toBe("The loss at first.");
  });
  it("does nothing without a word, or for a word that is not there", () => {
    expect(highlightSearchHit(article(), "https://a.test/articles/a/#later")).toBeNull();
    expect(highlightSearchHit(article(), "https://a.test/articles/a/?highlight=sigmoid")).toBeNull();
    expect(document.querySelectorAll("mark")).toHaveLength(0);
  });
});
