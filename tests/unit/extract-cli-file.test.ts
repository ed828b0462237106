/** extractFile: the CLI's one page from disk, parsed once and consumed, read again when it must be. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFile } from "../../src/cli/extract-file";
import { NOW, productPage } from "./extract-helpers";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tidings-cli-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("extractFile", () => {
  it("reads the page a second time when the clutter rules left no story, as the extension does", async () => {
    const path = join(dir, "product.html");
    await writeFile(path, productPage);
    const result = await extractFile(path, "https://shop.example/produkte/katzendecke", NOW);
    expect(result.kind).toBe("article");
    if (result.kind === "article")
      expect(result.article.textContent).toContain("Doppelverarbeitung mit Namen");
  });
});
