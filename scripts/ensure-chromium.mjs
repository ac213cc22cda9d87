// Finds a Chromium for the browser tests; installs Debian's package when it can (root with apt-get), else says how.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

if (!found()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium package (about 20 s)...");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
}
if (!found()) {
  console.error(
    "The browser tests need Chromium and none was found.\n" +
      "Install it, for example `sudo apt-get install chromium` on Debian or Ubuntu,\n" +
      "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.",
  );
  process.exit(1);
}
console.log(`Chromium: ${found()}`);
