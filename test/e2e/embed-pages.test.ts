import { describe, expect, inject, it } from "vitest";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";
import { useBrowser, usePages } from "./browser.ts";
import { checkPage } from "./page-checks.ts";
import { focusArticle, pagesToVisit } from "./routes.ts";

const baseUrl = inject("baseUrl");
const visit = usePages(useBrowser());

// The iframe pages a blog embeds, one per widget and the guide, with the same checks as the site's pages: a file of
// their own, so that the two halves of the built site run on two workers side by side.
describe("every built page in Chromium", () => {
  // Each live widget's iframe page is among them, so that page-checks counts the draws of every element's mount.
  if (!focusArticle) it("there is an iframe page for every live widget, and the embed guide", () => {
    expect(pagesToVisit()).toEqual(expect.arrayContaining(["/embed/", ...WIDGETS.filter((w) => w.live).map((w) => `/embed/${w.name}/`)]));
  });
  for (const route of pagesToVisit().filter((r) => r.startsWith("/embed/"))) checkPage(route, visit, baseUrl);
});
