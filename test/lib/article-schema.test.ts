import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/lib/article-schema.ts";

const good = {
  title: "Why so sigmoid?",
  description: "Where the sigmoid comes from and why its derivative is cheap.",
  date: "2026-11-24",
  basedOn: { title: "Why so sigmoid?", author: "A. Author", url: "https://example.org/post" },
  order: 1,
};

describe("articleSchema", () => {
  it("accepts complete front matter and defaults draft to false", () => {
    const r = articleSchema.parse(good);
    expect(r.draft).toBe(false);
    expect(r.date).toEqual(new Date("2026-11-24"));
  });
  it("names each missing or malformed field", () => {
    const r = articleSchema.safeParse({ ...good, description: undefined, basedOn: { ...good.basedOn, url: "not a url" } });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["description", "basedOn.url"]));
  });
  it("accepts a source post that names no author but still requires its title", () => {
    expect(articleSchema.parse({ ...good, basedOn: { title: "Notes", posted: "15 Jan 2021" } }).basedOn.author).toBeUndefined();
    const r = articleSchema.safeParse({ ...good, basedOn: { author: "A. Author" } });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["basedOn.title"]);
  });
  it("refuses a day that does not exist rather than rolling it over, and accepts 29 February in a leap year", () => {
    for (const date of ["2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "next Tuesday"]) {
      expect(articleSchema.safeParse({ ...good, date }).success, date).toBe(false);
    }
    expect(articleSchema.parse({ ...good, date: "2028-02-29" }).date).toEqual(new Date(Date.UTC(2028, 1, 29)));
  });
  it("bounds every string field", () => {
    const long = "x".repeat(10_000);
    for (const patch of [{ title: long }, { description: long }, { slug: "a".repeat(81) }, { basedOn: { title: long } }, { basedOn: { title: "T", author: long } }, { basedOn: { title: "T", posted: long } }]) {
      expect(articleSchema.safeParse({ ...good, ...patch }).success, Object.keys(patch)[0]).toBe(false);
    }
  });
  it("takes only http(s) addresses for the source post", () => {
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "//example.org/a"]) {
      expect(articleSchema.safeParse({ ...good, basedOn: { ...good.basedOn, url } }).success, url).toBe(false);
    }
    expect(articleSchema.parse({ ...good, basedOn: { ...good.basedOn, url: "http://example.org/a" } }).basedOn.url).toBe("http://example.org/a");
  });
});
