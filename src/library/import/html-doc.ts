/** Parsing an HTML export needs a DOM: the page's DOMParser, or jsdom's in tests. */
export type ParseHtml = (html: string) => Document;

export const browserParseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, "text/html");
