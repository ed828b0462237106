/**
 * Reads schema.org JSON-LD: every <script type="application/ld+json">, flattened through @graph
 * and arrays, and picks the main article-typed item (the one with the longest body or headline).
 */
export type JsonLdItem = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|ReviewArticle|SatiricalArticle)$/i;

function flatten(value: unknown, out: JsonLdItem[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
  } else if (value && typeof value === "object") {
    const item = value as JsonLdItem;
    out.push(item);
    if (item["@graph"]) flatten(item["@graph"], out);
    // A WebPage may nest its article as mainEntity.
    if (item["mainEntity"] && typeof item["mainEntity"] === "object") flatten(item["mainEntity"], out);
  }
}

/** The characters JSON forbids raw in a string. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u001F]+/g;

/**
 * The script's value, or undefined when it is no JSON. Pages put several objects or trailing commas
 * in one script (nothing to trust there); many more leave a line break or tab raw in a string (an
 * articleBody pasted whole), which JSON forbids and a space stands for, tried second.
 */
function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** All JSON-LD items of the page; broken scripts are skipped. */
export function readJsonLd(doc: Document): JsonLdItem[] {
  const items: JsonLdItem[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')))
    items.push(...scriptItems(script));
  return items;
}

/** One JSON-LD script's items, flattened; none if it is broken. */
export function scriptItems(script: Element): JsonLdItem[] {
  // Some pages wrap the JSON in an HTML comment or a CDATA section (Readability strips both).
  const raw = (script.textContent ?? "").replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, "").trim();
  if (!raw) return [];
  const parsed = parseJson(raw) ?? parseJson(raw.replace(CONTROL_CHARACTERS, " "));
  const items: JsonLdItem[] = [];
  if (parsed !== undefined) flatten(parsed, items);
  return items;
}

/** The @type of an item as a list ("NewsArticle" or ["NewsArticle", "Article"]). */
export function typesOf(item: JsonLdItem): string[] {
  const t = item["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

export function isArticleItem(item: JsonLdItem): boolean {
  return typesOf(item).some((t) => ARTICLE_TYPE.test(t.replace(/^https?:\/\/schema\.org\//, "")));
}

function weight(item: JsonLdItem): number {
  const body = typeof item["articleBody"] === "string" ? item["articleBody"].length : 0;
  const headline = typeof item["headline"] === "string" ? 1000 : 0;
  const dated = item["datePublished"] ? 500 : 0;
  return body + headline + dated;
}

/** The page's main article item, or null when the page declares none. */
export function mainArticle(items: JsonLdItem[]): JsonLdItem | null {
  const articles = items.filter(isArticleItem);
  if (articles.length === 0) return null;
  return articles.reduce((best, item) => (weight(item) > weight(best) ? item : best));
}

/** A string field, or the `name` of an object field, or the first of an array of those. */
export function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.length ? nameOf(value[0]) : null;
  if (value && typeof value === "object") return nameOf((value as JsonLdItem)["name"]);
  return null;
}

/** Every name in a field that may be a string, an object with `name`, or an array of those. */
export function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesOf);
  const one = nameOf(value);
  return one ? [one] : [];
}

/**
 * The names a field gives by reference: Yoast SEO and many CMSs name the article's author by its
 * @id (`"author": {"@id": "…/#/schema/person/…"}`), the Person itself elsewhere in the @graph.
 */
export function referencedNames(value: unknown, items: JsonLdItem[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => referencedNames(v, items));
  const id = value && typeof value === "object" ? (value as JsonLdItem)["@id"] : null;
  if (typeof id !== "string") return [];
  const node = items.find((item) => item !== value && item["@id"] === id && nameOf(item["name"]));
  return node ? namesOf(node["name"]) : [];
}

/** A URL from a string, an ImageObject/URL object, or the first of an array of those. */
export function urlOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.length ? urlOf(value[0]) : null;
  if (value && typeof value === "object") {
    const obj = value as JsonLdItem;
    return urlOf(obj["url"] ?? obj["contentUrl"] ?? obj["@id"]);
  }
  return null;
}

/**
 * The image a field names: a URL, an ImageObject, or a reference to one elsewhere in the @graph
 * (Yoast SEO's `"image": {"@id": "…/#primaryimage"}`). A reference nothing resolves names a node of
 * the graph, not a file: none then, and the page's og:image speaks instead.
 */
export function imageUrlOf(value: unknown, items: JsonLdItem[]): string | null {
  if (Array.isArray(value)) return value.length ? imageUrlOf(value[0], items) : null;
  if (!value || typeof value !== "object") return urlOf(value);
  const obj = value as JsonLdItem;
  const direct = urlOf(obj["url"] ?? obj["contentUrl"]);
  if (direct) return direct;
  const id = obj["@id"];
  if (typeof id !== "string") return null;
  const node = items.find((item) => item !== obj && item["@id"] === id);
  const resolved = node ? urlOf(node["url"] ?? node["contentUrl"]) : null;
  return resolved ?? (id.includes("#") ? null : urlOf(id));
}
