/**
 * DOM clobbering, the mechanism behind the hostile page that once timed out in Chromium: a page
 * names elements after DOM members and the browser's named properties shadow the built-ins
 * (`document.cloneNode`, `document.createElement`, `form.querySelectorAll`, `form.parentNode`).
 * jsdom does not implement those named properties, so `emulateNamedProperties` installs them on
 * one jsdom window's prototypes, as Chromium resolves them: the element if the document or form
 * has one of that name, else the built-in.
 */
import { JSDOM } from "jsdom";
import createDOMPurify from "dompurify";
import { describe, expect, it } from "vitest";
import { cleanWindow } from "../../src/content/clean-window";
import { extractArticle } from "../../src/extract/index";
import { callBuiltIn, cloneUnclobbered } from "../../src/extract/unclobber";
import { NOW, page } from "./extract-helpers";

type Win = Window & typeof globalThis;

function emulateNamedProperties(win: Win, documentNames: string[], formNames: string[]): void {
  const shadow = (proto: object, name: string, find: (self: never) => Element | undefined) => {
    let owner: object | null = proto;
    while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    const builtIn = Object.getOwnPropertyDescriptor(owner ?? {}, name);
    if (!builtIn) throw new Error(`no built-in ${name}`);
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: never) {
        return find(this) ?? (builtIn.get ? builtIn.get.call(this) : builtIn.value);
      },
    });
  };
  // Looked up through collections jsdom fills internally, so the emulation never calls itself.
  const named = (list: ArrayLike<Element>, name: string) =>
    Array.from(list).find((el) => el.getAttribute("name") === name || el.getAttribute("id") === name);
  const images = Object.getOwnPropertyDescriptor(win.Document.prototype, "images")!.get!;
  const forms = Object.getOwnPropertyDescriptor(win.Document.prototype, "forms")!.get!;
  const elements = Object.getOwnPropertyDescriptor(win.HTMLFormElement.prototype, "elements")!.get!;
  for (const name of documentNames)
    shadow(win.Document.prototype, name, (self: Document) =>
      named([...images.call(self), ...forms.call(self)], name),
    );
  for (const name of formNames)
    shadow(win.HTMLFormElement.prototype, name, (self: HTMLFormElement) => named(elements.call(self), name));
}

const hostile = (inside: string) =>
  new JSDOM(page({ inside: `<p>Before the form.</p>${inside}<p>After the form.</p>` }), {
    url: "https://news.example/politics/water-plan",
  }).window as unknown as Win;

describe("DOM clobbering", () => {
  it("the emulation shadows the built-ins as a browser does", () => {
    const win = hostile(`<img name="cloneNode" src="a.png"><form><input name="querySelectorAll"></form>`);
    emulateNamedProperties(win, ["cloneNode"], ["querySelectorAll"]);
    const form = win.document.querySelector("form")!;
    expect(win.document.cloneNode).toBe(win.document.querySelector("img"));
    expect(form.querySelectorAll).toBe(form.querySelector("input"));
    expect(typeof win.document.body.cloneNode).toBe("function");
  });

  it("callBuiltIn calls the prototype's method whatever the instance shadows it with", () => {
    const win = hostile(`<img name="cloneNode" src="a.png">`);
    emulateNamedProperties(win, ["cloneNode"], []);
    const clone = callBuiltIn(win.document, "cloneNode", true) as Document;
    expect(clone).not.toBe(win.document);
    expect(clone.querySelector("h1")?.textContent).toBe("Parliament approves water plan");
    expect(() => callBuiltIn(win.document, "noSuchMethod")).toThrow(TypeError);
  });

  it("the clone loses the names that shadow document and form members, and keeps the others", () => {
    const win = hostile(
      `<img name="cloneNode" src="a.png"><img name="lead" src="b.png"><object id="body"></object>` +
        // A document names an iframe by its name only: its id stays.
        `<iframe name="title"></iframe><iframe id="title" title="map"></iframe>` +
        `<form id="f"><input name="parentNode"><input id="querySelectorAll"><select name="city"></select>` +
        `<div id="content"><p>Inside the form.</p></div></form>`,
    );
    const clone = cloneUnclobbered(win.document);
    expect(clone.querySelector("img[name=cloneNode], object[id=body]")).toBeNull();
    expect(clone.querySelector("img[name=lead]")).not.toBeNull();
    expect(clone.querySelector("iframe[name=title]")).toBeNull();
    expect(clone.querySelector("iframe[id=title]")).not.toBeNull();
    expect(clone.querySelector("input[name=parentNode], input[id=querySelectorAll]")).toBeNull();
    expect(clone.querySelector("select[name=city], div#content, form#f")).not.toBeNull();
    // The page itself is untouched.
    expect(win.document.querySelector("img[name=cloneNode]")).not.toBeNull();
    expect(win.document.querySelector("input[name=parentNode]")).not.toBeNull();
  });

  it("a page that shadows cloneNode, createElement and form members still reads as an article", () => {
    const win = hostile(
      `<img name="cloneNode" src="a.png"><img name="createElement" src="b.png">` +
        `<form><input name="querySelectorAll"><input name="getElementsByTagName"><input name="parentNode"></form>`,
    );
    emulateNamedProperties(win, ["cloneNode", "createElement"], ["querySelectorAll", "getElementsByTagName"]);
    // What the content script had before: the page's window, whose document is shadowed.
    expect(() => createDOMPurify(win)).toThrow(/createElement/);
    const result = extractArticle(win.document, {
      url: win.location.href,
      now: NOW,
      sanitizerWindow: cleanWindow(win),
    });
    expect(result.kind).toBe("article");
    if (result.kind !== "article") return;
    expect(result.article.textContent).toContain("Before the form.");
    expect(result.article.textContent).toContain("After the form.");
  });

  it("the clean window sanitises with a document of its own and is the real window otherwise", () => {
    const win = hostile(`<img name="createElement" src="b.png">`);
    emulateNamedProperties(win, ["createElement"], []);
    const clean = cleanWindow(win);
    expect(clean.document).not.toBe(win.document);
    expect(clean.document.body.childNodes).toHaveLength(0);
    expect(clean.DOMParser).toBe(win.DOMParser);
    const purify = createDOMPurify(clean);
    expect(purify.isSupported).toBe(true);
    expect(purify.sanitize(`<p>ok<img src=x onerror=alert(1)></p>`)).toBe(`<p>ok<img src="x"></p>`);
  });
});
