import type { Mark } from "./chart/mark.ts";
import { buttonMark } from "./control-marks.ts";

/** The "Play from the start" button as the build renders it (name "play"), for playButton to adopt. */
export function playButtonMark(id: string): Mark {
  return buttonMark(id, "play", "Play from the start");
}

/** Makes the adopted "Play from the start" button walk a step option from 0 to its last value, a few steps per animation frame. */
export function playButton(button: HTMLButtonElement, last: number, perFrame: number, step: () => number, setStep: (s: number) => void): { button: HTMLButtonElement; stop: () => void } {
  let frame = 0;
  const stop = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
  };
  const tick = (): void => {
    setStep(Math.min(last, step() + perFrame));
    frame = step() < last ? requestAnimationFrame(tick) : 0;
  };
  button.addEventListener("click", () => {
    stop();
    setStep(0);
    frame = requestAnimationFrame(tick);
  });
  return { button, stop };
}
