// The bundles' edit to chrono-node (scripts/chrono-edits.mjs): chrono's top-level parser instances
// are left out of the content and CLI bundles, whose date parser builds the one it needs on first
// use and reads every date as before; an upgrade that changes a file stops the build.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript without types
import { chronoEdits, editChronoLanguage } from "../../scripts/chrono-edits.mjs";
import { parseDate } from "../../src/extract/metadata/date-parse";

const chronoLocales = join(
  dirname(createRequire(import.meta.url).resolve("chrono-node")).replace(/cjs$/, "esm"),
  "locales",
);

async function bundleDateParse(plugins: unknown[]): Promise<string> {
  const out = await build({
    stdin: {
      contents: 'export { parseDate } from "./src/extract/metadata/date-parse";',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    plugins: plugins as never[],
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

const instances = (code: string) => code.match(/new Chrono\(/g)?.length ?? 0;

/** Lines only chrono reads (relative dates, CJK, dates with a zone), in the languages it is given. */
const LINES: [string, string][] = [
  ["Posted 3 days ago", "en"],
  ["il y a 3 jours", "fr"],
  ["2 ore fa", "it"],
  ["3 дня назад", "ru"],
  ["2025年3月21日 14:05", "zh"],
  ["2025年3月21日", "ja"],
  ["Published 14 May 2025, 10:42 BST", "en"],
  ["Publicado hace 2 días", "es"],
  ["Geplaatst 2 dagen geleden", "nl"],
  ["21 de março de 2025", "pt"],
  ["vor 3 Tagen, 21. März 2025", "de"],
  ["21 March 2025 and 3 days ago", ""],
];

describe("chrono as the content and CLI bundles carry it", () => {
  it("holds no parser built at load: only the date parser's own, made on first use", async () => {
    const edited = await bundleDateParse([chronoEdits]);
    expect(instances(edited)).toBe(1);
    // Nor the parsers only casual ones use ("heute", "demain").
    expect(edited).not.toMatch(/DECasualDateParser|FRCasualDateParser/);
    // Without the edit every language module builds its casual and strict parsers as it loads.
    expect(instances(await bundleDateParse([]))).toBeGreaterThan(10);
  });

  it("reads every date as chrono's own modules do", async () => {
    const code = await bundleDateParse([chronoEdits]);
    // The code is the bundle built just above from this project's sources and chrono's files.
    // eslint-disable-next-line no-unsanitized/method
    const bundled = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as {
      parseDate: typeof parseDate;
    };
    const now = new Date("2025-06-01T12:00:00Z");
    for (const [line, lang] of LINES) {
      expect(bundled.parseDate(line, now, lang), `${lang}: ${line}`).toBe(parseDate(line, now, lang));
    }
    // The lines are ones chrono reads: the comparison is not of nulls.
    expect(LINES.filter(([line, lang]) => parseDate(line, now, lang) !== null).length).toBeGreaterThanOrEqual(
      9,
    );
  });

  it("edits each language module chrono ships, and stops on one it does not recognise", async () => {
    for (const lang of ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "ja", "zh", "zh/hans", "zh/hant"]) {
      const path = join(chronoLocales, lang, "index.js");
      const edited = editChronoLanguage(path, await readFile(path, "utf8")) as string;
      expect(edited, lang).toMatch(/export const strict = \/\* @__PURE__ \*\/ new Chrono\(/);
      expect(edited, lang).not.toMatch(/^export const \w+ = new Chrono\(/m);
    }
    expect(() => editChronoLanguage("x/index.js", "export const casual = createChrono();\n")).toThrow(
      /review scripts\/chrono-edits\.mjs/,
    );
    expect(() =>
      editChronoLanguage(
        "x/index.js",
        "export const strict = new Chrono(createConfiguration(true));\n" +
          "export const casual = new Chrono(options ?? createCasualConfiguration());\n",
      ),
    ).toThrow(/review scripts\/chrono-edits\.mjs/);
  });
});
