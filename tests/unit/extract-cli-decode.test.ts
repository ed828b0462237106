import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes, sniffMetaCharset } from "../../src/cli/decode";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(Buffer.from(p, "latin1")) : p)));

describe("decodeHtmlBytes", () => {
  it("decodes UTF-8 by default and strips a BOM", () => {
    expect(decodeHtmlBytes(new Uint8Array(Buffer.from("<p>Grüße</p>", "utf8")))).toBe("<p>Grüße</p>");
    expect(decodeHtmlBytes(bytes([0xef, 0xbb, 0xbf], "<p>x</p>"))).toBe("<p>x</p>");
  });

  it("reads a UTF-16 BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from("<p>é</p>", "utf16le")]);
    expect(decodeHtmlBytes(le)).toBe("<p>é</p>");
  });

  it("follows <meta charset> and http-equiv (windows-1252)", () => {
    const page = bytes(
      '<html><head><meta charset="windows-1252"></head><body>caf',
      [0xe9],
      " ",
      [0x93],
      "q",
      [0x94],
      "</body>",
    );
    expect(decodeHtmlBytes(page)).toContain("café “q”");
    const equiv = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na',
      [0xef],
      "ve</p>",
    );
    expect(decodeHtmlBytes(equiv)).toContain("naïve");
  });

  it("ignores unknown labels and a BOM wins over the meta", () => {
    expect(sniffMetaCharset(bytes('<meta charset="no-such-charset">'))).toBeNull();
    const page = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>', [0xc3, 0xa9], "</p>");
    expect(decodeHtmlBytes(page)).toContain("<p>é</p>");
  });

  it("reads valid UTF-8 as UTF-8 when the meta still declares a legacy charset", () => {
    const saved = new Uint8Array(Buffer.from('<meta charset="gb2312"><p>谷歌在2014年收购</p>', "utf8"));
    expect(decodeHtmlBytes(saved)).toContain("谷歌在2014年收购");
    // Real GBK bytes are not valid UTF-8: the declaration still decides.
    const gbk = bytes('<meta charset="gbk"><p>', [0xb9, 0xc8, 0xb8, 0xe8], "</p>");
    expect(decodeHtmlBytes(gbk)).toContain("<p>谷歌</p>");
  });

  it("gunzips by magic bytes", () => {
    const gz = new Uint8Array(gzipSync(Buffer.from('<meta charset="utf-8"><p>Zürich</p>', "utf8")));
    expect(decodeHtmlBytes(gz)).toContain("Zürich");
  });
});
