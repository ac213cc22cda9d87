import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { embedContract, type EmbedContract } from "../../src/embed/embed-contract.ts";

const committed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../src/embed/embed-contract.json"), "utf8")) as EmbedContract;

describe("embedContract()", () => {
  it("keeps every promise of v1: no tag, attribute, value range, default, choice, event or property removed or changed", () => {
    const now = embedContract();
    const broken: string[] = [];
    for (const key of ["path", "event", "minWidth"] as const) if (now[key] !== committed[key]) broken.push(`${key}: ${committed[key]} became ${now[key]}`);
    for (const p of committed.properties) if (!now.properties.includes(p)) broken.push(`property ${p} removed`);
    for (const v of committed.theme.values) if (now.theme.attribute !== committed.theme.attribute || !now.theme.values.includes(v)) broken.push(`theme ${v} removed`);
    for (const [tag, widget] of Object.entries(committed.widgets)) {
      const current = now.widgets[tag];
      if (!current) {
        broken.push(`<${tag}> removed`);
        continue;
      }
      if (current.iframe !== widget.iframe) broken.push(`<${tag}> iframe page moved`);
      if (current.still !== widget.still) broken.push(`<${tag}> still figure moved`);
      for (const [name, was] of Object.entries(widget.attributes)) {
        const is = current.attributes[name];
        if (!is) broken.push(`<${tag} ${name}> removed`);
        else if (is.min > was.min || is.max < was.max) broken.push(`<${tag} ${name}> range ${was.min}..${was.max} narrowed to ${is.min}..${is.max}`);
        else if (is.default !== was.default) broken.push(`<${tag} ${name}> default ${was.default} became ${is.default}`);
        else if (was.choices?.some((c, i) => is.choices?.[i] !== c)) broken.push(`<${tag} ${name}> choices ${was.choices} became ${is.choices}`);
      }
    }
    // A host's page written for v1 must keep working: a breaking change goes to /embed/v2/ instead.
    expect(broken, "breaking changes to the v1 embed contract").toEqual([]);
  });

  it("lists every addition in src/embed/embed-contract.json, so that the file is the whole promise", () => {
    expect(embedContract(), "after a reviewed addition, regenerate with npx tsx scripts/embed-contract.ts").toEqual(committed);
  });
});
