import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaffoldWidget, widgetFiles } from "../../src/lib/scaffold-widget.ts";

const root = path.resolve(import.meta.dirname, "../..");
const NAME = "probe-dial";
let copy = "";
let output = "";

/** Runs a tool of the project in the copy by its own entry point, on the Node that runs these tests (the project's, under npm). */
const run = (entry: string, args: string[]) => execFileSync(process.execPath, [path.join(copy, entry), ...args], { cwd: copy, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });

// The scaffold runs as an author runs it, `npm run new-widget -- probe-dial`, in a copy of the project.
beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), "new-widget-"));
  for (const part of ["src", "content", "scripts", "test/widgets", "test/helpers", "package.json", "tsconfig.json", "vitest.config.ts"]) cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
  output = execFileSync("npm", ["run", "--silent", "new-widget", "--", NAME], { cwd: copy, encoding: "utf8", timeout: 120_000 });
}, 180_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("npm run new-widget -- <name>", () => {
  it("writes a folder with the same files as every live widget, and its test", () => {
    expect(readdirSync(path.join(copy, "src/widgets", NAME)).sort()).toEqual(widgetFiles(NAME, true));
    expect(readdirSync(path.join(copy, "test/widgets", NAME))).toEqual([`${NAME}.test.ts`]);
    expect(output).toContain(`import ProbeDial from "../../src/widgets/${NAME}/ProbeDial.astro";`);
  });

  it("registers it: the hydration table, the embeds and the v1 contract list it", async () => {
    const { widgetLoaders } = (await import(path.join(copy, "src/widgets/hydrate.ts"))) as typeof import("../../src/widgets/hydrate.ts");
    const { EMBEDS } = (await import(path.join(copy, "src/embed/embed-registry.ts"))) as typeof import("../../src/embed/embed-registry.ts");
    expect(Object.keys(widgetLoaders)).toContain(NAME);
    expect(EMBEDS.find((e) => e.widget === NAME)).toMatchObject({ title: "Probe dial", prefix: "pd" });
    const contract = JSON.parse(readFileSync(path.join(copy, "src/embed/embed-contract.json"), "utf8")) as { widgets: Record<string, unknown> };
    expect(contract.widgets[`sg-${NAME}`]).toEqual({ iframe: `/embed/${NAME}/`, still: `/embed/v1/still/${NAME}.svg`, attributes: { x: { min: -6, max: 6, default: 1 } } });
  });

  it("compiles under the project's strictest settings, with the registry that imports it", () => {
    const config = { extends: "./tsconfig.json", include: [`src/widgets/${NAME}/*.ts`, "src/widgets/widget-registry.ts", "src/embed/embed-registry.ts", `test/widgets/${NAME}/*.ts`] };
    writeFileSync(path.join(copy, "tsconfig.scaffold.json"), JSON.stringify(config));
    expect(() => run("node_modules/typescript/bin/tsc", ["--noEmit", "-p", "tsconfig.scaffold.json"])).not.toThrow();
  }, 120_000);

  it("hydrates: its own test mounts it in a DOM and moves the probe", () => {
    expect(run("node_modules/vitest/vitest.mjs", ["run", "--project", "dom", `test/widgets/${NAME}`])).toMatch(/1 passed/);
  }, 120_000);

  it("refuses a name that is taken or not kebab case, writing nothing", () => {
    expect(() => scaffoldWidget("towers", copy)).toThrow("src/widgets/towers exists already.");
    expect(() => scaffoldWidget("ProbeDial", copy)).toThrow('A widget\'s name is lowercase words joined by hyphens (step-error); got "ProbeDial".');
  });
});
