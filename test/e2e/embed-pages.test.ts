import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";
import { EMBEDS } from "../../src/embed/embed-registry.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { useBrowser, usePages } from "./browser.ts";
import { RECORD_CSP_VIOLATIONS } from "./csp-violations.ts";
import { checkPage } from "./page-checks.ts";
import { focusArticle, pagesToVisit } from "./routes.ts";

// Served as a static host serves it, with the headers of dist/_headers (its CSP among them).
const site = await serveDist(path.resolve(import.meta.dirname, "../../dist"));
afterAll(() => new Promise<void>((resolve) => (site.server.closeAllConnections(), site.server.close(() => resolve()))));
const baseUrl = site.url;
const visit = usePages(useBrowser(), RECORD_CSP_VIOLATIONS);

// The iframe pages a blog embeds, one per widget and the guide, with the same checks as the site's pages: a file of
// their own, so that the two halves of the built site run on two workers side by side.
describe("every built page in Chromium", () => {
  // Each live widget's iframe page is among them, so that page-checks counts the draws of every element's mount.
  if (!focusArticle) it("there is an iframe page for every live widget, and the embed guide", () => {
    expect(pagesToVisit()).toEqual(expect.arrayContaining(["/embed/", ...WIDGETS.filter((w) => w.live).map((w) => `/embed/${w.name}/`)]));
    // Every embeddable widget is one of them, so that each is laid out in a narrow column there too.
    expect(WIDGETS.filter((w) => w.live).map((w) => w.name).sort()).toEqual(EMBEDS.map((e) => e.widget).sort());
  });
  for (const route of pagesToVisit().filter((r) => r.startsWith("/embed/"))) checkPage(route, visit, baseUrl);
});
