/** Where the versioned embed bundle is served on the site; a breaking change to attributes gets a new version. */
export const EMBED_PATH = "/embed/v1";
