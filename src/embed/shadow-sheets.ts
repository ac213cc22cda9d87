import { EMBED_PATH } from "./embed-path.ts";

/** The stylesheets of a widget's shadow root, as files of the repository (from its root), in the order they apply. */
export function shadowSheetFiles(widget: string): string[] {
  return ["src/embed/embed-base.css", "src/styles/chart.css", "src/styles/visually-hidden.css", `src/widgets/${widget}/${widget}.css`];
}

/** Where those stylesheets are served as one file: for a figure drawn in a declarative shadow root (the embed guide's previews). */
export function shadowSheetPath(widget: string): string {
  return `${EMBED_PATH}/still/${widget}.css`;
}
