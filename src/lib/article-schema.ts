import { z } from "astro/zod";
import { isCalendarDate } from "./calendar-date.ts";
import { webUrl } from "./web-url.ts";

/** Longest accepted title: it is set on the page, in every card and in the preview image, so it must stay a title. */
export const MAX_TITLE = 120;

/**
 * An article's date: a YYYY-MM-DD string naming a real day, or the Date Astro's YAML reader makes of it (which has
 * already rolled an impossible day over, so the content check refuses those from the text before Astro sees them).
 */
const articleDate = z.union([
  z.date(),
  z
    .string()
    .refine(isCalendarDate, "not a day of the calendar: write it as YYYY-MM-DD, e.g. 2026-11-24")
    .transform((s) => new Date(`${s}T00:00:00Z`)),
]);

/** The front matter every article must have; a missing or malformed field stops the build naming the file and field. */
export const articleSchema = z.object({
  title: z.string().min(3).max(MAX_TITLE),
  description: z.string().min(20).max(200),
  /** The question the article answers, in the reader's words: the home page's reading path shows it. */
  question: z.string().min(10).max(120).optional(),
  date: articleDate,
  basedOn: z.object({
    title: z.string().min(1).max(300),
    /** Left out only when the post names no author. */
    author: z.string().min(1).max(200).optional(),
    url: webUrl.optional(),
    /** The post's own date, as it gives it. */
    posted: z.string().min(4).max(40).optional(),
  }),
  order: z.number().int().nonnegative(),
  /** The article's address under /articles/; the file name when left out. */
  slug: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens")
    .optional(),
  draft: z.boolean().default(false),
});
