import { defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./test/helpers/longest-first-sequencer.ts";

// Three projects: pure units in Node, widgets in happy-dom, and the built site in real Chromium.
// Unit and DOM files share their workers' module graph (isolate: false): they hold no global state between files,
// and a fresh module graph per file was most of their run time. Browser files run in parallel, each with its own
// Chromium, against the one server the global setup starts.
// npm test runs the unit and DOM files beside the build and the type checks (scripts/test-suite.mjs): their timeout
// is a guard against a hang, not a speed limit (speed is measured by the bench), so it leaves room for shared cores.
const SHARED_CORES_TIMEOUT = 30_000;
export default defineConfig({
  test: {
    // Vitest's default for a run is one worker fewer than the cores: a single worker on a 2-core machine.
    maxWorkers: "100%",
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      { test: { name: "unit", environment: "node", isolate: false, testTimeout: SHARED_CORES_TIMEOUT, include: ["test/{grad,claims,content-check,markdown,lib,env,security,og,search}/**/*.test.ts"] } },
      { test: { name: "dom", environment: "happy-dom", isolate: false, testTimeout: SHARED_CORES_TIMEOUT, include: ["test/{widgets,embed,scripts}/**/*.test.ts"] } },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["test/e2e/serve-site.ts"],
        },
      },
    ],
  },
});
