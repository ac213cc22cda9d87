import type { APIRoute, GetStaticPaths } from "astro";
import { publishedArticles } from "../../lib/published-articles.ts";
import { SITE_DESCRIPTION, SITE_NAME } from "../../lib/site.ts";
import { previewSvg, renderPng } from "../../og/preview-image.ts";
import { SITE_PREVIEW } from "../../og/site-preview.ts";

/** One preview image per article, and one for the site's other pages ("site"). */
export const getStaticPaths: GetStaticPaths = async () => [
  ...(await publishedArticles()).map((a) => ({ params: { page: a.id }, props: { title: a.data.title, subtitle: a.data.description } })),
  { params: { page: SITE_PREVIEW }, props: { title: "The sigmoid, its gradient, and why gradients vanish", subtitle: SITE_DESCRIPTION } },
];

/** The preview image (1200 × 630 PNG) social networks show for a shared link. */
export const GET: APIRoute = ({ props }) => {
  const png = renderPng(previewSvg(props["title"] as string, props["subtitle"] as string, SITE_NAME));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
