import fc from "fast-check";
import type { OptionSpecs } from "../../src/widgets/validate-options.ts";

/** Random valid options for a widget, from its declared specs: whole numbers where its step is 1, any double in range otherwise. */
export function optionsFrom(specs: OptionSpecs): fc.Arbitrary<Record<string, number>> {
  const one = ({ min, max, step }: OptionSpecs[string]) => (step === 1 ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }));
  return fc.record(Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, one(spec)])));
}
