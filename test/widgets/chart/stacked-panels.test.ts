import { describe, expect, it } from "vitest";
import { h, type Mark } from "../../../src/widgets/chart/mark.ts";
import { stackedPanels, type StackedPanels } from "../../../src/widgets/chart/stacked-panels.ts";

const all = (marks: readonly Mark[]): Mark[] => marks.flatMap((m) => [m, ...all(m.children ?? [])]);
const withClass = (marks: readonly Mark[], cls: string) => all(marks).filter((m) => String(m.attrs["class"] ?? "").split(" ").includes(cls));

const spec: StackedPanels = {
  prefix: "tp",
  frame: { width: 200, height: 120, top: { y0: 10 }, bottom: { y1: 110 } },
  axes: [h("line", { class: "chart-grid", x1: 0, x2: 200, y1: 50, y2: 50 })],
  cursor: { cls: "tp-cursor", x: 70 },
  dots: ["up", "down"],
  series: [
    { name: "a", label: "first", topPath: "M0,10L10,20", bottomPath: "M0,90L10,80", cyTop: 15, cyBottom: 85 },
    { name: "b", topPath: "M0,30L10,30", bottomPath: "M0,100L10,100", cyTop: 30, cyBottom: 100 },
  ],
  marks: [{ x: 70, y: 10, edge: "top", label: "9.5", anchor: "middle", from: 3, to: 3 }],
  readout: "a = 1 · b = 2",
  description: "Two panels.",
};

describe("stackedPanels(panels, id)", () => {
  const body = stackedPanels(spec, "fig");

  it("draws the SVG, then the legend, the readout and the description, in that order", () => {
    expect(body.map((m) => m.tag)).toEqual(["svg", "p", "p", "p"]);
    expect(body[0]!.attrs["class"]).toBe("chart-svg tp-svg");
    expect(body[0]!.attrs["viewBox"]).toBe("0 0 200 120");
    expect(body[0]!.attrs["aria-labelledby"]).toBe("fig-desc");
    expect(body[2]!.text).toBe("a = 1 · b = 2");
    expect(body[3]!.attrs["id"]).toBe("fig-desc");
    expect(body[3]!.text).toBe("Two panels.");
  });

  it("puts the axes under everything else, and the cursor through both panels at its x", () => {
    const inSvg = body[0]!.children!;
    expect(inSvg[0]).toBe(spec.axes[0]);
    const [cursor] = withClass(body, "tp-cursor");
    expect(cursor!.attrs).toMatchObject({ x1: 70, x2: 70, y1: 10, y2: 110 });
  });

  it("draws each series' curve in both panels and its dot on the cursor in each, in the series' class", () => {
    for (const s of spec.series) {
      const paths = withClass(body, `tp-${s.name}`).filter((m) => m.tag === "path");
      expect(paths.map((m) => m.attrs["d"])).toEqual([s.topPath, s.bottomPath]);
      const [up] = withClass(body, "tp-up").filter((m) => m.attrs["class"] === `tp-dot tp-up tp-${s.name}`);
      const [down] = withClass(body, "tp-down").filter((m) => m.attrs["class"] === `tp-dot tp-down tp-${s.name}`);
      expect(up!.attrs).toMatchObject({ cx: 70, cy: s.cyTop });
      expect(down!.attrs).toMatchObject({ cx: 70, cy: s.cyBottom });
    }
  });

  it("marks what lies beyond a panel with its value, and names each series in the legend by its label or else its name", () => {
    const [group] = withClass(body, "chart-marks");
    expect(all(group!.children ?? []).some((m) => m.text === "9.5")).toBe(true);
    const legend = all([body[1]!]).filter((m) => m.tag === "span" && m.text !== undefined).map((m) => m.text);
    expect(legend).toEqual(["first", "b"]);
    expect(withClass([body[1]!], "tp-a")).toHaveLength(1);
  });
});
