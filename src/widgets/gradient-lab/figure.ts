import { deflateSync } from "node:zlib";
import { GRID, LabTrainer } from "../../grad/lab-trainer.ts";
import { grayPng } from "../gray-png.ts";
import { labGeometry, regionMasks } from "./lab-geometry.ts";
import { labMarkup } from "./lab-markup.ts";
import { labSettings, type LabOptions } from "./lab-options.ts";

/** The vanishing-gradient lab figure as the build draws it: the static SVG for validated options. */
export function figure(options: LabOptions, id: string): string {
  const snapshot = new LabTrainer(labSettings(options)).snapshot();
  const masks = regionMasks(snapshot.region!);
  const png = (grey: Uint8Array) => grayPng(GRID, GRID, grey, (raw) => deflateSync(raw, { level: 9 }));
  const picture = { inside: png(masks.inside), outside: png(masks.outside) };
  return labMarkup(labGeometry(options, snapshot), id, picture);
}
