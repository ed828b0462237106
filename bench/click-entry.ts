/**
 * Injected into a fresh load of each corpus page by bench/browser.ts (bundled as an IIFE): times a
 * click, as the extension makes one. Each bundle is loaded (compiled anew: a comment of its own
 * defeats the compile cache, as for a click in a tab that has not run it yet), then makes its one
 * extraction. Which goes first alternates by page, so neither always meets the other's warm caches.
 */
export interface ClickTimes {
  /** Compiling and running the bundle's top level, as injecting it does. */
  load: number;
  /** The one extraction that follows. */
  run: number;
}

declare global {
  var __tidingsClick:
    | ((contentSrc: string, readabilitySrc: string, readabilityFirst: boolean) => Record<Side, ClickTimes>)
    | undefined;
  /** Defined by the Readability.js bundle bench/browser.ts builds. */
  var __readabilityClick: (() => unknown) | undefined;
}

type Side = "tidings" | "readability";

function time(src: string, run: () => unknown): ClickTimes {
  const unique = `${src}\n//${Math.random()}`;
  const start = performance.now();
  // The bundles bench/browser.ts built, compiled where the page's clock can time it.
  // eslint-disable-next-line no-eval
  (0, eval)(unique);
  const loaded = performance.now();
  run();
  return { load: loaded - start, run: performance.now() - loaded };
}

globalThis.__tidingsClick = (contentSrc, readabilitySrc, readabilityFirst) => {
  const tidings = () => time(contentSrc, () => globalThis.__tidingsExtract!());
  const readability = () => time(readabilitySrc, () => globalThis.__readabilityClick!());
  if (readabilityFirst) {
    const r = readability();
    return { readability: r, tidings: tidings() };
  }
  const t = tidings();
  return { tidings: t, readability: readability() };
};
