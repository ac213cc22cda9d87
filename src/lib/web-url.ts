import { z } from "astro/zod";

/** An absolute http(s) address: javascript:, data: and other schemes would become live links on the page. */
export const webUrl = z.url({ protocol: /^https?$/, error: "must be an absolute http:// or https:// address" }).max(2000);
