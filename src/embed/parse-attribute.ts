import type { NumberSpec } from "../widgets/validate-options.ts";

/**
 * Reads an untrusted attribute or URL parameter as an option value: a finite number, or for a choice its name.
 * Anything else (empty, NaN, Infinity, text, markup) gives undefined, so the option keeps its default, with a
 * warning naming the attribute. Range clamping is left to the widget's own validation, which warns too.
 */
export function parseAttribute(where: string, name: string, spec: NumberSpec, raw: string | null, warn: (m: string) => void = console.warn): number | undefined {
  if (raw === null) return undefined;
  const text = raw.trim();
  const choice = spec.choices?.findIndex((c) => c.toLowerCase() === text.toLowerCase()) ?? -1;
  if (choice >= 0) return choice;
  const value = text === "" ? NaN : Number(text);
  if (Number.isFinite(value)) return value;
  const allowed = spec.choices ? spec.choices.map((c, i) => `${i} or "${c}"`).join(", ") : `a number from ${spec.min} to ${spec.max}`;
  warn(`${where}: attribute "${name}" must be ${allowed}; got ${JSON.stringify(raw.slice(0, 40))}, using the default ${spec.default}`);
  return undefined;
}
