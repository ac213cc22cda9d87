/** The name of the site's own preview image, /og/site.png, used by every page that is not an article. */
export const SITE_PREVIEW = "site";
