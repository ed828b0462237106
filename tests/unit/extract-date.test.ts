import * as chrono from "chrono-node";
import { describe, expect, it, vi } from "vitest";
import { dateFromUrl, parseDate } from "../../src/extract/metadata/date-parse";
import { article, NOW, page } from "./extract-helpers";

describe("parseDate", () => {
  it.each([
    ["2025-03-21", "en", "2025-03-21"],
    ["2025-03-21T14:05:00+01:00", "en", "2025-03-21T14:05:00+01:00"],
    ["2025-03-21T23:30:00-05:00", "en", "2025-03-21T23:30:00-05:00"],
    // Seconds' fractions as stated, however many digits; a comma becomes ISO's preferred point.
    ["2015-10-15T02:19:15.607Z", "en", "2015-10-15T02:19:15.607Z"],
    ["2023-11-08T21:24:10.336533-05:00", "en", "2023-11-08T21:24:10.336533-05:00"],
    ["2019-11-14 14:00:00,5", "en", "2019-11-14T14:00:00.5"],
    ["20151015T021915.607Z", "en", "2015-10-15T02:19:15.607Z"],
    ["2025-03-21T14:05Z", "en", "2025-03-21T14:05:00Z"],
    ["March 21, 2025", "en", "2025-03-21"],
    ["21 March 2025", "en", "2025-03-21"],
    ["21 MAR 2025", "en", "2025-03-21"],
    ["21.03.2025, 14:05 Uhr", "de", "2025-03-21T14:05:00"],
    // Arabic-Indic and Persian digits, as Arabic and Persian pages write dates.
    ["السبت ٢١ مارس ٢٠٢٥ - ١٤:٠٥", "ar", "2025-03-21T14:05:00"],
    ["٢١/٠٣/٢٠٢٥", "ar", "2025-03-21"],
    ["۲۱/۰۳/۲۰۲۵", "fa", "2025-03-21"],
    // Month names in Hebrew (with its "in"), Hindi (vowels written as marks) and Croatian.
    ["21 במרץ 2025", "he", "2025-03-21"],
    ["21 मार्च 2025", "hi", "2025-03-21"],
    ["21. ožujka 2025.", "hr", "2025-03-21"],
    ["le 21 mars 2025", "fr", "2025-03-21"],
    ["21 de marzo de 2025", "es", "2025-03-21"],
    // Vietnamese writes "month" and its number; Thai names its months (or abbreviates them with
    // points) and mostly counts years in the Buddhist Era, 543 ahead, in Thai digits too.
    ["ngày 21 tháng 3 năm 2025", "vi", "2025-03-21"],
    ["Thứ sáu, 21 tháng 3, 2025 14:05", "vi", "2025-03-21T14:05:00"],
    ["21 มีนาคม 2568", "th", "2025-03-21"],
    ["วันศุกร์ที่ 21 มี.ค. พ.ศ. 2568 เวลา 14:05 น.", "th", "2025-03-21T14:05:00"],
    ["๒๑ มี.ค. ๒๕๖๘", "th", "2025-03-21"],
    ["21 มีนาคม ค.ศ. 2025", "th", "2025-03-21"],
    ["21/03/2568 14:05", "th", "2025-03-21T14:05:00"],
    ["21/03/2568", "en", null],
    // Persian pages count in the Solar Hijri calendar (1 Farvardin at the March equinox), in
    // Persian digits or western ones, often typing Arabic letters for the Persian yeh.
    ["دوشنبه ۲ تیر ۱۳۹۹", "fa", "2020-06-22"],
    ["2 تير 1399 - 12:09:08 ب.ظ", "fa", "2020-06-22"],
    ["30 اسفند 1399", "fa", "2021-03-20"],
    ["۱ فروردین ۱۴۰۴", "", "2025-03-21"],
    ["۱۳۹۹/۰۴/۰۲", "fa", "2020-06-22"],
    ["۱۳۹۹/۰۴/۰۲", "ar", null],
    ["31 مهر 1402", "fa", null],
    ["21 Machi 2025", "sw", "2025-03-21"],
    ["Ijumaa, Desemba 20, 2024", "sw", "2024-12-20"],
    ["21 Mart 2025", "tr", "2025-03-21"],
    ["24 сентября 2018", "ru", "2018-09-24"],
    ["Dodano: 30 kwietnia 2021 , 11:55", "pl", "2021-04-30T11:55:00"],
    ["5 października 2020", "pl", "2020-10-05"],
    ["19 November 2019, 09:01 AM", "en", "2019-11-19T09:01:00"],
    ["Published 14 May 2025, 10:42 BST", "en", "2025-05-14T10:42:00+01:00"],
    ["Fri, 21 Mar 2025 14:05:00 +0100", "en", "2025-03-21T14:05:00+01:00"],
    // Numeric dates with their time: a twelve-hour clock, and the words that say "at".
    ["3/21/2025 3:42 PM", "en-us", "2025-03-21T15:42:00"],
    ["21/03/2025 11:05 pm", "en-gb", "2025-03-21T23:05:00"],
    ["21/03/2025 12:05 AM", "en-gb", "2025-03-21T00:05:00"],
    ["21/03/2025 13:05 PM", "en-gb", "2025-03-21"],
    ["21/03/2025 às 15h42", "pt", "2025-03-21T15:42:00"],
    ["21.3.2025 klo 15.42", "fi", "2025-03-21T15:42:00"],
    ["21.03.2025 o godz. 15:42", "pl", "2025-03-21T15:42:00"],
    ["21.03.2025 в 15:42", "ru", "2025-03-21T15:42:00"],
    ["21.03.2025 12:61", "de", "2025-03-21"],
    // A two-digit year between points: day first in any language, a time after a dash.
    ["07.11.23 - 10:11 | Stefan Eiselin", "de", "2023-11-07T10:11:00"],
    ["Stand: 31.12.19", "en", "2019-12-31"],
    ["v1.2.10", "en", null],
    // An hour after a day and month is no two-digit year ("29 luglio, 20" read 2020 for chrono).
    ["29 luglio, 20:18", "it", null],
    ["5 Nov 19, 10:00", "en", "2019-11-05T10:00:00"],
    // Nor is a reading time's count ("Mar 17 · 11 min read", its dot a picture, read 2011).
    ["on Mar 17 11 min read", "en", null],
    ["Dec 5 12 mins", "en", null],
    ["17. März 11 Minuten Lesezeit", "de", null],
    ["17 Mar 11", "en", "2011-03-17"],
    ["Mar 17, 2011 11 min read", "en", "2011-03-17"],
    ["2025/03/21 15:42", "ja", "2025-03-21T15:42:00"],
    ["2025.03.21. 오후 3:42", "ko", "2025-03-21T15:42:00"],
    ["2025. 3. 21. 오전 9:05", "ko", "2025-03-21T09:05:00"],
    ["2025년 3월 21일 오후 2:05", "ko", "2025-03-21T14:05:00"],
    ["2025/03/21 12.500", "en", "2025-03-21"],
    // A month-name date and its time across a bullet, a bar or a word for "at".
    ["21 March 2025 • 3:42pm", "en-gb", "2025-03-21T15:42:00"],
    ["Venerdì 21 marzo 2025 ore 15:42", "it", "2025-03-21T15:42:00"],
    ["21 March 2025 | 15:42 GMT", "en", "2025-03-21T15:42:00Z"],
  ])("%s (%s) → %s", (input, lang, expected) => {
    expect(parseDate(input, NOW, lang)).toBe(expected);
  });

  it("reads plain month-name dates, with or without a time, without starting chrono; chrono the rest", () => {
    const chronoParse = vi.spyOn(Object.getPrototypeOf(chrono.strict) as chrono.Chrono, "parse");
    try {
      expect(parseDate("Posted 23 Nov 2017", NOW, "en")).toBe("2017-11-23");
      expect(parseDate("21. Oktober 2018", NOW, "de")).toBe("2018-10-21");
      expect(parseDate("23 Nov 2017, 4:29 PM", NOW, "en")).toBe("2017-11-23T16:29:00");
      expect(parseDate("Tue, 19 Nov 2019 06:13:48 -0600", NOW, "en")).toBe("2019-11-19T06:13:48-06:00");
      expect(parseDate("Nov 18, 2019 at 9:24 pm ET", NOW, "en")).toBe("2019-11-18T21:24:00-05:00");
      expect(parseDate("July 18, 2019 at 9:24 pm ET", NOW, "en")).toBe("2019-07-18T21:24:00-04:00");
      expect(chronoParse).not.toHaveBeenCalled();
      // "IST" names India, Ireland and Israel: chrono's reading (+05:30).
      expect(parseDate("Nov 20 2019, 11:06am IST", NOW, "en")).toBe("2019-11-20T11:06:00+05:30");
      expect(parseDate("21 July 2024, 14:05 CET", NOW, "en")).toBe("2024-07-21T14:05:00+02:00");
      expect(chronoParse).toHaveBeenCalled();
      // Lines with a number but no date ("195 Shares", "Part 2") never reach chrono.
      chronoParse.mockClear();
      expect(parseDate("195 Shares", NOW, "en")).toBeNull();
      expect(parseDate("An Illusionist in Skyrim: Part 1", NOW, "")).toBeNull();
      expect(chronoParse).not.toHaveBeenCalled();
    } finally {
      chronoParse.mockRestore();
    }
  });

  it("parses a line once per extraction (one `now`), and anew for the next", () => {
    // Both languages' parsers made first: making one runs it once (precompiled.ts), not counted here.
    for (const lang of ["en", "de"]) parseDate("Nov 19 2019, 11:06am IST", NOW, lang);
    const chronoParse = vi.spyOn(Object.getPrototypeOf(chrono.strict) as chrono.Chrono, "parse");
    const line = "Nov 20 2019, 11:06am IST";
    // An extraction of its own: no other test has asked at this `now`.
    const now = new Date(NOW.getTime() - 1000);
    try {
      const first = parseDate(line, now, "en");
      expect(first).toBe("2019-11-20T11:06:00+05:30");
      expect(parseDate(` ${line} `, now, "en")).toBe(first);
      expect(chronoParse).toHaveBeenCalledTimes(1);
      // Another language is another question; another `now` another extraction.
      expect(parseDate(line, now, "de")).toBe(first);
      expect(chronoParse).toHaveBeenCalledTimes(3);
      chronoParse.mockClear();
      expect(parseDate(line, new Date(now.getTime() + 1), "en")).toBe(first);
      expect(chronoParse).toHaveBeenCalledTimes(1);
      // A date past the new `now` is refused, not served from the old answer.
      expect(parseDate(line, new Date("2019-11-01T00:00:00Z"), "en")).toBeNull();
    } finally {
      chronoParse.mockRestore();
    }
  });

  it("rejects future and impossible dates", () => {
    expect(parseDate("2025-12-24", NOW)).toBeNull();
    expect(parseDate("2025-02-30", NOW)).toBeNull();
    expect(parseDate("1970-01-01", NOW)).toBeNull();
    expect(parseDate("yesterday", NOW)).toBeNull();
  });

  it("reads dates in URL paths", () => {
    expect(dateFromUrl("https://x.example/world/2025/03/21/story", NOW)).toBe("2025-03-21");
    expect(dateFromUrl("https://x.example/story-20250321.html", NOW)).toBe("2025-03-21");
    expect(dateFromUrl("https://x.example/story/123456", NOW)).toBeNull();
  });
});

describe("publishedTime", () => {
  it("prefers JSON-LD datePublished over meta and modified dates", () => {
    const a = article(
      page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-20T08:00:00+02:00","dateModified":"2025-03-22"}</script>
        <meta property="article:published_time" content="2025-03-19">`,
      }),
    );
    expect(a.publishedTime).toBe("2025-03-20T08:00:00+02:00");
  });

  it("reads meta tags (parsely, dc.date…)", () => {
    expect(
      article(page({ head: `<meta name="parsely-pub-date" content="2025-03-18T10:00:00Z">` })).publishedTime,
    ).toBe("2025-03-18T10:00:00Z");
    expect(article(page({ head: `<meta name="DC.date" content="2025-03-17">` })).publishedTime).toBe(
      "2025-03-17",
    );
  });

  it("reads microdata's datePublished, but not a reader's review or comment", () => {
    const review = (scope: string) =>
      `<div ${scope}><span itemprop="author">Tierfreundin</span> am 8.6.2020
        <span itemprop="datePublished" content="2020-06-08 00:00:00"></span><p itemprop="reviewBody">Super!</p></div>`;
    expect(
      article(page({ after: review(`itemprop="review" itemscope itemtype="https://schema.org/Review"`) }))
        .publishedTime,
    ).toBeNull();
    expect(article(page({ after: review(`itemprop="comment" itemscope`) })).publishedTime).toBeNull();
    expect(
      article(page({ inside: review(`itemscope itemtype="https://schema.org/BlogPosting"`) })).publishedTime,
    ).toBe("2020-06-08T00:00:00");
  });

  it("prefers a <time> in the article over one in a related rail", () => {
    const a = article(
      page({
        before: `<div class="related-stories"><time datetime="2025-01-02">2 Jan</time></div>`,
        inside: `<time datetime="2025-03-16T09:00:00+01:00">16 March</time>`,
      }),
    );
    expect(a.publishedTime).toBe("2025-03-16T09:00:00+01:00");
  });

  it("falls back to the URL, then to a visible date line", () => {
    expect(article(page(), "https://news.example/2025/03/15/water").publishedTime).toBe("2025-03-15");
    expect(article(page({ inside: `<div class="meta">Published March 14, 2025</div>` })).publishedTime).toBe(
      "2025-03-14",
    );
    expect(article(page({ lang: "de", inside: `<span>14.03.2025, 09:15 Uhr</span>` })).publishedTime).toBe(
      "2025-03-14T09:15:00",
    );
  });

  it("takes the date of a teaser linking to the page itself when the page states none", () => {
    const teaser = (href: string, day: string, title: string) =>
      `<div class="row"><a href="${href}"><div class="teaser"><div class="authored">${day}</div><h2>${title}</h2><p>A line on the story.</p></div></a></div>`;
    const rail = (...teasers: string[]) => `<aside><h3>Aktuell</h3>${teasers.join("")}</aside>`;
    const url = "https://news.example/politics/water-plan";
    const own = rail(
      teaser("/schools-reopen", "09.11.2021", "Schools reopen after repairs"),
      teaser("/politics/water-plan/", "10.11.2021", "Parliament approves water plan"),
    );
    expect(article(page({ lang: "de", after: own }), url).publishedTime).toBe("2021-11-10");
    // Another story's teaser, or a link to a place within the page, says nothing of the page's day.
    const others = rail(teaser("/schools-reopen", "09.11.2021", "Schools reopen after repairs"));
    expect(article(page({ lang: "de", after: others }), url).publishedTime).toBeNull();
    const elsewhere = rail(
      teaser("https://other.example/politics/water-plan", "10.11.2021", "Parliament approves water plan"),
    );
    expect(article(page({ lang: "de", after: elsewhere }), url).publishedTime).toBeNull();
    const toc = rail(teaser("#comments", "10.11.2021", "Comments on the water plan"));
    expect(article(page({ lang: "de", after: toc }), url).publishedTime).toBeNull();
  });

  it("takes no date from a reference's access date or a cited work", () => {
    const refs = `<ol class="references"><li><cite>"What is BRT?". Transit Institute. Retrieved 2023-01-05.</cite></li><li><cite>Smith, J. (2010). Busways. March 3, 2010.</cite></li></ol>`;
    const a = article(page().replace("</article>", `${refs}</article>`), "https://wiki.example/wiki/Busways");
    expect(a.publishedTime).toBeNull();
  });

  it("reads the date of a byline a page writes as a <cite>", () => {
    const inside = `<cite class="byline vcard"><span>By </span><span class="fn">JANE DOE</span> <abbr>March 11, 2025 3:46 PM</abbr></cite>`;
    expect(article(page({ inside }), "https://news.example/a/b").publishedTime).toBe("2025-03-11T15:46:00");
  });

  it("ignores a future meta date and uses the next signal", () => {
    const a = article(
      page({
        head: `<meta property="article:published_time" content="2030-01-01">`,
        inside: "<p>March 10, 2025</p>",
      }),
    );
    expect(a.publishedTime).toBe("2025-03-10");
  });
});
