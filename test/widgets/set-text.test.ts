import { describe, expect, it } from "vitest";
import { setText } from "../../src/widgets/set-text.ts";

describe("setText(el, text)", () => {
  it("changes an element's only text node in place, keeping the node", () => {
    const el = document.createElement("output");
    el.textContent = "1.0";
    const node = el.firstChild;
    setText(el, "−2.5");
    expect(el.firstChild).toBe(node);
    expect(el.textContent).toBe("−2.5");
  });

  it("replaces anything else (elements, several nodes, none) with the text, and empties the element for empty text", () => {
    const el = document.createElement("p");
    el.innerHTML = "<b>x</b>y";
    setText(el, "z");
    expect(el.innerHTML).toBe("z");
    const empty = document.createElement("p");
    setText(empty, "new");
    expect(empty.textContent).toBe("new");
    setText(el, "");
    expect(el.childNodes).toHaveLength(0);
  });

  it("writes nothing when the text is already there", () => {
    const el = document.createElement("span");
    el.textContent = "same";
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(el, { subtree: true, characterData: true, childList: true });
    setText(el, "same");
    seen.push(...observer.takeRecords());
    observer.disconnect();
    expect(seen).toHaveLength(0);
  });
});
