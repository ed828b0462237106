/**
 * The corpus pages over HTTP on 127.0.0.1 (`/page/<index>`), and a headless Chromium that reaches
 * nothing else: what bench:browser and bench:parity load the pages into.
 */
import http from "node:http";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
// @ts-expect-error: a plain .mjs module shared with the end-to-end suites.
import { CHROMIUM_ARGS, chromiumPath } from "../tests/e2e/browsers.mjs";

export interface CorpusServer {
  /** `http://127.0.0.1:<port>`: page i is at `${origin}/page/${i}`. */
  origin: string;
  close(): void;
}

/**
 * Serves `pages` as UTF-8 (the corpus loader has decoded them) with `scriptSrc` as the page's CSP
 * script-src: no script source is ever allowed, so the pages' own scripts never run.
 */
export async function serveCorpusPages(pages: { html: string }[], scriptSrc: string): Promise<CorpusServer> {
  const server = http.createServer((req, res) => {
    const page = pages[Number(/^\/page\/(\d+)$/.exec(req.url ?? "")?.[1] ?? NaN)];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `script-src ${scriptSrc}; object-src 'none'; frame-src 'none'; worker-src 'none'`,
      })
      .end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** Headless Chromium whose every request off `origin` is aborted (remote stylesheets, images, redirects). */
export async function loopbackChromium(
  origin: string,
): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext();
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  return { browser, context };
}
