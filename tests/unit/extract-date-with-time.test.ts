import { describe, expect, it } from "vitest";
import { fromDateWithTime } from "../../src/extract/metadata/date-with-time";

describe("fromDateWithTime", () => {
  it("reads one month-name date with the time next to it, in either order", () => {
    expect(fromDateWithTime("Reuters November 18, 2019 11:03 PM")).toEqual({
      year: 2019,
      month: 11,
      day: 18,
      hour: 23,
      minute: 3,
    });
    expect(fromDateWithTime("19 November 2019, 09:01 AM")).toMatchObject({ day: 19, hour: 9, minute: 1 });
    expect(fromDateWithTime("By Louis Jacobson on Monday, November 18th, 2019 at 11:08 a.m.")).toMatchObject({
      day: 18,
      hour: 11,
      minute: 8,
    });
    expect(fromDateWithTime("12:24 am EST, Wednesday, November 20, 2019")).toEqual({
      year: 2019,
      month: 11,
      day: 20,
      hour: 0,
      minute: 24,
      offset: -300,
    });
    expect(fromDateWithTime("Published 11:34 PM EST Nov 19, 2019")).toMatchObject({
      day: 19,
      hour: 23,
      offset: -300,
    });
    expect(fromDateWithTime("Gespeichert von human am 7. Juli 2019 - 18:44")).toMatchObject({
      month: 7,
      day: 7,
      hour: 18,
      minute: 44,
    });
    expect(fromDateWithTime("sexta-feira, 22 de outubro de 2010 às 20:13")).toMatchObject({
      month: 10,
      day: 22,
      hour: 20,
    });
    expect(fromDateWithTime("18 Nov 2019, 19:09 Uhr")).toMatchObject({ hour: 19, minute: 9 });
  });

  it("keeps seconds and the zones whose offset is the same all year", () => {
    expect(fromDateWithTime("Mon, 18 Nov 2019 16:07:38 -0600")).toMatchObject({ second: 38, offset: -360 });
    expect(fromDateWithTime("Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)")).toMatchObject({
      second: 0,
      offset: 0,
    });
    expect(fromDateWithTime("News24 13 Jan 2020, 22:11 GMT+10")).toMatchObject({ hour: 22, offset: 600 });
    expect(fromDateWithTime("Nov. 20, 2019, 9:28 AM UTC")).toMatchObject({ hour: 9, offset: 0 });
    expect(fromDateWithTime("Chris Davies - Nov 19, 2019, 8:15 pm CST")).toMatchObject({
      hour: 20,
      offset: -360,
    });
    expect(fromDateWithTime("Nov 13, 2019 4:26 pm")).not.toHaveProperty("offset");
  });

  it("reads US zones by the day: daylight time from the second Sunday of March to the first of November", () => {
    expect(fromDateWithTime("Nov 18, 2019 at 9:24 pm ET • 2 min read")).toMatchObject({
      hour: 21,
      offset: -300,
    });
    expect(fromDateWithTime("July 4, 2024, 10:00 am PT")).toMatchObject({ offset: -420 });
    // 2024: daylight time from 10 March, 2 a.m., to 3 November, 2 a.m.
    expect(fromDateWithTime("March 10, 2024 1:30 am ET")).toMatchObject({ offset: -300 });
    expect(fromDateWithTime("March 10, 2024 3:00 am ET")).toMatchObject({ offset: -240 });
    expect(fromDateWithTime("November 3, 2024 1:30 am CT")).toMatchObject({ offset: -300 });
    expect(fromDateWithTime("November 3, 2024 3:00 am MT")).toMatchObject({ offset: -420 });
  });

  it("leaves to chrono what it cannot read for sure", () => {
    for (const line of [
      // Zones that name several places, or that we do not know.
      "Nov 20 2019, 11:06am ist",
      "01:38:07 PM IST Nov 20, 2019",
      // "CET" in summer means the local time: chrono's reading (+02:00).
      "21 July 2025, 14:05 CET",
      // Two dates or two times: which one is published is chrono's and the caller's question.
      "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
      "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
      // A time not next to the date, or not a time at all.
      "November 19, 2019 / 12:21 AM / Updated 14 hours ago",
      "Nov 18, 2019 @17:19 PM",
      "Nov 13, 2019 4:26 pm Updated",
      // No month-name date, no time.
      "11/19/19 06:56 AM EST",
      "Posted Nov 19, 6:51 AM",
      "23 Nov 2017",
    ]) {
      expect(fromDateWithTime(line), line).toBeNull();
    }
  });
});
