// The CLI bundle's edits to jsdom and css-tree (scripts/jsdom-edits.mjs): each applies to the
// installed version's exact text and leaves no file read beside the module behind; a changed
// file stops the build. That the bundled jsdom still sanitises is the CLI end-to-end suite's
// hostile-payload test.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript without types
import { EDITED_FILES, editForBundle } from "../../scripts/jsdom-edits.mjs";

const files = EDITED_FILES as string[];
const edit = editForBundle as (key: string, path: string, source: string) => Promise<string>;
const installed = (key: string) => join(process.cwd(), "node_modules", key);

describe("jsdom edits for the CLI bundle", () => {
  it.each(files)("%s: applies to the installed text and reads nothing beside itself", async (key) => {
    const path = installed(key);
    const edited = await edit(key, path, await readFile(path, "utf8"));
    expect(edited).not.toMatch(/__dirname|require\.resolve|createRequire|import\.meta\.url/);
  });

  it("inlines jsdom's user-agent stylesheet", async () => {
    const key = files.find((f) => f.endsWith("computed-style.js"))!;
    const path = installed(key);
    const edited = await edit(key, path, await readFile(path, "utf8"));
    const css = await readFile(join(path, "../../../../browser/default-stylesheet.css"), "utf8");
    expect(edited).toContain(JSON.stringify(css));
  });

  it("stops on a file whose text changed", async () => {
    const key = files[0]!;
    await expect(edit(key, installed(key), "module.exports = {};\n")).rejects.toThrow(
      /changed .*review scripts\/jsdom-edits\.mjs/,
    );
  });
});
