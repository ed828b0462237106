/**
 * Clutter told by its shape rather than its words, run by declutter() before Readability: tag
 * lists (links marked rel=tag), hover cards nested in a paragraph's links, a rail titled by its
 * first heading ("Você pode gostar…") that holds whole teasers.
 */
import { blockLines, breaksLine, lastBlockLine } from "./block-text";
import { follows } from "./document-order";
import { cleanByline } from "./metadata/byline";
import { readsAsSentence, WEEKDAYS, wordsBesideDates } from "./date-words";
import { CREDIT_LABEL } from "./metadata/source";
import { drop, removeGuarded, type Guard, type ProseCounts } from "./declutter-guard";
import { removeWithEmptyWrappers } from "./empty-wrappers";
import { precompile } from "./precompiled";
import {
  classAndId,
  hasText,
  isAttached,
  linkDensity,
  metaContent,
  SENTENCE_END,
  sentenceBlock,
  squash,
  squashedLength,
  squashedLengthUpTo,
  textOf,
} from "./text";
import {
  isAboutCompany,
  isEndNote,
  isFurnitureLine,
  isRailLabel,
  isReaderNotice,
  isDisguisedText,
  isServerError,
  isTitledAsRail,
  isWriterNote,
} from "./clutter-words";

const BLOCK_CHILD =
  /^(?:P|DIV|SECTION|ARTICLE|UL|OL|TABLE|FIGURE|H[1-6]|BLOCKQUOTE|FORM|HEADER|FOOTER|MAIN|ASIDE|NAV)$/;

/** Does the element have a block among its children? (A cheap test, before reading its text.) */
function holdsBlocks(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (BLOCK_CHILD.test(child.tagName)) return true;
  return false;
}

/** Sum of the text lengths of the given links. */
function linkedLength(links: Element[]): number {
  let total = 0;
  for (const a of links) total += squashedLength(a.textContent);
  return total;
}

/**
 * Each block around links of one kind (`links`, a selector), once, while it is in the document:
 * the link's parent, or the list when the parent is one of its items (`item`: the item tags).
 */
function* linkBoxes(doc: Document, links: string, item: RegExp): Generator<Element> {
  const seen = new Set<Element>();
  for (const a of Array.from(doc.body?.querySelectorAll(links) ?? [])) {
    let box = a.parentElement;
    if (box && item.test(box.tagName)) box = box.parentElement;
    if (!box || seen.has(box) || box === doc.body) continue;
    seen.add(box);
    if (isAttached(box)) yield box;
  }
}

/**
 * A block that is nothing but links of one kind (`links`, a selector), with at most a short label
 * of its own; a link in a list item speaks for the list (`item`: the item tags).
 */
function removeLinkBoxes(doc: Document, counts: ProseCounts, links: string, item: RegExp): void {
  for (const box of linkBoxes(doc, links, item)) {
    if (box.querySelector("h1, p p, img")) continue;
    const total = squashedLength(box.textContent);
    const linked = linkedLength(Array.from(box.querySelectorAll(links)));
    if (total > 0 && total - linked <= Math.max(40, 0.25 * total)) drop(box, counts);
  }
}

/**
 * "Tags: water, farming": a block whose text is mostly links marked rel="tag" (WordPress and most
 * blog engines mark tag and category links so).
 */
export function removeTagLists(doc: Document, counts: ProseCounts): void {
  removeLinkBoxes(doc, counts, "a[rel~=tag]", /^(?:LI|DD)$/);
}

/**
 * "« Previous post · Next post »": a block that is nothing but links marked rel="prev" or "next"
 * (the post navigation of WordPress and most blog engines, a story's page links).
 */
export function removePostPagers(doc: Document, counts: ProseCounts): void {
  removeLinkBoxes(doc, counts, "a[rel~=prev i], a[rel~=next i]", /^LI$/);
}

/**
 * A language switcher: links to the page in other languages (marked hreflang: another language
 * than the page's, or several), their flags, and at most a short label ("This post is also
 * available in:"). The label goes with the links when they share a parent with nothing else.
 * (Some sites mark every link with the page's own language: those are no switcher.)
 */
export function removeLanguageSwitchers(doc: Document, counts: ProseCounts): void {
  const pageLanguage = primaryLanguage(doc.documentElement?.getAttribute("lang"));
  for (const box of linkBoxes(doc, "a[hreflang]", /^LI$/)) {
    if (!isSwitcher(box, pageLanguage)) continue;
    const parent = box.parentElement;
    drop(parent && parent !== doc.body && isSwitcher(parent, pageLanguage) ? parent : box, counts);
  }
}

const primaryLanguage = (tag: string | null | undefined): string =>
  (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";

/** Nothing but links to other languages, images and a short label. */
function isSwitcher(el: Element, pageLanguage: string): boolean {
  const links = Array.from(el.querySelectorAll("a"));
  const languages = links.map((a) => primaryLanguage(a.getAttribute("hreflang")));
  if (!links.length || languages.some((l) => !l)) return false;
  const others =
    new Set(languages).size >= 2 || (!!pageLanguage && languages.every((l) => l !== pageLanguage));
  if (!others || el.querySelector("h1, h2, h3, figure, video, iframe, table")) return false;
  return squashedLength(el.textContent) - linkedLength(links) <= 60;
}

/**
 * A hover card inside a paragraph (a person's photo and links to more stories, shown on hover): an
 * element nested in a <p> that is nothing but several links, while the paragraph is prose.
 */
export function removeHoverCards(doc: Document, counts: ProseCounts): void {
  for (const p of Array.from(doc.body?.querySelectorAll("p") ?? [])) {
    if (p.querySelectorAll("a").length < 3) continue;
    for (const el of Array.from(p.querySelectorAll("span, div"))) {
      if (!isAttached(el) || el.querySelectorAll("a").length < 2) continue;
      if (linkDensity(el) < 0.9 || squashedLength(el.textContent) < 60) continue;
      // Only a card beside its own link (the name it is about, which stays in the sentence): not
      // a wrapper holding both.
      if (!isLink(besideNode(el, "previousSibling")) && !isLink(besideNode(el, "nextSibling"))) continue;
      drop(el, counts);
    }
  }
}

/**
 * A network's share form: Pinterest's pin/create, Facebook's sharer, X's intent, LinkedIn's, and
 * the like. A link to one in a figure is a button laid over the story's picture, whatever its
 * words ("Share on Pinterest"), where no share bar's class names it. (Elsewhere, share bars go by
 * their shape and names, and a bar's other lines with them: "Jump to Recipe" beside "Pin Recipe".)
 */
const SHARE_FORM =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:pinterest\.[a-z.]+\/pin\/create|facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed))|(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)\b|linkedin\.com\/(?:shareArticle|sharing)|reddit\.com\/submit|api\.whatsapp\.com\/send|wa\.me\/\?|t(?:elegram)?\.me\/share|xing\.com\/(?:spi\/)?share|vk\.com\/share\.php|getpocket\.com\/(?:edit|save)|share\.flipboard\.com|tumblr\.com\/(?:share|widgets\/share))/i;

/** A button's words at most: a click-to-tweet quote, the story's sentence as a link, stays. */
const BUTTON_CHARS = 40;

/** A messenger's own share scheme ("whatsapp://send?text=…"), which no web form stands for. */
const SHARE_SCHEME = /^(?:whatsapp|tg|viber|fb-messenger):\/\/(?:send|msg|share|forward)\b/i;

/** The first web address a script handler opens ("window.open('http://pinterest.com/pin/create/…')"). */
const OPENED_URL = /['"]((?:https?:)?\/\/[^'"\s]+)/;

/** Does the link open a share form, by its address or by the window its click opens? */
function opensShareForm(link: Element): boolean {
  const href = (link.getAttribute("href") ?? "").trim();
  if (SHARE_FORM.test(href) || SHARE_SCHEME.test(href)) return true;
  const opened = OPENED_URL.exec(link.getAttribute("onclick") ?? "")?.[1];
  return !!opened && SHARE_FORM.test(opened);
}

/** A row of buttons' words at most ("Whatsapp Facebook Pint Baixar"). */
const ROW_CHARS = 100;

/**
 * Links to a share form, each with the wrappers it leaves empty: in figures, a button laid over
 * the picture; elsewhere, a row of such buttons no class names as a share bar (each link classed
 * "baixar", "Whatsapp Facebook Pint Baixar" over a post), told by two share forms at least among
 * links and little else.
 */
export function removeShareLinks(doc: Document, counts: ProseCounts): void {
  const body = doc.body;
  if (!body) return;
  // (By tag, then the attribute: linkedom matches an attribute selector slowly, and a page has
  // hundreds of links.)
  for (const link of Array.from(body.querySelectorAll("a"))) {
    if (!link.hasAttribute("href") || !opensShareForm(link) || !isAttached(link)) continue;
    const target = link.closest("figure") ? buttonOf(link) : shareRowOf(link, body);
    if (!target) {
      dropShareCalls(link);
      continue;
    }
    counts.forget(target);
    removeWithEmptyWrappers(target, body);
  }
}

/** A share button's words: "Click To Tweet", "Tweet this", "Jetzt teilen", "Partager". */
const SHARE_CALL =
  /^(?:(?:click|tap)\s+(?:to\s+)?)?(?:tweet|share|post)(?:\s+(?:this|it))?$|^(?:jetzt\s+)?(?:twittern|teilen)$|^(?:tuitear|compartir|partager|tweeter|condividi)$/i;

/**
 * A quote offered for sharing, the whole of it a link to the share form, ends with the button's
 * words in an element of their own ("Increasing your visibility … less stress." + "Click To Tweet"):
 * the quote is the story's sentence and stays, the button's words go.
 */
function dropShareCalls(link: Element): void {
  const all = squash(link.textContent);
  for (const el of Array.from(link.querySelectorAll("*"))) {
    const words = squash(el.textContent);
    // The button ends the link, after the quote's last sentence; a word the quote holds is the quote's.
    if (!SHARE_CALL.test(words) || !all.endsWith(words)) continue;
    const quote = all.slice(0, all.length - words.length).trimEnd();
    if (quote.length > BUTTON_CHARS && SENTENCE_END.test(quote)) {
      el.remove();
      return;
    }
  }
}

const buttonOf = (link: Element): Element | null =>
  squashedLengthUpTo(link, BUTTON_CHARS + 1) > BUTTON_CHARS ? null : link;

/** The widest box around the link that is a row of buttons holding another share form's link. */
function shareRowOf(link: Element, body: Element): Element | null {
  let row: Element | null = null;
  for (let box = link.parentElement; box && box !== body; box = box.parentElement) {
    if (squashedLengthUpTo(box, ROW_CHARS + 1) > ROW_CHARS) break;
    const links = Array.from(box.querySelectorAll("a"));
    if (links.filter(opensShareForm).length >= 2 && linkDensity(box) >= 0.8) row = box;
  }
  return row;
}

/** The node just before or after this one, past blank text. */
function besideNode(el: Element, side: "previousSibling" | "nextSibling"): Node | null {
  let node = el[side];
  while (node && node.nodeType === 3 && !(node.textContent ?? "").trim()) node = node[side];
  return node;
}

const isLink = (node: Node | null): boolean => node?.nodeType === 1 && (node as Element).tagName === "A";

/**
 * A rail titled by its first child ("You may also like…" above whole teasers, each with its text):
 * the box goes even though it holds prose, when the page's headline and some prose stand outside it.
 */
export function removeTitledRails(doc: Document, counts: ProseCounts): void {
  const body = doc.body;
  const h1 = body?.querySelector("h1");
  if (!body || !h1) return;
  for (const label of Array.from(body.querySelectorAll("h2, h3, h4, h5, h6"))) {
    const box = label.parentElement;
    if (!box || box === body || box.firstElementChild !== label || !isAttached(box)) continue;
    if (!isTitledAsRail(box) || box.contains(h1)) continue;
    // The story comes first: the rail follows the headline, and the story keeps its prose.
    if (!follows(box, h1)) continue;
    if (counts.prose(body) - counts.prose(box) < 160) continue;
    drop(box, counts);
  }
}

/** Words of a caption's or credit's class, once camelCase is split: "newsCaption", "imageEmbedCredit". */
const CAPTION_WORDS = new Set(["caption", "captions", "credit", "credits", "photocredit"]);

/** Is the element classed as a caption or credit in camelCase ("newsCaption", "InlineImage-imageEmbedCredit")? */
export function hasCamelCaptionClass(el: Element): boolean {
  const raw = classAndId(el);
  if (!/[a-z][A-Z]/.test(raw)) return false;
  return raw
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((w) => CAPTION_WORDS.has(w));
}

/** Class or id words of a box that holds a picture. */
const PICTURE_BOX = /(?:^|[\s_-])(?:image|img|photo|picture|media|figure|thumbnail)(?:$|[\s_-])/i;

/** A caption's credit at its end: "(Photo: Jane Roe)", "(credit: NASA)", "(NASA via AP, File)", "photos © Studio". */
const CREDIT_TAIL =
  /(?:\((?:[^()]{0,60}\b(?:photo|image|picture|foto|bild|imagen|credit|crédito|crédit)s?\b\s*(?:credit\s*)?[:©/]|[^()]{0,40}\bvia (?:AP|Reuters|AFP|Getty)\b)[^()]{0,80}\)|\b(?:photos?|images?|fotos?|credits?)\s*(?:©|\(c\))[^.!?]{0,60})\s*$/i;

/**
 * Captions known by their shape, marked as <figcaption> like the classed ones (markCaptions): the
 * one short text beside a picture in a box classed as an image, and a short block ending in a
 * photo credit.
 */
export function markCaptionShapes(doc: Document): void {
  markAltRepeats(doc);
  for (const box of Array.from(doc.body?.querySelectorAll("div, span") ?? [])) {
    if (box.childElementCount !== 2 || !PICTURE_BOX.test(classAndId(box))) continue;
    const kids = Array.from(box.children);
    const media = kids.find((k) => k.matches("img, picture, a, span, div") && !!mediaIn(k));
    const text = kids.find((k) => k !== media && /^(?:P|SPAN|DIV)$/.test(k.tagName));
    if (!media || !text || mediaIn(text) || text.querySelector("a")) continue;
    const length = squashedLength(text.textContent);
    if (length > 0 && length <= 400 && length === squashedLength(box.textContent)) toCaption(doc, text);
  }
  for (const el of Array.from(doc.body?.querySelectorAll("p, div, span") ?? [])) {
    if (holdsBlocks(el) || squashedLengthUpTo(el, 300) > 300 || !isAttached(el)) continue;
    if (el.closest("figcaption") || el.querySelector("p, div, figure, img") || !CREDIT_TAIL.test(textOf(el)))
      continue;
    // The whole block is the caption: not a span ending a longer paragraph.
    const parent = el.parentElement;
    if (
      el.tagName === "SPAN" &&
      parent &&
      squashedLength(parent.textContent) !== squashedLength(el.textContent)
    )
      continue;
    toCaption(doc, el);
  }
}

/**
 * A short line beside a picture that repeats its alt text ("<img alt="Inverted 'T' design for arrow
 * keys">… <span>Inverted 'T' design for arrow keys</span>"): its caption, whatever the markup.
 */
function markAltRepeats(doc: Document): void {
  for (const img of Array.from(doc.body?.querySelectorAll("img[alt]") ?? [])) {
    const alt = squash(img.getAttribute("alt")).toLowerCase();
    // In a table a name beside a portrait is the row's data (a player, a candidate).
    if (alt.length < 10 || alt.length > 150 || img.closest("td, th")) continue;
    let node: Element | null = img;
    for (let level = 0; node && level < 3; level++, node = node.parentElement) {
      const line = nearbyLine(node, alt);
      if (line) {
        toCaption(doc, line);
        break;
      }
    }
  }
}

/** Among the few elements either side of `el`, the one whose whole text is `text`. */
function nearbyLine(el: Element, text: string): Element | null {
  for (const side of ["previousElementSibling", "nextElementSibling"] as const) {
    let sibling = el[side];
    for (let i = 0; sibling && i < 3; i++, sibling = sibling[side]) {
      if (!/^(?:SPAN|DIV|P|SMALL|EM|I)$/.test(sibling.tagName) || sibling.querySelector("img, picture"))
        continue;
      if (squashedLengthUpTo(sibling, 160) === text.length && textOf(sibling).toLowerCase() === text)
        return sibling;
    }
  }
  return null;
}

const mediaIn = (el: Element): Element | null =>
  el.matches("img, picture") ? el : el.querySelector("img, picture");

/** The element's contents, as a <figcaption> in its place. */
export function toCaption(doc: Document, el: Element): void {
  const caption = doc.createElement("figcaption");
  caption.append(...Array.from(el.childNodes));
  el.replaceWith(caption);
}

/** "05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde", "Posted by Jane Doe on May 5": a line of post metadata. */
const POSTED_BY =
  /(?<![\p{L}\p{N}_])(?:published|posted|written|publicado|postado|escrito|publicada|veröffentlicht|geschrieben|publié|écrit|pubblicato|scritto)\s+(?:by|por|von|par|da)\b/iu;

/**
 * "Published Monday, November 18, 2019 8:22AM EST", "Updated at 1:23 p.m.", "21 marzo 2025 (modifica
 * il 21 marzo 2025 | 16:30)": a dated line.
 */
/** The words a stamp opens with ("Published …"), the longer first where one holds another. */
export const STAMP_OPENERS =
  "first published|last updated|published|updated|posted|zuletzt aktualisiert|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato";
/**
 * The same words in more languages, which open a sentence of the story as well ("Erstellt wurde der
 * Plan …"): a stamp's only with a date after them ("Bijgewerkt op 22 maart 2025", "Opublikowano: 21
 * marca 2025, 14:05", "Обновлено 22 марта 2025").
 */
export const DATED_STAMP_OPENERS =
  "erstellt|editiert|bearbeitet|veröffentlichung|letzte aktualisierung|ultimo aggiornamento|dernière mise à jour|última actualización|última atualização|last modified|gepubliceerd|laatst bijgewerkt|bijgewerkt|publiceret|opdateret|udgivet|publisert|oppdatert|publicerad|uppdaterad|julkaistu|päivitetty|opublikowano|zaktualizowano|aktualizacja|publikováno|aktualizováno|frissítve|közzétéve|publicat|actualizat|diterbitkan|diperbarui|опубликовано|обновлено|опубліковано|оновлено|yayınlanma|güncelleme|güncellenme|cập nhật|ενημερώθηκε|δημοσιεύθηκε|" +
  // Arabic, Persian, Hebrew and Korean stamps ("تم نشره الجمعة 24 أبريل 2020", "입력 2025.03.21 14:05").
  "تم نشره|نشر في|نُشر في|تاريخ النشر|آخر تحديث|تاریخ انتشار|منتشر شده|به‌روزرسانی|بروزرسانی|פורסם|עודכן|תאריך פרסום|기사입력|입력";
/** The words of an update in brackets after a date ("21 marzo 2025 (modifica il 21 marzo 2025 | 16:30)"). */
const CHANGE_WORDS =
  "modifica(?:to)?|aggiornato|updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|modificado|atualizado";
const DATED_LINE = new RegExp(
  // "Stand: 22.03.2025 09:00 Uhr": the German state of a story.
  `^(?:${STAMP_OPENERS}|${DATED_STAMP_OPENERS}|stand)(?![\\p{L}\\p{N}_]).{0,80}\\d|^[^()]{0,40}\\d[^()]{0,40}\\((?:${CHANGE_WORDS})(?![\\p{L}\\p{N}_])[^)]{0,50}\\d[^)]*\\)$`,
  "iu",
);
/** The publication and update words of DATED_LINE, wherever they stand in the line. */
const STAMP_WORDS = new RegExp(
  `(?:${STAMP_OPENERS}|${DATED_STAMP_OPENERS}|stand|${CHANGE_WORDS})(?![\\p{L}\\p{N}_])`,
  "giu",
);
/** A time ago: "3 hours ago", "vor 2 Stunden", "il y a 3 heures". */
const TIME_AGO =
  /^(?:about |around |vor |il y a |hace |há )?\d{1,3}\s+\p{L}+\.?(?:\s+(?:ago|fa|geleden))?$/iu;

/**
 * A line stamping when the story was published or updated ("Published 3 hours ago", "Veröffentlicht
 * am 26. Oktober 2023", "Publié le 21/03/2025 à 14h05 | Mis à jour le 22/03"): the words and the
 * dates, nothing else; not a story's sentence opening with the word ("Published in 2019, the report
 * found that 40 towns lost water.").
 */
export function isStampLine(line: string): boolean {
  if (!DATED_LINE.test(line)) return false;
  const rest = squash(line.replace(STAMP_WORDS, " ").replace(WEEKDAYS, " "));
  if (TIME_AGO.test(rest.replace(/^[\p{P}\s]+/u, ""))) return true;
  // Only short words besides the dates ("am", "le … à", "PST", Italian "alle"): a sentence has longer ones.
  const words = wordsBesideDates(rest).split(" ");
  return words.every((w) => w.length <= 3 || /^alle$/i.test(w)) && words.length <= 8;
}

/** A news agency named alone on a line, as the story's byline. */
const AGENCY_LINE =
  /^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|dpa|upi|ansa|efe|apa|sda|kyodo|xinhua)$/i;
const fold = (text: string): string =>
  squash(text)
    .toLowerCase()
    .replace(/^(?:by|von|par|por|di|da)\s+/, "");

/**
 * After Readability: lines above the story that repeat what the article states elsewhere (its
 * byline or agency, its site's name, a link to the page itself, a "Published …" or "Publicado por
 * …" line), and the byline again as the last line. (Credits such as "Reporting by …" stay: truths
 * disagree on them.) Stops at the first line of prose. (The title stays: readers and other corpora
 * keep it.)
 */
export function trimEdgeLines(root: Element, known: { bylines: string[]; sites: string[] }): void {
  const bylines = known.bylines.map(fold).filter((b) => b.length >= 5);
  // The publication named alone under the byline ("Kevin Johnson and Kevin McCoy" / "USA TODAY"),
  // shown in the article's source line.
  const sites = known.sites.map(fold).filter((s) => s.length >= 3);
  const isByline = (line: string) => {
    const folded = fold(line);
    // The byline alone, or followed by its desk or agency after a separator ("Jane Doe, AP Writer").
    const withDesk = (b: string) =>
      folded.startsWith(b) && folded.length - b.length <= 40 && /^\s*[,;|(–—-]/.test(folded.slice(b.length));
    if (bylines.some((b) => folded === b || withDesk(b))) return true;
    // A line that cleans to the byline: "Ein Artikel von Anna Schmidt", "Di Mario Rossi e Luca Bianchi".
    const cleaned = cleanByline(line);
    return !!cleaned && cleaned.length >= 5 && bylines.includes(fold(cleaned));
  };
  // Captions stay with their figures and are not the story's text (see extractArticle): pass over them.
  const captions = new Set(Array.from(root.querySelectorAll("figcaption")).map(textOf));
  // Read before anything goes, and no further than needed: the first 8 lines besides captions (up
  // to the first line of prose), whether there are more than 3 lines, and the last one.
  const head: string[] = [];
  let lines = 0;
  let reading = true;
  for (const line of blockLines(root)) {
    lines++;
    if (reading && !captions.has(line)) {
      head.push(line);
      reading = head.length < 8 && line.length < 120;
    }
    if (!reading && lines > 3) break;
  }
  const last = lines > 3 ? lastBlockLine(root) : null;
  const missed: string[] = [];
  for (const line of head) {
    if (line.length >= 120) break;
    const edge =
      isByline(line) ||
      AGENCY_LINE.test(line) ||
      sites.includes(fold(line)) ||
      (line.length <= 100 && isStampLine(line)) ||
      /^https?:\/\/\S+$/.test(line) ||
      // Neither letters nor digits: a stray "/*" of a broken style block, a rule of stars.
      !/[\p{L}\p{N}]/u.test(line) ||
      (line.length <= 200 && POSTED_BY.test(line) && !readsAsSentence(line, 3));
    if (edge && !removeLine(root, line, "start")) missed.push(line);
  }
  // A line that shared its element with the next ("The Associated Press<br><span>Published …</span>")
  // has an element of its own once the other has gone.
  for (const line of missed) removeLine(root, line, "start");
  if (last && last.length <= 80 && isByline(last)) removeLine(root, last);
}

/**
 * "Teilnehmende Blogs:", "Kommentare insgesamt: 0", "Last Modified: 03-10-2004 2:20pm": a label
 * with nothing after it but a number or a date. Closing a story, it is post metadata or the title of
 * a list that has gone. ("Preis: 30 Euro" or "Zutaten: Mehl" have words after the label: they stay.)
 */
const LABEL_LINE = /^[\p{L}][\p{L}\p{M} ./&-]{0,30}?\s?:(?:\s*\d[\d\s.,:/-]{0,25}(?:\s?(?:am|pm|uhr))?)?$/iu;
/** "Quelle: dpa", "Source: Reuters": the credit findWireSource reads, which stays. */
const SOURCE_LABEL = new RegExp(`^(?:${CREDIT_LABEL})\\s*[:：]`, "iu");
export const isSourceLabelLine = (line: string): boolean => SOURCE_LABEL.test(line);

/**
 * A date with at most a label or a short word besides ("17. Mai 2022", "Le 29/01/2020", "Créé:
 * 12.12.2019, 07h36"), not a credit naming who ("Deutschlandfunk, 02. November 2021") or a
 * teaser's topic ("Klima 17. Mai 2022").
 */
function isDateAlone(line: string): boolean {
  const words = wordsBesideDates(line.replace(/^\p{L}[\p{L} ]{0,20}:\s*/u, ""));
  return !words || (words.length <= 6 && words.split(" ").every((w) => w.length <= 3));
}

/**
 * After Readability: label lines left at the end of the article (post metadata, a list's title),
 * and a closing date line ("Veröffentlicht am 26. Oktober 2023", "17. Mai 2022", "Le 29/01/2020"):
 * when the story was posted, which the article states elsewhere. `isDate` reads a line as a date.
 * True when it removed any.
 */
export function trimTrailingLabels(root: Element, isDate: (text: string) => boolean = () => false): boolean {
  // A story, not a note of a few lines: its closing lines may go.
  if (squashedLengthUpTo(root, 300) <= 300) return false;
  for (let removed = false; ; removed = true) {
    const last = lastBlockLine(root);
    // A rail's title left without its rail ("Mehr zu diesem Thema", "Post navigation") is a label too.
    const label = (LABEL_LINE.test(last) && !SOURCE_LABEL.test(last)) || isRailLabel(last);
    const dated =
      (last.length <= 100 && isStampLine(last)) || (last.length <= 40 && isDateAlone(last) && isDate(last));
    if (!(label || dated) || !removeLine(root, last)) return removed;
  }
}

/**
 * Remove the innermost element whose text is the line, the one nearest the edge it was read at (the
 * last in document order for a line closing the story, the first for one above it: a publication's
 * name above the story may also close it); false when there is none to remove. Read from that edge,
 * where the line is: reading every element's text for each line trimmed was quadratic in a story
 * closed by many.
 */
function removeLine(root: Element, line: string, from: "start" | "end" = "end"): boolean {
  const isLine = (el: Element) => squashedLength(el.textContent) === line.length && textOf(el) === line;
  const elements = Array.from(root.querySelectorAll("*"));
  // Of an element and the ones inside it that hold the same line, the innermost.
  const found = from === "end" ? elements.findLast(isLine) : elements.find(isLine);
  if (!found) return false;
  let inner = found;
  for (
    let child = Array.from(inner.children).find(isLine);
    child;
    child = Array.from(child.children).find(isLine)
  )
    inner = child;
  // With the wrappers it leaves empty (a separator's <span> was the line; its paragraph stayed, blank).
  removeWithEmptyWrappers(inner, root);
  return true;
}

/** Short notices to the reader (comment policy, newsletter and subscription offers), wherever they sit. */
export function removeReaderNotices(doc: Document, counts: ProseCounts): void {
  for (const el of Array.from(doc.body?.querySelectorAll("p, div, li, small, section") ?? [])) {
    // Children first: a wrapper of blocks is never a short notice, and its text is long to read.
    if (holdsBlocks(el) || squashedLengthUpTo(el, 250) > 250 || !isAttached(el)) continue;
    if (isReaderNotice(textOf(el))) drop(el, counts);
  }
}

/** The longest line trimNoticeLines reads (a disguised advertisement's; a notice is 250 at most). */
const NOTICE_MAX = 400;

/**
 * Reader notices, furniture lines, disguised advertisements and a server's errors in Readability's
 * output, read as lines: a paragraph, or a run of text and inline elements the page left loose
 * among its blocks ("…</table> Du musst <a>Eingeloggt</a> sein um Kommentare zu schreiben!</article>"),
 * which no clutter rule saw as an element of its own.
 */
export function trimNoticeLines(root: Element): void {
  // A stamp amid the story ("Bijgewerkt op 22 maart 2025") is the page's, between two of its parts.
  const isNotice = (text: string) =>
    isReaderNotice(text) ||
    isFurnitureLine(text) ||
    (text.length <= 100 && isStampLine(text)) ||
    isDisguisedText(text) ||
    isServerError(text);
  for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
    // (Readability's content hangs from no document: a removed block's children are the ones to skip.)
    if (!root.contains(el)) continue;
    if (/^(?:P|LI|SMALL)$/.test(el.tagName) || (/^(?:DIV|SECTION)$/.test(el.tagName) && !holdsBlocks(el))) {
      const media = holdsMedia(el);
      if (squashedLengthUpTo(el, NOTICE_MAX) <= NOTICE_MAX && !media && isNotice(textOf(el))) el.remove();
      // One that holds a picture is read line by line, between its <br>s (a server's warning over
      // a gallery's picture, in the paragraph Readability made of both).
      if (!media) continue;
    }
    for (const run of looseRuns(el)) {
      const text = squash(run.map((node) => node.textContent ?? "").join(""));
      if (text && text.length <= NOTICE_MAX && !run.some(holdsMedia) && isNotice(text))
        for (const node of run) node.remove();
    }
  }
}

const holdsMedia = (node: ChildNode): boolean =>
  node.nodeType === 1 && !!(node as Element).querySelector("figure, picture, video, img");

/** The runs of text and inline elements between an element's blocks, when it has blocks: lines no element holds alone. */
function looseRuns(el: Element): ChildNode[][] {
  const runs: ChildNode[][] = [];
  let run: ChildNode[] = [];
  let blocks = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && breaksLine((child as Element).tagName)) {
      blocks = true;
      if (run.length) runs.push(run);
      run = [];
    } else if (child.nodeType === 1 || child.nodeType === 3) run.push(child);
  }
  if (run.length) runs.push(run);
  return blocks ? runs : [];
}

/**
 * A link that lets a reader jump over a promotion: "skip past newsletter promotion", "SKIP
 * ADVERTISEMENT", "Anzeige überspringen". Not "Skip to content", which jumps over the header.
 */
const SKIP_PAST =
  /^(?:(?:skip|jump) (?:past|over)\b|skip (?:the )?(?:ad|advert(?:isement)?|advertising|newsletter|promotion|promo|sponsored)\b|(?:anzeige|werbung) überspringen|passer (?:la )?publicité|saltar (?:la )?publicidad)/i;
/** The label the skip link lands on: "after newsletter promotion". */
const AFTER_SKIPPED = /^(?:after|end of) [\p{L} ]{0,40}$/iu;

/**
 * What a "skip past" link jumps over is the promotion (a newsletter sign-up in the story's body,
 * an ad): the blocks between the link and its target go, with the link and a target that is only
 * a label ("after newsletter promotion"); not when they hold the headline or half the page's prose
 * (a page misusing the link).
 */
export function removeSkippedPromos(doc: Document, guard: Guard): void {
  for (const link of Array.from(doc.body?.querySelectorAll('a[href^="#"]') ?? [])) {
    const text = textOf(link);
    if (!SKIP_PAST.test(text) || !isAttached(link)) continue;
    const id = link.getAttribute("href")!.slice(1);
    const target = id ? doc.getElementById(id) : null;
    if (target && !target.contains(link) && !link.contains(target)) {
      // The link's and the target's outermost ancestors below the block that holds both.
      let from: Element = link;
      while (from.parentElement && !from.parentElement.contains(target)) from = from.parentElement;
      let to: Element = target;
      while (to.parentElement && to.parentElement !== from.parentElement) to = to.parentElement;
      const between: Element[] = [];
      let next = from.nextElementSibling;
      for (; next && next !== to; next = next.nextElementSibling) between.push(next);
      // Only forwards (a target before the link is no jump past anything), and never over most of
      // the page's prose or its headline: the link vouches for a promotion, not for a story.
      const prose = between.reduce((sum, el) => sum + guard.prose(el), 0);
      const headline = between.some((el) => el.matches("h1") || el.querySelector("h1"));
      if (next === to && !headline && prose <= 0.5 * guard.totalProse) {
        for (const el of between) drop(el, guard);
        if (AFTER_SKIPPED.test(textOf(target))) removeGuarded(target, guard);
      }
    }
    // The link, with the wrappers that hold nothing else.
    let gone: Element = link;
    while (gone.parentElement && gone.parentElement !== doc.body && textOf(gone.parentElement) === text)
      gone = gone.parentElement;
    removeGuarded(gone, guard);
  }
}

/** A post from a social network quoted in the story, as its embed code writes it. */
const EMBEDDED_POST = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

/**
 * Posts the story quotes (embedded tweets) are part of its text, but their wrappers are often
 * classed "social-media-embed", which clutter rules (ours and Readability's) read as a share bar,
 * and Readability drops a link-dense wrapper <div>: the post takes the place of the wrappers that
 * hold nothing else, and loses its class (on the clone).
 */
export function keepEmbeddedPosts(doc: Document, counts: ProseCounts): void {
  for (const post of Array.from(doc.body?.querySelectorAll(EMBEDDED_POST) ?? [])) {
    unlinkCaptions(post);
    const length = squashedLength(post.textContent);
    let outer: Element = post;
    for (let el = post.parentElement; el && el !== doc.body; el = el.parentElement) {
      if (el.matches("p, li, td, article, main") || squashedLength(el.textContent) !== length) break;
      outer = el;
    }
    post.removeAttribute("class");
    if (outer === post) continue;
    counts.forget(outer);
    outer.replaceWith(post);
  }
}

/**
 * A post's caption set as one link to the post ("<p><a href=…/p/x/>Die neue Pumpstation …</a></p>",
 * Instagram's captioned embed) is the post's text: as a link it reads as a teaser's headline, to our
 * rules and to Readability's link density, and the post went whole. Its words stay, unlinked.
 */
function unlinkCaptions(post: Element): void {
  for (const p of Array.from(post.querySelectorAll("p"))) {
    const [link, ...more] = Array.from(p.querySelectorAll("a"));
    const text = textOf(p);
    if (!link || more.length || text.length < 40 || textOf(link) !== text) continue;
    link.replaceWith(...Array.from(link.childNodes));
  }
}

const TEXT_BLOCK = "p, div, section, ul, ol, blockquote, h2, h3, h4, h5, h6";

/** An innermost text block of the article: text, and no block inside it. */
function isTextBlock(el: Element): boolean {
  return !el.querySelector("p, div, section, ul, ol, blockquote") && squashedLength(el.textContent) > 0;
}

/**
 * After Readability: closing boilerplate. Below the article's last horizontal rule, a tail (under a
 * third of the text) made only of "about the company", writer's notes, closing notes or link lists
 * goes whole; and a writer's note as the last block goes anyway (one that opens with the name of
 * one of `authors`, the byline's, says less: "Jane Doe covers …"). True when it removed any.
 */
export function trimClosingBoilerplate(root: Element, authors: string[] = []): boolean {
  let removed = false;
  const clutter = (el: Element) => {
    const text = textOf(el);
    return (
      isAboutCompany(text) ||
      isWriterNote(text) ||
      isEndNote(text) ||
      (linkDensity(el) >= 0.5 && text.length < 400)
    );
  };
  // The text blocks and the rules in one walk in document order. A block's ancestors come before
  // it and nothing is inside an <hr>, so the blocks listed after the last rule are its tail
  // (placing each block against the rule apart was quadratic in a long flat story).
  const listed = Array.from(root.querySelectorAll(`${TEXT_BLOCK}, hr`));
  const ruleAt = listed.findLastIndex((el) => el.tagName === "HR");
  let blocks: Element[] = [];
  let beforeRule = 0;
  listed.forEach((el, i) => {
    if (el.tagName === "HR" || !isTextBlock(el)) return;
    blocks.push(el);
    if (i < ruleAt) beforeRule++;
  });
  if (ruleAt >= 0) {
    const tail = blocks.slice(beforeRule);
    const length = tail.reduce((sum, b) => sum + squashedLength(b.textContent), 0);
    if (tail.length > 0 && length <= squashedLength(root.textContent) / 3 && tail.every(clutter)) {
      for (const b of tail) b.remove();
      blocks = blocks.slice(0, beforeRule);
      removed = true;
    }
  }
  // The writer's note, with the short links that may follow it ("Follow @janedoe", their e-mail).
  let end = blocks.length;
  while (end > 0 && end > blocks.length - 2 && isProfileLink(blocks[end - 1]!)) end--;
  const note = blocks[end - 1];
  if (end > 3 && note && (isWriterNote(textOf(note)) || isNoteOnAuthor(textOf(note), authors))) {
    for (const b of blocks.slice(end - 1)) b.remove();
    removed = true;
  }
  return removed;
}

/** A short line that is all link, as a writer's note ends with: "Follow @janedoe", "jane.doe@news.example". */
const isProfileLink = (el: Element): boolean =>
  squashedLength(el.textContent) <= 60 && linkDensity(el) >= 0.8;

/**
 * What a note on the writer says after their name: "Jane Doe covers transportation for the Metro
 * desk.", "Anna Schmidt ist Redakteurin im Ressort Politik.", "Jean Dupont est journaliste …".
 */
const ABOUT_AUTHOR =
  /^(?:covers|writes|reports on|is|was|has (?:been|covered|written|reported)|joined|lives|leads|edits|teaches|ist|war|schreibt|berichtet|arbeitet|lebt|est|écrit|couvre|travaille|es|escribe|trabaja|è|scrive|lavora|é|escreve|trabalha|schrijft|werkt)(?![\p{L}\p{N}_])/u;

/**
 * A short note that opens with the name of one of the story's authors and says what they do ("Jane
 * Doe covers transportation for the Metro desk. More about Jane Doe"): the byline names the writer
 * this note is about, where the note's own words ("covers") would also open a story's sentence.
 */
function isNoteOnAuthor(text: string, authors: string[]): boolean {
  if (text.length > 400) return false;
  // Set off by a dash or a star: "— Jane Doe is the Example's environment correspondent."
  const note = text.replace(/^[*—–-]+\s*/u, "");
  return authors.some((name) => {
    if (name.length < 4 || !note.startsWith(name + " ")) return false;
    return ABOUT_AUTHOR.test(note.slice(name.length + 1));
  });
}

/** Characters of text a teaser (a grid's <article>, a card amid the story) holds at most. */
const TEASER_MAX = 600;

/**
 * This page's own addresses (its URL, canonical and og:url) as host and path, and the base to
 * resolve links with: a post's title links to its own permalink, which is no teaser's.
 */
function ownAddresses(doc: Document, pageBase: string | null): { base: string; here: Set<string> } {
  const own = [
    pageBase,
    doc.querySelector("link[rel=canonical]")?.getAttribute("href"),
    metaContent(doc, "og:url"),
  ].filter((u): u is string => !!u);
  const base = own[0] ?? "";
  return { base, here: new Set(own.map((u) => pathOf(u, base))) };
}

/** An article, by its tag or its role (a teaser grid's `<li role="article">`). */
const ARTICLE = 'article, [role="article"]';

/**
 * A grid of teasers: three or more short <article>s, each titled by a heading that links elsewhere
 * (not to this page), beside a story told in an <article> of its own.
 */
export function removeTeaserArticles(
  doc: Document,
  pageBase: string | null,
  protects: (el: Element) => boolean,
  counts: ProseCounts,
): void {
  const { base, here } = ownAddresses(doc, pageBase);
  const teasers = Array.from(doc.body?.querySelectorAll(ARTICLE) ?? []).filter((art) => {
    if (art.querySelector(ARTICLE) || squashedLengthUpTo(art, TEASER_MAX) > TEASER_MAX) return false;
    const link = art.querySelector("h1 a[href], h2 a[href], h3 a[href], h4 a[href]");
    const heading = link?.closest("h1, h2, h3, h4");
    if (!link || !heading || squashedLength(link.textContent) < 0.5 * squashedLength(heading.textContent))
      return false;
    return !here.has(pathOf(link.getAttribute("href") ?? "", base));
  });
  if (teasers.length < 3 || !doc.body) return;
  // Only beside a story told in an <article> of its own: a section front keeps its teasers.
  const story = Array.from(doc.body.querySelectorAll(ARTICLE)).some(
    (art) => !teasers.some((t) => art.contains(t)) && counts.prose(art) >= 1000,
  );
  if (!story) return;
  for (const art of teasers) if (isAttached(art) && !protects(art)) drop(art, counts);
}

/**
 * The words of a teaser's closing link to its story ("mehr", "Read more ›", "Weiterlesen",
 * "Lire la suite…"), the link's whole text.
 */
const MORE_LINK =
  /^(?:(?:(?:read|see|learn|view) )?more|mehr|weiterlesen|zum (?:artikel|beitrag)|lire la suite|en savoir plus|(?:leer|ver|saber) más|(?:leia|saiba|veja) mais|continua a leggere|leggi (?:tutto|di più)|lees (?:meer|verder)|czytaj (?:dalej|więcej)|devamını oku|подробнее|читать далее)$/i;
const MORE_LINK_MAX = 24;
const LINK_DECORATION = /^[\s»›→>.…+]+|[\s»›→>.…+]+$/g;

/**
 * A teaser card amid the story: a heading that links to another page, a few lines of summary and a
 * closing "more" link to that same page ("Weitere Informationen / Was Sie zum Coronavirus wissen
 * müssen / Das Coronavirus breitet sich … mehr"). The card goes with the box around it when the
 * box adds only a label ("Weitere Informationen") or pictures.
 */
export function removeTeaserCards(doc: Document, pageBase: string | null, guard: Guard): void {
  const body = doc.body;
  if (!body) return;
  const { base, here } = ownAddresses(doc, pageBase);
  // (Tag-name lookups: stock linkedom compiles a selector at every query and matches every element.)
  for (const more of Array.from(body.getElementsByTagName("a"))) {
    // Length first: a "more" link is a word or three, and most of a page's links are longer.
    if (squashedLengthUpTo(more, MORE_LINK_MAX) > MORE_LINK_MAX) continue;
    const href = more.getAttribute("href");
    if (!href || !MORE_LINK.test(textOf(more).replace(LINK_DECORATION, ""))) continue;
    const target = pathOf(href, base);
    if (here.has(target) || !isAttached(more)) continue;
    // The nearest block around the link that holds a heading linking to the same page: the card.
    let card: Element | null = more.parentElement;
    let cardLength = 0;
    for (let depth = 0; card && card !== body; depth++, card = card.parentElement) {
      cardLength = squashedLengthUpTo(card, TEASER_MAX);
      if (depth >= 4 || cardLength > TEASER_MAX) card = null;
      if (!card || titledByLinkTo(card, more, target, base)) break;
    }
    if (!card || card === body || card.getElementsByTagName("h1").length) continue;
    // Out to the box when it adds no more than a label.
    let box = card;
    for (let up = box.parentElement; up && up !== body; up = up.parentElement) {
      if (squashedLengthUpTo(up, cardLength + 60) > cardLength + 60 || up.getElementsByTagName("h1").length)
        break;
      box = up;
    }
    removeGuarded(box, guard);
  }
}

/** An excerpt cut off by the site ("… Heizjacken sind im Grunde […]"): WordPress's "[…]". */
const CUT_EXCERPT = /[\p{L}\p{N},;]\s*\[(?:…|\.\.\.)\]$/u;
/** A teaser's excerpt at most (a post's first lines). */
const EXCERPT_MAX = 800;

/**
 * A teaser set as a linked headline over the first lines of another post cut off with "[…]"
 * (WordPress's excerpt; "next post" thumbnails under a blog post, a rail of "the best …" guides):
 * the headline, its picture and the excerpt go. An elision in a quotation ("[…] als verhüllte der
 * Begriff …") stands under no headline linking elsewhere, and ends no excerpt.
 */
export function removeExcerptTeasers(doc: Document, pageBase: string | null, guard: Guard): void {
  const body = doc.body;
  if (!body) return;
  const { base, here } = ownAddresses(doc, pageBase);
  for (const heading of Array.from(body.querySelectorAll("h2, h3, h4"))) {
    if (!isAttached(heading)) continue;
    const links = heading.getElementsByTagName("a");
    const href = links.length === 1 ? links[0]!.getAttribute("href") : null;
    if (!href || href.startsWith("#") || here.has(pathOf(href, base))) continue;
    if (squashedLength(links[0]!.textContent) < 0.8 * squashedLength(heading.textContent)) continue;
    // The excerpt after the headline, past its picture (or a link holding only the picture) and
    // empty paragraphs.
    const between: Element[] = [];
    let next = heading.nextElementSibling;
    while (next && between.length < 3 && !hasText(next)) {
      between.push(next);
      next = next.nextElementSibling;
    }
    if (!next || !/^(?:P|DIV)$/.test(next.tagName)) continue;
    if (squashedLengthUpTo(next, EXCERPT_MAX) > EXCERPT_MAX || !CUT_EXCERPT.test(textOf(next))) continue;
    for (const part of [heading, ...between, next]) removeGuarded(part, guard);
  }
}

const CARD_HEADING = /^H[2-5]$/;

/**
 * Does the block hold a title linking to `target` (not the `more` link itself): a heading that is
 * mostly the link, or a headline's words alone in a line of their own (a CMS's "views-field-title"
 * <div>, a table cell's card)?
 */
function titledByLinkTo(block: Element, more: Element, target: string, base: string): boolean {
  for (const a of Array.from(block.getElementsByTagName("a"))) {
    if (a === more) continue;
    const href = a.getAttribute("href");
    if (!href || pathOf(href, base) !== target) continue;
    let heading = a.parentElement;
    while (heading && heading !== block && !CARD_HEADING.test(heading.tagName))
      heading = heading.parentElement;
    if (heading && heading !== block) {
      if (squashedLength(a.textContent) >= 0.5 * squashedLength(heading.textContent)) return true;
    } else if (isHeadlineLine(a)) return true;
  }
  return false;
}

/** Words a headline's length at least: four, and no fewer than 20 letters. */
const HEADLINE_WORDS = 4;
const HEADLINE_CHARS = 20;

/** A link whose words are a headline and stand alone in their block (nothing else in its line). */
function isHeadlineLine(a: Element): boolean {
  const words = textOf(a);
  if (words.length < HEADLINE_CHARS || words.split(" ").length < HEADLINE_WORDS) return false;
  const line = sentenceBlock(a);
  return !!line && textOf(line) === words;
}

function pathOf(href: string, base: string): string {
  try {
    const url = new URL(href, base);
    return url.host + url.pathname.replace(/\/+$/, "");
  } catch {
    return href;
  }
}

// The long patterns every page's reading runs, compiled as the module loads (precompiled.ts).
precompile(DATED_LINE, STAMP_WORDS);
