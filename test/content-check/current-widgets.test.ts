import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { currentWidgets } from "../../src/content-check/current-widgets.ts";
import { WIDGETS } from "../../src/widgets/widget-registry.ts";

const root = path.resolve(import.meta.dirname, "../..");
// A copy of the sources, so that an edit the way an author makes one while `astro dev` runs touches nothing shared.
const copy = mkdtempSync(path.join(tmpdir(), "current-widgets-"));
cpSync(path.join(root, "src"), path.join(copy, "src"), { recursive: true });
symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
const widgets = path.join(copy, "src/widgets");
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("currentWidgets(dir)", () => {
  it("reads the manifests as the folder holds them: the same widgets, names and option ranges as the registry imported", () => {
    const now = currentWidgets(widgets);
    expect(now.map((w) => w.name)).toEqual(WIDGETS.map((w) => w.name));
    expect(now.map((w) => w.options)).toEqual(WIDGETS.map((w) => w.options));
  });

  it("follows an options file edited after the first read, as a long-running dev server must, and answers from memory until then", () => {
    const before = currentWidgets(widgets);
    expect(currentWidgets(widgets)).toBe(before);
    const file = path.join(widgets, "towers/towers-options.ts");
    const source = readFileSync(file, "utf8");
    expect(source).toContain('n: { min: 1, max: 60,');
    writeFileSync(file, source.replace('n: { min: 1, max: 60,', 'n: { min: 1, max: 70,'));
    // A later modification time, whatever the clock's resolution: the edit is what an author's save looks like.
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    const towers = currentWidgets(widgets).find((w) => w.name === "towers")!;
    expect(towers.options["n"]!.max).toBe(70);
    expect(towers.optionProblem("n", 65)).toBeNull();
    expect(WIDGETS.find((w) => w.name === "towers")!.optionProblem("n", 65)).toMatch(/outside 1 to 60/);
  });
});
