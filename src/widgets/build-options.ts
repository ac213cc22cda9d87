/**
 * Validates a widget's Astro props at build time. Astro adds data-astro-* attributes for scoped styles;
 * every other prop must be an option, and an out-of-range one is the author's mistake, so it fails the build.
 */
export function buildOptions<O>(
  props: Readonly<Record<string, unknown>>,
  validate: (input: Readonly<Record<string, unknown>>, warn: (message: string) => void) => O,
  where: string,
): O {
  const input = Object.fromEntries(Object.entries(props).filter(([name]) => !name.startsWith("data-astro-")));
  return validate(input, (message) => {
    throw new Error(`${message} (${where})`);
  });
}
