// The hostile pages on 127.0.0.1, under a CSP that forbids the page itself to run or load
// anything of the payloads, so that any sentinel hit (/pwned) or dialog comes from Tidings.
// Records every request; /pwned answers 204 and is counted.
import http from "node:http";

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "style-src 'none'",
  "img-src 'self'",
  "media-src 'self'",
].join("; ");

// A 1×1 PNG: the article's own images.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * @param {Record<string, {html: string, csp?: boolean}>} pages path → page (csp defaults to true)
 * @returns {Promise<{origin: string, requests: {path: string, referer: string}[], pwned: () => string[], stop: () => Promise<void>}>}
 */
export async function serveHostile(pages) {
  /** @type {{path: string, referer: string}[]} */
  const requests = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, referer: String(req.headers.referer ?? "") });
    const page = pages[path.split("?")[0] ?? ""];
    if (page) {
      const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
      if (page.csp !== false) headers["content-security-policy"] = PAGE_CSP;
      res.writeHead(200, headers).end(page.html);
    } else if (path.startsWith("/img/")) {
      res.writeHead(200, { "content-type": "image/png" }).end(PNG);
    } else if (path.startsWith("/pwned")) {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    // Chromium fetches the page's own <link rel=prefetch> whatever its CSP says: that hit, sent
    // by the article page itself (its referer), is not Tidings running anything.
    pwned: () =>
      requests
        .filter(
          (r) =>
            r.path.startsWith("/pwned") && !(r.path === "/pwned?prefetch" && r.referer.includes("/hostile/")),
        )
        .map((r) => `${r.path} from ${r.referer}`),
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
