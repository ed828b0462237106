// What "safe" means for article HTML, checked the same way in jsdom (unit tier) and in the
// extension's own pages (browser tier, passed to page.evaluate as a string): no script elements,
// no frames, plugins, forms, styles or base/meta, no on* attributes, no script-capable URL.
// Plain JS with no imports and no closures, so that it can be serialised into a page.
/* eslint-disable no-control-regex -- URL trimming is about control characters */

/** @param {ParentNode} root @returns {string[]} one line per violation */
export function findViolations(root) {
  const FORBIDDEN =
    "script,iframe,frame,frameset,object,embed,applet,base,meta,form,style,link,portal,svg,math";
  const URL_ATTRS = [
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "data",
    "cite",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "ping",
    "codebase",
    "manifest",
    "icon",
    "srcdoc",
  ];
  /** @param {string} value */
  const scriptCapable = (value) => {
    // Browsers drop C0 controls and spaces around a URL and tabs/newlines anywhere in it.
    const v = value.replace(/[\u0000-\u0020\u007f-\u00a0]+/g, "").toLowerCase();
    if (/^(?:javascript|vbscript|livescript|mocha):/.test(v)) return true;
    return v.startsWith("data:") && !/^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/.test(v);
  };
  const out = [];
  for (const el of root.querySelectorAll(FORBIDDEN)) out.push(`<${el.localName}> element`);
  for (const el of root.querySelectorAll("*")) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) out.push(`<${el.localName} ${name}>`);
      if (name === "style" && /url\(|expression|@import|binding|behavior/i.test(attr.value))
        out.push(`<${el.localName} style=${attr.value.slice(0, 60)}>`);
      if (!URL_ATTRS.includes(name) && !name.endsWith(":href")) continue;
      const urls =
        name === "srcset" ? attr.value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [attr.value];
      for (const url of urls)
        if (scriptCapable(url)) out.push(`<${el.localName} ${name}=${url.slice(0, 60)}>`);
    }
  }
  return out;
}

/** @param {string | null | undefined} value */
export function isScriptCapableUrl(value) {
  if (!value) return false;
  const v = value.replace(/[\u0000-\u0020\u007f-\u00a0]+/g, "").toLowerCase();
  if (/^(?:javascript|vbscript|livescript|mocha):/.test(v)) return true;
  return v.startsWith("data:") && !/^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/.test(v);
}
