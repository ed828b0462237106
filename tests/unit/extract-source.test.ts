import { describe, expect, it } from "vitest";
import { findWireSource, normaliseAgency, wireInByline } from "../../src/extract/metadata/source";
import { cleanByline } from "../../src/extract/metadata/byline";
import { article, page, PROSE } from "./extract-helpers";

describe("wire source", () => {
  it.each([
    ["Body text.\n\nSOURCE:Reuters", "Reuters"],
    ["Body text.\n\nSource: AFP", "AFP"],
    ["Body.\n\nSOURCE: AFP, Reuters", "AFP, Reuters"],
    ["LONDON (Reuters) - Shares fell.", "Reuters"],
    // The date in the dateline, as Reuters writes it.
    ["LONDON, March 21 (Reuters) - Shares fell.", "Reuters"],
    ["WASHINGTON, Jan 5 (Reuters) - The Senate voted.", "Reuters"],
    ["WASHINGTON (AP) — The Senate voted.", "AP"],
    ["(AP) — The Senate voted.", "AP"],
    ["Berlin (dpa) - Die Bahn streikt.", "dpa"],
    ["Text.\n\nQuelle: dpa", "dpa"],
    ["Text.\n\nFuente: EFE", "EFE"],
    ["Text.\n\nReporting by Jane Doe; Editing by John Roe", "Reuters"],
    ["Text.\n\nCopyright 2025 The Associated Press. All rights reserved.", "AP"],
    // The desk wrote with the wire: "Le Monde avec AFP", over the story or under it.
    ["Chapô.\nLe Monde avec AFP\nLe conseil a adopté le budget.", "AFP"],
    ["Text.\n\nLe Monde avec AFP et Reuters", "AFP, Reuters"],
    ["Text.\n\n(with Reuters)", "Reuters"],
    ["Text.\n\nMit Material von dpa und AFP", "dpa, AFP"],
    // The same credits closed by a stop, the agencies named as such, a wire's reporting.
    ["Text.\n\nMit Material von dpa und AFP.", "dpa, AFP"],
    ["Text.\n\nMit Material der Nachrichtenagenturen dpa und AFP.", "dpa, AFP"],
    ["Text.\n\nMit Informationen von Reuters.", "Reuters"],
    ["Texte.\n\nAvec AFP.", "AFP"],
    ["Text.\n\nWith reporting by Reuters.", "Reuters"],
    ["Texto.\n\n*Com Reuters", "Reuters"],
    // The wire alone on the last line after a dash.
    ["Text.\n\n— The Associated Press", "AP"],
    ["Texte.\n\n- AFP", "AFP"],
    // A German desk's sign-off: the writer's initials and the wires.
    ["Text.\n\nmm/dpa", "dpa"],
    ["Text.\n\nssu/dpa/AFP", "dpa, AFP"],
    // Asian wires' datelines.
    ["新华社北京3月21日电（记者张三）市议会周二批准了一项新预算。", "Xinhua"],
    ["(서울=연합뉴스) 홍길동 기자 = 시의회가 예산을 승인했다.", "Yonhap"],
    ["【ワシントン共同】米政府は21日、発表した。", "Kyodo"],
    // dpa's copy code, and a Chinese page's source line.
    ["Text.\n\n© dpa-infocom, dpa:250321-930-412345/1", "dpa"],
    ["正文。\n\n本文来源：新华社", "Xinhua"],
    // The wire closing the last paragraph; a dateline after a long caption, or with its dash misread.
    ["Der Rat stimmte zu.\n\nScholz hat sich dazu bisher skeptisch geäußert. (dpa)", "dpa"],
    ["Text.\n\nThe vote is on Friday. (AFP/Reuters)", "AFP, Reuters"],
    [
      `${"A photograph's long caption, with its credit. ".repeat(16)}\n\nMOSCOW (AP) — A cargo ship failed.`,
      "AP",
    ],
    ['VENICE, Italy (AP) " The government announced Saturday.', "AP"],
    // National agencies (India's, Spain's in its capitals, Denmark's under a Danish label).
    ["NEW DELHI (PTI) — The cabinet approved the plan.", "PTI"],
    ["MADRID, 21 Mar. (EUROPA PRESS) - El Gobierno aprobó el plan.", "Europa Press"],
    ["Text.\n\nKilde: Ritzau", "Ritzau"],
    ["Text.\n\nFuente: Europa Press", "Europa Press"],
    // French desks' "(Avec AFP)", EFE's point before its dash, a closing "（共同）", Cyrillic names,
    // a Portuguese desk's "Com informações da …".
    ["Text.\n\n(Avec AFP)", "AFP"],
    ["MADRID, 21 mar (EFE).- El Gobierno aprobó el plan.", "EFE"],
    ["本文。\n\n市議会は予算案を可決した。（共同）", "Kyodo"],
    ["Текст.\n\nИсточник: ТАСС", "TASS"],
    ["Текст.\n\nИсточник: РИА Новости", "RIA Novosti"],
    ["Texto.\n\nCom informações da Agência Brasil", "Agência Brasil"],
    ["Texto.\n\nCon información de EFE", "EFE"],
    // Datelines in scripts without capitals, agencies by their names there, credit labels in them.
    ["القاهرة (رويترز) - وافق البرلمان على الخطة.", "Reuters"],
    ["باريس (أ ف ب) - وافق البرلمان على الخطة.", "AFP"],
    ["أنقرة (الأناضول) - وافق البرلمان على الخطة.", "Anadolu"],
    ["الرياض (واس) - وافق المجلس على الخطة.", "واس"],
    ["וושינגטון (רויטרס) - הפרלמנט אישר את התוכנית.", "Reuters"],
    ["نص.\n\nالمصدر: وكالة الأنباء الفرنسية", "AFP"],
    ["متن.\n\nمنبع: ایسنا", "ISNA"],
    ["Text.\n\n(رويترز)", "Reuters"],
    // More national agencies in their datelines; Antara's unbracketed; Taiwan's CNA.
    ["ANKARA (AA) - Meclis planı onayladı.", "Anadolu"],
    ["İSTANBUL (DHA) - Belediye planı onayladı.", "DHA"],
    ["PRAHA (ČTK) - Vláda schválila plán.", "ČTK"],
    ["BUCUREȘTI (AGERPRES) - Guvernul a aprobat planul.", "Agerpres"],
    ["ZAGREB, 21. ožujka (Hina) - Vlada je usvojila plan.", "Hina"],
    ["КИЇВ (Укрінформ) - Уряд схвалив план.", "Укрінформ"],
    ["Jakarta, ANTARA - Pemerintah menyetujui rencana itu.", "ANTARA"],
    ["（中央社記者王大明台北21日電）行政院今天通過計畫。", "CNA"],
    // Persian "as IRNA reports", Vietnamese "according to", an Indian desk's inputs.
    ["به گزارش ایرنا، مجلس طرح را تصویب کرد.", "IRNA"],
    ["Văn bản.\n\nTheo TTXVN", "TTXVN"],
    ["Text.\n\n(With inputs from PTI)", "PTI"],
    // No dash after the wire, the place and the day before it: PTI's Hindi service.
    ["नई दिल्ली, 21 मार्च (भाषा) केंद्र सरकार ने योजना को मंजूरी दी।", "भाषा"],
    ["NEW DELHI, March 21 (PTI) The cabinet approved the plan.", "PTI"],
    ["पाठ।\n\n(इनपुट: पीटीआई)", "PTI"],
  ])("%j → %s", (text, expected) => {
    expect(findWireSource(text)).toBe(expected);
  });

  it.each([
    ["DANICA KIRKA, JILL LAWLESS, Associated Press", "DANICA KIRKA, JILL LAWLESS", "AP"],
    ["Colleen Barry, The Associated Press", "Colleen Barry", "AP"],
    ["Reuters", "Reuters", "Reuters"],
    ["Ritzau", "Ritzau", "Ritzau"],
    ["Press Trust of India", "Press Trust of India", "PTI"],
    ["det/dpa", "det/dpa", "dpa"],
    ["Jane Doe, John Roe", "Jane Doe, John Roe", null],
    ["Anna Berg, TT", "Anna Berg", "TT"],
    ["Jean Dupont avec AFP", "Jean Dupont", "AFP"],
    ["Anna Schmidt (mit dpa)", "Anna Schmidt", "dpa"],
    ["Ana Ruiz con EFE y Reuters", "Ana Ruiz", "EFE, Reuters"],
    ["Jane Doe with John Roe", "Jane Doe with John Roe", null],
    ["Bündnis 90/Die Grünen Bundestagsfraktion", "Bündnis 90/Die Grünen Bundestagsfraktion", null],
  ])("a wire in the byline %j: byline %j, wire %j", (raw, byline, wire) => {
    expect(wireInByline(raw)).toEqual({ byline, wire });
  });

  it.each([
    ["By Jane Doe and the Associated Press", "Jane Doe", "AP"],
    ["Von Jana Beispiel und dpa", "Jana Beispiel", "dpa"],
    // "and" before a lower-case word that is no wire joins one credit.
    ["Staff and news service reports", "Staff and news service reports", null],
    ["By Jane Doe and the team", "Jane Doe and the team", null],
  ])("a wire joined to the writer by 'and' %j: byline %j, wire %j", (raw, byline, wire) => {
    expect(wireInByline(cleanByline(raw))).toEqual({ byline, wire });
  });

  it("takes the wire a byline names for the source when the text credits none", () => {
    const a = article(page({ head: `<meta name="author" content="Jane Doe, Associated Press">` }));
    expect(a.byline).toBe("Jane Doe");
    expect(a.source).toBe("AP");
  });

  it.each([
    ["Copyright 2025 The Associated Press. All rights reserved.", "AP"],
    ["© 2025 Reuters", "Reuters"],
  ])("reads the wire from the legal line that closes the story, which the text loses: %s", (line, wire) => {
    const a = article(page().replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).not.toContain(line.slice(0, 12));
    expect(a.source).toBe(wire);
  });

  it.each([
    ["zh", "2025-03-21 14:05 来源：新华社 作者：王伟", "Xinhua"],
    ["zh", "发布时间：2025-03-21 来源：路透社", "Reuters"],
    ["en", "Published 21 March 2025 | Source: Reuters", "Reuters"],
  ])(
    "reads the wire a date line above the story credits, which the text loses (%s: %s)",
    (lang, line, wire) => {
      const a = article(page({ lang, inside: `<p>${line}</p>` }));
      expect(a.textContent).not.toContain(line.slice(0, 10));
      expect(a.source).toBe(wire);
    },
  );

  it.each([
    ["it", "Mario Rossi, inviato a Milano", "Mario Rossi", null],
    ["fr", "Jean Dupont (avec AFP)", "Jean Dupont", "AFP"],
  ])("reads a name signed with a role or a wire under the headline (%s: %s)", (lang, line, name, wire) => {
    const a = article(page({ lang, inside: `<p>${line}</p>` }));
    expect(a.byline).toBe(name);
    expect(a.source).toBe(wire);
    expect(a.textContent).not.toContain(line);
  });

  it("keeps a story's opening sentence about a reporter, and a name alone", () => {
    for (const line of ["Jane Doe, a reporter at the Post, was arrested.", "Jane Doe"]) {
      const a = article(page({ inside: `<p>${line}</p>` }));
      expect(a.textContent).toContain(line);
      expect(a.byline).toBeNull();
    }
  });

  it.each([
    ["zh", "2025-03-21 14:05 来源：新华社 作者：王伟 编辑：李四", "王伟"],
    ["pl", "Opublikowano: 21.03.2025 | Autor: Jan Kowalski", "Jan Kowalski"],
    ["en", "Published 21 March 2025 | Author: Jane Doe", "Jane Doe"],
  ])("reads the writer a date line above the story labels (%s: %s)", (lang, line, name) => {
    const a = article(page({ lang, inside: `<p>${line}</p>` }));
    expect(a.byline).toBe(name);
    expect(a.textContent).not.toContain(name);
  });

  it("takes no site's own name from a date line's credit: only a known wire", () => {
    const a = article(page({ lang: "zh", inside: `<p>2025-03-21 14:05 来源：本站原创</p>` }));
    expect(a.source).toBeNull();
  });

  it("keeps a Polish credit to a wire ('Źródło: PAP'), where 'Źródło:' before anything else credits a picture", () => {
    const a = article(page({ lang: "pl" }).replace("</article>", `<p>Źródło: PAP</p></article>`));
    expect(a.source).toBe("PAP");
    const b = article(page({ lang: "pl" }).replace("<h1>", `<p>Źródło: Getty Images</p><h1>`));
    expect(b.textContent).not.toContain("Getty");
  });

  it("reads the story's sign-off even when the page styles it as a credit", () => {
    // A class="credit" makes a photo credit a caption (not running text); a sign-off stays text.
    const html = page().replace(
      "</article>",
      `<p class="credit">Reporting by Jane Doe; Editing by John Roe</p></article>`,
    );
    const a = article(html);
    expect(a.textContent).toContain("Reporting by Jane Doe; Editing by John Roe");
    expect(a.source).toBe("Reuters");
  });

  it.each([
    ["МОСКВА, 21 марта. /ТАСС/. Парламент одобрил план.", "TASS"],
    ["МОСКВА, 21 мар — РИА Новости. Парламент одобрил план.", "RIA Novosti"],
    ["Київ, 21 березня. Укрінформ. Парламент схвалив план.", "Укрінформ"],
  ])("reads a Russian or Ukrainian wire's dateline: %s", (text, wire) => {
    expect(findWireSource(text)).toBe(wire);
    expect(
      findWireSource(`В Москве 21 марта ${wire === "TASS" ? "ТАСС" : "РИА Новости"} сообщил о плане.`),
    ).toBeNull();
  });

  it("finds nothing in a staff story", () => {
    expect(findWireSource("The council met on Tuesday.\n\nIt voted for the plan.")).toBeNull();
    // A closing line with a wire's name in a sentence, or slashes between words, credits no wire.
    expect(findWireSource("Text.\n\nThe mayor spoke with AP reporters")).toBeNull();
    // A sentence ending with a wire it spoke to: its stop tells it from a credit line.
    expect(findWireSource("Text.\n\nThe minister spoke with Reuters.")).toBeNull();
    expect(findWireSource("Text.\n\nShe said so in an interview with AFP.")).toBeNull();
    expect(findWireSource("Text.\n\nThe news agency (dpa) reported it first.")).toBeNull();
    expect(findWireSource("Text.\n\nThe agency's reporters (AP) said so")).toBeNull();
    expect(findWireSource("The news agency (dpa) reported it first.")).toBeNull();
    expect(findWireSource("Text.\n\nFor tickets and/or prices")).toBeNull();
    expect(findWireSource("Text.\n\nTV/Radio")).toBeNull();
    // "Theo" is a name too, and agencies' inputs unnamed credit none.
    expect(findWireSource("Text.\n\nTheo Walcott")).toBeNull();
    expect(findWireSource("Text.\n\n(With inputs from agencies)")).toBeNull();
  });

  it("reads a credit line only where it closes the story, not under a fact box with story after it", () => {
    const more =
      "\n\nThe storm is expected to dump vast quantities of rain across the south of the country. ".repeat(5);
    const box =
      "A sting jet is a narrow stream of air.\nIt can reach more than 100 mph.\n\nSource: Met Office";
    expect(findWireSource(`Text.\n\n${box}${more}`)).toBeNull();
    expect(findWireSource(`Text.\n\n${box}${more}\n\nQuelle: dpa`)).toBe("dpa");
    expect(findWireSource(`Text.\n\n${box}`)).toBe("Met Office");
  });

  it("normalises agency names", () => {
    expect(normaliseAgency("Agence France-Presse")).toBe("AFP");
    expect(normaliseAgency("Associated Press")).toBe("AP");
    expect(normaliseAgency("Anadolu Agency")).toBe("Anadolu");
    expect(normaliseAgency("法新社")).toBe("AFP");
    expect(normaliseAgency("共同通信")).toBe("Kyodo");
    expect(normaliseAgency("中新网")).toBe("China News Service");
    expect(normaliseAgency("Some Blog")).toBeNull();
  });

  it("reads the publisher from og:site_name, else null (the pages show the host)", () => {
    expect(article(page({ head: `<meta property="og:site_name" content="Water Times">` })).siteName).toBe(
      "Water Times",
    );
    expect(article(page(), "https://www.news.example/a/b").siteName).toBeNull();
  });
});

describe("byline", () => {
  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["Von Jana Becker", "Jana Becker"],
    ["Par Jean Dupont", "Jean Dupont"],
    ["Por María López", "María López"],
    ["By Jane Doe and John Roe", "Jane Doe, John Roe"],
    ["By Jane Doe | March 21, 2025", "Jane Doe"],
    ["By Jane Doe and John Roe on Monday", "Jane Doe, John Roe"],
    ["홍길동 기자 hong@news.example", "홍길동"],
    ["By Jane Doe jane.doe@news.example", "Jane Doe"],
    ["Par Jean Dupont | Publié le 12 mars 2025", "Jean Dupont"],
    ["Af Jens Hansen og Mette Holm", "Jens Hansen, Mette Holm"],
    ["Autorzy: Jan Nowak i Anna Kowalska", "Jan Nowak, Anna Kowalska"],
    ["Szerző: Kovács Anna", "Kovács Anna"],
    ["Автор: Иван Петров", "Иван Петров"],
    ["Oleh Budi Santoso dan Siti Aminah", "Budi Santoso, Siti Aminah"],
    ["بقلم أحمد علي", "أحمد علي"],
    ["מאת דנה כהן", "דנה כהן"],
    ["作者：张伟", "张伟"],
    ["記者：山田太郎", "山田太郎"],
    ["Jane Doe, Senior Correspondent", "Jane Doe"],
    // The date glued to the name, as a page's spans give it.
    ["山田太郎2025年3月21日 14時05分", "山田太郎"],
    ["By Jane Doe | 2 hours ago", "Jane Doe"],
    ["Von Jana Becker · vor 3 Stunden", "Jana Becker"],
    ["लेखक: राहुल शर्माअपडेटेड: 21 मार्च 2025, 14:05 IST", "राहुल शर्मा"],
    // Other credits after the author's: an editor, a photographer.
    ["Written by Jane Doe Edited by John Roe", "Jane Doe"],
    ["By Jane Doe; Photos by John Roe", "Jane Doe"],
    ["Von Jana Becker, bearbeitet von Max Roth", "Jana Becker"],
    ["Edited by John Roe", "Edited by John Roe"],
    ["https://facebook.com/someone", null],
    // Lead-ins of more words, or run into the name, or after the layout's separator.
    ["Analysis by Chris Doe, CNN Editor-at-large", "Chris Doe"],
    ["Geschrieben vonElisa Marvena", "Elisa Marvena"],
    ["Von:Moritz Becker", "Moritz Becker"],
    ["| Autor: gnaddrig", "gnaddrig"],
    ["/ Cory Doe / 10:08 am Fri", "Cory Doe"],
    ["Auteur: Anna Kubišta", "Anna Kubišta"],
    ["Текст: Венера Ерофеева", "Венера Ерофеева"],
    ["Text und Interview: Harald Weber", "Harald Weber"],
    ["Artikel von: hausinfo", "hausinfo"],
    ["SHOW ALL ARTICLES OFHeiko Sauer", "Heiko Sauer"],
    ["Piše: P. Mucović prije 26 minuta", "P. Mucović"],
    // A role with the desk's words before it; the paper written for; the paper after a bar.
    ["By STEVE DOE, AP National Political Writer", "STEVE DOE"],
    ["By Glen Owen And Brendan Carl For The Mail On Sunday", "Glen Owen, Brendan Carl"],
    ["Amy Kuper | NJ Advance Media for NJ.com", "Amy Kuper"],
    // Dates and times in other shapes: ISO, a day's name before the time, German "am".
    ["FEDERICA ROSSI - 2019-04-10", "FEDERICA ROSSI"],
    ["Mike Doe and Malcolm Roe Monday(07:05 pm ET)", "Mike Doe, Malcolm Roe"],
    ["eseppelt · 31. Oktober 2023", "eseppelt"],
    ["MORITZ GATH am 21.", "MORITZ GATH"],
    ["Redaktion, 24.", "Redaktion"],
    // Addresses, handles, markup and an author box's furniture around the name.
    ["Frank Bueltge - http://bueltge.de", "Frank Bueltge"],
    ["Williams Perdomo @wperdomod", "Williams Perdomo"],
    ['<a href="/pl/eksperci/jan-nowak" hreflang="pl">Jan Nowak</a>', "Jan Nowak"],
    ["H&#233;ctor J. Cruz", "Héctor J. Cruz"],
    ["Ana &amp; Jo&#xE3;o Silva", "Ana, João Silva"],
    ["Redacci&oacute;n Diario Pagina Siete", "Redacción Diario Pagina Siete"],
    ["&Scaron;ime &Ccedil;elik, Sean O&rsquo;Brien", "Šime Çelik, Sean O’Brien"],
    ["J&ouml;rg Stra&szlig;er", "Jörg Straßer"],
    ["Jane &qacute;Doe", "Jane &qacute;Doe"],
    // The French interviewer's lead-in; a full stop after the name, not an abbreviation's.
    ["Recueilli par Patrick ANGEVIN.", "Patrick ANGEVIN"],
    ["Propos recueillis par Jane Doe", "Jane Doe"],
    ["John Smith Jr.", "John Smith Jr."],
    ["J. R. R. Tolkien", "J. R. R. Tolkien"],
    ["Über Steffi 1009 Artikel", "Steffi"],
    ["ACN Otros artículos de ACN »", "ACN"],
    ["Birgit Posselt Über Autorenseite von Schließen", "Birgit Posselt"],
    ["DANICA KIRKA, JILL LAWLESSAssociated Press", "DANICA KIRKA, JILL LAWLESS, Associated Press"],
    // No name at all: a label, a date's label, a placeholder, a day, a picture credit, a hashtag.
    ["Datum:", null],
    ["Автор:", null],
    ["Publiziert am", null],
    ["admin", null],
    ["Unknown", null],
    ["Wednesday", null],
    ["Today", null],
    ["Снимка: Getty Images/Guliver", null],
    ["#Krótko o przepisach prawa", null],
    // Kept as they are: one name with "&" or "for", a parenthesis, a name ending in a day's name.
    ["Mac & i", "Mac & i"],
    ["Staff and news service reports", "Staff and news service reports"],
    ["Organization for Transformative Works", "Organization for Transformative Works"],
    [
      "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
      "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
    ],
    ["Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn (http://ebb.org/bkuhn/)"],
    ["Nancy Friday", "Nancy Friday"],
    ["Jong, Michiel de", "Jong, Michiel de"],
    ["ETMarkets.com", "ETMarkets.com"],
    ["Byron Doe", "Byron Doe"],
    // A German piece's kind before "von", a Finnish "Teksti:", a Chinese reporter's title.
    ["Ein Kommentar von Anna Schmidt", "Anna Schmidt"],
    ["Eine Analyse von Anna Schmidt", "Anna Schmidt"],
    ["Gastbeitrag von Anna Schmidt", "Anna Schmidt"],
    ["Teksti: Matti Virtanen", "Matti Virtanen"],
    ["记者 王伟", "王伟"],
    ["本报记者 王伟", "王伟"],
    // Lead-ins, titles and newsrooms in more languages; "de" in lower case only, a Dutch name's "De" stays.
    ["文/王伟", "王伟"],
    ["山田太郎 記者", "山田太郎"],
    ["王伟记者", "王伟"],
    ["تحریر: احمد خان", "احمد خان"],
    ["লেখক: রহিম উদ্দিন", "রহিম উদ্দিন"],
    ["Tác giả: Nguyễn Văn An", "Nguyễn Văn An"],
    ["โดย สมชาย ใจดี", "สมชาย ใจดี"],
    ["Haber: Ayşe Yılmaz", "Ayşe Yılmaz"],
    ["Haber Merkezi", "Haber Merkezi"],
    ["Autorius: Jonas Jonaitis", "Jonas Jonaitis"],
    ["Autors: Jānis Bērziņš", "Jānis Bērziņš"],
    ["Аутор: Марко Петровић", "Марко Петровић"],
    ["de Ion Popescu", "Ion Popescu"],
    ["De Vries", "De Vries"],
    ["Ana Souza, da Redação", "Ana Souza"],
    ["Ana García, de la Redacción", "Ana García"],
    // An author box's name and role run together by its elements, or a role after a comma.
    ["Jane DoeSenior Reporter", "Jane Doe"],
    ["Jane Doe Staff Writer", "Jane Doe"],
    ["Chris Writer", "Chris Writer"],
    ["Letters To The Editor", "Letters To The Editor"],
    ["Par Marie Dupont, envoyée spéciale à Kiev", "Marie Dupont"],
    ["Par Jean Dupont, à Paris", "Jean Dupont"],
    ["By Jane Doe in Brussels", "Jane Doe"],
    ["di Mario Rossi — Roma", "Mario Rossi"],
    ["Von unserem Korrespondenten Max Müller", "Max Müller"],
    ["Von Redakteurin Anna Schmidt", "Anna Schmidt"],
    ["Par notre envoyé spécial à Kiev, Jean Dupont", "Jean Dupont"],
    ["Words: Jane Doe", "Jane Doe"],
    ["Recipe by Jane Doe", "Jane Doe"],
    ["Article by: Jane Doe", "Jane Doe"],
    ["Erstellt von Anna Schmidt", "Anna Schmidt"],
    // Two writers after a dash stay two writers.
    ["Jane Doe — John Roe", "Jane Doe — John Roe"],
    ["Von Wirtschafts-Korrespondentin Anna Schmidt", "Anna Schmidt"],
    // A name that starts with a role's word keeps it: no writer's name follows.
    ["Von Reporter ohne Grenzen", "Reporter ohne Grenzen"],
    ["Por Ana Ruiz, corresponsal en Roma", "Ana Ruiz"],
    // A screen reader's label run into the name by the page's spans; a name that starts so stays.
    ["AuthorAndreas Kalt", "Andreas Kalt"],
    ["AutorinJana Beispiel", "Jana Beispiel"],
    ["Authorized Person", "Authorized Person"],
    // German's gendered label, an author box's title, the post's other facts after the name.
    ["Autor/in: Korinna Hennig", "Korinna Hennig"],
    ["Autor*in Jana Beispiel", "Jana Beispiel"],
    ["Zur Person Jana Beispiel", "Jana Beispiel"],
    ["Gàbor Muniér, Datum: 15.Jun.19, Anzahl der Kommentare: 0", "Gàbor Muniér"],
    ["Date Masamune", "Date Masamune"],
    // A byline slot that names no one: a lead-in alone, a reading time, a role, a link's words.
    ["Von", null],
    ["Article by", null],
    // The site's makers in its footer, not the story's writer.
    ["Developed By Jane Doe", null],
    ["Designed by Studio Roe", null],
    ["1 Min Read", null],
    ["Senior Contributor", null],
    ["Full Bio", null],
    ["Zur PersonAlle Beiträge", null],
    ["Chris Writer", "Chris Writer"],
    // An author box read whole: the name, its role, and what the box says after them.
    [
      "Bruce Y. Lee Senior Contributor Opinions expressed by Forbes Contributors are their own, Bruce Y. Lee",
      "Bruce Y. Lee",
    ],
    ["Letters To The Editor", "Letters To The Editor"],
    // What a byline line holds beside the name: a dangling "on" once its date went, a reading time,
    // a newsroom's label before the name (not a name that ends in "on", nor a desk's own byline).
    ["Written by Jane Doe on March 3, 2025", "Jane Doe"],
    ["Jane Doe · 5 min read", "Jane Doe"],
    ["Von Jana Beispiel | 3 Min. Lesezeit", "Jana Beispiel"],
    ["Jane Doe, Lesezeit: 4 Minuten", "Jane Doe"],
    ["Redacción: Ana Gómez", "Ana Gómez"],
    ["Redaktion: Jana Beispiel", "Jana Beispiel"],
    ["Max Jon", "Max Jon"],
    ["Redaktion", "Redaktion"],
    // Each writer's part in brackets: the words' writer stays, the pictures' goes (unless alone).
    ["Jane Doe (Text), John Roe (Fotos)", "Jane Doe"],
    ["Text: Jana Beispiel (Text) und Max Muster (Fotos)", "Jana Beispiel"],
    ["Jane Doe (Video)", "Jane Doe"],
    ["Jane Doe (CNN)", "Jane Doe (CNN)"],
  ])("%s → %s", (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    ["ar", "كتب: محمد حسن", "محمد حسن"],
    ["ar", "كتبت - سارة محمود", "سارة محمود"],
    ["fa", "نویسنده: علی رضایی", "علی رضایی"],
    ["ur", "تحریر: احمد خان", "احمد خان"],
    ["zh", "文/王伟", "王伟"],
    ["lt", "Autorius: Jonas Jonaitis", "Jonas Jonaitis"],
  ])("reads a byline line under the headline that no class marks (%s: %s)", (lang, line, name) => {
    const a = article(page({ lang, inside: `<div>${line}</div>` }));
    expect(a.byline).toBe(name);
    expect(a.textContent).not.toContain(name);
  });

  it.each([
    ["de", "autor", "Ein Artikel von Anna Schmidt", "Anna Schmidt"],
    ["it", "autore", "Di Mario Rossi e Luca Bianchi", "Mario Rossi, Luca Bianchi"],
    ["tr", "yazar", "Ahmet Yılmaz", "Ahmet Yılmaz"],
    ["id", "penulis", "Penulis: Budi Santoso", "Budi Santoso"],
  ])(
    "reads a byline its class names in the page's language, and takes its line out (%s: %s)",
    (lang, cls, line, name) => {
      const a = article(page({ lang, inside: `<p class="${cls}">${line}</p>` }));
      expect(a.byline).toBe(name);
      expect(a.textContent).not.toContain(name.split(", ")[0]);
    },
  );

  it("reads the name after a lead-in the page set in an element of its own", () => {
    const inside = `<ul class="meta"><li class="article_author prefix"><p>Von</p></li><li class="article_author"><a href="/autor/jana"><span>Jana Beispiel</span></a></li></ul>`;
    expect(article(page({ lang: "de", inside })).byline).toBe("Jana Beispiel");
  });

  it("takes no author's note for the byline: a sentence about the writer is not their name", () => {
    const bio = `<div class="author-bio"><p>Jane Doe is a reporter covering weather and climate. She joined in 2019.</p></div>`;
    const a = article(page().replace("</article>", `${bio}</article>`));
    expect(a.byline ?? "").not.toContain("reporter");
  });

  it("reads JSON-LD that leaves a line break raw in a string", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Parliament approves water plan","articleBody":"First line.\nSecond\tline.","author":"Nishant Kumar"}</script>`;
    expect(article(page({ head })).byline).toBe("Nishant Kumar");
  });

  it("reads an author a JSON-LD graph names by reference, after the byline the page shows", () => {
    const graph = (author: string) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Parliament approves water plan","author":{"@id":"https://news.example/#/schema/person/1"},"publisher":{"@id":"https://news.example/#organization"}},{"@type":"Organization","@id":"https://news.example/#organization","name":"Example News"},{"@type":"Person","@id":"https://news.example/#/schema/person/1","name":"${author}"}]}</script>`;
    expect(article(page({ head: graph("Jane Doe") })).byline).toBe("Jane Doe");
    const inside = `<p class="byline">By John Roe</p>`;
    expect(article(page({ head: graph("Jane Doe"), inside })).byline).toBe("John Roe");
    // The publisher as its own author names no one.
    expect(article(page({ head: graph("Example News") })).byline).toBeNull();
  });

  it("joins JSON-LD authors", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>`;
    expect(article(page({ head })).byline).toBe("Jane Doe, John Roe");
  });

  it("reads the byline from the story's own facts box, though decluttering drops the box", () => {
    const html = page().replace(
      "</article>",
      `<aside><p><span class="article-author" itemprop="author"><span itemprop="name">Jane Doe</span> —</span>
      <time datetime="2025-03-21">2025-03-21</time> — in <a href="/politics/">Politics</a></p></aside></article>`,
    );
    expect(article(html).byline).toBe("Jane Doe");
  });

  it("keeps the author, not the editor, of a byline that credits both", () => {
    const inside = `<p class="byline author">Written by Jane Doe<br>Edited by John Roe</p>`;
    expect(article(page({ inside })).byline).toBe("Jane Doe");
  });

  it("never takes a byline from a related-headline rail", () => {
    const after = `<section><h2>Explore</h2><ul><li><a href="/a">Other story</a> <span class="byline">By Baba Umar</span></li><li><a href="/b">Another</a></li></ul></section>`;
    expect(article(page({ after })).byline).toBeNull();
  });
});

describe("declared metadata first (Readability's rules)", () => {
  it("takes the byline a page declares in dc:creator first", () => {
    const a = article(
      page({ head: `<meta name="dc.creator" content="Jane Doe"><meta name="author" content="Desk">` }),
    );
    expect(a.byline).toBe("Jane Doe");
  });

  it("cleans a declared byline as a shown one: its lead-in, role, address and markup go", () => {
    const meta = (content: string) =>
      article(page({ head: `<meta name="author" content="${content}">` })).byline;
    expect(meta("By Jane Doe, AP Sports Writer")).toBe("Jane Doe");
    expect(meta("Lüder Hoppe info@buero-hoppe.de")).toBe("Lüder Hoppe");
    expect(meta("Kimberly Miller and Gareth McGrath")).toBe("Kimberly Miller, Gareth McGrath");
    const ld = (name: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":${JSON.stringify(name)}}}</script>`;
    expect(article(page({ head: ld('<a href="/experts/jan-nowak">Jan Nowak</a>') })).byline).toBe(
      "Jan Nowak",
    );
  });

  it("takes the shown byline line out of the story though the byline drops its handle", () => {
    const a = article(page({ inside: `<p class="byline">Jane Doe @janedoe</p>` }));
    expect(a.byline).toBe("Jane Doe");
    expect(a.textContent).not.toContain("@janedoe");
  });

  it("looks past a declared placeholder to the byline the page shows", () => {
    const inside = `<p class="byline">By Jane Doe</p>`;
    expect(article(page({ head: `<meta name="author" content="admin">`, inside })).byline).toBe("Jane Doe");
  });

  it("joins the authors of a page that declares one per tag, each once", () => {
    const authors = (names: string[]): string =>
      names.map((n) => `<meta name="author" content="${n}">`).join("") +
      `<meta name="dc.source" content="Desk">`;
    expect(article(page({ head: authors(["Jane Doe", "Ali Khan", "Jane Doe"]) })).byline).toBe(
      "Jane Doe, Ali Khan",
    );
    // "Surname, Given" names: a comma cannot also separate them.
    const head = `<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">`;
    expect(article(page({ head })).byline).toBe("Kooman, F.; Jong, Michiel de");
  });

  it("keeps the page's own ISO date string when it states the same moment", () => {
    const a = article(
      page({ head: `<meta property="article:published_time" content="2025-03-21T10:52:50+0100">` }),
    );
    expect(a.publishedTime).toBe("2025-03-21T10:52:50+0100");
  });

  it("takes the excerpt from og:description before the first paragraph", () => {
    const a = article(page({ head: `<meta property="og:description" content="The short summary.">` }));
    expect(a.excerpt).toBe("The short summary.");
  });

  it("takes the story's first paragraph for an excerpt that is a meta line's leftover separator", () => {
    // The byline's and the date's elements go from the meta line; the "·" between them was the
    // first paragraph Readability saw.
    const inside = `<div class="meta"><span class="byline">By Tom Lee</span> · <span class="date">Published October 14, 2024</span></div>`;
    const a = article(page({ inside }));
    expect(a.byline).toBe("Tom Lee");
    expect(a.excerpt).toBe(PROSE[0]);
  });

  it("reads the excerpt off the story as trimmed, not a date or credit line the trims took", () => {
    for (const line of ["January 22, 2014", "Associated Press"]) {
      const a = article(page({ inside: `<p>${line}</p>` }));
      expect(a.textContent).not.toContain(line);
      expect(a.excerpt).toBe(PROSE[0]);
    }
  });
});
