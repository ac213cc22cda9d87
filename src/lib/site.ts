/** The site's name, in titles, feeds and preview images. */
export const SITE_NAME = "Sigmoid, checked";

/** The site's one-line description, for the home page, the feed and preview images of pages that are not articles. */
export const SITE_DESCRIPTION = "Interactive articles on the sigmoid, its gradient and why gradients vanish, with every number checked against the code that draws the figures.";

/** The branch "edit this page" links open. */
export const SOURCE_BRANCH = "main";

/** The address a local build stands in for while SITE_URL is unset: where `npm start` serves the site. */
export const LOCAL_SITE_URL = "http://localhost:4321/";

/** Where the site is published and where its source lives, as given to the build; unset parts are undefined. */
export interface SiteConfig {
  /** The published address (SITE_URL), with a trailing slash: citations and embed snippets use it. */
  readonly siteUrl: string | undefined;
  /** The source repository (REPOSITORY_URL): "edit this page" links point into it. */
  readonly repositoryUrl: string | undefined;
}

/** Reads SITE_URL and REPOSITORY_URL from an environment; throws a one-line message for a value that is not an http(s) address. */
export function readSiteConfig(env: Readonly<Record<string, string | undefined>>): SiteConfig {
  return { siteUrl: httpUrl(env, "SITE_URL", true), repositoryUrl: httpUrl(env, "REPOSITORY_URL", false) };
}

/** What the build says while a part of the configuration is unset, one line each. */
export function siteConfigWarnings(config: SiteConfig): string[] {
  const out: string[] = [];
  if (!config.siteUrl) out.push(`SITE_URL is unset: feeds, canonical links, preview images and the embed guide's snippets use ${LOCAL_SITE_URL}, citations leave the address out, and embedded widgets link to wherever their bundle is served from`);
  if (!config.repositoryUrl) out.push('REPOSITORY_URL is unset: articles show no "Edit this page" link');
  return out;
}

/** The "edit this page" address of a source file, or undefined while the repository is unknown. */
export function editUrl(config: SiteConfig, file: string): string | undefined {
  return config.repositoryUrl && `${config.repositoryUrl}/edit/${SOURCE_BRANCH}/${file}`;
}

/** The configuration of this build, from the process environment; a bad value stops the build with its one-line message. */
export const SITE_CONFIG: SiteConfig = configOrExit(process.env);

// Thrown while Astro loads its config, the error would come wrapped in a stack trace; the message alone says it all.
function configOrExit(env: Readonly<Record<string, string | undefined>>): SiteConfig {
  try {
    return readSiteConfig(env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

function httpUrl(env: Readonly<Record<string, string | undefined>>, name: string, slash: boolean): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an http(s) address such as https://example.com/, not ${JSON.stringify(raw.slice(0, 80))}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${name} must be an http(s) address, not ${url.protocol} (${JSON.stringify(raw.slice(0, 80))})`);
  const href = url.href.replace(/\/+$/, "");
  return slash ? `${href}/` : href;
}
