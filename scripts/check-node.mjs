// Stops with a clear message on a Node older than the toolchain needs (Astro 7 and Vitest 5 want 22.12 or newer).
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node 22.12 or newer; this is Node ${process.versions.node}.\n` +
      "Run it through npm (npm test, npm start): the `node` devDependency puts Node 24 first on npm's PATH.",
  );
  process.exit(1);
}
