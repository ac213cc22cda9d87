/** The names of the attributes that `act` writes on `el` itself, in order, read once the microtasks it queued have run. */
export async function attributesWritten(el: Element, act: () => void): Promise<(string | null)[]> {
  const names: (string | null)[] = [];
  const observer = new MutationObserver((records) => names.push(...records.map((r) => r.attributeName)));
  observer.observe(el, { attributes: true });
  act();
  await Promise.resolve();
  names.push(...observer.takeRecords().map((r) => r.attributeName));
  observer.disconnect();
  return names;
}
