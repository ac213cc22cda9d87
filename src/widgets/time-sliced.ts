/** Longest stretch of main-thread work between two yields, in milliseconds: well under the 50 ms of a long task. */
export const SLICE_MS = 10;

/** A queue of jobs run one after another on the main thread, each spread over short tasks. */
export interface SlicedQueue {
  /**
   * Queues a job: an iterator whose every step is short work; `done` receives its return value. A step may yield a
   * promise (a module still loading): the queue then waits for it to settle before stepping the job again.
   */
  push<T>(job: Iterator<unknown, T>, done: (value: T) => void): void;
  /** Drops every queued job and stops the one under way. */
  stop(): void;
}

/**
 * Runs jobs on the main thread in slices of about SLICE_MS, yielding to the page between slices (by a message to
 * itself, which the browser does not clamp as it clamps nested timers), so input and drawing go on while they run.
 */
export function slicedQueue(now: () => number = () => performance.now()): SlicedQueue {
  const jobs: { job: Iterator<unknown, unknown>; done: (value: unknown) => void }[] = [];
  const channel = new MessageChannel();
  let scheduled = false;
  let waiting = false;
  const schedule = (): void => {
    if (scheduled || waiting || jobs.length === 0) return;
    scheduled = true;
    channel.port2.postMessage(null);
  };
  channel.port1.onmessage = () => {
    scheduled = false;
    const start = now();
    while (jobs.length > 0 && now() - start < SLICE_MS) {
      const current = jobs[0]!;
      const next = current.job.next();
      if (next.done) {
        jobs.shift();
        current.done(next.value);
      } else if (next.value instanceof Promise) {
        // Stepping the job again until the promise settled would spin the page's slices for nothing meanwhile.
        waiting = true;
        const resume = (): void => {
          waiting = false;
          schedule();
        };
        next.value.then(resume, resume);
        return;
      }
    }
    schedule();
  };
  return {
    push(job, done) {
      jobs.push({ job, done: done as (value: unknown) => void });
      schedule();
    },
    stop() {
      jobs.length = 0;
      channel.port1.close();
    },
  };
}
