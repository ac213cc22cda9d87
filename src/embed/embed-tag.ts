/** The custom element's tag for a widget. */
export function embedTag(widget: string): string {
  return `sg-${widget}`;
}
