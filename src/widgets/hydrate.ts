import type { MountFn } from "./widget.ts";

/** Each widget's mount factory, loaded only when a page has one of its figures in view. */
export const widgetLoaders: Readonly<Record<string, () => Promise<MountFn<unknown>>>> = {
  "activation-compare": () => import("./activation-compare/activation-compare.ts").then((m) => m.mount),
  "autodiff-graph": () => import("./autodiff-graph/autodiff-graph.ts").then((m) => m.mount),
  "backprop-stepper": () => import("./backprop-stepper/backprop-stepper.ts").then((m) => m.mount),
  "concept-detector": () => import("./concept-detector/concept-detector.ts").then((m) => m.mount),
  "depth-product": () => import("./depth-product/depth-product.ts").then((m) => m.mount),
  "gradient-lab": () => import("./gradient-lab/gradient-lab.ts").then((m) => m.mount),
  "logistic-fit": () => import("./logistic-fit/logistic-fit.ts").then((m) => m.mount),
  "lstm-gradient": () => import("./lstm-gradient/lstm-gradient.ts").then((m) => m.mount),
  "mse-panels": () => import("./mse-panels/mse-panels.ts").then((m) => m.mount),
  "nature-curves": () => import("./nature-curves/nature-curves.ts").then((m) => m.mount),
  "neuron-race": () => import("./neuron-race/neuron-race.ts").then((m) => m.mount),
  "sigmoid-explorer": () => import("./sigmoid-explorer/sigmoid-explorer.ts").then((m) => m.mount),
  "softmax-bars": () => import("./softmax-bars/softmax-bars.ts").then((m) => m.mount),
  "step-error": () => import("./step-error/step-error.ts").then((m) => m.mount),
  "training-race": () => import("./training-race/training-race.ts").then((m) => m.mount),
  towers: () => import("./towers/towers.ts").then((m) => m.mount),
  zigzag: () => import("./zigzag/zigzag.ts").then((m) => m.mount),
};

/** Mounts every static widget figure under root as it scrolls into view (islands hydrated when visible). */
export function hydrateWidgets(root: ParentNode = document): void {
  const pending = [...root.querySelectorAll<HTMLElement>("[data-widget]:not([data-hydrated])")];
  const start = async (el: HTMLElement): Promise<void> => {
    el.dataset.hydrated = "pending";
    const load = widgetLoaders[el.dataset.widget ?? ""];
    if (!load) throw new Error(`Unknown widget "${el.dataset.widget}"; known: ${Object.keys(widgetLoaders).join(", ")}`);
    const mount = await load();
    mount(el, JSON.parse(el.dataset.options ?? "{}") as Record<string, unknown>);
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
