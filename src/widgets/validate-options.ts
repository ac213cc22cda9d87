/** The declared range and default of one numeric widget option. */
export interface NumberSpec {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly step: number;
  /** What the option means, for labels, errors and the embed guide. */
  readonly label: string;
  /** For a choice among named values: their names, indexed by the option's value 0, 1, 2, … (drawn as a select). */
  readonly choices?: readonly string[];
}

/** A widget's options, declared once: names, ranges and defaults. */
export type OptionSpecs = Readonly<Record<string, NumberSpec>>;

/** The options a set of specs describes, all numbers. */
export type OptionsOf<S extends OptionSpecs> = { [K in keyof S]: number };

/**
 * Validates options against their specs, Observable Plot style: an unknown name or a value that is not a
 * finite number throws an error listing what is allowed; a finite value out of range is clamped with a warning.
 */
export function validateOptions<S extends OptionSpecs>(
  widget: string,
  specs: S,
  input: Readonly<Record<string, unknown>>,
  warn: (message: string) => void = console.warn,
): OptionsOf<S> {
  const allowed = Object.entries(specs)
    .map(([k, s]) => `${k} (${s.label}, ${s.choices ? s.choices.map((c, i) => `${i} = ${c}`).join(" / ") : `${s.min} to ${s.max}`}, default ${s.default})`)
    .join(", ");
  for (const key of Object.keys(input)) {
    if (!(key in specs)) throw new Error(`${widget}: unknown option "${key}". Allowed: ${allowed}`);
  }
  const out: Record<string, number> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const raw = input[key];
    if (raw === undefined) {
      out[key] = spec.default;
      continue;
    }
    if (typeof raw !== "number" || !Number.isFinite(raw)) {
      throw new Error(`${widget}: option "${key}" must be a finite number from ${spec.min} to ${spec.max}, got ${typeof raw === "string" ? JSON.stringify(raw) : String(raw)}`);
    }
    // A choice is an index, so a fractional one is rounded to the nearest named value.
    const clamped = Math.min(spec.max, Math.max(spec.min, spec.choices ? Math.round(raw) : raw));
    if (clamped !== raw) {
      warn(
        spec.choices
          ? `${widget}: option "${key}" = ${raw} is not one of ${spec.choices.map((c, i) => `${i} (${c})`).join(", ")}; using ${clamped} (${spec.choices[clamped]})`
          : `${widget}: option "${key}" = ${raw} is outside ${spec.min} to ${spec.max}; using ${clamped}`,
      );
    }
    out[key] = clamped;
  }
  return out as OptionsOf<S>;
}
