import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { publishedArticles } from "../lib/published-articles.ts";
import { SITE_DESCRIPTION, SITE_NAME } from "../lib/site.ts";

/** The RSS feed of the articles, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await publishedArticles()).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site!,
    items: articles.map((a) => ({ title: a.data.title, description: a.data.description, pubDate: a.data.date, link: `/articles/${a.id}/` })),
  });
};
