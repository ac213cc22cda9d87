import { describe, expect, it } from "vitest";
import { SLICE_MS, slicedQueue } from "../../src/widgets/time-sliced.ts";

/** A job of n steps that records the clock at each step. */
function* job(n: number, stamps: number[], clock: () => number): Generator<void, number> {
  for (let i = 0; i < n; i++) {
    stamps.push(clock());
    yield;
  }
  return n;
}

describe("slicedQueue(now)", () => {
  it("runs jobs in order, each to its end, in slices of at most SLICE_MS on the clock it is given", async () => {
    // A clock that moves 1 ms at each reading and never otherwise: steps of one slice have consecutive stamps,
    // and the queue's own readings between slices make a gap of 2 or more.
    let clock = 0;
    const queue = slicedQueue(() => ++clock);
    const stamps: number[] = [];
    const results: number[] = [];
    await new Promise<void>((resolve) => {
      queue.push(job(95, stamps, () => clock), (n) => results.push(n));
      queue.push(job(7, stamps, () => clock), (n) => {
        results.push(n);
        resolve();
      });
    });
    queue.stop();
    expect(results).toEqual([95, 7]);
    expect(stamps).toHaveLength(102);
    const slices = [1];
    for (let i = 1; i < stamps.length; i++) {
      if (stamps[i]! - stamps[i - 1]! === 1) slices[slices.length - 1]!++;
      else slices.push(1);
    }
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS);
    expect(slices.length).toBeGreaterThanOrEqual(Math.ceil(102 / SLICE_MS));
  });

  it("a job that yields a promise is stepped again only once it has settled, and the queue goes on after it", async () => {
    const queue = slicedQueue();
    let steps = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    function* waits(): Generator<unknown, number> {
      steps++;
      yield gate;
      steps++;
      return 7;
    }
    const results: number[] = [];
    const finished = new Promise<void>((resolve) => {
      queue.push(waits(), (n) => results.push(n));
      queue.push(job(3, [], () => 0), (n) => {
        results.push(n);
        resolve();
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).toBe(1);
    expect(results).toEqual([]);
    release();
    await finished;
    expect(steps).toBe(2);
    expect(results).toEqual([7, 3]);
    queue.stop();
  });

  it("stop() drops the queued jobs: none finishes afterwards", async () => {
    const queue = slicedQueue();
    let finished = false;
    queue.push(job(1_000_000, [], () => 0), () => (finished = true));
    queue.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finished).toBe(false);
  });
});
