import type { Mlp } from "./mlp.ts";

/** Scratch arrays for one network shape and batch size, reused across steps so training allocates nothing. */
interface Workspace {
  readonly n: number;
  /** Each layer's output (its units × examples, unit-major), the input first. */
  readonly a: Float64Array[];
  /** Each layer's activation derivative at its pre-activation, same layout. */
  readonly d: Float64Array[];
  /** ∂loss/∂(layer output), same layout. */
  readonly up: Float64Array[];
}

const workspaces = new WeakMap<Mlp, Workspace>();

function workspace(net: Mlp, n: number): Workspace {
  const cached = workspaces.get(net);
  if (cached && cached.n === n) return cached;
  const sizes = [net.layers[0]!.nIn, ...net.layers.map((L) => L.nOut)];
  const make = () => sizes.map((s) => new Float64Array(s * n));
  const ws = { n, a: make(), d: make(), up: make() };
  workspaces.set(net, ws);
  return ws;
}

/**
 * Mean binary cross-entropy of the network's output logit over a batch (and the logits), with every weight and
 * bias gradient written into the network. The same maths as forward/backward per example, done layer by
 * layer over the whole batch in preallocated arrays, with each sigmoid and its derivative from one exp.
 */
export function batchGradients(net: Mlp, xs: readonly (readonly number[])[], ys: readonly number[]): { loss: number; logits: Float64Array } {
  const n = xs.length;
  const ws = workspace(net, n);
  const nIn = net.layers[0]!.nIn;
  const input = ws.a[0]!;
  for (let k = 0; k < n; k++) for (let i = 0; i < nIn; i++) input[i * n + k] = xs[k]![i]!;
  net.layers.forEach((L, l) => {
    const prev = ws.a[l]!;
    const out = ws.a[l + 1]!;
    const der = ws.d[l + 1]!;
    const kind = L.act.name;
    for (let o = 0; o < L.nOut; o++) {
      const row = o * n;
      const bias = L.b[o]!;
      for (let k = 0; k < n; k++) out[row + k] = bias;
      for (let i = 0; i < L.nIn; i++) {
        const w = L.w[o * L.nIn + i]!;
        const col = i * n;
        for (let k = 0; k < n; k++) out[row + k]! += w * prev[col + k]!;
      }
      for (let k = row; k < row + n; k++) {
        const z = out[k]!;
        if (kind === "sigmoid") {
          // σ(z) and σ(−z) from one exp of a non-positive number: no overflow, no cancellation.
          const e = Math.exp(-Math.abs(z));
          const big = 1 / (1 + e);
          const small = e / (1 + e);
          out[k] = z >= 0 ? big : small;
          der[k] = big * small;
        } else if (kind === "tanh") {
          const e = Math.exp(-2 * Math.abs(z));
          out[k] = Math.tanh(z);
          der[k] = (4 * e) / ((1 + e) * (1 + e));
        } else if (kind === "relu") {
          out[k] = z > 0 ? z : 0;
          der[k] = z > 0 ? 1 : 0;
        } else if (kind === "linear") {
          der[k] = 1;
        } else {
          out[k] = L.act.f(z);
          der[k] = L.act.df(z);
        }
      }
    }
  });
  const last = net.layers.length;
  const logits = ws.a[last]!;
  const dLogits = ws.up[last]!;
  let loss = 0;
  for (let k = 0; k < n; k++) {
    const z = logits[k]!;
    const y = ys[k]!;
    // Mean cross-entropy on the logit, log(1 + e^−|z|) + max(z, 0) − y·z, and its gradient σ(z) − y.
    loss += (Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - y * z) / n;
    const e = Math.exp(-Math.abs(z));
    dLogits[k] = ((z >= 0 ? 1 / (1 + e) : e / (1 + e)) - y) / n;
  }
  for (let l = last - 1; l >= 0; l--) {
    const L = net.layers[l]!;
    const up = ws.up[l + 1]!;
    const der = ws.d[l + 1]!;
    const prev = ws.a[l]!;
    const down = ws.up[l]!;
    down.fill(0);
    for (let o = 0; o < L.nOut; o++) {
      const row = o * n;
      let gb = 0;
      for (let k = row; k < row + n; k++) {
        up[k] = up[k]! * der[k]!;
        gb += up[k]!;
      }
      L.gb[o] = gb;
      for (let i = 0; i < L.nIn; i++) {
        const col = i * n;
        const w = L.w[o * L.nIn + i]!;
        let gw = 0;
        for (let k = 0; k < n; k++) {
          const delta = up[row + k]!;
          gw += delta * prev[col + k]!;
          down[col + k]! += w * delta;
        }
        L.gw[o * L.nIn + i] = gw;
      }
    }
  }
  return { loss, logits };
}
