/**
 * Removes page furniture before Readability scores the page: navigation, site header and footer,
 * asides, dialogs, related/"Explore"/"More from" rails, newsletter, cookie and feedback banners,
 * share bars, comments. Conservative: nothing holding a real share of the page's prose goes.
 */
import {
  beforeNextLabel,
  classAndId,
  hasOwnText,
  hasText,
  isAttached,
  linkDensity,
  linkedLength,
  nameTokenTest,
  PHRASING,
  SENTENCE_END,
  sentenceBlock,
  squash,
  squashedLength,
  squashedLengthUpTo,
  textOf,
} from "./text";
import {
  isRailLabel,
  isInlinePromo,
  isBannerText,
  isFurnitureLine,
  isBioAfterName,
  isEndNote,
  isPitch,
  isPostRecordLine,
  isAdLabel,
  adTitleOpening,
  isAudioLabel,
  isDurationLine,
  READING_TIME_LINES,
} from "./clutter-words";
import { removeAppealBoxes } from "./appeal-boxes";
import { removePlayerChrome } from "./player-chrome";
import { removeToolIcons } from "./tool-icons";
import { readsAsSentence } from "./date-words";
import { removeCommentThreads } from "./comment-threads";
import { drop, guardFor, removeDialog, removeGuarded, type Guard } from "./declutter-guard";
import { isEmbedFrame } from "./embed-links";
import { HEADSHOT_SIDE, IMAGE_FILE, isPicture, sizedBelow } from "./lead-image";
import { BYLINE_LINE, isSignedName } from "./metadata/byline";
import { CREDIT_LABEL } from "./metadata/source";
import { keepStandfirst, markCaptions, markFigureText, markNumberedCaptions } from "./story-blocks";
import {
  DATED_STAMP_OPENERS,
  isStampLine,
  STAMP_OPENERS,
  keepEmbeddedPosts,
  markCaptionShapes,
  removeHoverCards,
  removeShareLinks,
  removeLanguageSwitchers,
  removePostPagers,
  removeReaderNotices,
  removeSkippedPromos,
  removeTeaserArticles,
  removeTeaserCards,
  removeExcerptTeasers,
  removeTagLists,
  removeTitledRails,
  isSourceLabelLine,
} from "./declutter-shapes";
import { isBlank, MEDIA, removeWithEmptyWrappers } from "./empty-wrappers";
import { follows } from "./document-order";

/** Dialogs over the page, by their markup. */
const DIALOGS = "dialog, [role=dialog], [role=alertdialog], [aria-modal=true]";
const ALWAYS =
  `script, style, template, iframe, ${DIALOGS}, ` +
  "nav, [role=navigation], [role=search], [role=complementary], aside, [hidden]";
/** JSON-LD stays: Readability reads its metadata from it (and removes scripts itself). */
const isJsonLd = (el: Element) => el.tagName === "SCRIPT" && /ld\+json/i.test(el.getAttribute("type") ?? "");
const OUTSIDE_ARTICLE = "header, footer, [role=banner], [role=contentinfo]";

/** Class or id tokens of blocks that are never the article's own text. */
const CLUTTER_TOKENS = new Set([
  "related",
  "explore",
  "recommended",
  "recommendations",
  "recirculation",
  "mostread",
  "most-read",
  "popular",
  "trending",
  "newsletter",
  "subscribe",
  "subscription",
  "feedback",
  "survey",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "share",
  "sharing",
  "sharebar",
  "social",
  "comments",
  "comment",
  "disqus",
  "tags",
  "taglist",
  "breadcrumb",
  "breadcrumbs",
  "promo",
  "outbrain",
  "taboola",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "sponsored",
  "modal",
  "popup",
  "toolbar",
  "sidebar",
  "widget",
  "readmore",
  "read-more",
  "also-read",
  "more-from",
  "see-also",
  "skip-link",
  "paywall",
  "signup",
  // Menus, tables of contents, post-meta lines, comment lists.
  "nav",
  "navbar",
  "navigation",
  "menu",
  "mainmenu",
  "table-of-contents",
  "postmetadata",
  "commentlist",
  "comment-list",
  "replies",
  "responses",
  "kommentare",
  "kommentar",
  "komentarze",
  "commentaires",
  "comentarios",
  // Israeli sites' comment sections.
  "talkback",
  "talkbacks",
  "tag-links",
  "tags-links",
]);

const hasClutterToken = nameTokenTest(CLUTTER_TOKENS);

/**
 * A class that hides a block on every screen: "hidden" (Bootstrap 3's and many themes'
 * `display: none !important`), "hide" (Foundation's), "d-none" (Bootstrap 4's, with no
 * "d-md-block" showing it from a width on; "d-print-block" shows it only on paper). A theme's
 * structured data for search engines (an image's address and size, a publisher's logo), a search
 * box's "No results found!", a video's "Show description", a citation for printing. It goes as the
 * other names' blocks do, judged by its text, so a story's part a button unfolds stays by its
 * prose. Not with a utility framework's variant ("hidden md:block"), nor "hidden-xs" and the like
 * (hidden on one screen size, or only in print).
 */
const HIDING_CLASS = /(?:^|\s)(?:hidden|hide|d-none)(?!\S)/i;
const SHOWN_FROM_A_WIDTH = /(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none)/i;
const isHiddenByClass = (el: Element): boolean => {
  const names = el.getAttribute("class");
  return !!names && HIDING_CLASS.test(names) && !names.includes(":") && !SHOWN_FROM_A_WIDTH.test(names);
};

/**
 * A modal's names; with a control in it (a button, a checkbox: "Don't show this again", "Verify
 * your age") it is a dialog over the page however much prose it holds, never the story.
 */
const isDialogToken = nameTokenTest(["modal", "dialog", "popup"]);
const DIALOG_WORDS = /\b(?:modal|dialog|popup)\b/gi;
/** "makehomepagedialog", "newsletterPopup": the word closing a name run together. */
const DIALOG_SUFFIX = /[a-z]{3}(?:dialog|popup)(?![^\s_-])/i;
const isDialogName = (names: string): boolean => isDialogToken(names) || DIALOG_SUFFIX.test(names);
const CONTROLS = "button, input, select, form";

/**
 * Parts of class names that mark furniture even inside one word ("BorlabsCookie", "author-bio-box",
 * "ez-toc-container"; not "toc-backref", a heading's link back to the table of contents).
 */
const CLUTTER_CLASS_PART =
  /cookie|consent|news-?letter|\b(?:ez-)?toc(?:[-_](?:container|list|wrapper|wrap|widget))?\b(?![-_])|read(?:ing)?-?time|author[-_]*(?:bio|box|info|card|description)|about[-_]*(?:the[-_]*)?author|autor(?:en)?[-_]*box/i;

/**
 * Words set for screen readers only, hidden from the eye by the site's stylesheet ("sr-only",
 * "visually-hidden", WordPress's "screen-reader-text"): "Skip to content", a spinner's "Laden...",
 * "This story has been shared 44,976 times". A reader view shows what the page shows. Short lines
 * only, never a heading's (a site may hide a long summary this way), and not a note inside a
 * sentence of the story (a link's "(link is external)"): the words a reader copies from the
 * story's text hold it, as the boilerplate corpus's annotators did.
 */
const isScreenReaderToken = nameTokenTest([
  "sr-only",
  "sr-text",
  "visually-hidden",
  "visuallyhidden",
  "u-visually-hidden",
  "u-hidden-visually",
  "hidden-visually",
  "is-visually-hidden",
  "screen-reader-text",
  "screen-reader-only",
  "screenreader-only",
  "element-invisible",
  "a11y-hidden",
  "assistive-text",
  "show-for-sr",
]);
const SCREEN_READER_MAX = 80;
const isScreenReaderText = (el: Element, names: string): boolean =>
  isScreenReaderToken(names) &&
  !/^H[1-6]$/.test(el.tagName) &&
  !el.closest("h1") &&
  squashedLengthUpTo(el, SCREEN_READER_MAX) <= SCREEN_READER_MAX &&
  isAttached(el) &&
  !inStorySentence(el) &&
  !hasHiddenTwin(el);

/** Characters of other words in the paragraph around a hidden note that make it a sentence's part. */
const SENTENCE_AROUND = 40;

/** Whether the element sits inline in a paragraph with words of its own around it. */
function inStorySentence(el: Element): boolean {
  if (!PHRASING.test(el.tagName)) return false;
  const block = el.parentElement?.closest("p, li, td, dd, blockquote");
  if (!block) return false;
  return squashedLength(block.textContent) - squashedLength(el.textContent) >= SENTENCE_AROUND;
}

/**
 * Words shown to the eye but hidden from screen readers beside the hidden words, next to them or
 * to their parent ("20<span class=sr-only> minutes</span> <span aria-hidden=true>mins</span>", a
 * recipe card's time): the shown twin goes with the hidden elements (Readability's rule), so the
 * screen reader's words stay. Siblings only: a page-wide search would cost a walk per note.
 */
function hasHiddenTwin(el: Element): boolean {
  for (const node of [el, el.parentElement]) {
    for (let sibling = node?.parentElement?.firstElementChild; sibling; sibling = sibling.nextElementSibling)
      if (sibling.getAttribute("aria-hidden") === "true" && squashedLengthUpTo(sibling, 1) > 0) return true;
  }
  return false;
}

/**
 * A word or phrase inside a sentence (a glossary link marked "popup": "he <a class=popup>
 * respectfully</a> and slowly said"): its sentence's, whatever its class says.
 */
function isInSentence(el: Element, sentences: Map<Element, boolean>): boolean {
  if (!PHRASING.test(el.tagName)) return false;
  // The sentence is the nearest block's text ("<i>"<a class=popup>Prefer</a></i> not, eh?"").
  const block = sentenceBlock(el);
  if (!block) return false;
  // Asked once per block (a code listing's <pre> holds thousands of <span class="comment">);
  // removing elements never changes a block's own text.
  let answer = sentences.get(block);
  if (answer === undefined) sentences.set(block, (answer = hasOwnText(block, /\p{L}{2}/u)));
  return answer;
}

/**
 * A phrasing element with words right beside it, in the text just before or after it; not a
 * labelled line ("Autor:", "Bild: Jane Roe / AP") set after a caption or before a name.
 */
function isAmidWords(el: Element): boolean {
  if (!PHRASING.test(el.tagName) || (el.textContent ?? "").includes(":")) return false;
  const before = el.previousSibling;
  const after = el.nextSibling;
  return [before, after].some((n) => n?.nodeType === 3 && /\p{L}/u.test(n.textContent ?? ""));
}

/**
 * A link that opens a note in a popup and holds its paragraph's whole sentence (`<p><a
 * class=popup>"Mr. Nippers," said I, "I'd prefer that you would withdraw."</a></p>`): the story's
 * line, as a word inside a sentence is (isInSentence). A dialog is a box, not a line of prose.
 */
function isPopupSentence(el: Element, names: string): boolean {
  if (!PHRASING.test(el.tagName) || !isDialogToken(names)) return false;
  if (hasClutterToken(names.replace(DIALOG_WORDS, " "))) return false;
  const line = textOf(el.closest("p"));
  return SENTENCE_END.test(line) && line.split(" ").length >= 3;
}

const isWidgetName = nameTokenTest(["widget"]);
/** "widget" as a word of a name ("dnd-widget-wrapper", "elementor-widget-image"), for taking out. */
const WIDGET_WORD = /(?<![a-z0-9])widget(?![a-z0-9])/gi;
/** A widget that names itself a picture: "type-image", "elementor-widget-image", "widget image". */
const PICTURE_WORD = /(?<![a-z])(?:image|img|photo|picture|figure|foto|bild)(?![a-z])/i;
/** What a figure never holds: a control, a frame. */
const NOT_FIGURE = "button, input, select, form, iframe";
/** A figure's own link: to its larger file, or opening it in a gallery on this page. */
const isEnlargeLink = (a: Element): boolean => {
  const href = a.getAttribute("href") ?? "";
  return /^(?:#|javascript:)/i.test(href) || IMAGE_FILE.test(href);
};
/** A caption's most characters. */
const CAPTION_MAX = 300;

/**
 * A picture a page builder calls a "widget" (Elementor's image widget, a Drupal editor's inline
 * image under "dnd-widget-wrapper type-image", a news site's "widget image" blocks), naming itself a
 * picture: an image of its own size, a caption at most, no control, no link but to its own larger
 * file. It is the story's figure, left for Readability to place with the story or not; the word
 * alone said nothing more of it (a widget of links stays furniture).
 */
function isFigureWidget(el: Element, names: string): boolean {
  if (!isWidgetName(names) || !PICTURE_WORD.test(names)) return false;
  const rest = names.replace(WIDGET_WORD, " ");
  if (hasClutterToken(rest) || CLUTTER_CLASS_PART.test(rest) || isDialogName(rest)) return false;
  const images = el.getElementsByTagName("img");
  if (images.length !== 1 || !isPicture(images[0]!)) return false;
  if (el.querySelector(NOT_FIGURE)) return false;
  const around = el.closest("a[href]");
  if (around && !isEnlargeLink(around)) return false;
  if (!Array.from(el.querySelectorAll("a[href]")).every(isEnlargeLink)) return false;
  return squashedLengthUpTo(el, CAPTION_MAX + 1) <= CAPTION_MAX;
}

/** A widget that names itself a quote: "widget quote", "citation-widget", "pullquote-widget". */
const QUOTE_WORD = /(?<![a-z])(?:quote|pullquote|blockquote|citation|zitat|cita)(?![a-z])/i;
/** A quote's most characters: a quoted passage, not a section. */
const QUOTE_MAX = 1000;

/**
 * A quote a page builder calls a "widget" (a magazine's opening exchange set in a "widget quote"
 * heading): the story's words, set apart. Words only, no link, control or picture, so a ticker's
 * "quote widget" of prices and a form asking for a quote stay furniture; and words the page shows
 * once, so a pull quote repeating a sentence of the story (a press release's "citation-widget", its
 * speaker's name in pieces under it) goes as before.
 */
function isQuoteWidget(el: Element, names: string): boolean {
  if (!isWidgetName(names) || !QUOTE_WORD.test(names)) return false;
  const rest = names.replace(WIDGET_WORD, " ");
  if (hasClutterToken(rest) || CLUTTER_CLASS_PART.test(rest) || isDialogName(rest)) return false;
  if (el.querySelector(`a[href], img, ${NOT_FIGURE}`)) return false;
  const text = textOf(el);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (text.length < 40 || text.length > QUOTE_MAX || letters < text.length * 0.6) return false;
  // A pull quote repeats the story's own sentence, which the story keeps: the widget goes as before.
  const opening = text.slice(0, 60);
  const page = squash(el.closest("body")?.textContent);
  return page.indexOf(opening) === page.lastIndexOf(opening);
}

/**
 * Readability weighs a block down for "widget" in its names, and its cleaning then drops the
 * figure (or quote) this rule kept: the word goes from the class and id of the figure and its
 * containers on the clone (as media-classes.ts does for "media"; the sanitiser drops both from the
 * output anyway).
 */
function unnameWidget(figure: Element): void {
  // The figure's own containers too ("elementor-widget-container"): they are the figure.
  for (const el of [figure, ...Array.from(figure.querySelectorAll("[class], [id]"))]) {
    for (const attribute of ["class", "id"]) {
      const value = el.getAttribute(attribute);
      if (value) el.setAttribute(attribute, value.replace(WIDGET_WORD, " ").trim());
    }
  }
}

const WRITER_BOX = /author|autor/i;

function byTokens(doc: Document, guard: Guard): void {
  const sentences = new Map<Element, boolean>();
  // Boxes the names mark that kept their place by their prose, judged again once the loop is done:
  // a comment section's own comments go one by one after it ("coral-comment"), leaving its
  // "Join the conversation (12)" heading in a box that now passes.
  const kept: [Element, boolean, boolean][] = [];
  const judge = (el: Element, part: boolean, dialog: boolean): boolean => {
    // The class alone is not proof: only short, link-dense or prose-free blocks go. An author
    // box or a consent notice is a paragraph or two of prose.
    const text = textOf(el).length;
    const remove = dialog ? removeDialog : removeGuarded;
    if (text < (part ? 800 : 200) || linkDensity(el) > 0.5 || guard.prose(el) < 160) remove(el, guard);
    else if (dialog && el.querySelector(CONTROLS)) remove(el, guard);
    return isAttached(el);
  };
  for (const el of Array.from(doc.body?.querySelectorAll("[class], [id]") ?? [])) {
    // The names first (most elements' names are not clutter's), then where the element is.
    const names = classAndId(el);
    if (isScreenReaderText(el, names)) {
      drop(el, guard);
      continue;
    }
    const part = CLUTTER_CLASS_PART.test(names);
    const dialog = isDialogName(names);
    if (!part && !dialog && !hasClutterToken(names) && !isHiddenByClass(el)) continue;
    if (!isAttached(el) || el.closest("h1") || isInSentence(el, sentences)) continue;
    if (dialog && !part && isPopupSentence(el, names)) continue;
    if (!part && !dialog && (isFigureWidget(el, names) || isQuoteWidget(el, names))) {
      unnameWidget(el);
      continue;
    }
    // Not a writer's box left holding their name ("Veröffentlicht von Henning Lobin"): the byline
    // is read there once the clutter rules have run, and the trims take it from the text.
    if (judge(el, part, dialog) && !WRITER_BOX.test(names)) kept.push([el, part, dialog]);
  }
  for (const [el, part, dialog] of kept) if (isAttached(el)) judge(el, part, dialog);
}

/** The block a CMS marks as the story's body. */
const STORY_BODY =
  '[itemprop=articleBody], [class*="entry-content"], [class*="post-content"], [class*="article-body"], [class*="article-content"], [class*="story-body"], [class*="post-body"]';

/** Characters in innermost <div>s and cells of 200+ characters that are not mostly links. */
function divProse(el: Element): number {
  let total = 0;
  for (const block of Array.from(el.querySelectorAll("div, td"))) {
    if (block.querySelector("div, td, p, li")) continue;
    const length = squashedLength(block.textContent);
    if (length >= 200 && linkDensity(block) < 0.3) total += length;
  }
  return total;
}

const SHARE_LABEL = /^share\b/i;

/** Does `box` add to `inner` (inside it) over 80 characters of text, under a fifth of them linked? */
function addsUnlinkedText(box: Element, inner: Element): boolean {
  const added = squashedLength(box.textContent) - squashedLength(inner.textContent);
  if (added <= 80) return false;
  return linkedLength(box) - linkedLength(inner) < 0.2 * added;
}

/**
 * A list whose every item links somewhere, however few of its words the link holds ("YouTubers
 * must unionize, <a>no matter what Google says</a>"): what a rail's label announces.
 */
function isTeaserList(el: Element): boolean {
  if (!/^(?:UL|OL)$/.test(el.tagName) || el.children.length < 2) return false;
  // A flat list: one whose items hold lists of their own is an outline (a README's "See also").
  return Array.from(el.children).every((li) => li.querySelector("a[href]") && !li.querySelector("ul, ol"));
}

/**
 * Has `paragraph`, `inner` left out, 80+ characters of words outside links (prose, however many
 * links it cites; not a meta line of links, "Posted on <a>28. Juli 2019</a> Author <a>Andreas
 * Kalt</a> <a>4 Kommentare</a>"), and does `inner` come after words of its own?
 */
function isProseAfterWords(paragraph: Element, inner: Element): boolean {
  const own = squash(inner.textContent);
  const innerLinked = inner.localName.toLowerCase() === "a" ? own.length : linkedLength(inner);
  const unlinked =
    squashedLength(paragraph.textContent) - own.length - (linkedLength(paragraph) - innerLinked);
  return unlinked >= 80 && !!wordsAround(paragraph, own)?.before;
}

/** Whether `block`'s text has words before and after `inner` (text within it), or null if not found. */
function wordsAround(block: Element, inner: string): { before: boolean; after: boolean } | null {
  const text = squash(block.textContent);
  const at = inner ? text.indexOf(inner) : -1;
  if (at < 0) return null;
  return { before: WORDS.test(text.slice(0, at)), after: WORDS.test(text.slice(at + inner.length)) };
}
const WORDS = /\p{L}{2}/u;

/**
 * A teaser run into a paragraph's sentences: "… restructuring. <strong>Read more: <a>Other
 * story</a></strong> Job cuts …", or its label and link side by side ("<b>Czytaj także:</b>
 * <a>…</a>"). The label and its link go, the sentences around them stay (a paragraph that is the
 * teaser alone goes whole in byText).
 */
function removeRunInPromos(doc: Document, guard: Guard): void {
  for (const el of Array.from(doc.body?.querySelectorAll("strong, b, em, i, span, small") ?? [])) {
    if (squashedLengthUpTo(el, 200) > 200 || !isAttached(el) || !isInlinePromo(textOf(el))) continue;
    const block = sentenceBlock(el);
    if (!block || !/^(?:P|DIV|LI|TD|BLOCKQUOTE)$/.test(block.tagName)) continue;
    // The link inside the label's element, or right after it with nothing but spaces between.
    const next = el.nextElementSibling;
    const between = next ? textBetween(el, next) : "";
    const run = el.querySelector("a[href]")
      ? linkDensity(el) > 0.5 && [el]
      : next?.matches("a[href]") && !between.trim() && [el, next];
    if (!run) continue;
    const around = wordsAround(block, squash(run.map((part) => part.textContent).join(between)));
    if (around && (around.before || around.after)) for (const part of run) removeGuarded(part, guard);
  }
}

/** The text between two siblings. */
function textBetween(first: Element, last: Element): string {
  let text = "";
  for (let n = first.nextSibling; n && n !== last; n = n.nextSibling) text += n.textContent ?? "";
  return text;
}

/**
 * A label's words inside a link, after words of the link's own ("Readers were <a>asked to
 * <b>share</b> the plan</a>"): a word of the link's sentence, set in bold, no rail's title (a
 * teaser's link may open with its label, "<a><b>Lesen Sie auch:</b> …</a>", or close a card with it).
 */
function followsLinkedWords(label: Element): boolean {
  const link = label.parentElement?.closest("a");
  // A card's link holds blocks, its headline then "Leer más": the label of a teaser.
  if (!link || link.querySelector(CARD_BLOCKS)) return false;
  return !!wordsAround(link, squash(label.textContent))?.before;
}
const CARD_BLOCKS = "h1, h2, h3, h4, h5, h6, p, div, li, figure, section";

/**
 * A label's words run into a sentence, set in bold: more words of the line right after them, in
 * lower case ("<b>Popular</b> wisdom says …", "would <b>share</b> the costs"), words of it on both
 * sides ("ihre <b>Kommentare</b> Mitte Mai"), or the sentence's last word ("… proved
 * <strong>popular</strong>."). A rail's title stands on a line of its own, before its links or a
 * colon ("<strong>Lesen Sie auch</strong> <a>…</a>", "<b>Related:</b> …").
 */
function runsIntoSentence(label: Element): boolean {
  const after = label.nextSibling;
  if (after?.nodeType !== 3) return false;
  const next = after.nodeValue ?? "";
  if (/^\s*[\p{Ll}\p{N}]/u.test(next)) return true;
  // Amid the sentence's words, whatever their case (a German noun: "ihre <b>Kommentare</b> Mitte
  // Mai"), or closing it.
  const before = label.previousSibling;
  const wordBefore = before?.nodeType === 3 && /\p{Ll}\s+$/u.test(before.nodeValue ?? "");
  return wordBefore && /^(?:\s*\p{L}|[.!?])/u.test(next);
}

/** A link, or links: a bare <a> too, whose own words linkDensity does not count as linked. */
const isLinks = (el: Element): boolean => el.matches("a[href]") || linkDensity(el) > 0.5 || isTeaserList(el);

/** A heading saying "Explore", "Lesen Sie auch"…: remove the rail it titles. */
function byLabels(doc: Document, guard: Guard): void {
  const labels = Array.from(
    doc.body?.querySelectorAll("h2, h3, h4, h5, h6, header, strong, b, span, p, div") ?? [],
  );
  for (const label of labels) {
    if (label.children.length > 2 || squashedLengthUpTo(label, 60) > 60) continue;
    if (!isAttached(label) || !isRailLabel(textOf(label))) continue;
    if (followsLinkedWords(label) || runsIntoSentence(label)) continue;
    const share = SHARE_LABEL.test(textOf(label));
    let target: Element = label;
    let targetDivProse = 0;
    for (let node = label.parentElement; node && node !== doc.body; node = node.parentElement) {
      if (node.querySelector("h1") || guard.prose(node) - guard.prose(target) > 160) break;
      // A teaser run into a paragraph after its words ("… la religion ». <span>À LIRE AUSSI
      // <a>…</a></span> Son domicile …") goes alone: the paragraph is the story's. (A label opening
      // a paragraph titles it: "<p><strong>Über den Autor</strong>: Ich …</p>" goes whole.)
      if (node.localName.toLowerCase() === "p" && isProseAfterWords(node, target)) break;
      // Paragraphs written as <div>s, which prose counts miss, are the story's too.
      const nodeDivProse = divProse(node);
      if (nodeDivProse - targetDivProse > 160) break;
      targetDivProse = nodeDivProse;
      // A rail's box never holds the story's own body block.
      const body = node.matches(STORY_BODY) ? node : node.querySelector(STORY_BODY);
      if (body && !target.contains(body)) break;
      // A share bar is buttons and links: words its box adds without links are a story's (a live
      // blog's entry over its "Share" button), however short.
      if (share && addsUnlinkedText(node, target)) break;
      target = node;
    }
    if (target === label) {
      // The rail sits in the article's flow: take the links and link lists that follow the label.
      for (let next = label.nextElementSibling; next && isLinks(next);) {
        const after = next.nextElementSibling;
        removeGuarded(next, guard);
        next = after;
      }
    }
    removeGuarded(target, guard);
  }
}

/**
 * A headline that is one link to another story: one link (a named anchor, <a name="q1">, marks a
 * place in the story and links nowhere; a script's link, "javascript:void(0)", holding a sentence
 * opens a note over it), four words or more, nearly all of them the link's, or all but pointers.
 */
function isStoryLink(el: Element, text: string): boolean {
  const anchors = el.querySelectorAll("a");
  return (
    anchors.length === 1 &&
    anchors[0]!.hasAttribute("href") &&
    !(/^\s*javascript:/i.test(anchors[0]!.getAttribute("href")!) && SENTENCE_END.test(text)) &&
    text.split(" ").length >= 4 &&
    // Or pointers alone beside it: ">> Hier geht es zum Liveblog".
    (linkDensity(el) >= 0.9 || !/[\p{L}\p{N}]/u.test(text.replace(squash(anchors[0]!.textContent), "")))
  );
}

/**
 * A paragraph that is one link to another story ("TAYLOR SWIFT CLEARED TO PERFORM…"), or a list
 * whose every item is one: inline promos between the paragraphs of a story.
 */
function isLinkedHeadline(
  el: Element,
  text: string,
  linkLists: Map<Element, boolean>,
  base: string | null,
): boolean {
  if (el.tagName === "P") return text.length < 160 && isStoryLink(el, text);
  const list = el.parentElement;
  if (el.tagName !== "LI" || !list || !/^(?:UL|OL)$/.test(list.tagName)) return false;
  // Read once per list, not once per item (a list of n links would cost n² reads); its items
  // leave it one by one, and the rest stay linked headlines (down to the last one).
  let linked = linkLists.get(list);
  if (linked === undefined) {
    // A list of one is a promo only as a headline of the site's own ("The latest news about the
    // outbreak (paywall-free)" between two paragraphs).
    const single = list.children.length === 1;
    linked =
      list.children.length >= 1 &&
      !isSubList(list) &&
      Array.from(list.children).every((li) => {
        const links = li.querySelectorAll("a");
        const itemText = textOf(li);
        const words = itemText.split(" ").length;
        const sameSite = () => isSameSite(links[0]!.getAttribute("href"), base);
        return (
          itemText.length < 120 &&
          links.length === 1 &&
          linkDensity(li) >= 0.9 &&
          // Headlines of the site's other stories: titles of other sites' pages are the story's own
          // list (its sources, the products a deals post is about); share and profile links, a
          // word or three, go wherever they point.
          (single ? words >= 4 && sameSite() : words < 4 || sameSite())
        );
      });
    linkLists.set(list, linked);
  }
  return linked;
}

/** A link within the page's own site (relative, or to its host or a sibling subdomain). */
function isSameSite(href: string | null, base: string | null): boolean {
  if (!href || !base) return true;
  try {
    const link = new URL(href, base).hostname.replace(/^www\./, "");
    const page = new URL(base).hostname.replace(/^www\./, "");
    return link === page || link.endsWith(`.${page}`) || page.endsWith(`.${link}`);
  } catch {
    return true;
  }
}

/**
 * A list under a list item that says what it holds in words of its own ("In progress:" then the
 * bugs' links): the item's detail, not a rail of other stories.
 */
function isSubList(list: Element): boolean {
  const item = list.parentElement;
  if (item?.tagName !== "LI") return false;
  return hasOwnText(item, /\p{L}/u);
}

/**
 * Does a block inside hold the pitch by itself? A list item's then goes in its turn, and the
 * item's own line stays (a line of the story, then "<p>Werden Sie Mitglied … exklusive
 * Angebote!</p>"); a box of other blocks goes whole, as its notices and tools beside a pitch do.
 */
function holdsPitch(el: Element): boolean {
  for (const block of Array.from(el.querySelectorAll("p, div, section, li")))
    if (isPitch(textOf(block))) return true;
  return false;
}

/**
 * What titles a list above it: a heading, a rail label, a short line ending in a colon, or one set
 * whole in bold and ending in no full stop ("<p><strong>Beliebte Artikel</strong></p>").
 */
function isListTitle(el: Element): boolean {
  if (squashedLengthUpTo(el, 80) > 80 || el.querySelector("p, div, ul, ol, img")) return false;
  const text = textOf(el);
  if (/^H[2-6]$/.test(el.tagName) || isRailLabel(text) || /:$/.test(text)) return true;
  const bold = el.querySelector("b, strong");
  return !!bold && textOf(bold) === text && !SENTENCE_END.test(text);
}

/** "Lesen Sie auch: <a>…</a>" paragraphs and short banners ("Share your feedback!", cookies). */
function byText(doc: Document, guard: Guard, base: string | null): void {
  const linkLists = new Map<Element, boolean>();
  // Nested blocks often hold the same words (a <div> around its one <p>): the long pitch pattern
  // reads each text once (~45% of the texts asked were asked before, on article-bodies' pages).
  const pitches = new Map<string, boolean>();
  const pitch = (text: string): boolean => {
    let answer = pitches.get(text);
    if (answer === undefined) pitches.set(text, (answer = isPitch(text)));
    return answer;
  };
  // (A <label> too: the consent line beside an embed's switch, "Ich bin damit einverstanden, …".)
  for (const el of Array.from(doc.body?.querySelectorAll("p, div, section, li, label") ?? [])) {
    // Length first: squashing the text of every page-wide wrapper only to skip it is the cost.
    if (squashedLengthUpTo(el, 300) > 300 || !isAttached(el)) continue;
    const text = textOf(el);
    if (isInlinePromo(text) && el.querySelector("a") && linkDensity(el) > 0.3) {
      removeGuarded(el, guard);
    } else if (
      isLinkedHeadline(el, text, linkLists, base) ||
      (pitch(text) && !(el.tagName === "LI" && holdsPitch(el)))
    ) {
      removeGuarded(el, guard);
    } else if (isLabelledAd(el, text)) {
      removeGuarded(el, guard);
    } else if (isBannerText(text)) {
      // Not a paragraph in the middle of prose (an article about cookies keeps its text).
      const siblings = Array.from(el.parentElement?.children ?? []);
      if (siblings.filter((s) => s.tagName === "P" && textOf(s).length >= 80).length < 2)
        removeGuarded(el, guard);
    }
  }
  // A list of linked headlines, emptied item by item, goes with the heading or label that titled
  // it ("Weitere Pressemitteilungen", "Más información:").
  for (const [list, linked] of linkLists) {
    if (!linked || list.children.length || !isAttached(list)) continue;
    const label = list.previousElementSibling;
    removeGuarded(list, guard);
    if (label && isListTitle(label)) removeGuarded(label, guard);
  }
}

/**
 * A box that opens with a title marked as an ad ("investify: Der Langzeit-Rendite-Testsieger
 * (Anzeige)", then its pitch and a link to the advertiser): the mark ends a title of its own
 * element, never a word in a sentence (a blogger's "Plantur 39 Shampoo (Werbung) auf meine Hand").
 */
function isLabelledAd(el: Element, text: string): boolean {
  const title = adTitleOpening(text);
  if (!title || !el.querySelector("a[href]")) return false;
  return Array.from(el.querySelectorAll("*")).some((inside) => textOf(inside) === title);
}

/**
 * A picture of its own size inside (a lightbox link, "click to enlarge", around the story's photo):
 * the line's words are the picture's furniture, and go by themselves; an ad's label goes with its ad.
 */
const holdsPicture = (el: Element): boolean => Array.from(el.getElementsByTagName("img")).some(isPicture);

/** "Image 1 of 5", "Photo: Jane Doe, AP", "Advertisement", "Close": gallery and ad furniture. */
function byFurniture(doc: Document, guard: Guard): void {
  for (const el of Array.from(
    doc.body?.querySelectorAll("p, div, span, li, small, a, em, strong, figcaption, dt, dd") ?? [],
  )) {
    // Length first (a furniture line is short): the other checks read the whole element.
    if (squashedLengthUpTo(el, 100) > 100) continue;
    if (!isAttached(el) || el.querySelector("figure, picture, video")) continue;
    const text = textOf(el);
    if (
      isFurnitureLine(text) &&
      (!holdsPicture(el) || isAdLabel(text)) &&
      // A word of a sentence ("RMS' <a>views</a> and statements", "the vote was <em>close</em>").
      !isAmidWords(el)
    ) {
      const box = el.parentElement;
      removeGuarded(el, guard);
      if (box && isAudioLabel(text)) removeDurationsBeside(box, guard);
    }
  }
}

/** Characters a player's box holds at most besides its label: a duration, a note, a link. */
const PLAYER_BOX = 120;

/**
 * An audio player's duration set apart from its label ("<span>Listen to this article</span>
 * <span>4 min</span>"): the lines that are only a duration among the children of the label's box
 * and of the box's parent go with the label, when they hold little else (never a story's own
 * children: a recipe's "20 min" stays).
 */
function removeDurationsBeside(box: Element, guard: Guard): void {
  for (const holder of [box, box.parentElement]) {
    if (!holder || squashedLengthUpTo(holder, PLAYER_BOX) > PLAYER_BOX) break;
    for (const child of Array.from(holder.children))
      if (squashedLengthUpTo(child, 12) <= 12 && isDurationLine(textOf(child))) removeGuarded(child, guard);
  }
}

/**
 * Forms with fields to fill: sign-up, search, comment and contact forms. A page wrapped whole in
 * one <form> (ASP.NET) holds the article's prose, and the guard keeps it.
 */
function byForms(doc: Document, guard: Guard): void {
  for (const form of Array.from(doc.body?.querySelectorAll("form") ?? [])) {
    if (!isAttached(form) || !form.querySelector("input:not([type=hidden]), textarea, select")) continue;
    // The form's own words (labels, a privacy note) are prose too: only most of the page's protects it.
    if (form.querySelector("h1") || guard.prose(form) > Math.max(0.5 * guard.totalProse, 160)) continue;
    drop(signUpBox(form), guard);
  }
  // A poll or quiz a script runs has no <form>: its choices and its button, in the block that holds both.
  // A block is judged once, however many choices (a shop's filter list) climb through it.
  const judged = new Map<Element, BlockVerdict>();
  for (const choice of Array.from(doc.body?.querySelectorAll(CHOICE) ?? [])) {
    if (!isAttached(choice) || choice.closest("form")) continue;
    const widget = choiceWidget(choice, judged);
    if (widget && guard.prose(widget) <= Math.max(0.5 * guard.totalProse, 160)) drop(widget, guard);
  }
}

const CHOICE = 'input[type="radio" i], input[type="checkbox" i]';
type BlockVerdict = "widget" | "story" | "neither";

/** The nearest block, up to four levels up, holding two choices or more and a button to send them. */
function choiceWidget(choice: Element, judged: Map<Element, BlockVerdict>): Element | null {
  let block = choice.parentElement;
  for (let level = 0; block && level < 4; block = block.parentElement, level++) {
    let verdict = judged.get(block);
    if (!verdict) {
      verdict =
        /^(?:BODY|ARTICLE|MAIN)$/.test(block.tagName) || block.querySelector("h1")
          ? "story"
          : block.querySelectorAll(CHOICE).length >= 2 &&
              block.querySelector('button, input[type="submit" i]')
            ? "widget"
            : "neither";
      judged.set(block, verdict);
    }
    if (verdict === "story") return null;
    if (verdict === "widget") return block;
  }
  return null;
}

/** A field for an e-mail address: the sign-up form's, whatever the language of its words. */
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[placeholder*="mail" i]';
/** The most words a sign-up box says beside its form: a pitch, a privacy note. */
const PITCH_CHARS = 250;

/**
 * The box of an e-mail sign-up form: the blocks around it that say no more than a pitch ("Abonnez-
 * vous à notre lettre", "メールマガジンの登録はこちら", in any language), up to the story's own
 * blocks. Any other form stands alone.
 */
function signUpBox(form: Element): Element {
  if (!form.querySelector(EMAIL_FIELD)) return form;
  const formChars = squashedLength(form.textContent);
  let box = form;
  for (let parent = form.parentElement; parent; parent = parent.parentElement) {
    if (/^(?:BODY|ARTICLE|MAIN)$/.test(parent.tagName) || parent.querySelectorAll("form").length > 1) break;
    if (parent.querySelector("h1, img, picture, video, table")) break;
    if (squashedLengthUpTo(parent, formChars + PITCH_CHARS) - formChars > PITCH_CHARS) break;
    box = parent;
  }
  return box;
}

/**
 * Declutter the document in place (call it on a clone). `base` is the page's base URL (pageBase),
 * read from the document's <base> when not given.
 */
export function declutter(doc: Document, base = doc.querySelector("base[href]")?.getAttribute("href")): void {
  const guard = guardFor(doc);
  for (const el of Array.from(doc.querySelectorAll(ALWAYS)))
    if (el.matches(DIALOGS)) removeDialog(el, guard);
    else if (!isJsonLd(el) && !isEmbedFrame(el)) removeGuarded(el, guard);
  byForms(doc, guard);
  for (const el of Array.from(doc.querySelectorAll(OUTSIDE_ARTICLE))) {
    if (!el.parentElement?.closest("article, main, [role=main]")) removeGuarded(el, guard);
  }
  removeToolIcons(doc);
  // Clutter told by its shape: see declutter-shapes.ts.
  keepEmbeddedPosts(doc, guard);
  removePlayerChrome(doc, guard);
  removeTagLists(doc, guard);
  removePostPagers(doc, guard);
  removeLanguageSwitchers(doc, guard);
  removeHoverCards(doc, guard);
  removeTitledRails(doc, guard);
  removeReaderNotices(doc, guard);
  removeAppealBoxes(doc, guard);
  removeCommentThreads(doc, guard);
  removeSkippedPromos(doc, guard);
  removeTeaserArticles(doc, base ?? null, (el) => guard.protects(el), guard);
  removeTeaserCards(doc, base ?? null, guard);
  removeExcerptTeasers(doc, base ?? null, guard);
  removeRunInPromos(doc, guard);
  byLabels(doc, guard);
  byTokens(doc, guard);
  byText(doc, guard, base ?? null);
  byFurniture(doc, guard);
  // Last: a share bar is told by its buttons, which this would take first.
  removeShareLinks(doc, guard);
  keepStandfirst(doc);
  markCaptions(doc);
  markFigureText(doc);
  markNumberedCaptions(doc);
  markCaptionShapes(doc);
}

const LEAF_BLOCK = "ul, ol, div, section, p";
const isLeafBlock = (el: Element) => !el.querySelector(LEAF_BLOCK);

/** Inline elements that make a line of their own when they stand loose among blocks. */
const LOOSE_LINE = "time, span, small, strong, b, em, i, a";

/**
 * An item of a list that holds blocks, beside an item holding a picture: a meta list's line (the
 * writer's linked picture in a <p> and name, then the date: `<ul><li><a><p><img></p><span>Jan
 * Roe</span></a></li><li><time>…`), where the list is no line of its own. A story's own list of
 * dated lines stays one block, read whole.
 */
function isBesidePictureItem(item: Element, picturesIn: (list: Element) => number): boolean {
  const list = item.parentElement;
  if (!list || isLeafBlock(list)) return false;
  // (Its own picture aside: an item is beside another's.)
  return picturesIn(list) > (item.querySelector("img, picture") ? 1 : 0);
}

/**
 * The article's first `count` lines, in order: its innermost blocks, inline elements standing
 * loose among blocks (`<article><time>March 21, 2025</time><p>…`: Readability wraps such runs in
 * a paragraph only inside a <div>), and a meta list's items beside the writer's picture.
 */
function firstLines(root: Element, count: number): Element[] {
  const found: Element[] = [];
  // Whether a parent holds blocks, asked once per parent: a code listing's thousands of spans share one.
  const holdsBlocks = new Map<Element, boolean>();
  const standsLoose = (el: Element): boolean => {
    const parent = el.parentElement;
    if (!parent) return false;
    let answer = holdsBlocks.get(parent);
    if (answer === undefined) {
      answer = Array.from(parent.children).some(
        (child) => child.matches(LEAF_BLOCK) || child.tagName === "FIGURE",
      );
      holdsBlocks.set(parent, answer);
    }
    return answer;
  };
  // How many of a list's items hold a picture, counted once per list (a long list's items share it).
  const pictureItems = new Map<Element, number>();
  const picturesIn = (list: Element): number => {
    let count = pictureItems.get(list);
    if (count === undefined) {
      count = Array.from(list.children).filter((item) => item.querySelector("img, picture")).length;
      pictureItems.set(list, count);
    }
    return count;
  };
  for (const el of Array.from(root.querySelectorAll(`${LEAF_BLOCK}, li, ${LOOSE_LINE}`))) {
    // An inline element counts when its parent holds blocks too (not a word inside a paragraph).
    const line = el.matches(LEAF_BLOCK)
      ? true
      : el.tagName === "LI"
        ? isBesidePictureItem(el, picturesIn)
        : standsLoose(el);
    if (!line || !isLeafBlock(el)) continue;
    found.push(el);
    if (found.length === count) break;
  }
  return found;
}

/**
 * The article's last innermost block, when it has at least `least` of them. Read from the end:
 * testing every block of a long page, once per block trimmed off its end, was the trims' cost.
 */
function lastLeafBlock(root: Element, least: number): Element | null {
  const blocks = root.querySelectorAll(LEAF_BLOCK);
  let last: Element | null = null;
  let found = 0;
  for (let i = blocks.length - 1; i >= 0 && found < least; i--) {
    const el = blocks[i]!;
    if (!isLeafBlock(el)) continue;
    last ??= el;
    found++;
  }
  return found >= least ? last : null;
}

/**
 * A legal phrase no story sentence uses: "All rights reserved", "RIPRODUZIONE RISERVATA", "This
 * document is subject to copyright", "무단전재 및 재배포 금지".
 */
const LEGAL_PHRASE =
  /all rights reserved|subject to copyright|copyrighted property|chroniony prawem autorskim|urheberrechtlich geschützt|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|alle rettigheder forbeholdes|alle rettigheter reservert|alla rättigheter förbehållna|minden jog fenntartva|tüm hakları saklıdır|все права защищены|版权所有|版權所有|無断転載|転載を禁じ|(?:禁止|不得|严禁|嚴禁)(?:任何)?(?:转载|轉載)|(?:转载|轉載)(?:请|請)注明|(?:本文|文章)仅代表作者(?:本人)?(?:观点|觀點)|不代表本(?:站|网|網|平台)(?:观点|觀點|立场|立場)|무단 ?전재|재배포 ?금지|저작권자|כל הזכויות שמורות|جميع الحقوق محفوظة|(?:کلیه|تمامی) حقوق .{0,40}محفوظ|सर्वाधिकार सुरक्षित|bản quyền thuộc về|hak cipta dilindungi/i;

/**
 * A copyright mark that opens the line ("© Reuters", "Copyright © 2019 Press TV", "Rubriklistenbild:
 * © KCNA/dpa", at most two words before it) or dates it ("The contents of this site are ©2019 …").
 * Elsewhere it is the story's word: "… the copyright claim", "a manifesto™©".
 */
const LEGAL_MARK =
  /^\W*(?:\S+\s+){0,2}(?:©|ⓒ|\(c\)\s|copyright\b)|(?:©|ⓒ|\(c\)|\bcopyright)\s*(?:©|ⓒ|\(c\))?\s*(?:19|20)\d\d\b/i;

/**
 * A sentence about copyright, the word going on with the story's words in lower case ("Copyright of
 * the maps belongs to …", "Copyright law changed in 2019"), not a notice ("Copyright 2025 …",
 * "Copyright © …", "Copyright by Jane Doe").
 */
const COPYRIGHT_SENTENCE = /^\W*[Cc]opyright\s+(?!by\b)[a-z]/;

/** Characters after a copyright sentence that make its paragraph the story's. */
const STORY_AFTER_MARK = 60;

/** Where a line's first sentence ends: a full stop before a capital ("© Reuters 2025. The …"). */
const FIRST_SENTENCE = /^.*?[.!?]\s+(?=\p{Lu})/u;

/**
 * A short legal line: "© 2019 Example Corp.", "All rights reserved", "This document is subject to
 * copyright". A mark opening a paragraph that goes on with the story ("© Reuters 2025. The minister
 * said …") leaves the story its paragraph.
 */
function isLegalLine(text: string): boolean {
  if (text.length > 300) return false;
  if (LEGAL_PHRASE.test(text)) return true;
  if (COPYRIGHT_SENTENCE.test(text)) return false;
  const first = FIRST_SENTENCE.exec(text)?.[0] ?? text;
  return LEGAL_MARK.test(text) && text.length - first.length < STORY_AFTER_MARK;
}

/** Nothing but blank text follows `el` inside `root`. */
function isAtEnd(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement)
    for (let next = node.nextSibling; next; next = next.nextSibling)
      if (
        next.nodeType === 1
          ? hasText(next as Element)
          : next.nodeType === 3 && /\S/.test(next.nodeValue ?? "")
      )
        return false;
  return true;
}

/** A full stop closing a line: a sentence, not a title. */
const FULL_STOP = /[.。]["'”’»)]*$/;

/**
 * The story's last heading when nothing follows it: one link to another story ("ÍGY KÉSZÜL A
 * LEGFINOMABB HUMUSZ >>>", a run of such headings closing a recipe), a promo; or a title of nothing
 * the reader is shown, a rail's, a newsletter box's or a gallery's whose box or cards went ("LE PIÙ
 * CONDIVISE", "Be the first to know", "Mehr zu", "Keine Lust alleine zu radeln?"). A heading over
 * a picture stays, and so do a sentence set as one (a pull quote: "Es stützt seine Version.") and
 * a credit ("Quelle: https://…").
 */
function trailingHeading(root: Element): Element | null {
  const headings = root.querySelectorAll("h2, h3, h4, h5, h6");
  const last = headings[headings.length - 1];
  if (!last || !isAtEnd(last, root)) return null;
  // A fragment links within the page (Readability has made it absolute): a table of contents' entry.
  if (last.querySelector("a")?.getAttribute("href")?.includes("#")) return null;
  const text = textOf(last);
  if (isStoryLink(last, text)) return last;
  if (!text || FULL_STOP.test(text) || isSourceLabelLine(text)) return null;
  const media = root.querySelectorAll(MEDIA);
  const lastMedia = media[media.length - 1];
  return lastMedia && (last.contains(lastMedia) || follows(lastMedia, last)) ? null : last;
}

/**
 * After Readability: drop link-dense headline blocks, headings of nothing and legal lines left at
 * the end of the article. True when it removed any (the story's end is trimmed pass after pass). The
 * legal lines' text goes to `legalLines`, last first: "© 2025 The Associated Press" credits a wire.
 */
export function trimTrailingLinks(root: Element, pageUrl: string, legalLines: string[] = []): boolean {
  let removed = false;
  // Headings close a story only after its prose: a page of nothing but teasers stays one, for the
  // verdict that it is no article. Looked for once, and only when such a heading closes it.
  let prose: boolean | undefined;
  const hasProse = () =>
    (prose ??= Array.from(root.querySelectorAll("p")).some(
      (p) => squashedLengthUpTo(p, 100) >= 100 && linkDensity(p) < 0.5,
    ));
  for (;;) {
    const last = lastLeafBlock(root, 3);
    if (!last) return removed;
    const heading = trailingHeading(root);
    if (heading && hasProse()) {
      heading.remove();
      removed = true;
      continue;
    }
    const text = textOf(last);
    if (!text && isBlankOrTeaserPicture(last, pageUrl)) {
      last.remove();
      removed = true;
      continue;
    }
    const links = last.querySelectorAll("a").length >= 2 && linkDensity(last) >= 0.7;
    // A number alone closing the story ("17302", "1 2 3"): a story code, a page count, a counter;
    // not a phone number (nine digits or more), which may be the story's contact.
    const bareNumber =
      text.length <= 20 &&
      /^[\d\s.,:/#|-]*\d[\d\s.,:/#|-]*$/.test(text) &&
      text.replace(/\D/g, "").length <= 8;
    // A rule drawn in text ("___", "* * *") with nothing after it.
    const bareRule = text.length > 0 && text.length <= 20 && /^[^\p{L}\p{N}]+$/u.test(text);
    const legal = isLegalLine(text);
    const closing = legal || isEndNote(text) || isPostRecordLine(text);
    if (!links && !bareNumber && !bareRule && !closing) return removed;
    if (legal) legalLines.push(text);
    // A rail's label goes with its last line; a writer's name with the bio set after it ("Dr. Thomas
    // Schulte" over "ist Gründungspartner …").
    const before = textOf(last.previousElementSibling);
    if (isRailLabel(before) || (isBioAfterName(text) && before.length <= 60))
      last.previousElementSibling?.remove();
    last.remove();
    removed = true;
  }
}

/**
 * A textless block closing the story: blank (an empty paragraph), or pictures each linking to
 * another page (the next story's teaser image, the writer's profile photo, a banner, a row of the
 * site's social buttons). A picture with its caption, opening a gallery (a fragment), linking to
 * its own file or to this page is the story's.
 */
function isBlankOrTeaserPicture(block: Element, pageUrl: string): boolean {
  if (isBlank(block)) return true;
  const links = Array.from(block.querySelectorAll("a[href]"));
  if (!links.length || block.closest("figure")?.querySelector("figcaption")) return false;
  for (const link of links) {
    const href = link.getAttribute("href") ?? "";
    // A fragment ("#gallery") resolves to this page too.
    if (IMAGE_FILE.test(href) || samePage(href, pageUrl)) return false;
  }
  return Array.from(block.querySelectorAll(MEDIA)).every((m) => links.some((link) => link.contains(m)));
}

function samePage(href: string, pageUrl: string): boolean {
  try {
    const a = new URL(href, pageUrl);
    const b = new URL(pageUrl);
    return a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/**
 * "Published: 10:48, Tue, Nov 19, 2019", "Updated …; Posted …", "By Jane Doe - 11/18/19": not the
 * story's text. In the other languages ("Bijgewerkt 22 maart 2025 · Gepubliceerd …") the word opens a
 * line with a date in it: alone it may open a story's sentence ("Erstellt wurde der Plan …").
 */
const META_LINE = new RegExp(
  `^(?:${STAMP_OPENERS}|modified)(?![\\p{L}\\p{N}_])|^(?:${DATED_STAMP_OPENERS})(?![\\p{L}\\p{N}_])(?=.*\\d)|(?:来源|來源|出处|出處|编辑|編輯|发布时间|發佈時間|发布日期)\\s*[:：]`,
  "iu",
);
/**
 * A line opening with a publication or update word that is the page's stamp: a date or time with
 * the words (isStampLine: "Updated 3 hours ago", "Publié le 21 mars 2025"), a label's colon or
 * separator ("Posted: …"), or short ("Published by Jane Doe"). A story's sentence may open with the same word ("Mis à jour le plan
 * d'urgence, la ville…", "Veröffentlicht wurde die Studie in Nature.").
 */
const isMetaLine = (text: string): boolean =>
  META_LINE.test(text) && (text.length <= 40 || /[:|·•]/.test(text) || isStampLine(text));
/** A writer's label inside a line, not at its start: "… 来源：新华社 作者：王伟", "21.03.2025 | Autor: Jan Kowalski". */
/** The words that label a writer ("Autor:", "作者："). */
const WRITER_LABEL = "作者|记者|記者|撰文|Autor(?:in)?|Author|Auteur|Autore";
const LABELLED_WRITER = new RegExp(`[\\s|·•]((?:${WRITER_LABEL})\\s*[:：]\\s*\\S.*)$`, "u");
/** A date line: a date and its time, the words beside them, the writer's initials ("14.06.2019 (ch)"). */
const DATE_ONLY =
  /^[\p{L}\s,.:;|/·•–—-]{0,40}\p{Nd}{1,4}[\s,./:–—-]+[\p{L}\p{Nd}\s,./:;|–—-]{0,70}(?:\(\p{L}{1,5}\))?$|^[\p{L}\s:：]{0,12}\d{2,4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?[\p{L}\d\s:：()（）]{0,40}$/u;
/** A time ago alone: "vor 2 Stunden", "il y a 3 heures", "hace 5 minutos", "2 ore fa", "11 perce". */
const TIME_AGO_ALONE =
  /^(?:(?:vor|il y a|hace|há)\s+\d{1,3}\s+\p{L}+|\d{1,3}\s+\p{L}+\.?\s+(?:ago|fa|geleden|назад|önce|temu|sedan|siden|sitten)|\d{1,3}\s+(?:perce|órája|napja))$/iu;

/**
 * A reading time or a read-aloud player's words on a line of their own: "4 min read", "1-MIN READ",
 * "Lesedauer etwa 4 min.", "Temps de lecture : 3 min", "Text vorlesen Stop Pause Fortsetzen".
 */
const READING_AID = new RegExp(
  // The furniture's reading times, and the forms a story's top has beside them ("1-MIN READ",
  // "about 4 min read", "Lesedauer etwa 4 min.", a read-aloud player's words).
  `^(?:${READING_TIME_LINES.join("|")}|` +
    "(?:about |ca\\. )?\\d{1,3}[- ]?min(?:ute)?s?\\.?[- ]read|" +
    "(?:lesedauer|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania|okuma süresi|reading time)(?![\\p{L}]).{0,20}\\d{1,3}\\s*(?:min|minuten|minutes|minutos|minuti|minut)(?![\\p{L}])\\.?|" +
    "(?:text vorlesen|artikel vorlesen|listen to (?:this|the) (?:article|story))(?![\\p{L}]).{0,40})$",
  "iu",
);
/**
 * A labelled fact about the story, not in it: its source, writer, photographer or section ("Quelle:
 * dpa-afx", "Autor: Jan Kowalski", "Source : AFP"). An event's facts ("Ort: Stadthalle", "Beginn:
 * 19 Uhr") are the story's own.
 */
const LABELLED_FACT = new RegExp(
  `^(?:${CREDIT_LABEL}|${WRITER_LABEL}|redaktion|editor|foto|photo|bild|kategorie|category|catégorie|categoría|rubrik|ressort|section)\\s*[:：]\\s*\\S.{0,40}$`,
  "iu",
);

/**
 * A row of the story's facts set apart by "|", "·" or "•", its date among them and each part a
 * date, a labelled fact, a byline or a reading aid: "28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer
 * etwa 4 min. | Text vorlesen Stop Pause Fortsetzen".
 */
function isFactRow(text: string, isDate: (text: string) => boolean): boolean {
  const parts = text
    .split(/\s[|·•]\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  // (Each part's date read once: isDate may parse.)
  const dated = parts.map((part) => DATE_ONLY.test(part) && isDate(part));
  return (
    parts.length >= 2 &&
    dated.includes(true) &&
    parts.every(
      (part, i) => dated[i] || READING_AID.test(part) || LABELLED_FACT.test(part) || BYLINE_LINE.test(part),
    )
  );
}

/**
 * After Readability: drop the date and byline lines above the story's first paragraph, and the
 * publication's date just under a standfirst (`isPublicationDay`). Returns the lines it dropped, in
 * order: they hold the byline when the page marks it no other way (`writersAmong`), and may credit
 * a wire ("2025-03-21 14:05 来源：新华社").
 */
export function trimLeadingMeta(
  root: Element,
  isDate: (text: string) => boolean,
  isPublicationDay: (text: string) => boolean = () => false,
): string[] {
  const dropped: string[] = [];
  // After each removal the blocks are read again: a meta list whose "Von" went is a leaf block
  // now, its other line (the date) to be read whole.
  while (trimFirstLeadingMeta(root, isDate, isPublicationDay, dropped));
  if (dropped.length > 0) dropLeftHeadshots(root);
  return dropped;
}

/**
 * The writer's picture left above the story where its byline and date went (`<li><a><p><img
 * width=80></p></a></li>`): textless lines before the story's first words whose every image the
 * page sizes small. The reader showed it as a lone bulleted thumbnail; a lead photograph stays.
 */
function dropLeftHeadshots(root: Element): void {
  for (const block of firstLines(root, 10)) {
    if (hasText(block)) return;
    const images = Array.from(block.querySelectorAll("img"));
    if (
      images.length > 0 &&
      images.every((img) => sizedBelow(img, HEADSHOT_SIDE)) &&
      !block.querySelector("figure, video, iframe, object, embed, svg")
    )
      removeWithEmptyWrappers(block, root);
  }
}

/**
 * After Readability: the headline again as the story's first line (a print edition's <h2> under its
 * logo, a CMS's title paragraph; Readability drops only the first copy it meets). The reader shows
 * the title above the story. `titles`: the title as read, and as the page states it.
 */
export function dropRepeatedTitle(root: Element, titles: (string | null | undefined)[]): void {
  const wanted = new Set(titles.map((t) => squash(t).toLowerCase()).filter((t) => t));
  const first = firstLines(root, 3).find((block) => textOf(block));
  if (first && wanted.has(textOf(first).toLowerCase()) && !first.querySelector(MEDIA))
    removeWithEmptyWrappers(first, root);
}

/**
 * The writers among the meta lines trimLeadingMeta dropped: its byline lines ("Par Jean Dupont",
 * "Mario Rossi, inviato a Milano") and the writer a date line labels ("… 来源：新华社 作者：王伟", up to
 * the next label).
 */
export function writersAmong(lines: string[]): string[] {
  return lines.flatMap((text) => {
    if (BYLINE_LINE.test(text) || isSignedName(text)) return [text];
    const writer = LABELLED_WRITER.exec(text);
    return writer ? [beforeNextLabel(writer[1]!)] : [];
  });
}

/** Removes the first date or byline line among the story's first lines (its text added to `dropped`); false when there is none. */
function trimFirstLeadingMeta(
  root: Element,
  isDate: (text: string) => boolean,
  isPublicationDay: (text: string) => boolean,
  dropped: string[],
): boolean {
  // Lines read after the first long one (the story's start, or its standfirst).
  let after: number | null = null;
  for (const block of firstLines(root, 10)) {
    const text = textOf(block);
    if (after !== null && ++after > 3) return false;
    if (text.length >= 120) {
      if (after !== null) return false;
      after = 0;
      continue;
    }
    if (!text) continue;
    // A header holding the date and byline beside the lead picture ("<span>Domenica 19 Aprile
    // 2020</span> <span>di Carla Massi</span> <figure>…"): its words go, the picture stays.
    const words = block.querySelector("img, picture, figure") ? wordsBesidePicture(block) : null;
    if (words?.length === 0) continue;
    // A short sentence may open the story with a date in it ("On 22 March 2025, the council voted …").
    if (readsAsSentence(text, BYLINE_LINE.test(text) ? 3 : 2)) continue;
    // Under a standfirst, only the publication's date alone on its line ("21.03.2025, 14.05 Uhr"):
    // the story's own lines may be dates of other days (a timeline's first heading).
    if (after !== null) {
      if (!(DATE_ONLY.test(text) && isPublicationDay(text))) continue;
    } else {
      const meta =
        isMetaLine(text) ||
        BYLINE_LINE.test(text) ||
        /^https?:\/\/\S+$/.test(text) ||
        isSignedName(text) ||
        READING_AID.test(text);
      const dated = DATE_ONLY.test(text) && (TIME_AGO_ALONE.test(text) || isDate(text));
      if (!(meta ? text.length <= 100 : dated || (text.length <= 160 && isFactRow(text, isDate)))) continue;
    }
    // The wrappers it leaves empty go with it (a meta list would show its empty bullets).
    if (words) for (const node of words) node.remove();
    else removeWithEmptyWrappers(block, root);
    dropped.push(text);
    return true;
  }
  return false;
}

/**
 * The children of a block holding a picture that hold its words, when words and picture are apart
 * (none holds both), and the block is no figure (a caption stays with its picture); else none.
 */
function wordsBesidePicture(block: Element): ChildNode[] {
  if (block.closest("figure")) return [];
  const words: ChildNode[] = [];
  for (let node = block.firstChild; node; node = node.nextSibling) {
    const hasWords = /\S/.test(node.textContent ?? "");
    const el = node.nodeType === 1 ? (node as Element) : null;
    const picture =
      !!el && (/^(?:IMG|PICTURE|FIGURE)$/.test(el.tagName) || !!el.querySelector("img, picture, figure"));
    if (hasWords && picture) return [];
    if (hasWords) words.push(node);
  }
  return words;
}
