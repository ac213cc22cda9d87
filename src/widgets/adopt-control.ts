import { CONTROL_ATTRIBUTE, controlId } from "./control-marks.ts";

/**
 * The control the build rendered under a figure for a name (id `<id>-<name>`), found inside the widget's element (so
 * inside a shadow root too) and enabled: the live widget attaches listeners to it and creates nothing. A control the
 * markup lacks throws, naming it: the build and the widget disagree.
 */
export function adoptControl<T extends HTMLElement = HTMLButtonElement>(el: HTMLElement, id: string, name: string): T {
  const at = controlId(id, name);
  const control = el.querySelector<T>(`#${CSS.escape(at)}`);
  if (!control) throw new Error(`no control "#${at}" in the figure's markup (controls.ts)`);
  control.removeAttribute(CONTROL_ATTRIBUTE);
  if ("disabled" in control) control.disabled = false;
  return control;
}

/** Throws when the build rendered a control that the live widget did not adopt: it would stay disabled, doing nothing. */
export function expectAdopted(el: HTMLElement, widget: string): void {
  const left = [...el.querySelectorAll(`[${CONTROL_ATTRIBUTE}]`)].map((c) => `#${c.id}`);
  if (left.length > 0) throw new Error(`${widget}: the figure's markup has controls the live widget does not adopt: ${left.join(", ")}`);
}
