/**
 * News agencies by the names pages credit them with, in the scripts the pages come in: read by the
 * source rules (metadata/source.ts) and spared by the clutter rules ("Źródło: PAP" is a credit, not
 * a picture's).
 */

/** Known agencies: a pattern for each spelling and the name the agency goes by. */
export const AGENCIES: [RegExp, string][] = [
  [/^(?:reuters|thomson reuters|رويترز|رویترز|רויטרס|рейтер|रॉयटर्स|路透社?|ロイター(?:通信)?)$/i, "Reuters"],
  [
    /^(?:afp|agence france[- ]presse|أ ?\.? ?ف ?\.? ?ب|فرانس برس|وكالة الأنباء الفرنسية|خبرگزاری فرانسه|法新社)$/i,
    "AFP",
  ],
  [/^(?:ap|associated press|the associated press|أسوشيتد برس|أسوشييتد برس|美联社|美聯社)$/i, "AP"],
  [/^(?:dpa|deutsche presse-agentur)$/i, "dpa"],
  [/^(?:efe|agencia efe)$/i, "EFE"],
  [/^ansa$/i, "ANSA"],
  [/^(?:kyodo|kyodo news|共同社|共同通信社?)$/i, "Kyodo"],
  [/^(?:xinhua|xinhua news agency|新华社|新華社|新华网|新華網|شينخوا)$/i, "Xinhua"],
  [/^(?:tass|itar-tass|тасс|итар-тасс|塔斯社)$/i, "TASS"],
  [/^(?:ria novosti|риа новости)$/i, "RIA Novosti"],
  [/^(?:interfax|интерфакс)$/i, "Interfax"],
  [/^(?:anadolu|anadolu agency|aa|الأناضول)$/i, "Anadolu"],
  [/^(?:pa|pa media|press association)$/i, "PA"],
  [/^(?:bloomberg|bloomberg news)$/i, "Bloomberg"],
  [/^upi$/i, "UPI"],
  [/^(?:yonhap|yonhap news agency|연합뉴스|韩联社|韓聯社)$/i, "Yonhap"],
  [/^(?:jiji|jiji press|時事通信社?)$/i, "Jiji"],
  [/^(?:pti|press trust of india|पीटीआई)$/i, "PTI"],
  [/^(?:cna|中央社)$/i, "CNA"],
  [/^(?:china news service|中新社|中国新闻社|中國新聞社|中新网|中新網)$/i, "China News Service"],
  [/^(?:irna|ایرنا)$/i, "IRNA"],
  [/^(?:isna|ایسنا)$/i, "ISNA"],
  [/^(?:agerpres)$/i, "Agerpres"],
  [/^(?:europa press)$/i, "Europa Press"],
  [/^(?:keystone-sda|sda)$/i, "Keystone-SDA"],
  [/^(?:aap|australian associated press)$/i, "AAP"],
  [/^(?:the canadian press)$/i, "The Canadian Press"],
  // Kept as written: national agencies with one usual name each.
  [/^(?:kna|apa|epd|ians|ani|uni|ritzau|ntb|stt|tt|anp|belga|ctk|čtk|pap|mti|lusa|bernama|antara|bns)$/i, ""],
  // And in the other scripts and languages the pages come in: Saudi, Emirati, Qatari and Syrian
  // agencies, Iran's Tasnim and ILNA, PTI's Hindi service, Turkey's DHA and İHA, Vietnam's,
  // Greece's, Ukraine's, Bulgaria's, Serbia's, Croatia's, Italy's other two.
  [
    /^(?:واس|وام|قنا|سانا|تسنیم|ایلنا|भाषा|dha|iha|ttxvn|απε-μπε|укрінформ|уніан|бта|белта|tanjug|hina|adnkronos|agi)$/i,
    "",
  ],
];
/** The agencies as datelines and credits write them (case kept: "AP", not "ap"), for patterns. */
export const AGENCY_WORDS =
  "Reuters|AFP|AP|Associated Press|dpa|EFE|ANSA|Kyodo|Xinhua|TASS|Anadolu|PA|Bloomberg|UPI|Yonhap|Jiji|Agence France-Presse|PTI|IANS|ANI|Europa Press|EUROPA PRESS|Lusa|ANP|Belga|APA|KNA|epd|Ritzau|NTB|PAP|MTI|AAP|Bernama|Antara|ANTARA|" +
  "AA|DHA|İHA|IHA|ČTK|CTK|Agerpres|AGERPRES|Hina|HINA|Tanjug|Adnkronos|AGI|TTXVN|IRNA|ISNA|CNA|ТАСС|БТА|Укрінформ|УНІАН|ΑΠΕ-ΜΠΕ|" +
  "رويترز|رویترز|أ ف ب|أ\\.ف\\.ب|فرانس برس|أسوشيتد برس|الأناضول|شينخوا|واس|وام|قنا|سانا|ایرنا|ایسنا|تسنیم|רויטרס|पीटीआई|भाषा";

/** The wire the writer worked with, closing a byline: "Jean Dupont avec AFP", "Anna Schmidt (mit dpa)". */
export const BYLINE_WITH_WIRE = new RegExp(
  `\\s*\\(?(?:[Aa]vec|[Ww]ith|[Mm]it|[Cc]on|[Cc]om|[Mm]et)\\s+((?:${AGENCY_WORDS})(?:\\s*(?:,|/|et|and|und|y|e|en)\\s*(?:${AGENCY_WORDS}))*)\\)?$`,
  "u",
);
