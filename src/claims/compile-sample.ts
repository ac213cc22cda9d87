import { SourceMap } from "node:module";
import { transformSync, type TransformFailure } from "esbuild";

/** A TypeScript sample compiled for the contained runner, with the way back from its generated lines to the written ones. */
export type CompiledSample =
  | { readonly js: string; readonly lineOf: (line: number, column: number) => number | undefined }
  | { readonly error: string; readonly line: number; readonly column: number };

/**
 * Compiles a runnable sample to a CommonJS script; `lineOf` maps a generated line and column (1-based, as stack frames
 * give them) to the written line index (0-based). A compile error gives esbuild's own message and its written place.
 */
export function compileSample(code: string): CompiledSample {
  let out: { code: string; map: string };
  try {
    out = transformSync(code, { loader: "ts", format: "cjs", target: "es2022", sourcemap: "external", sourcefile: "sample.ts", logLevel: "silent" });
  } catch (error) {
    const first = (error as TransformFailure).errors?.[0];
    return {
      error: `the sample does not compile: ${first?.text ?? String(error)}`,
      line: (first?.location?.line ?? 1) - 1,
      column: (first?.location?.column ?? 0) + 1,
    };
  }
  const map = new SourceMap(JSON.parse(out.map) as ConstructorParameters<typeof SourceMap>[0]);
  return {
    js: out.code,
    lineOf: (line, column) => {
      const entry = map.findEntry(line - 1, Math.max(0, column - 1));
      return "originalLine" in entry ? entry.originalLine : undefined;
    },
  };
}
