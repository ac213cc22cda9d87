import { EMBED_PATH } from "./embed-path.ts";

/** The stylesheets every widget's shadow root adopts, as files of the repository (from its root), in the order they apply. */
const SHARED_SHEETS = ["src/embed/embed-base.css", "src/styles/chart.css", "src/styles/visually-hidden.css"];

/** The stylesheets of a widget's shadow root, as files of the repository: the shared ones, then its own. */
export function shadowSheetFiles(widget: string): string[] {
  return [...SHARED_SHEETS, `src/widgets/${widget}/${widget}.css`];
}

/**
 * Where those stylesheets are served, for a figure drawn in a declarative shadow root (the embed guide's previews):
 * each served path with the files it joins, the shared ones in one file that every preview's root links to.
 */
export function shadowSheetPaths(widget: string): [string, string[]][] {
  return [
    [`${EMBED_PATH}/still/shared.css`, SHARED_SHEETS],
    [`${EMBED_PATH}/still/${widget}.css`, shadowSheetFiles(widget).slice(SHARED_SHEETS.length)],
  ];
}
