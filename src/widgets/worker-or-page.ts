import { startWorker } from "./start-worker.ts";
import { slicedQueue } from "./time-sliced.ts";

/** Requests sent to a trainer that may run in a worker or in the page, and a way to drop it. */
export interface WorkerOrPage<Q> {
  send(request: Q): void;
  stop(): void;
}

/**
 * Answers requests in a Web Worker when the page may start one, so work never blocks the page; else in the page,
 * each answer spread over short tasks (`inPage` yields between short pieces of work and returns the reply). Either
 * way replies come in the order the requests were sent, and a worker that fails to load hands what it still owed
 * to the page. `moduleUrl` and `create` are the caller's: the bundler finds the worker only beside its `new Worker`.
 */
export function workerOrPage<Q, R>(moduleUrl: string, create: () => Worker, inPage: (request: Q) => Iterator<unknown, R>, onReply: (reply: R) => void): WorkerOrPage<Q> {
  const queue = slicedQueue();
  const here = (request: Q): void => queue.push(inPage(request), onReply);
  // What the worker has been sent and has not answered yet, so that the page can take over if it fails to load.
  const owed: Q[] = [];
  let worker: Worker | undefined;
  let started = false;
  // The worker starts with the first request, so that a figure nobody asks anything of downloads no worker.
  const start = (): void => {
    started = true;
    worker = startWorker(moduleUrl, create);
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<R>) => {
      owed.shift();
      onReply(event.data);
    };
    // A worker refused by a policy, or its file missing: what it still owed is computed here.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      owed.splice(0).forEach(here);
    };
  };
  return {
    send(request) {
      if (!started) start();
      if (!worker) return here(request);
      owed.push(request);
      worker.postMessage(request);
    },
    stop() {
      worker?.terminate();
      queue.stop();
    },
  };
}
