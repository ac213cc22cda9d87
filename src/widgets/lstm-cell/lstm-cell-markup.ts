import { escapeHtml } from "../escape-html.ts";

/** The unrolled picture in SVG user units: two steps of one LSTM cell, the cell state along the top. */
export const frame = { width: 320, height: 232, cellWidth: 144, cellTop: 24, cellBottom: 204, stateY: 50, hiddenY: 186 };
/** The steps drawn, left to right. */
export const STEPS = ["t−1", "t"];

// A label with a subscript: "f" and "t−1" become f with t−1 set lower (at the same size: no text under 11 px).
function sub(main: string, index: string): string {
  return `${escapeHtml(main)}<tspan dy="3">${escapeHtml(index)}</tspan>`;
}

// A gate: a box with its activation and the gate's name beneath.
function gate(x: number, y: number, fn: string, name: string, index: string): string {
  const w = fn === "σ" ? 24 : 34;
  return (
    `<rect class="lc-gate" x="${x - w / 2}" y="${y - 10}" width="${w}" height="20" rx="3"/>` +
    `<text class="chart-tick lc-in-box" x="${x}" y="${y}" dy="0.32em" text-anchor="middle">${fn}</text>` +
    `<text class="chart-tick" x="${x}" y="${y + 26}" text-anchor="middle">${sub(name, index)}</text>`
  );
}

function node(x: number, y: number, symbol: string, onPath = false): string {
  return `<circle class="lc-node${onPath ? " lc-on-path" : ""}" cx="${x}" cy="${y}" r="8"/><text class="chart-tick lc-in-box" x="${x}" y="${y}" dy="0.32em" text-anchor="middle">${symbol}</text>`;
}

/** One step of the cell: gates from h and x, the cell update on the top line, the output on the bottom one. */
function cell(x0: number, index: string): string {
  const { cellWidth, cellTop, cellBottom, stateY, hiddenY } = frame;
  const times = x0 + 38;
  const plus = x0 + 92;
  const gateY = 122;
  const [fx, ix, gx, ox] = [x0 + 22, x0 + 56, x0 + 92, x0 + 128];
  const tanhY = 88;
  return (
    `<rect class="lc-cell" x="${x0}" y="${cellTop}" width="${cellWidth - 8}" height="${cellBottom - cellTop}" rx="8"/>` +
    `<text class="chart-axis" x="${x0 + 6}" y="${cellBottom + 16}">step ${escapeHtml(index)}</text>` +
    // Wires: the gates read h and x from the bottom line; f multiplies the state, i·g is added to it.
    `<path class="lc-wire" d="M${fx},${hiddenY}V${gateY + 10}M${ix},${hiddenY}V${gateY + 10}M${gx},${hiddenY}V${gateY + 10}M${ox},${hiddenY}V${gateY + 10}"/>` +
    `<path class="lc-wire" d="M${fx},${gateY - 10}V${stateY}M${ix},${gateY - 10}V${stateY + 26}H${plus}M${gx},${gateY - 10}V${stateY + 26}H${plus}M${plus},${stateY + 26}V${stateY}"/>` +
    `<path class="lc-wire" d="M${x0 + 118},${stateY}V${tanhY - 10}M${x0 + 118},${tanhY + 10}V${tanhY + 18}H${ox}"/>` +
    gate(fx, gateY, "σ", "f", index) + gate(ix, gateY, "σ", "i", index) + gate(gx, gateY, "tanh", "g", index) + gate(ox, gateY, "σ", "o", index) +
    `<rect class="lc-gate" x="${x0 + 101}" y="${tanhY - 10}" width="34" height="20" rx="3"/><text class="chart-tick lc-in-box" x="${x0 + 118}" y="${tanhY}" dy="0.32em" text-anchor="middle">tanh</text>` +
    node(times, stateY, "×", true) + node(plus, stateY, "+", true) + node(plus, stateY + 26, "×") +
    `<text class="chart-tick lc-factor" x="${times}" y="${stateY - 14}" text-anchor="middle">× ${sub("f", index)}</text>`
  );
}

/** The figure: two unrolled steps, the cell state c along the top with the gradient's way back drawn over it. */
export function lstmCellMarkup(id: string): string {
  const { width, height, cellWidth, stateY, hiddenY } = frame;
  const x0s = STEPS.map((_, k) => 22 + k * cellWidth);
  const right = width - 6;
  const description =
    "Two steps of an LSTM cell, unrolled. The cell state c runs along the top from step to step: at each step it is " +
    "multiplied by the forget gate f and the gated candidate i·g is added. The hidden state h runs along the bottom " +
    "and feeds the four gates (sigmoid for f, i and o, tanh for g) of the next step. The gradient's way back along c, " +
    "drawn as the thick arrow from right to left, meets one multiplication per step, by f, and no activation derivative.";
  return (
    `<svg class="chart-svg lc-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-desc" focusable="false">` +
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="lc-arrow-head" d="M0,0L10,5L0,10z"/></marker></defs>` +
    `<path class="lc-state" d="M6,${stateY}H${right}"/>` +
    `<path class="lc-hidden" d="M6,${hiddenY}H${right}"/>` +
    x0s.map((x, k) => cell(x, STEPS[k]!)).join("") +
    `<path class="lc-path" d="M${right},${stateY - 30}H10" marker-end="url(#${id}-arrow)"/>` +
    `<text class="chart-tick lc-path-label" x="${right}" y="${stateY - 36}" text-anchor="end">∂L/∂c, back in time</text>` +
    `<text class="chart-axis" x="6" y="${stateY + 16}">c</text>` +
    `<text class="chart-axis" x="6" y="${hiddenY + 16}">h, x</text>` +
    `</svg><p class="visually-hidden" id="${id}-desc">${escapeHtml(description)}</p>`
  );
}
