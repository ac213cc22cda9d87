import type { AstroIntegration } from "astro";
import { SITE_CONFIG, siteConfigWarnings } from "./site.ts";

/** Astro integration: warns, once per build or dev start, about each part of the site's configuration still unset. */
export function siteConfigIntegration(): AstroIntegration {
  return {
    name: "site-config",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        for (const warning of siteConfigWarnings(SITE_CONFIG)) logger.warn(warning);
      },
    },
  };
}
