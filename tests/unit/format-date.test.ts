import { afterEach, describe, expect, it } from "vitest";
import { formatPublished } from "../../src/shared/format-date.js";
import { readingTimeText, sourceLine } from "../../src/shared/article-meta.js";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("formatPublished", () => {
  it.each(["America/Los_Angeles", "Pacific/Kiritimati", "UTC"])(
    "keeps a date-only value on its day in %s",
    (tz) => {
      process.env.TZ = tz;
      expect(formatPublished("2025-03-21", "en-US")).toEqual({
        datetime: "2025-03-21",
        text: "March 21, 2025",
      });
      expect(formatPublished("2025-01-01", "en-US")?.text).toBe("January 1, 2025");
    },
  );

  it("localises with the given locale", () => {
    expect(formatPublished("2025-03-21", "de-DE")?.text).toBe("21. März 2025");
  });

  it("formats an instant with its time in the reader's zone, keeping the stated value", () => {
    const shown = formatPublished("2025-03-21T23:30:00+00:00", "en-GB", "Europe/Istanbul");
    expect(shown?.datetime).toBe("2025-03-21T23:30:00+00:00");
    expect(shown?.text).toMatch(/22 March 2025.*02:30/);
  });

  it("returns null for values that are not dates", () => {
    expect(formatPublished("yesterday", "en-US")).toBeNull();
    expect(formatPublished("2025-13-45", "en-US")).toBeNull();
  });
});

describe("article meta", () => {
  it("credits the wire after the publisher", () => {
    expect(sourceLine({ siteName: "TRT World", source: "Reuters", url: "https://trtworld.com/a" })).toBe(
      "TRT World · via Reuters",
    );
    expect(sourceLine({ siteName: "Reuters", source: "Reuters", url: "https://reuters.com/a" })).toBe(
      "Reuters",
    );
    expect(sourceLine({ siteName: null, source: null, url: "https://www.example.com/a" })).toBe(
      "example.com",
    );
  });

  it("says at least one minute", () => {
    expect(readingTimeText(0)).toBe("1 min read");
    expect(readingTimeText(3)).toBe("3 min read");
  });
});
