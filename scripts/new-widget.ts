// Scaffolds a widget: npm run new-widget -- <name>. Writes src/widgets/<name>/ with the files every widget has, its test,
// registers it, and adds its element to the v1 embed contract (a reviewed addition, like any other).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { scaffoldWidget } from "../src/lib/scaffold-widget.ts";
import { componentName } from "../src/widgets/define-widget.ts";

const root = path.resolve(import.meta.dirname, "..");
const name = process.argv[2] ?? "";
if (process.argv.length !== 3) {
  console.error("Usage: npm run new-widget -- <name>   (lowercase words joined by hyphens, e.g. tanh-explorer)");
  process.exit(1);
}
try {
  const files = scaffoldWidget(name, root);
  // The contract is computed from the registry, which this process has not loaded: a fresh one reads the new entry.
  const contract = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/embed-contract.ts")], { cwd: root, stdio: "inherit" });
  if (contract.status !== 0) throw new Error("could not update src/embed/embed-contract.json");
  console.log(
    [
      `Created and registered the widget "${name}":`,
      ...[...files, "src/embed/embed-contract.json"].map((f) => `  ${f}`),
      `Use it in an article: import ${componentName(name)} from "../../src/widgets/${name}/${componentName(name)}.astro";`,
      "Next: replace the template's drawing in figure.ts, its options in widget.ts, and its test; CONTRIBUTING.md (Adding a widget) says what each file is.",
    ].join("\n"),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
