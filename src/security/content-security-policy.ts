/**
 * The site's Content-Security-Policy. Scripts only from the site or with a listed hash (no 'unsafe-eval', no
 * 'unsafe-inline'); 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and nothing else. Styles allow inline
 * style attributes because KaTeX positions every glyph with them; no script can be injected through a style.
 * It sets no frame-ancestors: the widget pages are made to be framed by other sites; the site's own pages get a
 * second policy with frame-ancestors 'self' by path (see siteHeaderRules).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scriptHashes, "'wasm-unsafe-eval'"].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
