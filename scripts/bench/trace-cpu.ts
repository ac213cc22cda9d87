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
  /** The same CPU time split by what the renderer did (each trace event's own time, less its children's), in ms. */
  phasesBetween(start: string | number, end: string | number): Record<Phase, number>;
  /** When the main-thread task that set a mark ended (for a mark set in a frame's callback: once that frame is painted), in µs. */
  taskEnd(mark: string): number;
  /** When the main-thread task that set a mark began, in µs: spans between task starts count whole tasks only. */
  taskStart(mark: string): number;
}

/** What the renderer's main thread spends an update on, as DevTools' performance panel groups it. */
export const PHASES = ["script", "style", "layout", "prepaint", "paint", "layerize", "commit", "other"] as const;
export type Phase = (typeof PHASES)[number];

// Trace event names by phase; an event not named here counts towards its parent's phase (V8's inner events under a FunctionCall).
const PHASE_OF: Readonly<Record<string, Phase>> = {
  FunctionCall: "script", EvaluateScript: "script", TimerFire: "script", FireAnimationFrame: "script", EventDispatch: "script",
  RunMicrotasks: "script", "V8.Execute": "script", MinorGC: "script", MajorGC: "script", "v8.callFunction": "script",
  "v8.compile": "script", "v8.compileModule": "script", "v8.evaluateModule": "script", "v8.produceModuleCache": "script",
  BlinkScheduler_PerformMicrotaskCheckpoint: "script", FireIdleCallback: "script",
  UpdateLayoutTree: "style", RecalculateStyles: "style", ParseAuthorStyleSheet: "style", ScheduleStyleRecalculation: "style",
  Layout: "layout", "LocalFrameView::layout": "layout", HitTest: "layout", "IntersectionObserverController::computeIntersections": "layout",
  PrePaint: "prepaint", "LocalFrameView::RunPrePaintLifecyclePhase": "prepaint",
  Paint: "paint", "LocalFrameView::RunPaintLifecyclePhase": "paint", PaintImage: "paint", "Decode Image": "paint",
  Layerize: "layerize", "PaintArtifactCompositor::Update": "layerize", Commit: "commit", UpdateLayer: "commit", CompositeLayers: "commit", "ProxyMain::BeginMainFrame::commit": "commit",
};

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
  const taskOf = (mark: string): TraceEvent => {
    const ts = at(mark);
    const task = tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur!);
    if (!task) throw new Error(`mark ${mark} was set outside any main-thread task`);
    return task;
  };
  // Each event's own CPU time (tdur less its direct children's), found by walking each task's events in start order.
  const own = new Map<TraceEvent, number>();
  const phase = new Map<TraceEvent, Phase>();
  const nested = onMain.filter((e) => e.name !== "RunTask" && e.name !== "ThreadControllerImpl::RunTask").sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const open: TraceEvent[] = [];
  for (const e of nested) {
    while (open.length > 0 && e.ts >= open.at(-1)!.ts + open.at(-1)!.dur!) open.pop();
    const parent = open.at(-1);
    own.set(e, e.tdur!);
    if (parent) own.set(parent, own.get(parent)! - e.tdur!);
    phase.set(e, PHASE_OF[e.name] ?? (e.name.startsWith("V8.") ? "script" : parent ? phase.get(parent)! : "other"));
    open.push(e);
  }
  return {
    marks,
    measures,
    phasesBetween(start, end) {
      const [a, b] = [at(start), at(end)];
      const out = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
      for (const t of tasks) {
        const overlap = Math.min(b, t.ts + t.dur!) - Math.max(a, t.ts);
        if (overlap <= 0 || t.dur! <= 0) continue;
        // A task partly inside the span counts pro rata, as in cpuBetween; its own time outside any event is "other".
        const share = overlap / t.dur!;
        let inner = 0;
        for (const e of nested) {
          if (e.ts < t.ts || e.ts >= t.ts + t.dur!) continue;
          out[phase.get(e)!] += (own.get(e)! * share) / 1000;
          inner += own.get(e)!;
        }
        out.other += ((t.tdur! - inner) * share) / 1000;
      }
      return out;
    },
    taskEnd(mark) {
      const task = taskOf(mark);
      return task.ts + task.dur!;
    },
    taskStart(mark) {
      return taskOf(mark).ts;
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
