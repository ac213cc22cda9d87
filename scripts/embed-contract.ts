// Writes src/embed/embed-contract.json from the code: run it after an intended, reviewed addition to the v1 embeds.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { embedContract } from "../src/embed/embed-contract.ts";

writeFileSync(path.resolve(import.meta.dirname, "../src/embed/embed-contract.json"), `${JSON.stringify(embedContract(), null, 2)}\n`);
