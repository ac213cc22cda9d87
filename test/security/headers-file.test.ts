import { describe, expect, it } from "vitest";
import { formatHeadersFile, headersFor, parseHeadersFile } from "../../src/security/headers-file.ts";

const rules = [
  { pattern: "/*", headers: { "X-Content-Type-Options": "nosniff", Vary: "Accept" } },
  { pattern: "/embed/v1/*", headers: { "Access-Control-Allow-Origin": "*", Vary: "Origin" } },
];

describe("_headers files", () => {
  it("round-trips through the text format", () => {
    const text = formatHeadersFile(rules);
    expect(text).toBe("/*\n  X-Content-Type-Options: nosniff\n  Vary: Accept\n\n/embed/v1/*\n  Access-Control-Allow-Origin: *\n  Vary: Origin\n");
    expect(parseHeadersFile(`# comment\n${text}`)).toEqual(rules);
  });
  it("applies every matching rule and joins a header two rules set, as the hosts do", () => {
    expect(headersFor("/embed/v1/loader.js", rules)).toEqual({ "X-Content-Type-Options": "nosniff", Vary: "Accept, Origin", "Access-Control-Allow-Origin": "*" });
    expect(headersFor("/articles/x/", rules)).toEqual({ "X-Content-Type-Options": "nosniff", Vary: "Accept" });
    expect(headersFor("/embed/v1.js", rules)).not.toHaveProperty("Access-Control-Allow-Origin");
  });
  it("refuses a header line outside a path block", () => {
    expect(() => parseHeadersFile("  X-A: b\n")).toThrow(/not a "Name: value" line under a path/);
  });
});
