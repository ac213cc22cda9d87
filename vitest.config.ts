import { defineConfig } from "vitest/config";

// Three projects: pure units in Node, widgets in happy-dom, and the built site in real Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", environment: "node", include: ["test/{grad,claims,content-check,markdown,lib,env,security,og,search}/**/*.test.ts"] } },
      { test: { name: "dom", environment: "happy-dom", include: ["test/{widgets,embed,scripts}/**/*.test.ts"] } },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ["test/e2e/serve-site.ts"],
        },
      },
    ],
  },
});
