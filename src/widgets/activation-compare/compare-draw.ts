import { ticks as tickList, xAxisMarks } from "../chart/axis-markup.ts";
import { axisTitle, yGridMarks } from "../chart/figure-marks.ts";
import type { Mark } from "../chart/mark.ts";
import { stackedPanels } from "../chart/stacked-panels.ts";
import { formatNumber } from "../format-number.ts";
import { boxD, boxF, compareGeometry, frame, xScale, yD, yF, type CompareGeometry } from "./compare-geometry.ts";
import type { CompareOptions } from "./compare-options.ts";

/** The comparison's figure body (SVG, legend, readout, description) for one probe: what the build writes and every update joins. */
export function compareDraw(o: CompareOptions, id: string): Mark[] {
  const g = compareGeometry(o);
  const { left, top, bottom } = frame;
  return stackedPanels(
    {
      prefix: "ac",
      frame,
      axes: [
        ...yGridMarks(boxF, [0, 1, 4], yF, String),
        ...yGridMarks(boxD, [0, 0.25, 1], yD, String),
        ...xAxisMarks(boxD, tickList([-4, -2, 0, 2, 4], xScale, (v) => formatNumber(v, 0)), 18, true),
        axisTitle(left + 6, top.y0 + 12, "f(x)"),
        axisTitle(left + 6, bottom.y0 - 6, "f′(x)"),
      ],
      cursor: { cls: "ac-probe", x: g.cx },
      dots: ["f", "d"],
      series: g.curves.map((c) => ({ name: c.name, topPath: c.fPath, bottomPath: c.dPath, cyTop: c.cyF, cyBottom: c.cyD })),
      marks: g.marks,
      readout: compareReadout(g),
      description: g.description,
    },
    id,
  );
}

/** Each activation's derivative at the probe, as one line of text. */
export function compareReadout(g: CompareGeometry): string {
  return g.curves.map((c) => `${c.name}′\u00a0=\u00a0${formatNumber(c.df)}`).join(" · ");
}
