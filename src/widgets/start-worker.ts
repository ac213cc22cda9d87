/**
 * Starts a module worker when the page may run one, else returns undefined without a word in the console.
 * Browsers refuse a worker script from another origin whatever the headers (an embed served from this site on a
 * blog's page), and a host's Content-Security-Policy may refuse it too; the caller then computes in the page.
 * `moduleUrl` is the caller's import.meta.url: its worker chunk is served beside it, from the same origin.
 */
export function startWorker(moduleUrl: string, create: () => Worker): Worker | undefined {
  if (typeof Worker === "undefined" || new URL(moduleUrl).origin !== location.origin) return undefined;
  try {
    return create();
  } catch {
    return undefined;
  }
}
