import { describe, inject } from "vitest";
import { useBrowser, usePages } from "./browser.ts";
import { checkPage } from "./page-checks.ts";
import { pagesToVisit } from "./routes.ts";

const baseUrl = inject("baseUrl");
const visit = usePages(useBrowser());

// The iframe pages a blog embeds, one per widget and the guide, with the same checks as the site's pages: a file of
// their own, so that the two halves of the built site run on two workers side by side.
describe("every built page in Chromium", () => {
  for (const route of pagesToVisit().filter((r) => r.startsWith("/embed/"))) checkPage(route, visit, baseUrl);
});
