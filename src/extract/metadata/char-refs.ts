/**
 * Character references left escaped in metadata: a CMS escaped a name or headline twice, so the
 * page's parser gave back "&oacute;" where the page meant "ó". Numeric references and the names
 * people's names and headlines hold (accented letters, quotes, dashes, spaces); a full table of
 * HTML's 2,231 names would cost the content script ~24 KB for names no headline uses.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  bdquo: "„",
  szlig: "ß",
  aelig: "æ",
  AElig: "Æ",
  oelig: "œ",
  OElig: "Œ",
  oslash: "ø",
  Oslash: "Ø",
  eth: "ð",
  ETH: "Ð",
  thorn: "þ",
  THORN: "Þ",
};

/** HTML names an accented letter by the letter and its mark ("oacute", "Scaron", "ccedil"). */
const MARKED_LETTER = /^([a-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/i;
const COMBINING_MARK: Record<string, string> = {
  acute: "\u0301",
  grave: "\u0300",
  circ: "\u0302",
  tilde: "\u0303",
  uml: "\u0308",
  ring: "\u030a",
  cedil: "\u0327",
  caron: "\u030c",
};

/** The character a named reference stands for, among those names hold; null for any other. */
function namedCharacter(name: string): string | null {
  const known = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (known) return known;
  const marked = MARKED_LETTER.exec(name);
  if (!marked) return null;
  // The letter and its combining mark, composed: one character when Unicode has it ("ó", "Š").
  const letter = (marked[1]! + COMBINING_MARK[marked[2]!.toLowerCase()]).normalize("NFC");
  return letter.length === 1 ? letter : null;
}

/**
 * Character references a CMS left escaped in a declared name or title ("H&#233;ctor J. Cruz",
 * "Redacci&oacute;n", "O&rsquo;Brien", "14&nbsp;septembre"): numeric ones and the named ones names
 * and titles hold; any other stays as written.
 */
export function unescapeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec, hex, named) => {
    if (named) return namedCharacter(named) ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
