import { lstmCellMarkup } from "./lstm-cell-markup.ts";

/** The LSTM cell figure as the build draws it (it has no options). */
export function figure(_options: Record<string, never>, id: string): string {
  return lstmCellMarkup(id);
}
