import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { findElement } from "../../src/embed/find-element.ts";

const tree = fromHtml(`<div id="a"><p id="b"><span id="c" class="x"></span></p><span id="d" class="x"></span></div>`, { fragment: true });

describe("findElement(node, test)", () => {
  it("finds the first match in document order, at any depth", () => {
    expect(findElement(tree, (e) => e.tagName === "span")?.properties["id"]).toBe("c");
  });

  it("looks only below the node it is given, and says so when nothing matches", () => {
    const a = findElement(tree, (e) => e.properties["id"] === "a")!;
    expect(findElement(a, (e) => e.properties["id"] === "a")).toBeUndefined();
    expect(findElement(tree, (e) => e.tagName === "table")).toBeUndefined();
  });
});
