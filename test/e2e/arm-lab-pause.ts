import type { Locator } from "playwright-core";

/**
 * Arms the gradient lab to press its own Pause from inside the page the moment its readout shows a step above `step`
 * (with `afterRestart`, above the step a new run starts from, once the readout has fallen). The returned function waits
 * for that press and gives the step shown then. Why from the page: a poll from the test let a quiet machine train to the
 * end first, and Pause was gone.
 */
export async function armLabPause(lab: Locator, step: number, afterRestart = false): Promise<() => Promise<number>> {
  const armed = await lab.evaluateHandle(
    (el, [past, waitForRestart]) => {
      const root: ParentNode = el.shadowRoot ?? el;
      const readout = root.querySelector(".gl-readout")!;
      const shown = (): number => Number(/step (\d+)/.exec(readout.textContent ?? "")?.[1] ?? 0);
      let last = shown();
      let floor = past;
      let restarted = !waitForRestart;
      const pressed = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          const now = shown();
          if (!restarted && now < last) {
            restarted = true;
            floor = Math.max(past, now);
          }
          last = now;
          if (!restarted || now <= floor) return;
          observer.disconnect();
          [...root.querySelectorAll("button")].find((b) => b.textContent === "Pause")!.click();
          resolve(now);
        });
        observer.observe(readout, { childList: true, characterData: true, subtree: true });
      });
      return { pressed };
    },
    [step, afterRestart] as const,
  );
  return () => armed.evaluate((a) => a.pressed);
}
