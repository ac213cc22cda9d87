/** What a citation of one of our articles needs. */
export interface CitedArticle {
  readonly slug: string;
  readonly title: string;
  readonly date: Date;
  /** The article's published address; left out of the citation while the site's address is unset. */
  readonly url: string | undefined;
  readonly siteName: string;
}

/** A BibTeX @online entry for an article, keyed by slug and year; braces in the title are protected. */
export function bibtexFor(a: CitedArticle): string {
  const year = a.date.getUTCFullYear();
  const field = (s: string) => s.replace(/[{}\\]/g, "");
  return [
    `@online{${a.slug.replace(/-/g, "_")}_${year},`,
    `  title        = {{${field(a.title)}}},`,
    `  organization = {${field(a.siteName)}},`,
    `  year         = {${year}},`,
    `  date         = {${a.date.toISOString().slice(0, 10)}},`,
    ...(a.url ? [`  url          = {${a.url}},`] : []),
    `}`,
  ].join("\n");
}

/** The same citation as one line of text, for readers who do not use BibTeX. */
export function plainCitation(a: CitedArticle): string {
  return `${a.siteName}, “${a.title}”, ${a.date.toLocaleDateString("en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })}.${a.url ? ` ${a.url}` : ""}`;
}
