import { describe, expect, it } from "vitest";
import { afterPaint } from "../../src/widgets/after-paint.ts";

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const message = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = resolve;
  channel.port2.postMessage(null);
});

describe("afterPaint(job)", () => {
  it("runs the job after the next frame's callbacks, not before, and once", async () => {
    const order: string[] = [];
    afterPaint(() => order.push("job"));
    requestAnimationFrame(() => order.push("frame"));
    expect(order).toEqual([]);
    await frame();
    await message();
    await message();
    expect(order).toEqual(["frame", "job"]);
  });

  it("runs nothing once cancelled", async () => {
    let ran = false;
    afterPaint(() => (ran = true))();
    await frame();
    await message();
    await message();
    expect(ran).toBe(false);
  });
});
