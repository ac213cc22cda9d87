import { describe, expect, it, vi } from "vitest";
import { workerOrPage } from "../../src/widgets/worker-or-page.ts";

describe("workerOrPage(moduleUrl, create, inPage, onReply)", () => {
  it("where no worker may start (another origin), answers in the page, later (on the sliced queue) and in the order sent", async () => {
    const replies: string[] = [];
    let created = 0;
    let stepsRun = 0;
    function* job(request: { name: string; steps: number }): Generator<void, string> {
      for (let i = 0; i < request.steps; i++) {
        stepsRun++;
        yield;
      }
      return request.name;
    }
    const trainer = workerOrPage(
      "https://elsewhere.example/widget.js",
      () => {
        created++;
        return {} as Worker;
      },
      job,
      (reply) => replies.push(reply),
    );
    trainer.send({ name: "long", steps: 500 });
    trainer.send({ name: "short", steps: 1 });
    expect(stepsRun).toBe(0);
    await vi.waitUntil(() => replies.length === 2, { timeout: 10_000 });
    expect(replies).toEqual(["long", "short"]);
    expect(stepsRun).toBe(501);
    expect(created).toBe(0);
    trainer.stop();
  });
});
