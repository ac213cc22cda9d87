/** The site's name, in titles, feeds and preview images. */
export const SITE_NAME = "Sigmoid, checked";

/** The site's one-line description, for the home page, the feed and preview images of pages that are not articles. */
export const SITE_DESCRIPTION = "Interactive articles on the sigmoid, its gradient and why gradients vanish, with every number checked against the code that draws the figures.";

/** Where the site's source lives: "edit this page" links point into it. Set it with the site URL in astro.config.mjs when publishing. */
export const SOURCE_REPOSITORY = "https://github.com/sigmoid-checked/sigmoid-checked";

/** The branch "edit this page" links open. */
export const SOURCE_BRANCH = "main";
