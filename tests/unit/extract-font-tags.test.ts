import { describe, expect, it } from "vitest";
import { undoTranslationFonts } from "../../src/extract/font-tags";
import { cloneForReading } from "../../src/extract/composed-tree";
import { declutter } from "../../src/extract/declutter";
import { article, bodyAfter, doc, GLOSSARY_PAGE, PROSE, rewriteBodyTexts } from "./extract-helpers";

/** Every run of text in the body wrapped as Chrome's page translation wraps it. */
const FONT = '<font style="vertical-align: inherit;">';
const translated = (html: string): string =>
  rewriteBodyTexts(html, (text) => `${FONT}${FONT}${text}</font></font>`);

describe("Chrome's translation wrappers", () => {
  it("unwraps them, nested, and joins the text runs they split", () => {
    const page = doc(
      `<html><body><div id="post">He said <font style="vertical-align: inherit;"><font style="vertical-align: inherit;">so</font></font> twice.<br><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Then he left.</font></font></div></body></html>`,
    );
    undoTranslationFonts(page);
    const post = page.getElementById("post")!;
    expect(post.getElementsByTagName("font")).toHaveLength(0);
    expect(post.innerHTML).toBe("He said so twice.<br>Then he left.");
    expect(post.firstChild?.nodeValue).toBe("He said so twice.");
  });

  it("joins the runs in a copy of the page too, as the extractor reads one", () => {
    // (linkedom says no node of a cloned document is connected: the runs had stayed split in Node.)
    const page = cloneForReading(
      doc(
        `<html><body><p id="p">He said <font style="vertical-align: inherit;">so</font> twice.</p></body></html>`,
      ),
    );
    undoTranslationFonts(page);
    expect(page.getElementById("p")?.firstChild?.nodeValue).toBe("He said so twice.");
  });

  it("leaves a page's own <font>s: an old page's date line may be one", () => {
    const html = `<html><body><p><font size="1">Posted 21.03.2025</font> Plain <b>text</b>.</p></body></html>`;
    const page = doc(html);
    undoTranslationFonts(page);
    expect(page.body.innerHTML).toBe('<p><font size="1">Posted 21.03.2025</font> Plain <b>text</b>.</p>');
  });
});

/**
 * As Edge's translation leaves a page: every element holding text marked, and the content of each
 * that mixes text and inline elements wrapped in one `<font _mstmutation="1">`.
 */
const translatedByEdge = (html: string): string =>
  html.replace(
    /(<(div|p|li)\b[^>]*)>((?:(?!<\/?(?:div|p|li|ul|ol|h\d|article|section)\b)[^])*?<(?:a|b|i|em|strong)\b[^]*?)<\/\2>/g,
    (_m, open: string, tag: string, inner: string) =>
      `${open} _msthash="101" _msttexthash="7919"><font _mstmutation="1" _msthash="102" _msttexthash="8080">${inner}</font></${tag}>`,
  );

describe("a page Edge has translated", () => {
  it("unwraps the <font _mstmutation> around a block's content, its inline elements kept", () => {
    const page = doc(
      `<html><body><p id="p" _msthash="1" _msttexthash="2"><font _mstmutation="1" _msthash="3" _msttexthash="4">He said <a href="/so">so</a> twice.</font></p></body></html>`,
    );
    undoTranslationFonts(page);
    expect(page.getElementById("p")!.innerHTML).toBe('He said <a href="/so">so</a> twice.');
  });

  it("keeps a glossary link marked 'popup' inside a sentence", () => {
    expect(translatedByEdge(GLOSSARY_PAGE)).toContain('<font _mstmutation="1"');
    expect(article(translatedByEdge(GLOSSARY_PAGE)).textContent).toContain("I am a rather elderly man.");
  });
});

describe("a page Chrome has translated", () => {
  // A blog post written as text set apart by <br>s, in a block its platform names a "widget":
  // the clutter rules' guard must see the text as prose through the wrappers.
  const blog = `<!DOCTYPE html><html lang="en"><head><title>Water plan approved after a long debate</title></head><body>
    <div class="widget Blog" id="Blog1"><h3 class="post-title">Water plan approved after a long debate</h3>
    <div class="post-body">${PROSE.join("<br><br>")}</div></div></body></html>`;

  it("reads a post of <br>-separated text whole, as it reads the page untranslated", () => {
    const before = article(blog);
    const after = article(translated(blog));
    expect(before.textContent).toContain("groundwater levels");
    expect(after.textContent).toBe(before.textContent);
  });

  it("keeps a glossary link marked 'popup' inside a sentence", () => {
    expect(article(GLOSSARY_PAGE).textContent).toContain("I am a rather elderly man.");
    expect(article(translated(GLOSSARY_PAGE)).textContent).toContain("I am a rather elderly man.");
  });
});

describe("text set apart by <br>s, as the clutter rules' guard counts it", () => {
  it("counts a run going on through bold words and links as one", () => {
    // No text node alone reaches a paragraph's 80 characters; each run does.
    const runs = PROSE.map((p) => {
      const words = p.split(" ");
      const third = Math.floor(words.length / 3);
      return `${words.slice(0, third).join(" ")} <b>${words.slice(third, 2 * third).join(" ")}</b> <a href="/x">${words[2 * third]}</a> ${words.slice(2 * third + 1).join(" ")}`;
    });
    const page = doc(
      `<html><body><div class="widget Blog" id="Blog1"><div class="post-body">${runs.join("<br><br>")}</div></div></body></html>`,
    );
    declutter(page);
    expect(page.getElementById("Blog1")?.textContent).toContain("groundwater levels");
  });

  it("does not count a list of links set apart by <br>s", () => {
    const links = Array.from(
      { length: 6 },
      (_, i) =>
        `<a href="/s/${i}">Another story on the site about the water plan and the council budget, number ${i} of them</a>`,
    ).join("<br>");
    const page = doc(
      `<html><body><article><p>${PROSE.join("</p><p>")}</p></article><div class="widget related-links" id="More">${links}</div></body></html>`,
    );
    declutter(page);
    expect(page.getElementById("More")).toBeNull();
  });
});

/** Immersive Translate's copy of a line, as it writes one after a block's own text. */
const copy = (translation: string): string =>
  `<font class="notranslate immersive-translate-target-wrapper" data-immersive-translate-translation-element-mark="1" lang="zh-CN"><br><font class="notranslate immersive-translate-target-translation-block-wrapper" data-immersive-translate-translation-element-mark="1"><font class="notranslate immersive-translate-target-inner" data-immersive-translate-translation-element-mark="1">${translation}</font></font></font>`;

/** The page with a translation written after the text of each paragraph, item and heading. */
const bilingual = (html: string): string =>
  html.replace(/<body>[^]*<\/body>/, (body) =>
    body.replace(/<\/(p|li|h[1-6])>/g, (end) => `${copy("译文译文译文")}${end}`),
  );

describe("a bilingual translation tool's copies of the page's lines", () => {
  it("are taken with their content, and the runs they split joined", () => {
    const inline = `<font class="notranslate immersive-translate-target-wrapper" data-immersive-translate-translation-element-mark="1" lang="zh-CN"><font class="notranslate" data-immersive-translate-translation-element-mark="1"> </font><font class="notranslate immersive-translate-target-translation-inline-wrapper" data-immersive-translate-translation-element-mark="1">月曜日</font></font>`;
    expect(
      bodyAfter(
        undoTranslationFonts,
        `<p id="p">He left on <b>Monday</b>${inline} at noon.${copy("他中午离开了。")}</p>`,
      ),
    ).toBe('<p id="p">He left on <b>Monday</b> at noon.</p>');
  });

  it("leaves a page's own text in another language, marked not to be translated", () => {
    const own = `<p>The motto <font class="notranslate" lang="la">festina lente</font> stays.</p>`;
    expect(bodyAfter(undoTranslationFonts, own)).toBe(own);
  });

  const story = `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan</title></head><body>
    <article><h1>Parliament approves water plan</h1><p class="byline">By Jane Roe</p>
    ${PROSE.map((p) => `<p>${p}</p>`).join("\n")}</article>
    <div class="more"><h2>You may also like</h2><ul>
      <li><a href="/a">Council delays vote on the new bus lanes in the old town</a></li>
      <li><a href="/b">Heat wave expected to last until the end of next week</a></li>
      <li><a href="/c">Library reopens after two years of repairs to its roof</a></li></ul></div></body></html>`;

  it("leave the page to read as it came: byline, story, no rail", () => {
    const before = article(story);
    expect(before.byline).toBe("Jane Roe");
    expect(before.textContent).not.toContain("You may also like");
    const after = article(bilingual(story));
    expect(bilingual(story)).toContain("immersive-translate-target-wrapper");
    expect(after.byline).toBe("Jane Roe");
    expect(after.textContent).toBe(before.textContent);
  });
});
