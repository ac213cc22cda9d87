// Serves the built site the way Netlify or Cloudflare Pages would: each response gets the headers dist/_headers gives
// its path (the CSP, and CORS on /embed/v1/ that embedding from another origin needs). `npm run serve -- --port 4321`;
// `--dir some/folder` serves any folder (a test host page), with its _headers if it has one.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { headersFor, parseHeadersFile } from "../src/security/headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".wasm": "application/wasm", ".xml": "application/xml", ".png": "image/png",
  ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon", ".webmanifest": "application/manifest+json",
};

/** Serves `dir` (with the headers of its _headers file, if any) on host:port; resolves once listening, with the server and its address. */
export async function serveDist(dir: string, port = 0, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
  const root = path.resolve(dir);
  const headersFile = path.join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = file.startsWith(root + path.sep) && existsSync(file);
    res.writeHead(found ? 200 : 404, { ...headersFor(url.pathname, rules), "Content-Type": TYPES[path.extname(found ? file : ".html")] ?? "application/octet-stream" });
    const notFound = path.join(root, "404.html");
    res.end(found ? readFileSync(file) : existsSync(notFound) ? readFileSync(notFound) : "Not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as { port: number };
  return { server, url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}` };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "4321" }, host: { type: "string", default: "localhost" }, dir: { type: "string", default: "dist" } } });
  if (values.dir === "dist" && !existsSync(path.join(values.dir, "_headers"))) {
    console.error("dist/_headers not found: run `npm run build` first.");
    process.exit(1);
  }
  const { url } = await serveDist(values.dir, Number(values.port), values.host);
  console.log(`Serving ${values.dir}/ at ${url}/ (Ctrl+C stops)`);
}
