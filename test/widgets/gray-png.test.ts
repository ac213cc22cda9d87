import { crc32, deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { grayPng } from "../../src/widgets/gray-png.ts";

// Reads a PNG's chunks back with Node's own CRC and inflate, independently of the encoder's.
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

describe("grayPng(width, height, grey, deflate)", () => {
  it("writes a valid 8-bit greyscale PNG whose rows inflate back to the bytes given", () => {
    const grey = Uint8Array.from({ length: 5 * 3 }, (_, i) => (i * 17) % 256);
    const url = grayPng(5, 3, grey, (raw) => deflateSync(raw));
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    const png = Buffer.from(url.slice(url.indexOf(",") + 1), "base64");
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const parts = chunks(png);
    expect(parts.map((p) => p.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(parts.every((p) => p.crcOk)).toBe(true);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([5, 3, 8, 0]);
    const rows = inflateSync(parts[1]!.data);
    for (let r = 0; r < 3; r++) {
      expect(rows[r * 6]).toBe(0);
      expect([...rows.subarray(r * 6 + 1, r * 6 + 6)]).toEqual([...grey.subarray(r * 5, r * 5 + 5)]);
    }
  });
});
