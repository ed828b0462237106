/**
 * EPUB 3 built with fflate: `mimetype` first and stored (uncompressed), META-INF/container.xml,
 * the OPF package, a nav document and one XHTML chapter per article. Article HTML is sanitised
 * and re-serialised as XML (XMLSerializer), so every chapter is well-formed.
 */
import { zipSync, strToU8, type Zippable } from "fflate";
import { sanitizeArticleHtml } from "../../extract/sanitize.js";
import type { SavedArticle } from "../types.js";
import { escapeHtml, type ExportFile } from "./types.js";

type Win = Window & typeof globalThis;

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

function xhtml(title: string, body: string, lang = "en"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escapeHtml(lang)}" lang="${escapeHtml(lang)}">
<head><meta charset="UTF-8"/><title>${escapeHtml(title)}</title></head>
<body>${body}</body></html>
`;
}

/** Sanitised article HTML as XHTML fragments (images dropped: the book carries no remote files). */
export function toXhtml(html: string, win: Win): string {
  const doc = new win.DOMParser().parseFromString(sanitizeArticleHtml(html, win), "text/html");
  for (const img of doc.body.querySelectorAll("img, picture, source, video, audio")) img.remove();
  const serializer = new win.XMLSerializer();
  return [...doc.body.childNodes].map((n) => serializer.serializeToString(n)).join("");
}

function chapter(a: SavedArticle, win: Win): string {
  const meta = [a.siteName, a.byline, a.publishedTime?.slice(0, 10)]
    .filter(Boolean)
    .map((s) => escapeHtml(String(s)));
  const body = a.linkOnly
    ? `<p>Link only: <a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>`
    : toXhtml(a.content, win);
  return xhtml(
    a.title,
    `<h1>${escapeHtml(a.title)}</h1><p><small>${meta.join(" · ")}</small></p>${body}`,
    a.lang ?? "en",
  );
}

export function exportEpub(
  articles: SavedArticle[],
  { win = window, now = Date.now(), id = crypto.randomUUID() }: { win?: Win; now?: number; id?: string } = {},
): ExportFile {
  const day = new Date(now).toISOString();
  const title = articles.length === 1 ? articles[0]!.title : `Tidings library — ${day.slice(0, 10)}`;
  const chapters = articles.map((a, i) => ({ file: `chapter-${i + 1}.xhtml`, id: `c${i + 1}`, a }));
  const manifest = chapters.map(
    (c) => `<item id="${c.id}" href="${c.file}" media-type="application/xhtml+xml"/>`,
  );
  const spine = chapters.map((c) => `<itemref idref="${c.id}"/>`);
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:${id}</dc:identifier>
    <dc:title>${escapeHtml(title)}</dc:title>
    <dc:language>${escapeHtml(articles[0]?.lang ?? "en")}</dc:language>
    <dc:creator>Tidings</dc:creator>
    <meta property="dcterms:modified">${day.slice(0, 19)}Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    ${manifest.join("\n    ")}
  </manifest>
  <spine>${spine.join("")}</spine>
</package>
`;
  const nav = xhtml(
    title,
    `<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>${chapters
      .map((c) => `<li><a href="${c.file}">${escapeHtml(c.a.title)}</a></li>`)
      .join("")}</ol></nav>`,
  );
  const files: Zippable = {
    // First, and stored: readers identify the file by these bytes at offset 38.
    mimetype: [strToU8("application/epub+zip"), { level: 0 }],
    "META-INF/container.xml": strToU8(CONTAINER),
    "OEBPS/content.opf": strToU8(opf),
    "OEBPS/nav.xhtml": strToU8(nav),
  };
  for (const c of chapters) files[`OEBPS/${c.file}`] = strToU8(chapter(c.a, win));
  const bytes = zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
  return {
    name:
      articles.length === 1
        ? `${title.slice(0, 60).replace(/[^\p{L}\p{N}]+/gu, "-")}.epub`
        : `tidings-library-${day.slice(0, 10)}.epub`,
    type: "application/epub+zip",
    blob: new Blob([bytes], { type: "application/epub+zip" }),
  };
}
