// Serves tests/fixtures/<case>/source.html at http://127.0.0.1:PORT/<case>/ (loopback only),
// so the end-to-end suites read real pages without the network. stop() closes it for good.
import http from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** @returns {Promise<{origin: string, url: (name: string) => string, requests: string[], stop: () => Promise<void>}>} */
export async function serveFixtures() {
  /** @type {string[]} */
  const requests = [];
  const server = http.createServer(async (req, res) => {
    requests.push(req.url ?? "");
    const name = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+|\/+$/g, "");
    if (!/^[a-z0-9-]+$/.test(name)) {
      res.writeHead(404).end("not found");
      return;
    }
    try {
      const html = await readFile(join(fixtures, name, "source.html"));
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (name) => `${origin}/${name}/`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
