// Finds what the browser and HTML tests need outside npm (Chromium, a Java runtime for the Nu HTML checker);
// installs Debian's packages when it can (root with apt-get), else says how.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
let updated = false;
const aptInstall = (pkg, why) => {
  console.log(`${why}: installing Debian's ${pkg} package...`);
  if (!updated) execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  updated = true;
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
};

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
const chromium = () => candidates.find((p) => existsSync(p));
if (!chromium() && isRoot && hasApt) aptInstall("chromium", "Chromium not found");
if (!chromium()) {
  console.error(
    "The browser tests need Chromium and none was found.\n" +
      "Install it, for example `sudo apt-get install chromium` on Debian or Ubuntu,\n" +
      "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.",
  );
  process.exit(1);
}

const java = () => spawnSync("java", ["-version"]).status === 0;
if (!java() && isRoot && hasApt) aptInstall("default-jre-headless", "Java not found (the Nu HTML checker runs on it)");
if (!java()) {
  console.error("The HTML validity test runs the W3C Nu checker, which needs Java 11 or newer: install one (for example `sudo apt-get install default-jre-headless`), then run npm test again.");
  process.exit(1);
}
console.log(`Chromium: ${chromium()}; Java: found`);
