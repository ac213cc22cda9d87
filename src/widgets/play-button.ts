/** A "Play from the start" button that walks a step option from 0 to its last value, a few steps per animation frame. */
export function playButton(last: number, perFrame: number, step: () => number, setStep: (s: number) => void): { button: HTMLButtonElement; stop: () => void } {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "widget-button";
  button.textContent = "Play from the start";
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
