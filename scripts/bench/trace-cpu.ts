import type { Browser, Page } from "playwright-core";

/** One trace event, as Chromium writes it (times in µs; tdur is the thread's CPU time, dur the wall time). */
interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

/** The main thread's tasks and the page's user-timing marks, read from one trace. */
export interface MainThreadTrace {
  /** Where each mark (performance.mark in the page) fell, in trace µs. */
  readonly marks: ReadonlyMap<string, number>;
  /** Each performance.measure's start and end, by name, in trace µs. */
  readonly measures: ReadonlyMap<string, readonly [number, number]>;
  /** Main-thread CPU time between two trace times (µs, or mark names), in ms: tasks partly inside count pro rata. */
  cpuBetween(start: string | number, end: string | number): number;
  /** The same CPU time split by what it was spent on (see KINDS), for tasks wholly inside the window, in ms. */
  cpuByKind(start: string | number, end: string | number): Record<Kind, number>;
  /** When the main-thread task that set a mark ended (for a mark set in a frame's callback: once that frame is painted), in µs. */
  taskEnd(mark: string): number;
}

/** What main-thread time went to: running script (with its compile), style and layout, painting, or the rest. */
export type Kind = "script" | "layout" | "paint" | "other";
// Trace event names by kind; an event's own time (less its children's) goes to its kind, or to the nearest enclosing
// event's, so that a layout forced from script counts as layout and a microtask run inside a task as script.
const KINDS: Readonly<Record<string, Kind>> = Object.fromEntries([
  ...["EvaluateScript", "v8.compile", "v8.compileModule", "v8.evaluateModule", "v8.produceModuleCache", "FunctionCall", "TimerFire", "FireAnimationFrame", "EventDispatch", "RunMicrotasks", "BlinkScheduler_PerformMicrotaskCheckpoint", "V8.Execute", "FireIdleCallback"].map((n) => [n, "script" as const]),
  ...["UpdateLayoutTree", "Layout", "RecalculateStyles", "ParseAuthorStyleSheet", "ScheduleStyleRecalculation", "IntersectionObserverController::computeIntersections"].map((n) => [n, "layout" as const]),
  ...["Paint", "PrePaint", "Layerize", "UpdateLayer", "UpdateLayerTree", "Commit", "PaintImage", "Decode Image", "CompositeLayers", "RasterTask"].map((n) => [n, "paint" as const]),
]);

const CATEGORIES = ["toplevel", "blink.user_timing", "devtools.timeline", "disabled-by-default-devtools.timeline"];

/**
 * Traces `run` in the page and keeps its renderer's main thread. CPU time (the trace's tdur), not wall time, so that
 * the figures do not grow with the machine's load, and no idle time waiting for the next frame is counted.
 */
export async function traceMainThread(browser: Browser, page: Page, run: () => Promise<void>): Promise<MainThreadTrace> {
  await browser.startTracing(page, { categories: CATEGORIES });
  await run();
  const events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const url = page.url();
  const started = events.find((e) => e.name === "TracingStartedInBrowser");
  const pid = started?.args?.data?.frames?.find((f) => f.url === url)?.processId ?? events.find((e) => e.cat.includes("user_timing"))?.pid;
  const tid = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.pid === pid && e.args?.name === "CrRendererMain")?.tid;
  if (pid === undefined || tid === undefined) throw new Error(`no renderer main thread for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined && e.tdur !== undefined);
  // A task is a RunTask, or the scheduler's own event that some frames run under without one; outermost only.
  const tasks: TraceEvent[] = [];
  for (const e of onMain.filter((t) => t.name === "RunTask" || t.name === "ThreadControllerImpl::RunTask").sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur!) tasks.push(e);
  }
  const timing = events.filter((e) => e.cat.includes("user_timing") && e.pid === pid);
  const marks = new Map(timing.filter((e) => e.ph === "I" || e.ph === "R").map((e) => [e.name, e.ts]));
  const ends = new Map(timing.filter((e) => e.ph === "e").map((e) => [e.name, e.ts]));
  const measures = new Map(timing.filter((e) => e.ph === "b" && ends.has(e.name)).map((e) => [e.name, [e.ts, ends.get(e.name)!] as const]));
  const at = (name: string | number): number => {
    if (typeof name === "number") return name;
    const ts = marks.get(name);
    if (ts === undefined) throw new Error(`mark ${name} is not in the trace`);
    return ts;
  };
  return {
    marks,
    measures,
    cpuByKind(start, end) {
      const [a, b] = [at(start), at(end)];
      const out: Record<Kind, number> = { script: 0, layout: 0, paint: 0, other: 0 };
      const inside = onMain.filter((e) => e.ts >= a && e.ts + e.dur! <= b).sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
      // Walk the nested events with a stack: each one's own CPU time is its tdur less its direct children's.
      const stack: { end: number; kind: Kind; own: number }[] = [];
      const close = (until: number): void => {
        while (stack.length > 0 && stack.at(-1)!.end <= until) {
          const done = stack.pop()!;
          out[done.kind] += Math.max(0, done.own) / 1000;
        }
      };
      for (const e of inside) {
        close(e.ts);
        const parent = stack.at(-1);
        if (parent) parent.own -= e.tdur!;
        stack.push({ end: e.ts + e.dur!, kind: KINDS[e.name] ?? parent?.kind ?? "other", own: e.tdur! });
      }
      close(Infinity);
      return out;
    },
    taskEnd(mark) {
      const ts = at(mark);
      const task = tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur!);
      if (!task) throw new Error(`mark ${mark} was set outside any main-thread task`);
      return task.ts + task.dur!;
    },
    cpuBetween(start, end) {
      const [a, b] = [at(start), at(end)];
      let cpu = 0;
      for (const t of tasks) {
        const overlap = Math.min(b, t.ts + t.dur!) - Math.max(a, t.ts);
        if (overlap > 0) cpu += t.dur! > 0 ? (t.tdur! * overlap) / t.dur! : 0;
      }
      return cpu / 1000;
    },
  };
}
