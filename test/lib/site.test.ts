import { describe, expect, it } from "vitest";
import { editUrl, readSiteConfig, siteConfigWarnings } from "../../src/lib/site.ts";

describe("readSiteConfig(env)", () => {
  it("reads SITE_URL with one trailing slash and REPOSITORY_URL without one", () => {
    expect(readSiteConfig({ SITE_URL: "https://sigmoid.test//", REPOSITORY_URL: " https://git.test/team/site/ " })).toEqual({
      siteUrl: "https://sigmoid.test/",
      repositoryUrl: "https://git.test/team/site",
    });
  });
  it("leaves unset or blank values undefined, and warns about each", () => {
    const config = readSiteConfig({ SITE_URL: "  " });
    expect(config).toEqual({ siteUrl: undefined, repositoryUrl: undefined });
    const warnings = siteConfigWarnings(config);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^SITE_URL is unset/);
    expect(warnings[1]).toMatch(/^REPOSITORY_URL is unset/);
    expect(siteConfigWarnings(readSiteConfig({ SITE_URL: "https://a.test", REPOSITORY_URL: "https://b.test/r" }))).toEqual([]);
  });
  it("refuses anything but an http(s) address, in one line that names the variable", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "sigmoid.test", "ftp://a.test/"]) {
      expect(() => readSiteConfig({ SITE_URL: bad })).toThrow(/^SITE_URL must be an http\(s\) address/);
      expect(() => readSiteConfig({ REPOSITORY_URL: bad })).toThrow(/^REPOSITORY_URL must be an http\(s\) address/);
    }
  });
});

describe("editUrl(config, file)", () => {
  it("points into the repository's main branch, or is undefined while the repository is unknown", () => {
    expect(editUrl({ siteUrl: undefined, repositoryUrl: "https://git.test/r" }, "content/articles/a.mdx")).toBe("https://git.test/r/edit/main/content/articles/a.mdx");
    expect(editUrl({ siteUrl: "https://a.test/", repositoryUrl: undefined }, "content/articles/a.mdx")).toBeUndefined();
  });
});
