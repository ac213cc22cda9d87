/** What every widget's mount(element, options) returns: the contract the site, the embeds and the tests rely on. */
export interface Widget<O> {
  /** Merges new options into the current ones (validated like mount's) and redraws; returns the result. */
  update(options: Readonly<Record<string, unknown>>): O;
  /** The current, validated options. */
  readonly options: O;
  /** Removes listeners and controls and restores the element as it was before mount. */
  destroy(): void;
}

/** A widget module: its mount factory. */
export type MountFn<O> = (element: HTMLElement, options?: Readonly<Record<string, unknown>>) => Widget<O>;
