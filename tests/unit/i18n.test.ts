import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../src/shared/i18n.js";

const root = join(__dirname, "../..");
const load = (lang: string) =>
  JSON.parse(readFileSync(join(root, "_locales", lang, "messages.json"), "utf8")) as Record<
    string,
    { message: string }
  >;
const locales = readdirSync(join(root, "_locales"));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|html)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}

/** Keys the code names literally: t("key"), data-i18n="key", data-i18n-attr="attr:key", __MSG_key__. */
function usedKeys(): Set<string> {
  const text = [...sources(join(root, "src")), readFileSync(join(root, "manifest.json"), "utf8")].join("\n");
  const keys = new Set<string>();
  for (const [, key] of text.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)) keys.add(key!);
  for (const [, key] of text.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) keys.add(key!);
  for (const [, pairs] of text.matchAll(/data-i18n-attr="([^"]+)"/g)) {
    for (const pair of pairs!.split(";")) keys.add(pair.split(":")[1]!.trim());
  }
  for (const [, key] of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(key!);
  return keys;
}

describe("translations", () => {
  const en = load("en");

  it("ships English and German", () => {
    expect(locales.sort()).toEqual(["de", "en"]);
  });

  it.each(locales)("%s has exactly the English keys, each with a message and the same $n", (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe("");
      const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(subs(message), key).toEqual(subs(en[key]!.message));
    }
  });

  it("every key the code uses exists", () => {
    const missing = [...usedKeys()].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it("every message is used somewhere (as a literal key)", () => {
    const text = [...sources(join(root, "src")), readFileSync(join(root, "manifest.json"), "utf8")].join(
      "\n",
    );
    const unused = Object.keys(en).filter(
      (key) => !text.includes(`"${key}"`) && !text.includes(`:${key}`) && !text.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it("translate substitutes, and falls back to the key when a message is missing", () => {
    const get = (key: string, subs?: string[]) => (key === "metaVia" ? `via ${subs?.[0]}` : "");
    expect(translate("metaVia", ["Reuters"], get)).toBe("via Reuters");
    expect(translate("nope", [], get)).toBe("nope");
    expect(
      translate("x", [], () => {
        throw new Error("no API");
      }),
    ).toBe("x");
  });
});
