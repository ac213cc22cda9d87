import { describe, expect, it } from "vitest";

describe("the toolchain", () => {
  it("runs on Node 22.12 or newer (the node devDependency, through npm scripts)", () => {
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
