import type { WidgetManifest } from "./define-widget.ts";
import type { MountFn } from "./widget.ts";

// Each folder's manifest, loaded only when a page shows one of its figures: a manifest brings its options and their
// validation, which a page without that widget should not download or run (the lab's presets build its data set).
const manifests = import.meta.glob<WidgetManifest>("./*/widget.ts", { import: "default" });

/** Each widget's mount factory by folder name, through its manifest (the registry test holds these folders to the registry). */
export const widgetLoaders: Readonly<Record<string, () => Promise<MountFn<unknown>>>> = Object.fromEntries(
  Object.entries(manifests).map(([file, load]) => [
    file.split("/")[1]!,
    async () => {
      const widget = await load();
      if (!widget.live) throw new Error(`${widget.name} is a still figure: it has nothing to mount`);
      return widget.live.mount();
    },
  ]),
);

/** Mounts every static widget figure under root as it scrolls into view (islands hydrated when visible). */
export function hydrateWidgets(root: ParentNode = document): void {
  const pending = [...root.querySelectorAll<HTMLElement>("[data-widget]:not([data-hydrated])")];
  const start = async (el: HTMLElement): Promise<void> => {
    el.dataset.hydrated = "pending";
    const load = widgetLoaders[el.dataset.widget ?? ""];
    if (!load) throw new Error(`Unknown widget "${el.dataset.widget}"; known: ${Object.keys(widgetLoaders).join(", ")}`);
    const mount = await load();
    // Measured by npm run bench: the main-thread work of mounting, per widget.
    const begin = performance.now();
    mount(el, JSON.parse(el.dataset.options ?? "{}") as Record<string, unknown>);
    performance.measure(`sg-hydrate:${el.dataset.widget}`, { start: begin });
    el.dataset.hydrated = "true";
  };
  if (!("IntersectionObserver" in window)) {
    for (const el of pending) void start(el);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void start(entry.target as HTMLElement);
      }
    },
    { rootMargin: "200px" },
  );
  for (const el of pending) observer.observe(el);
}
