import type { Browser, Page } from "playwright-core";

/** One event of a Chromium trace: complete events (ph "X") carry their wall time (dur) and thread CPU time (tdur), in µs. */
interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** The longest task the main thread may run while a figure trains, in milliseconds: the browser's own long-task line. */
export const LONG_TASK_MS = 50;

/**
 * Runs `action` while Chromium traces the page, and returns the main thread's tasks in that time as their CPU time in
 * milliseconds. CPU time, not wall time: other work on a shared machine cannot stretch it, where the long-task
 * observer's wall-clock lengths grow with the machine's load.
 */
export async function mainThreadTasks(browser: Browser, page: Page, action: () => Promise<void>): Promise<number[]> {
  await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline"] });
  await action();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const main = new Set(trace.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = trace.traceEvents.filter((e) => e.ph === "X" && e.name === "RunTask" && main.has(`${e.pid}:${e.tid}`));
  if (tasks.some((t) => typeof t.tdur !== "number")) throw new Error("the trace gave a task without its CPU time");
  return tasks.map((t) => t.tdur! / 1000);
}
