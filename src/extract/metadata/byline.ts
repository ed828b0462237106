/**
 * The authors: JSON-LD author(s), meta author, rel=author, [itemprop=author], .byline — cleaned
 * of "By", dates and roles, joined with ", ". Never from a related-headline rail.
 */
import { readsAsSentence } from "../date-words";
import { CJK_LETTER, classAndId, classTokens, metaContent, nextInOrder, squash, textOf } from "../text";
import { BYLINE_WITH_WIRE } from "./agency-names";
import { unescapeReferences } from "./char-refs";
import { mainArticle, namesOf, referencedNames, type JsonLdItem } from "./json-ld";
import { findHeadline, inRail as inPageRail } from "./page-layout";
import { precompile } from "../precompiled";

// The words that lead a byline in ("By", "Von", "Autor:", "Analysis by", "Text und Interview:"),
// longest first. Several-word lead-ins may run into the name ("Geschrieben vonElisa", as a page's
// spans give it); one-word ones need a space or a colon, or "Bye" would lose its "By".
const LEAD_IN = new RegExp(
  "^(?:" +
    [
      "(?:analysis|opinion|commentary|story|article|recipe|words|reporting|interview|posted|written)\\s+by",
      "(?:geschrieben|verfasst|erstellt|(?:eine?\\s+)?(?:artikel|beitrag|gastbeitrag|kommentar|analyse|essay|bericht|reportage|kolumne|glosse))\\s+von",
      "(?:show|view|see)\\s+all\\s+(?:articles|posts|stories)\\s+(?:of|by)",
      // An author box's title: "Zur Person", "About the author".
      "zur\\s+person|about\\s+the\\s+author|über\\s+(?:den|die)\\s+autor(?:in)?",
      "(?:écrit|rédigé|(?:propos\\s+)?recueillis?)\\s+par|escrito\\s+por|scritto\\s+da",
    ]
      .map((words) => `(?:${words})(?:\\s*:\\s*|\\s+|(?=\\p{Lu}))`)
      .join("|") +
    "|(?:(?:text|texte|texto|testo|tekst|текст|words)(?:\\s+(?:und|and|&|et|y|e|i)\\s+(?:interview|fotos?|photos?|bilder?))?" +
    "|by|von|par|por|di|da|door|av|af|yazan|yazar|oleh|penulis|piše|pisze|autor(?:[/*_:]?in|ka|zy|a|e|ius|s)?|auteure?|autore|autrice|author|szerző|автор|аутор|kirjoittaja|teksti" +
    "|του|της|των|लेखक|লেখক|بقلم|بواسطة|كتبت?|מאת|نوشته|نویسنده|تحریر|tác giả|โดย)(?:\\s*[:：]\\s*|\\s+)" +
    // Arabic "كتب - أحمد علي", "كتبت – سارة محمود" ("wrote –"), as Egyptian papers set it.
    "|(?:كتبت?|بقلم)\\s*[-–—]\\s*" +
    // "Interview: Julia Lauter", not "Interview mit …"; Turkish "Haber: …" (the news by), not "Haber merkezi".
    "|(?:interview|haber|muhabir|作者|撰文|记者|記者|文)\\s*[:：]\\s*" +
    // "Redacción: Ana Gómez", "Redaktion: Jana Beispiel": the newsroom's label before a name.
    "|(?:redacción|redação|redazione|rédaction|redaktion)\\s*[:：]\\s*(?=\\p{Lu})" +
    // "文/王伟": Chinese "text/" before the writer.
    "|文\\s*[/／]\\s*(?=\\p{Script=Han})" +
    // "记者 王伟", "本报记者 王伟": a Chinese reporter's title before the name.
    "|(?:本报|本報)?(?:记者|記者)\\s+(?=\\p{Script=Han}))",
  "iu",
);
const EMAIL = /\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** "Author" and its like run into a capitalised name with no space: a hidden label's words. */
const GLUED_LEAD_IN = /^(?:Author|Autor|Autorin|Auteur|Autore|Autrice)(?=\p{Lu}\p{Ll})/u;
/** A Korean reporter's roles after the name: "홍길동 기자", "… 특파원". */
const KOREAN_ROLES = "기자|특파원|객원기자|인턴기자|선임기자|논설위원";
const KOREAN_ROLE = new RegExp(`\\s+(?:${KOREAN_ROLES})(?=\\s|$).*$`, "u");
/** "山田太郎 記者", "王伟记者": a Japanese or Chinese reporter's title after the name. */
const CJK_ROLE = /(?<=\p{Script=Han})\s*(?:記者|记者|特派員|特派员|編集委員|論説委員)$/u;
/**
 * Where the writer filed from, after the name: "Jean Dupont, à Paris", "Jane Doe in Brussels",
 * "Mario Rossi — Roma" (one capitalised word after a dash: two would be another writer).
 */
const PLACE_AFTER_NAME =
  /(?:\s*,\s*(?:à|a|in|en|em|aus|from|desde|z|w)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\s+(?:in|aus)\s+\p{Lu}[\p{L}'’-]{2,}|\s*[–—]\s*\p{Lu}\p{Ll}{2,20})$/u;
/**
 * The writer's role before the name, after the lead-in went: "(Von) unserem Korrespondenten Max
 * Müller", "(Par) notre envoyé spécial Jean Dupont", "(di) dal nostro inviato Mario Rossi".
 */
const ROLE_BEFORE_NAME =
  /^(?:(?:unser(?:em|er|es)?|notre|nuestr[oa]|dal(?:la)? nostr[oa]|del nostro|nostr[oa]|our)\s+)?(?:[\p{L}]+-)?(?:korrespondent(?:en|in)?|redakteur(?:in)?|reporter(?:in)?|mitarbeiter(?:in)?|kolumnist(?:in)?|gastautor(?:in)?|envoyée? spéciale?|correspondante?|corresponsal|enviad[oa] especial|inviat[oa](?: speciale)?|corrispondente|correspondent|reporter)(?:\s+(?:à|en|a|in)\s+\p{Lu}[\p{L}'’-]+)?,?\s+/iu;
/** "Ana Souza, da Redação": the newsroom after the writer's name. */
const NEWSROOM =
  /\s*,\s*(?:da|de la|de|della|dalla|der)\s+(?:redação|redacción|redazione|rédaction|redaktion)\b.*$/iu;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A date, time or time-ago after the name, with all that follows it. */
const TRAILING = new RegExp(
  "\\s*(?:[|•·–—/-]\\s*|,\\s*)?(?:" +
    [
      "on (?:mon|tues|wednes|thurs|fri|satur|sun)day\\b.*",
      // "Malcolm Owen Monday(07:05 pm ET)": a day's name before the time (a name may end in "Friday").
      `(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b(?=\\s*[(,]?\\s*(?:\\d|${MONTH})).*`,
      "(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|अपडेटेड|प्रकाशित)(?![\\p{L}\\p{N}_]).*",
      "\\d{4}\\s*年.*",
      "\\d{4}-\\d{2}-\\d{2}.*",
      "\\d{1,2}:\\d{2}.*",
      "\\d{1,3}\\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b.*",
      // A reading time: "5 min read", "3 Min. Lesezeit", "Lesezeit: 4 Minuten", "4 min de lecture".
      "\\d{1,3}\\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\\.?\\s+(?:read|lesezeit|de lecture|de lectura|di lettura)\\b.*",
      "(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\\s*:?\\s*\\d.*",
      "(?:vor|il y a|hace|há|prije|před|temu)\\s+\\d{1,3}\\s+\\p{L}+.*",
      "\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*",
      `\\b${MONTH} \\d{1,2}.*`,
      `\\d{1,2} ${MONTH}.*`,
      // "31. Oktober 2023", "14 mars 2024": a day, a month's name, a year.
      "\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?,?\\s+\\d{4}\\b.*",
      // The post's other facts by their labels: "Gàbor Muniér, Datum: 15.Jun.19, Anzahl der Kommentare: 0".
      "(?:datum|date|fecha|data|dátum|tarih|(?:anzahl der )?kommentare|comments?)\\s*:.*",
    ].join("|") +
    ")$",
  "iu",
);
/**
 * German "am" before the date ("MORITZ GATHMANN am 21."), or "am" and English "on" left alone by
 * the date's removal ("Written by Jane Doe on March 3, 2025").
 */
const TRAILING_AM = /\s+(?:am(?:\s+\d.*)?|on)$/u;
/** A day's number left dangling after the name ("Redaktion, 24."). */
const TRAILING_DAY = /,\s*\d{1,2}\.?$/;
/** A role after the name, with up to three words before it: ", AP National Political Writer", ", CNN Editor-at-large". */
const ROLE =
  /\s*[,|–—-]\s*(?:[\p{L}.&'-]+\s+){0,3}(?:staff writer|writer|senior \w+|correspondent|reporter|editor(?:-at-large)?|columnist|contributor|redakteur(?:in)?|korrespondent(?:in)?|journaliste|périodiste|periodista|corrispondente|redattore|redattrice|envoyée? spéciale?|correspondante?|rédact(?:eur|rice)|corresponsal|enviad[oa] especial|redactora?|inviat[oa]|correspondente|repórter|dziennikar(?:z|ka)|корреспондент|редактор)(?![\p{L}\p{N}_]).*$/iu;
/**
 * A role after the name with no separator, or not even a space, as an author box's elements run
 * together ("Jane Doe" + "Senior Reporter" → "Jane DoeSenior Reporter"), and what the box says after
 * it ("Bruce Y. Lee Senior Contributor Opinions expressed by …"): title-cased, after a name of two
 * words at least ("Chris Writer" stays, and "Letters To The Editor" is no name).
 */
const ROLE_AFTER_NAME =
  /(?<=\p{Lu}[\p{L}.'’-]+\s+\p{Lu}[\p{L}.'’-]+)(?<!(?:^|\s)(?:The|To|Of|For|And|Our|Your))\s*(?:(?:Senior|Staff|Chief|Contributing|Deputy|Managing|Associate|Executive|Special|Foreign|Political|National|Investigative|Business|Health|Science|Sports|Technology|Digital|News)\s+){0,2}(?:Reporter|Writer|Correspondent|Editor|Columnist|Contributor|Journalist|Producer|Analyst)(?:\s.*)?$/u;
/** Credits after the author's name that are not authorship: "Edited by …", "Photos by …", "Bearbeitet von …". */
const OTHER_CREDITS =
  /(?<=[\p{L}.)])\s*[,;|·•–—-]?\s*(?:edited|editing|photos?|photographs?|photography|pictures?|illustrations?|graphics|video|fact[- ]checked|(?:medically )?reviewed|additional reporting|bearbeitet|fotos?|édité)\s+(?:by|von|par)\s.*$/iu;
/** The pictures' parts a credit names in brackets: "(Fotos)", "(Video)". */
const PICTURE_PARTS = "fotos?|photos?|bilder?|video|grafik|infografik|illustrations?";
/** A writer's part named in brackets after the name: "(Text)", "(Fotos)", "(Video)". */
const BRACKETED_PART = new RegExp(
  `\\s*\\((?:text|texte|texto|testo|tekst|words|${PICTURE_PARTS})\\)\\s*$`,
  "i",
);
/** A part that is the pictures', not the words'. */
const BRACKETED_PICTURES = new RegExp(`\\((?:${PICTURE_PARTS})\\)\\s*$`, "i");
/** The paper the writer wrote for, as title-cased bylines name it: "By Glen Owen For The Mail On Sunday". */
const WROTE_FOR = /\s+For\s+(?:The\s+)?\p{Lu}.*$/u;
/** An author box's links after the name: "ACN Otros artículos de ACN »", "Birgit Posselt Über Autorenseite". */
const AUTHOR_BOX_LINKS =
  /\s+(?:more (?:articles|posts|stories) (?:by|from)|other (?:articles|posts) by|otros artículos de|weitere artikel von|autres articles de|altri articoli di|(?:über|zur)\s+(?:den\s+)?autor(?:en)?(?:seite)?)\b.*$/iu;
/** "Über Steffi 1009 Artikel", "About Jane Doe 57 posts": an author box's heading and count. */
const AUTHOR_COUNT = /^(?:über|about)\s+(.+?)\s+\d+\s+(?:artikel|beiträge|articles?|posts?)$/iu;
/** A web address, a site's domain or a social handle, beside or instead of the name. */
const ADDRESS =
  /(?:^|\s+[-–|·]?\s*|\s*,\s*)(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*|@\w+)/giu;
/**
 * A credit that names no author: a picture's ("Foto: dpa", "Снимка: Getty Images"), a hashtag, the
 * site's makers in its footer ("Developed By Jane Roe", "Designed by Studio X", "Powered by …").
 */
const NOT_AUTHOR =
  /^(?:#|(?:fotos?|photos?|bild(?:er)?|снимка|фото|imagen|immagine|crédit photo)\s*:|(?:developed|designed|powered|hosted|maintained)\s+by\b)/iu;
/**
 * What a byline slot holds when it names no one: a label, a placeholder, a day, a reading time, a
 * link to the writer's page ("Full Bio", "Alle Meldungen"); and a lead-in alone (BARE_LEAD_IN).
 */
const NO_NAME =
  /(?:[:：]$|^(?:\w*admin(?:istrator)?|unknown|website|n\/a|null|undefined|none|today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\d{1,3}\s*(?:min|mins|minutes?|minuten)\.?(?:\s+(?:read|lesezeit|de lecture|de lectura|di lettura))?|(?:full |view )?(?:bio|biography|profile)|alle (?:meldungen|artikel|beiträge)|all (?:articles|posts|stories))$)/iu;
/**
 * A lead-in word with no name after it: "<li class=author>Von</li><li class=author>Jana
 * Beispiel</li>" (shownBylineText reads the next element with it).
 */
const BARE_LEAD_IN =
  /^(?:(?:(?:article|story|recipe|posted|written)\s+)?by|von|par|por|di|da|door|av|af|oleh|yazan)\s*:?$/iu;
/** A writer's role and nothing else in a byline slot: "Senior Contributor", "Staff Writer". */
const ROLE_ALONE =
  /^(?:(?:senior|staff|chief|contributing|deputy|managing|associate|executive|special|foreign|political|national|investigative|business|health|science|sports|technology|digital|news)\s+){0,2}(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|analyst)s?$/iu;
/**
 * "and" in the languages of the pages, before a name: "Jane Doe and John Roe", "Jan Nowak i Anna
 * Kowalska"; not before a lower-case word ("Mac & i" is one name, "Staff and news service reports"
 * one credit) but "the" before a name and the wires written in lower case ("Jane Doe and the
 * Associated Press", "Jana Beispiel und dpa": the wire is then read off the byline as its source).
 * Written out in its cases: under the `i` flag \p{Lu} would match any letter.
 */
const AND = new RegExp(
  `\\s+(?:${"and und et y e i en og och ja és ve dan và и і та"
    .split(" ")
    .flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])
    .join("|")}|&)\\s+(?=\\p{Lu}|\\p{Lo}|the\\s+\\p{Lu}|(?:dpa|epd|kna|sda|dts)\\b)`,
  "gu",
);

const RAIL = /\b(related|recommend|explore|more|most|popular|trending|teaser|promo|comment|sidebar)/;

/** "Last updated: January 7, 2025", "Publiziert am": a date's label in a byline slot, not a name. */
const DATE_LABEL =
  /^(?:last\s+)?(?:updated|published|posted|veröffentlicht|publiziert|aktualisiert|erschienen|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)(?![\p{L}\p{N}_])/iu;

/**
 * Applies `edit` to the text outside parentheses: "Martin Untersinger (avec Damien Leloup et Morgane
 * Tual)", "Bradley M. Kuhn (http://ebb.org/bkuhn/)". A parenthesis with a number in it is a time or
 * date ("(07:05 pm ET)") and gets no such shelter.
 */
function outsideParentheses(text: string, edit: (part: string) => string): string {
  return text
    .split(/(\([^)\d]*\))/)
    .map((part, i) => (i % 2 ? part : edit(part)))
    .join("");
}

/**
 * A byline line: "By Jane Doe", "by: Jane Doe", "di Mario Rossi", "Autor: Jan Kowalski", not "By
 * 2030 the city…"; or the lead-in alone ("Von"), its name on the next line.
 */
export const BYLINE_LINE =
  /^(?:(?:By|BY|Von|Par|Por|Door|di|Av|Af|Oleh|Yazan|Przez)\s+\p{Lu}|(?:بقلم|بواسطة|מאת|โดย)\s+\S|(?:كتبت?|نویسنده|تحریر|作者|撰文|记者|記者|লেখক|Tác giả|Haber|Autorius|Autors|Аутор)\s*[:：]\s*\S|(?:كتبت?|بقلم)\s*[-–—]\s*\S|文\s*[/／]\s*\p{Script=Han}|(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|Autor(?:in|ka|zy)?|Author|Auteure?|Autore|Autrice|Автор|Text|Texto|Tekst|Szerző|Penulis|Yazar|Forfatter|Kirjoittaja|Teksti)\s*:\s*\p{Lu}|(?:Του|Της|Των)\s+\p{Lu}|लेखक\s*:\s*\S|(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f)$)/u;

/** A link to an author's page: "/autor/juan-perez/", "/author/jane-doe", "/journalist/anna-berg". */
const AUTHOR_PAGE =
  /\/(?:authors?|autor(?:es|en|in|innen|zy|ka)?|autore|autori|auteurs?|journalist(?:s|en|e|er)?|redakteur(?:in|e)?|reporters?|writers?|columnists?|contributors?|yazar(?:lar)?|staff|people|profiles?|by)\/[^/?#]+/i;
/**
 * A Korean writer's name and role, alone on the line but for a separator the site set after it:
 * "이용민 기자 |", "홍길동 특파원" (Hangul has no capitals for NAME to find).
 */
const KOREAN_SIGNED = new RegExp(`^\\p{Script=Hangul}{2,4}\\s?(?:${KOREAN_ROLES})\\s*[|·=]?$`, "u");
/** A name as written in a byline: two to four words, each capitalised ("Juan Pérez", "Jan de Vries"). */
const NAME =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|van|von|der|den|del|la|le|di|du|dos|bin|al)\s+)?\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/**
 * A writer's name signed with a role or a wire and nothing else, with no lead-in or class to mark it:
 * "Mario Rossi, inviato a Milano", "Jean Dupont (avec AFP)". (A name alone may be a story's subject.)
 */
export function isSignedName(text: string): boolean {
  // A sentence about a writer ends with its stop: "Jane Doe, a reporter at the Post, was arrested."
  if (text.length > 60 || /[.!?]$/.test(text)) return false;
  if (KOREAN_SIGNED.test(text)) return true;
  const name = text.replace(BYLINE_WITH_WIRE, "").replace(ROLE, "").trim();
  return name.length < text.length && NAME.test(name);
}

/** Words a name may close with their own full stop: "John Smith Jr.", "Acme Inc.". */
const ABBREVIATION = /^(?:jr|sr|inc|ltd|corp|bros|esq|phd|dept|univ)$/i;

/** "By Jane Doe, Senior Editor | March 21, 2025" → "Jane Doe". */
export function cleanByline(raw: string | null | undefined): string | null {
  // Markup a CMS left in a declared name: "<a href=…>Mateusz Gniazdowski</a>", "H&#233;ctor".
  let s = squash(unescapeReferences((raw ?? "").replace(/<[^>]*>/g, " ")));
  if (!s || /^https?:\/\//i.test(s) || NOT_AUTHOR.test(s)) return null;
  s = s.replace(AUTHOR_COUNT, "$1");
  // Separators a layout put before the name: "| Autor: gnaddrig", "/ Cory Doctorow /", ", par Attac".
  s = s.replace(/^[\s,;|/·•–—-]+/, "");
  // A label for screen readers only run into the name: "<span class=sr-only>Author</span><a>Jana
  // Beispiel</a>" reads "AuthorJana Beispiel" (the case tested apart from LEAD_IN's `i` flag).
  s = s.replace(GLUED_LEAD_IN, "");
  const ledIn = LEAD_IN.test(s);
  s = s.replace(LEAD_IN, "");
  // (The name's capital is tested apart: under the `i` flag \p{Lu} would match any letter, and
  // "Von Reporter ohne Grenzen" names no reporter.)
  const role = ledIn ? ROLE_BEFORE_NAME.exec(s) : null;
  if (role && /^\p{Lu}/u.test(s.slice(role[0].length))) s = s.slice(role[0].length);
  // Romanian "de Ion Popescu": "de" as a lead-in only in lower case ("De Vries" may be a name).
  if (!ledIn && /^de\s+\p{Lu}/u.test(s)) s = s.slice(2).trimStart();
  // "Last updated: January 7, 2025" in a byline slot is a date line, not a name.
  if (DATE_LABEL.test(s)) return null;
  // Names run together by the page's spans: "JILL LAWLESSAssociated Press".
  s = s.replace(/(\b\p{Lu}{2,}\s+\p{Lu}{2,})(?=\p{Lu}\p{Ll}{2,})/gu, "$1, ");
  // A name, then the paper's name after a bar: "Amy Kuperinsky | NJ Advance Media for NJ.com".
  const [first, ...rest] = s.split(/\s+\|\s+/);
  if (rest.length && first && !/^(?:www\.|https?:)|\.[a-z]{2,}$/i.test(first)) s = first;
  // A reporter's title around the name says, as a lead-in does, that the line names a writer.
  const titled = ledIn || CJK_ROLE.test(s) || KOREAN_ROLE.test(s);
  s = outsideParentheses(s, (part) =>
    part
      .replace(ADDRESS, "")
      .replace(EMAIL, "")
      .replace(TRAILING, "")
      .replace(TRAILING_AM, "")
      .replace(TRAILING_DAY, "")
      .replace(ROLE, "")
      .replace(ROLE_AFTER_NAME, "")
      .replace(PLACE_AFTER_NAME, "")
      .replace(OTHER_CREDITS, "")
      .replace(WROTE_FOR, "")
      .replace(AUTHOR_BOX_LINKS, "")
      // "홍길동 기자": the Korean role after the name.
      .replace(KOREAN_ROLE, "")
      .replace(CJK_ROLE, "")
      .replace(NEWSROOM, "")
      .replace(AND, ", ")
      .replace(/\s*,\s*/g, ", "),
  );
  // Each writer's part in brackets ("Jane Doe (Text), John Roe (Fotos)"): the text's writer stays
  // without it, the photographer goes, as "Photos by …" does (unless the pictures' are all).
  if (BRACKETED_PART.test(s)) {
    const names = namesInByline(s);
    const writers = names.filter((name) => !BRACKETED_PICTURES.test(name));
    s = (writers.length ? writers : names).map((name) => name.replace(BRACKETED_PART, "")).join(", ");
  }
  s = s.replace(/^[\s,|/·•–—-]+|[\s,|/·•–—»«-]+$/g, "");
  // A sentence's full stop after the name ("Recueilli par Patrick ANGEVIN."), not an abbreviation's.
  s = s.replace(/(\p{L}{3,})\.$/u, (whole, word: string) => (ABBREVIATION.test(word) ? whole : word));
  // Chinese and Korean names are often two characters: taken so short only after "作者：" and the
  // like, or before "记者".
  const shortest = titled && CJK_LETTER.test(s) ? 2 : 3;
  if (
    s.length < shortest ||
    s.length > 100 ||
    !/\p{L}/u.test(s) ||
    NO_NAME.test(s) ||
    BARE_LEAD_IN.test(s) ||
    ROLE_ALONE.test(s)
  )
    return null;
  return s;
}

/**
 * The byline shown just under the headline when the page marks it no way Readability knows: a
 * line led in by "By", "di", "Autor:" ("di Mario Rossi" in a span.writer), or names linking to
 * their author pages ("/autor/juan-perez/"). Read from the headline on, up to the story's first
 * long paragraph or the twelfth line; null when none.
 */
export function bylineNearHeadline(headline: Element | null): string | null {
  let lines = 0;
  for (let el = nextInOrder(headline, true); el && lines < 12; el = nextInOrder(el, false)) {
    if (/^(?:ASIDE|NAV|FOOTER|SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName)) {
      el = lastInside(el);
      continue;
    }
    const links = el.tagName === "A" ? [el] : [];
    if (!links.length && el.querySelector("p, div, li, h1, h2, h3")) continue;
    const text = squash(lineText(el));
    if (!text) continue;
    if (text.length >= 120) return null;
    lines++;
    // "Von Montag an gilt das neue Gesetz.": a story's first sentence, under its headline.
    if (!links.length && BYLINE_LINE.test(text) && !readsAsSentence(text, 3)) return cleanByline(text);
    const authors = (links.length ? links : Array.from(el.querySelectorAll("a[href]")))
      .filter((a) => AUTHOR_PAGE.test(a.getAttribute("href") ?? ""))
      .map((a) => squash(a.textContent))
      .filter((name) => NAME.test(name));
    if (authors.length) return join(authors);
    // The line's own elements have been read with it.
    el = lastInside(el);
  }
  return null;
}

/**
 * A line's text with its parts set apart: `<span>By <a>Jane Doe</a></span><time>May 14, 2025</time>`
 * reads "By Jane Doe May 14, 2025", not "…DoeMay 14", whose date the byline's clean-up would miss.
 * Only between elements side by side: a word split by a tag (`<b>J</b>ane`) stays whole.
 */
function lineText(el: Element): string {
  let text = "";
  let afterElement = false;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 1) {
      text += (afterElement ? " " : "") + lineText(node as Element);
      afterElement = true;
    } else {
      text += node.nodeType === 3 ? node.nodeValue : "";
      afterElement = false;
    }
  }
  return text;
}

/** The last element inside `el` in document order (`el` itself when it has none). */
function lastInside(el: Element): Element {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/**
 * The byline without the publisher after its authors ("Max Mustermann, DER SPIEGEL", "Rob Picheta,
 * CNN" → the names): the page shows the publisher apart. A byline that opens with the publisher
 * ("SPIEGEL ONLINE, Hamburg, Germany": an address) or names nothing else stays as it is.
 */
export function withoutPublisher(byline: string | null, publisher: string | null): string | null {
  if (!byline || !publisher) return byline;
  const names = namesInByline(byline);
  const last = names[names.length - 1]!;
  if (names.length < 2 || siteKey(last) !== siteKey(publisher)) return byline;
  return names.slice(0, -1).join(", ");
}

/** A publisher's name or its domain alike: "Cleveland.com", "www.cleveland.com" and "cleveland". */
const siteKey = (name: string): string =>
  squash(name)
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.[a-z]{2,6}$/, "");

function inRail(el: Element): boolean {
  // <body> and <html> classes describe the page ("comments-open"), not a rail.
  for (let node: Element | null = el; node && node.parentElement?.parentElement; node = node.parentElement) {
    if (/^(ASIDE|NAV|FOOTER)$/.test(node.tagName)) return true;
    if (classTokens(node).some((t) => RAIL.test(t))) return true;
  }
  return false;
}

function join(names: string[]): string | null {
  const cleaned = [...new Set(names.map(cleanByline).filter((n): n is string => !!n))];
  return cleaned.length ? cleaned.join(", ") : null;
}

/** The names a byline joins (see join): "Jane Doe, John Roe, AP" → three. */
export const namesInByline = (byline: string): string[] => byline.split(/\s*,\s*/);

function fromDom(doc: Document): string | null {
  const selectors = [
    '[itemprop="author" i] [itemprop="name" i]',
    '[itemprop="author" i]',
    'a[rel="author" i]',
    '[class~="byline" i], [class*="byline" i], [class*="author-name" i], [class~="author" i], [class~="autor" i], [class~="auteur" i], [class~="autore" i], ' +
      // The same class in Turkish, Indonesian, Hungarian, Danish and Norwegian.
      '[class~="yazar" i], [class~="penulis" i], [class~="szerzo" i], [class~="forfatter" i]',
  ];
  for (const selector of selectors) {
    const els = Array.from(doc.querySelectorAll(selector)).filter((el) => !inRail(el));
    const names = els.map((el) => el.getAttribute("content") ?? textOf(el)).filter((t) => t.length < 120);
    const joined = join(names.slice(0, 4));
    if (joined) return joined;
  }
  return null;
}

/** The article item's authors named in it, but the publisher itself (an author that is the publisher is no byline). */
function inlineAuthors(main: JsonLdItem | null): string[] {
  if (!main) return [];
  const publisher = namesOf(main["publisher"]);
  return namesOf(main["author"]).filter((name) => !publisher.includes(name));
}

/** Authors joined with ", ", or null. `doc` should already be decluttered (rails gone). */
export function findByline(doc: Document, items: JsonLdItem[]): string | null {
  return (
    join(inlineAuthors(mainArticle(items))) ??
    join([metaContent(doc, "author", "article:author", "parsely-author", "sailthru.author") ?? ""]) ??
    fromDom(doc)
  );
}

/**
 * The authors a page's meta tags name under the first of `keys` it uses (by name, or by any of
 * the space-separated names in a property): one tag per author is common (dc.creator,
 * author), so every tag counts, joined with ", " ("; " when a name is written "Surname, Given").
 */
function declaredMeta(doc: Document, ...keys: string[]): string | null {
  // Each tag's keys and content read once, not once per key asked about.
  // Asked after the clutter rules and Readability ran (the page's tags as they left them), so not
  // from the list the metadata stage read.
  const metas = Array.from(doc.querySelectorAll("meta"), (meta) => ({
    keys: [
      ...(meta.getAttribute("property") ?? "").toLowerCase().split(/\s+/),
      (meta.getAttribute("name") ?? "").toLowerCase().trim(),
    ],
    content: squash(meta.getAttribute("content")),
  }));
  for (const key of keys) {
    const names = new Set<string>();
    for (const meta of metas) {
      const name = meta.keys.includes(key) ? cleanByline(meta.content) : null;
      if (name) names.add(name);
    }
    if (names.size) return [...names].join([...names].some((n) => n.includes(",")) ? "; " : ", ");
  }
  return null;
}

/**
 * The byline a page declares, as Readability reads it: the article JSON-LD's authors, else
 * dc:creator, author, parsely-author, article:author (not a URL), each name cleaned as a shown
 * byline is (a CMS writes "By Jane Doe, Staff Writer" or an address into its author tags too).
 */
export function declaredByline(doc: Document, items: JsonLdItem[]): string | null {
  const main = mainArticle(items);
  const authors = inlineAuthors(main);
  if (authors.length) return join(authors);
  if (main && namesOf(main["author"]).length) return null;
  const meta = declaredMeta(doc, "dc:creator", "dc.creator", "dcterm:creator", "author", "parsely-author");
  if (meta) return meta;
  const articleAuthor = metaContent(doc, "article:author");
  return cleanByline(articleAuthor);
}

/**
 * The article's authors its JSON-LD names by reference only (a Yoast graph's Person): the account
 * that posted, which on a newsroom's site may be a producer rather than the byline the page shows,
 * so read after every other source.
 */
export function referencedByline(items: JsonLdItem[]): string | null {
  const main = mainArticle(items);
  if (!main) return null;
  // An author that is the publisher itself is no byline (as in inlineAuthors).
  const publisher = [...namesOf(main["publisher"]), ...referencedNames(main["publisher"], items)];
  return join(referencedNames(main["author"], items).filter((name) => !publisher.includes(name)));
}

// Readability 0.6's byline rule (Readability.js _isValidByline, _grabArticle): the first visible
// element, in document order outside the blocks it drops as unlikely, that is rel=author,
// itemprop~author or class/id byline|author|dateline|writtenby|p-author, with under 100 characters.
const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const UNLIKELY_ROLES = /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog)$/;

function hidden(el: Element): boolean {
  const style = el.getAttribute("style") ?? "";
  return (
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) ||
    el.hasAttribute("hidden") ||
    (el.getAttribute("aria-hidden") === "true" &&
      !(el.getAttribute("class") ?? "").includes("fallback-image"))
  );
}

/** Of a visible element (the walk has tested hidden()); `classAndId` is its class and id, read once. */
function dropped(el: Element, classAndId: string): boolean {
  if (el.getAttribute("aria-modal") === "true" && el.getAttribute("role") === "dialog") return true;
  if (UNLIKELY_ROLES.test(el.getAttribute("role") ?? "")) return true;
  return (
    UNLIKELY.test(classAndId) &&
    !MAYBE.test(classAndId) &&
    !/^(BODY|A)$/.test(el.tagName) &&
    !el.closest("table, code")
  );
}

function isBylineElement(el: Element, classAndId: string): boolean {
  const hinted =
    el.getAttribute("rel") === "author" ||
    (el.getAttribute("itemprop") ?? "").includes("author") ||
    BYLINE_HINT.test(classAndId);
  // The text last: reading it for every element on the way is the cost.
  if (!hinted) return false;
  const text = (el.textContent ?? "").trim();
  return text.length > 0 && text.length < 100 && !AUTHOR_BIO.test(text);
}

/** "Jane Doe is a reporter covering …": the author's note (class "author-bio"), a sentence, not a byline. */
const AUTHOR_BIO =
  /[\p{L}.]\s+(?:is|was|ist|war|est|était|es|era|è|jest|é)\s+(?:an?|the|ein(?:e|er)?|freie?r?|un|une|una|uno|um|uma)\s/iu;

function firstBylineElement(el: Element): Element | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    // Most elements carry no attribute at all: none of the tests below can hold for them, and
    // each attribute read is a call into the DOM.
    if (child.hasAttributes()) {
      if (hidden(child)) continue;
      const names = classAndId(child);
      if (isBylineElement(child, names)) return child;
      if (dropped(child, names)) continue;
    }
    const found = firstBylineElement(child);
    if (found) return found;
  }
  return null;
}

/**
 * The text of the byline element the page shows where Readability looks for it, as shown ("By Jane
 * Doe | Today 12:01 AM"): cleanByline makes a byline of it, and the edge trim looks for the line.
 * Read from the page before decluttering; none from a rail beside the story (a related teaser's
 * author), though decluttering may later drop the story's own facts box that holds it.
 */
export function shownBylineText(doc: Document, headline = findHeadline(doc)): string | null {
  const el = doc.body ? firstBylineElement(doc.body) : null;
  if (!el || inPageRail(el, headline)) return null;
  const text = squash((el.querySelector('[itemprop*="name"]') ?? el).textContent);
  // "<li class=author>Von</li><li class=author><a>Jana Beispiel</a></li>": a lead-in alone, its
  // name in the element after it.
  const next = el.nextElementSibling;
  if (BARE_LEAD_IN.test(text) && next) return `${text} ${squash(next.textContent)}`;
  return text || null;
}

// The long patterns every page's reading runs, compiled as the module loads (precompiled.ts).
precompile(LEAD_IN, TRAILING, ROLE);
