/**
 * A quotation's attribution in its own footer: `<blockquote><p>…</p><footer>— Anna Berg,
 * environment minister</footer></blockquote>`, as the HTML standard's examples and Bootstrap's
 * quote markup write it. Readability drops every <footer> in the article, and our rules drop a
 * footer outside one, taking it for the page's; inside a quote or a figure it is the quote's, and
 * becomes a plain block (without its class: "blockquote-footer" reads as the page's footer too).
 */
export function keepQuoteFooters(doc: Document): void {
  for (const footer of Array.from(doc.querySelectorAll("blockquote footer, figure footer"))) {
    const block = doc.createElement(footer.querySelector("p, div, ul, ol, blockquote") ? "div" : "p");
    block.append(...Array.from(footer.childNodes));
    footer.replaceWith(block);
  }
}
