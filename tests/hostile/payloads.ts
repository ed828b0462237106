/**
 * The hostile-content corpus: markup that tries to run script, load something, or break the
 * extractor, each piece meant to sit inside an otherwise normal article (see ./article-page.ts).
 *
 * Every script body is a sentinel the tests can observe: `alert(N)` (a dialog), a request to
 * `__PWNED__` (the test server counts it) or `document.title=`PWNED``. Payload N uses the Nth
 * sentinel in turn; `__PWNED__` is replaced with the server's http://127.0.0.1:PORT/pwned.
 * Backticks, not quotes, so one body fits in quoted, unquoted and URL contexts alike.
 */
import { EVENT_HANDLERS } from "./event-names";

export interface Payload {
  id: number;
  /** A short family name, for reports: "event", "url", "mxss", "clobber"… */
  family: string;
  /** Markup for the article body. */
  body: string;
  /** Markup for <head>, when the attack lives there (canonical URL, og:image…). */
  head?: string;
}

export const PWNED = "__PWNED__";

/** The sentinel script for payload n. */
export function js(n: number): string {
  switch (n % 3) {
    case 0:
      return `alert(${n})`;
    case 1:
      return `fetch(\`${PWNED}?${n}\`)`;
    default:
      return `document.title=\`PWNED\``;
  }
}

const list: Omit<Payload, "id">[] = [];
const add = (family: string, make: (n: number) => string, head?: (n: number) => string) => {
  const n = list.length;
  list.push({ family, body: make(n), ...(head ? { head: head(n) } : {}) });
};

// Script elements, plain and hidden in other containers.
for (const shape of [
  (s: string) => `<script>${s}</script>`,
  (s: string) => `<script type="text/javascript">${s}</script>`,
  (s: string) => `<script type="module">${s}</script>`,
  (s: string) => `<script src="data:text/javascript,${encodeURIComponent(s)}"></script>`,
  (s: string) => `<SCRIPT>${s}</SCRIPT>`,
  (s: string) => `<script\n>${s}</script\n>`,
  (s: string) => `<svg><script>${s}</script></svg>`,
  (s: string) => `<svg><script href="data:text/javascript,${encodeURIComponent(s)}"></script></svg>`,
  (s: string) => `<noscript><script>${s}</script></noscript>`,
  (s: string) => `<template><script>${s}</script></template>`,
  (s: string) => `<math><mi><script>${s}</script></mi></math>`,
  (s: string) => `<div><scr<script>ipt>${s}</scr</script>ipt></div>`,
]) {
  add("script", (n) => shape(js(n)));
}

// Every event-handler attribute, on an element that can fire it without help where one exists.
for (const name of EVENT_HANDLERS) {
  add("event", (n) => {
    const s = js(n);
    if (name === "onerror") return `<img src="x-missing.png" onerror="${s}">`;
    if (name === "onload") return `<img src="/img/ok.png" onload="${s}">`;
    if (name === "onfocus" || name === "onfocusin") return `<input autofocus ${name}="${s}">`;
    if (name === "ontoggle") return `<details open ontoggle="${s}"><summary>More</summary>Detail.</details>`;
    if (name === "onbegin" || name === "onend" || name === "onrepeat")
      return `<svg><animate attributeName="x" dur="1s" ${name}="${s}"></animate></svg>`;
    if (name.startsWith("onanimation"))
      return `<p style="animation:spin 1s" ${name}="${s}">Animated words in the story.</p>`;
    if (name.startsWith("ontransition"))
      return `<p style="transition:color 1s" ${name}="${s}">Changing words in the story.</p>`;
    if (name === "onstart" || name === "onfinish" || name === "onbounce")
      return `<marquee ${name}="${s}">Breaking news ticker</marquee>`;
    return `<span tabindex="0" ${name}="${s}">Hover or tap this line of the report.</span>`;
  });
}
// Handler spellings a sloppy filter would miss.
for (const shape of [
  (s: string) => `<img src=x ONERROR=${s}>`,
  (s: string) => `<img src=x oNeRrOr="${s}">`,
  (s: string) => `<img src=x onerror  =  "${s}">`,
  (s: string) => `<img/src=x/onerror=${s}>`,
  (s: string) => `<img src=x onerror="&#x61;lert(1);${s}">`,
  (s: string) => `<img src=x\nonerror=\n"${s}">`,
  (s: string) => `<img src=x onerror='${s}'>`,
  (s: string) => `<img src="x" alt="" onerror=${s}//>`,
  (s: string) => `<body onload="${s}">`,
  (s: string) => `<video><source onerror="${s}"></video>`,
  (s: string) => `<audio src=x onerror="${s}"></audio>`,
  (s: string) => `<image src=x onerror="${s}">`,
  (s: string) => `<svg onload="${s}"></svg>`,
  (s: string) => `<svg><g onload="${s}"></g></svg>`,
  (s: string) => `<xss onbeforescriptexecute="${s}">custom element</xss>`,
  (s: string) => `<a id="x" tabindex="1" onfocusin="${s}">anchor</a>`,
]) {
  add("event", (n) => shape(js(n)));
}

// Script-capable URLs in every URL attribute, with the obfuscations browsers forgive.
const URL_SLOTS: [string, (url: string) => string][] = [
  ["href", (u) => `<a href="${u}">Read the full statement</a>`],
  ["area href", (u) => `<map name="m"><area shape="rect" coords="0,0,1,1" href="${u}"></map>`],
  ["src", (u) => `<img src="${u}" alt="chart">`],
  ["iframe src", (u) => `<iframe src="${u}"></iframe>`],
  ["embed src", (u) => `<embed src="${u}">`],
  ["srcset", (u) => `<img src="/img/ok.png" srcset="${u} 2x" alt="photo">`],
  ["source srcset", (u) => `<picture><source srcset="${u}"><img src="/img/ok.png" alt="p"></picture>`],
  ["action", (u) => `<form action="${u}"><input type="submit" value="Go"></form>`],
  ["formaction", (u) => `<form><button formaction="${u}">Send</button></form>`],
  ["xlink:href", (u) => `<svg><a xlink:href="${u}"><text x="0" y="15">tap</text></a></svg>`],
  ["poster", (u) => `<video poster="${u}" src="/img/ok.png"></video>`],
  ["background", (u) => `<table background="${u}"><tr><td>Figures</td></tr></table>`],
  ["data", (u) => `<object data="${u}"></object>`],
  ["cite", (u) => `<blockquote cite="${u}">A quotation from the minister.</blockquote>`],
  ["longdesc", (u) => `<img src="/img/ok.png" longdesc="${u}" alt="diagram">`],
  ["lowsrc", (u) => `<img lowsrc="${u}" src="/img/ok.png" alt="low">`],
  ["dynsrc", (u) => `<img dynsrc="${u}" src="/img/ok.png" alt="dyn">`],
  ["ping", (u) => `<a href="https://example.org/" ping="${u}">Source</a>`],
  ["video src", (u) => `<video src="${u}"></video>`],
  ["input src", (u) => `<input type="image" src="${u}">`],
  ["q cite", (u) => `<q cite="${u}">Short quote</q>`],
  ["link href", (u) => `<link rel="stylesheet" href="${u}">`],
];
const b64 = (s: string) => Buffer.from(s).toString("base64");
const URL_FORMS: ((s: string) => string)[] = [
  (s) => `javascript:${s}`,
  (s) => `JaVaScRiPt:${s}`,
  (s) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${s}`,
  (s) => `&#x6A;avascript&colon;${s}`,
  (s) => ` &#x20;\tjavascript:${s}`,
  (s) => `java&#x09;script:${s}`,
  (s) => `java\nscript:${s}`,
  (s) => `&#x01;javascript:${s}`,
  (s) => `vbscript:msgbox(1)//${s}`,
  (s) => `data:text/html;base64,${b64(`<script>${s}</script>`)}`,
  (s) =>
    `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" onload="${s}"/>`)}`,
  (s) => `DaTa:text/html,%3Cscript%3E${encodeURIComponent(s)}%3C/script%3E`,
];
URL_SLOTS.forEach(([slot, make], i) => {
  // Each slot gets plain javascript:, plus a rotating third of the other forms.
  URL_FORMS.forEach((form, j) => {
    if (j === 0 || j % 3 === i % 3) add(`url:${slot}`, (n) => make(form(js(n))));
  });
});

// SVG and MathML tricks.
for (const shape of [
  (s: string) => `<svg><foreignObject><img src=x onerror="${s}"></foreignObject></svg>`,
  (s: string) => `<svg><foreignObject><iframe srcdoc="<script>${s}</script>"></iframe></foreignObject></svg>`,
  (s: string) =>
    `<svg><a><animate attributeName="href" values="javascript:${s}"/><text y="20">go</text></a></svg>`,
  (s: string) => `<svg><set attributeName="onmouseover" to="${s}"/></svg>`,
  (s: string) => `<svg><a><set attributeName="href" to="javascript:${s}"/><text y="20">x</text></a></svg>`,
  (s: string) => `<svg><animate xlink:href="#t" attributeName="href" from="javascript:${s}" to="&"/></svg>`,
  (s: string) =>
    `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${s}"/></svg>`)}#x"/></svg>`,
  (s: string) => `<svg><image href="javascript:${s}"/></svg>`,
  (s: string) =>
    `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${s}</handler></svg>`,
  () => `<svg><style>@import url(${PWNED}?css);</style><circle r="4"/></svg>`,
  (s: string) => `<math><maction actiontype="statusline" xlink:href="javascript:${s}">x</maction></math>`,
  (s: string) => `<math href="javascript:${s}"><mi>x</mi></math>`,
  (s: string) => `<math><mtext><img src=x onerror="${s}"></mtext></math>`,
  (s: string) =>
    `<math><annotation-xml encoding="text/html"><img src=x onerror="${s}"></annotation-xml></math>`,
  (s: string) => `<svg><desc><img src=x onerror="${s}"></desc></svg>`,
  (s: string) => `<svg><title><img src=x onerror="${s}"></title></svg>`,
  (s: string) => `<svg xmlns="http://www.w3.org/1999/xhtml"><img src=x onerror="${s}"></svg>`,
]) {
  add("svg-math", (n) => shape(js(n)));
}

// Mutation XSS: markup that changes meaning when serialised and parsed again (known DOMPurify
// bypass shapes; each needs a parser round trip to come alive).
for (const shape of [
  (s: string) => `<svg></p><style><a id="</style><img src=1 onerror=${s}>">`,
  (s: string) =>
    `<math><mtext><table><mglyph><style><img src=x onerror=${s}></style></mglyph></table></mtext></math>`,
  (s: string) =>
    `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${s}&gt;">`,
  (s: string) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${s}>`,
  (s: string) => `<noscript><p title="</noscript><img src=x onerror=${s}>">`,
  (s: string) => `<noscript><style></noscript><img src=x onerror="${s}">`,
  (s: string) => `<style><img src=x onerror="${s}"></style>`,
  (s: string) => `<title><img src=x onerror="${s}"></title>`,
  (s: string) => `<textarea><img src=x onerror="${s}"></textarea>`,
  (s: string) => `<template><img src=x onerror="${s}"></template>`,
  (s: string) => `<xmp><img src=x onerror="${s}"></xmp>`,
  (s: string) => `<iframe><img src=x onerror="${s}"></iframe>`,
  (s: string) => `<noembed><img src=x onerror="${s}"></noembed>`,
  (s: string) => `<noframes><img src=x onerror="${s}"></noframes>`,
  (s: string) => `<plaintext><img src=x onerror="${s}">`,
  (s: string) => `<svg><p><style><img src=x onerror="${s}"></style></p></svg>`,
  (s: string) => `<math><style><img src=x onerror="${s}"></style></math>`,
  (s: string) => `<svg><![CDATA[><img src=x onerror="${s}">]]></svg>`,
  (s: string) => `<!--><img src=x onerror="${s}">-->`,
  (s: string) => `<a title="<!--"><img src=x onerror="${s}">--></a>`,
  (s: string) => `<select><template><style><img src=x onerror="${s}"></style></template></select>`,
  (s: string) =>
    `<table><td><svg><foreignObject><img src=x onerror="${s}"></foreignObject></svg></td></table>`,
  (s: string) => `<div id="x"><![CDATA[</div><img src=x onerror="${s}">]]>`,
  (s: string) => `<?xml-stylesheet ?><img src=x onerror="${s}">`,
  (s: string) => `<a href="&#x6a;avascript:${s}"><svg><foreignObject></a><img src=x onerror="${s}">`,
]) {
  add("mxss", (n) => shape(js(n)));
}

// Frames, plugins, base, refresh and forms.
for (const shape of [
  (s: string) => `<iframe srcdoc="&lt;script&gt;${s}&lt;/script&gt;"></iframe>`,
  (s: string) => `<iframe srcdoc="<img src=x onerror=${s}>"></iframe>`,
  (s: string) => `<iframe src="/img/ok.png" onload="${s}"></iframe>`,
  (s: string) => `<frameset onload="${s}"><frame src="javascript:${s}"></frameset>`,
  (s: string) => `<object type="text/html" data="data:text/html,<script>${s}</script>"></object>`,
  (s: string) => `<embed type="image/svg+xml" src="data:image/svg+xml,<svg onload='${s}'/>">`,
  () => `<applet code="Pwned.class" codebase="${PWNED}"></applet>`,
  () => `<base href="${PWNED}/">`,
  () => `<base href="javascript:/">`,
  (s: string) => `<meta http-equiv="refresh" content="99999;url=javascript:${s}">`,
  (s: string) =>
    `<meta http-equiv="refresh" content="99999;url=data:text/html;base64,${b64(`<script>${s}</script>`)}">`,
  () => `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">`,
  () => `<meta http-equiv="set-cookie" content="pwned=1">`,
  (s: string) => `<form action="javascript:${s}"><input type="submit" autofocus value="Continue"></form>`,
  (s: string) => `<form id="f"></form><button form="f" formaction="javascript:${s}">Go</button>`,
  (s: string) => `<isindex action="javascript:${s}" type="image">`,
  (s: string) => `<input type="image" src="x" onerror="${s}">`,
  (s: string) => `<button popovertarget="p" onclick="${s}">Open</button><div popover id="p">Popover</div>`,
  (s: string) => `<dialog open onclose="${s}">Dialog</dialog>`,
  (s: string) => `<portal src="javascript:${s}"></portal>`,
  (s: string) => `<link rel="import" href="data:text/html,<script>${s}</script>">`,
  (s: string) => `<link rel="prefetch" href="${PWNED}?prefetch" onload="${s}">`,
  () => `<a href="${PWNED}?nav" target="_top">Top</a><a href="${PWNED}?ping" ping="${PWNED}?ping2">Ping</a>`,
]) {
  add("embed", (n) => shape(js(n)));
}

// CSS: @import, url(), expression(), behaviors, in <style>, style attributes and <link>.
for (const shape of [
  () => `<style>@import url("${PWNED}?import");</style>`,
  () => `<style>@import "${PWNED}?import2";</style>`,
  () => `<style>p { background: url(${PWNED}?bg) }</style>`,
  () => `<style>@font-face { font-family: x; src: url(${PWNED}?font) } p { font-family: x }</style>`,
  (s: string) => `<style>p { background: url("javascript:${s}") }</style>`,
  (s: string) => `<style>p { width: expression(${s}) }</style>`,
  () => `<style>p { behavior: url(${PWNED}?htc) }</style>`,
  () => `<style>p { -moz-binding: url(${PWNED}?xbl) }</style>`,
  () => `<p style="background:url(${PWNED}?style-bg)">Styled paragraph in the story.</p>`,
  () => `<p style="background-image:url('${PWNED}?style-bg2')">Another styled paragraph.</p>`,
  (s: string) => `<p style="width:expression(${s})">IE expression.</p>`,
  () => `<p style="list-style:url(${PWNED}?list)">List styled.</p>`,
  () => `<p style="b\\61 ckground:u\\72 l(${PWNED}?escaped)">Escaped CSS.</p>`,
  () => `<link rel="stylesheet" href="${PWNED}?link">`,
  () => `<div style="position:fixed;inset:0;z-index:99999;background:red">Overlay</div>`,
  () => `<svg><style>svg{background:url(${PWNED}?svgcss)}</style></svg>`,
]) {
  add("css", (n) => shape(js(n)));
}

// DOM clobbering: names the extractor, DOMPurify or our bootstrap might look up on the page.
for (const name of [
  "location",
  "document",
  "cookie",
  "__tidingsExtract",
  "__tidingsBuild",
  "createElement",
  "cloneNode",
  "defaultView",
  "body",
  "documentElement",
  "querySelectorAll",
  "getElementsByTagName",
  "implementation",
  "attributes",
  "nodeName",
  "parentNode",
  "innerHTML",
  "DOMPurify",
  "trustedTypes",
]) {
  add(
    "clobber",
    () =>
      `<img name="${name}" src="/img/ok.png" alt=""><form id="${name}" name="${name}"><input name="${name}"></form>`,
  );
}
for (const shape of [
  () =>
    `<a id="__tidingsExtract" href="javascript:alert(1)">clobber</a><a id="__tidingsExtract" name="x">2</a>`,
  () =>
    `<a id="__tidingsBuild" href="javascript:alert(1)">clobber</a><iframe name="__tidingsExtract"></iframe>`,
  () => `<form name="attributes"><input name="attributes"></form>`,
  () => `<embed name="cookie"><object name="document"></object>`,
  () => `<form id="test"><input id="attributes"><input name="nodeName"></form>`,
  () => `<iframe name="defaultView"></iframe><iframe name="location"></iframe>`,
]) {
  add("clobber", shape);
}

// Attacks from <head> metadata: fields the extractor copies out (url, title, leadImage, byline).
for (const headShape of [
  (s: string) => `<link rel="canonical" href="javascript:${s}">`,
  (s: string) => `<meta property="og:url" content="javascript:${s}">`,
  (s: string) => `<meta property="og:image" content="javascript:${s}">`,
  (s: string) => `<meta property="og:image" content="data:text/html;base64,${b64(`<script>${s}</script>`)}">`,
  (s: string) => `<meta property="og:title" content="<img src=x onerror=${s}>">`,
  (s: string) => `<meta name="author" content="<script>${s}</script>">`,
  (s: string) => `<meta property="og:site_name" content="<svg onload=${s}>">`,
  (s: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"<img src=x onerror=${s}>","url":"javascript:${s}","image":"javascript:${s}","author":{"name":"<script>${s}<\\/script>"}}</script>`,
  (s: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"a</script><script>${s}</script>"}</script>`,
  (s: string) => `<base href="javascript:${s}//">`,
]) {
  add(
    "head",
    () => `<span>Metadata attack below.</span>`,
    (n) => headShape(js(n)),
  );
}

export const PAYLOADS: readonly Payload[] = list.map((p, id) => ({ id, ...p }));
