/**
 * The window DOMPurify is given in the content script. DOMPurify builds its sanitiser from
 * `window.document` (createElement, implementation, createNodeIterator…), and in the content
 * script that is the page's document, whose members the page can shadow by naming elements after
 * them (`<img name="createElement">`). This window answers a fresh, empty document of our own
 * instead; everything else is the real window.
 */
export function cleanWindow(win: Window & typeof globalThis): Window & typeof globalThis {
  // A DOMParser document has no browsing context and no page markup: nothing in it to shadow.
  const doc = new win.DOMParser().parseFromString("<!DOCTYPE html><title></title>", "text/html");
  return new Proxy(win, {
    get: (target, key) => (key === "document" ? doc : Reflect.get(target, key)),
  });
}
