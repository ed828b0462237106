/**
 * The words of page furniture in the languages we read cheaply: English, German, French,
 * Spanish, Italian, Portuguese, Turkish.
 */

/** A whole heading that titles a rail of other stories or a sign-up box. */
const RAIL_LABEL = new RegExp(
  "^(?:" +
    [
      "explore(?: more)?",
      "related(?: articles| stories| news| content| coverage| topics| posts)?",
      "more (?:from|on|about|in|stories|news|to read)\\b.{0,40}",
      "most (?:read|popular|viewed|shared|watched)",
      "recommended(?: for you| stories| articles| reading)?",
      "read (?:more|next|also)",
      "also read",
      "you (?:may|might) also like",
      "don'?t miss",
      "(?:see|read) more",
      "more stories",
      "ne manquez pas",
      "nicht verpassen",
      "no te lo pierdas",
      "da non perdere",
      "see also",
      "editor'?s picks",
      "top stories",
      "trending(?: now)?",
      "popular(?: now| stories)?",
      "(?:sign up for |get )?(?:our|the) newsletter",
      "newsletter",
      "tags?",
      "topics",
      "share(?: this)?(?: article| story)?",
      "comments?",
      "lesen sie auch",
      "auch interessant",
      "mehr zum thema",
      "das könnte sie auch interessieren",
      "weitere artikel",
      "meistgelesen",
      "empfehlungen",
      "(?:à|a) lire aussi",
      "lire aussi",
      "sur le même sujet",
      "les plus lus",
      "voir aussi",
      "te puede interesar",
      "más noticias",
      "lo más leído",
      "noticias relacionadas",
      "leggi anche",
      "potrebbe interessarti",
      "i più letti",
      "leia também",
      "veja também",
      "mais lidas",
      "notícias relacionadas",
      "ilgili haberler",
      "bunlar da ilginizi çekebilir",
      "en çok okunanlar",
      "benzer haberler",
    ].join("|") +
    ")\\s*[:.…!]*$",
  "i",
);

/** A paragraph that begins by pointing elsewhere: "Lesen Sie auch: …". */
const INLINE_PROMO =
  /^(?:read more|read also|also read|see also|see more|related|more|lesen sie auch|lesen sie mehr|mehr zum thema|(?:à|a) lire aussi|lire aussi|voir aussi|te puede interesar|lee también|leggi anche|leia também|veja também|ilgili haber)\s*[:|»>-]/i;

/** A short block asking for consent, feedback, a survey or a sign-up. */
const BANNER =
  /\b(?:share your feedback|give us (?:your )?feedback|send (?:us )?feedback|take (?:our|the|a) (?:short )?survey|we use cookies|uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|manage (?:cookies|consent|preferences)|your privacy choices|sign up for our newsletter|subscribe to our newsletter|wir verwenden cookies|newsletter abonnieren|nous utilisons des cookies|utilizamos cookies|utilizziamo (?:i )?cookie|çerez(?:ler)?\s*kullan)/i;

export const isRailLabel = (text: string): boolean =>
  text.length > 0 && text.length <= 60 && RAIL_LABEL.test(text);
export const isInlinePromo = (text: string): boolean => INLINE_PROMO.test(text);
export const isBannerText = (text: string): boolean => BANNER.test(text);
