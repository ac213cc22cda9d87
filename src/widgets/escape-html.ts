/** Escapes text for HTML and SVG markup, so no text we write can become an element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
