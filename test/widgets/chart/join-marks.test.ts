import { afterEach, describe, expect, it } from "vitest";
import { joinMarks } from "../../../src/widgets/chart/join-marks.ts";
import { h, keyed, toMarkup } from "../../../src/widgets/chart/mark.ts";

afterEach(() => {
  document.body.innerHTML = "";
});

const svg = (...children: Parameters<typeof h>[2] & unknown[]) => h("svg", { viewBox: "0 0 10 10" }, children);

describe("toMarkup(marks)", () => {
  it("escapes text and attribute values, self-closes empty SVG elements and leaves out absent attributes", () => {
    const m = [h("p", { class: 'a"b', hidden: true, title: undefined, lang: false }, "<x> & y"), svg(h("circle", { r: 2 }))];
    expect(toMarkup(m)).toBe('<p class="a&#34;b" hidden="">&#60;x&#62; &#38; y</p><svg viewBox="0 0 10 10"><circle r="2"/></svg>');
  });
});

describe("joinMarks(parent, marks)", () => {
  it("adopts the elements the markup made and only changes what differs", () => {
    const el = document.createElement("div");
    const first = [svg(h("path", { class: "c", d: "M0,0L1,1" }), h("text", { x: 1 }, "a")), h("p", {}, "one")];
    el.innerHTML = toMarkup(first);
    const [path, text] = [el.querySelector("path")!, el.querySelector("text")!];
    joinMarks(el, [svg(h("path", { class: "c", d: "M0,0L2,2" }), h("text", { x: 3 }, "b")), h("p", {}, "two")]);
    expect(el.querySelector("path")).toBe(path);
    expect(el.querySelector("text")).toBe(text);
    expect(path.getAttribute("d")).toBe("M0,0L2,2");
    expect(text.getAttribute("x")).toBe("3");
    expect(text.textContent).toBe("b");
    expect(el.querySelector("p")!.textContent).toBe("two");
  });

  it("adds and removes elements and attributes as the marks ask, in SVG's namespace inside an SVG", () => {
    const el = document.createElement("div");
    joinMarks(el, [svg(h("g", { class: "row", hidden: true }, [h("rect", { width: 1 })]))]);
    const g = el.querySelector("g")!;
    expect(g.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(el.querySelector("rect")!.namespaceURI).toBe("http://www.w3.org/2000/svg");
    joinMarks(el, [svg(h("g", { class: "row" }, [h("rect", { width: 1 }), h("rect", { width: 2 })]), h("g", { class: "row" }))]);
    expect(el.querySelector("g")).toBe(g);
    expect(g.hasAttribute("hidden")).toBe(false);
    expect(el.querySelectorAll("g")).toHaveLength(2);
    expect(el.querySelectorAll("rect")).toHaveLength(2);
    joinMarks(el, [svg()]);
    expect(el.querySelectorAll("g, rect")).toHaveLength(0);
  });

  it("skips a mark it applied last time (a part the draw function made once and keeps), children included, and compares an equal new mark again", () => {
    const el = document.createElement("div");
    const axes = h("g", { class: "axes" }, [h("text", { x: 1 }, "0")]);
    joinMarks(el, [svg(axes, h("circle", { r: 1 }))]);
    const text = el.querySelector("text")!;
    // Changed behind the join's back, to see whether the join looks at it again.
    text.textContent = "changed";
    joinMarks(el, [svg(axes, h("circle", { r: 2 }))]);
    expect(text.textContent).toBe("changed");
    expect(el.querySelector("circle")!.getAttribute("r")).toBe("2");
    joinMarks(el, [svg(h("g", { class: "axes" }, [h("text", { x: 1 }, "0")]), h("circle", { r: 2 }))]);
    expect(el.querySelector("text")).toBe(text);
    expect(text.textContent).toBe("0");
  });

  it("removes an attribute the mark no longer asks for when another takes its place (as many attributes as before)", () => {
    const el = document.createElement("div");
    joinMarks(el, [svg(h("text", { class: "a", visibility: "hidden" }, "t"))]);
    const text = el.querySelector("text")!;
    joinMarks(el, [svg(h("text", { class: "a", x: 2 }, "t"))]);
    expect(el.querySelector("text")).toBe(text);
    expect(text.hasAttribute("visibility")).toBe(false);
    expect(text.getAttribute("x")).toBe("2");
  });

  it("replaces a child whose tag changed at the same place, and gives keyed marks their keys over unkeyed children", () => {
    const el = document.createElement("div");
    joinMarks(el, [h("p", {}, "a"), h("p", {}, "b")]);
    const first = el.querySelector("p")!;
    joinMarks(el, [h("p", {}, "a"), h("ul", {}, [h("li", {}, "b")])]);
    expect(el.firstElementChild).toBe(first);
    expect([...el.children].map((c) => c.localName)).toEqual(["p", "ul"]);
    joinMarks(el, [keyed("x", h("p", {}, "x")), h("ul", {}, [h("li", {}, "b")])]);
    expect(el.firstElementChild!.getAttribute("data-key")).toBe("x");
    expect(el.firstElementChild!.textContent).toBe("x");
  });

  it("changes a label's text in its own text node, and sets the text of an element holding anything else", () => {
    const el = document.createElement("div");
    joinMarks(el, [svg(h("text", {}, "a")), h("p", {}, "one")]);
    const node = el.querySelector("text")!.firstChild;
    el.querySelector("p")!.innerHTML = "<b>x</b>y";
    joinMarks(el, [svg(h("text", {}, "b")), h("p", {}, "two")]);
    expect(el.querySelector("text")!.firstChild).toBe(node);
    expect(el.querySelector("text")!.textContent).toBe("b");
    expect(el.querySelector("p")!.innerHTML).toBe("two");
    joinMarks(el, [svg(h("text", {}, "")), h("p", {}, "")]);
    expect(el.querySelector("text")!.textContent).toBe("");
    expect(el.querySelector("p")!.childNodes).toHaveLength(0);
  });

  it("matches keyed marks by key, so one that goes keeps the others' elements", () => {
    const el = document.createElement("div");
    joinMarks(el, ["a", "b", "c"].map((k) => keyed(k, h("p", {}, k))));
    const c = el.querySelectorAll("p")[2]!;
    joinMarks(el, ["a", "c"].map((k) => keyed(k, h("p", {}, k))));
    expect([...el.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["a", "c"]);
    expect(el.querySelectorAll("p")[1]).toBe(c);
  });

  it("leaves an element's style alone (an embed sets a figure's minimum width there)", () => {
    const el = document.createElement("div");
    joinMarks(el, [svg()]);
    el.querySelector("svg")!.style.minWidth = "300px";
    joinMarks(el, [svg()]);
    expect(el.querySelector("svg")!.style.minWidth).toBe("300px");
  });

  it("keeps trusted markup the build wrote, and writes it where it makes the element", () => {
    const el = document.createElement("div");
    el.innerHTML = '<span class="f"><b>typeset</b></span>';
    joinMarks(el, [{ tag: "span", attrs: { class: "f" }, html: "plain" }]);
    expect(el.innerHTML).toBe('<span class="f"><b>typeset</b></span>');
    joinMarks(el, [h("i"), { tag: "span", attrs: { class: "f" }, html: "<em>new</em>" }]);
    expect(el.querySelector("span")!.innerHTML).toBe("<em>new</em>");
  });
});
