import { getCollection, type CollectionEntry } from "astro:content";

/** The articles a reader sees (drafts left out), in the site's reading order. */
export async function publishedArticles(): Promise<CollectionEntry<"articles">[]> {
  return (await getCollection("articles", (a) => !a.data.draft)).sort((a, b) => a.data.order - b.data.order);
}
