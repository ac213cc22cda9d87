// CRC-32 of PNG chunks (ISO 3309), table-driven.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * An 8-bit greyscale PNG as a data: URL, for pictures drawn at build time (a mask the browser scales smoothly).
 * `deflate` is zlib's (node:zlib's deflateSync at build), so this module itself needs nothing of Node.
 */
export function grayPng(width: number, height: number, grey: Uint8Array, deflate: (raw: Uint8Array) => Uint8Array): string {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8);
  // Each row starts with its filter type, 0 (none).
  const raw = new Uint8Array(height * (width + 1));
  for (let r = 0; r < height; r++) raw.set(grey.subarray(r * width, (r + 1) * width), r * (width + 1) + 1);
  const parts = [Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflate(raw)), chunk("IEND", new Uint8Array(0))];
  let binary = "";
  for (const p of parts) for (const b of p) binary += String.fromCharCode(b);
  return `data:image/png;base64,${btoa(binary)}`;
}
