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
});
