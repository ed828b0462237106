import { describe, expect, it } from "vitest";
import { parseCliArgs, savedAtDate } from "../../src/cli/args";

describe("tidings extract arguments", () => {
  it("reads a file, its URL and format", () => {
    expect(
      parseCliArgs(["extract", "page.html", "--url", "https://x.example/a", "--format", "text"]),
    ).toEqual({
      command: "extract",
      file: "page.html",
      url: "https://x.example/a",
      format: "text",
      batch: undefined,
      out: undefined,
      savedAt: undefined,
    });
  });

  it("reads --saved-at as a date or a date-time", () => {
    expect(parseCliArgs(["extract", "p.html", "--saved-at", "2020-05-10"]).savedAt?.toISOString()).toBe(
      "2020-05-10T00:00:00.000Z",
    );
    expect(savedAtDate("2020-05-10T14:30:00+02:00", "x").toISOString()).toBe("2020-05-10T12:30:00.000Z");
  });

  it.each(["yesterday", "10.05.2020", "2020-13-45", ""])("refuses --saved-at %j with an example", (value) => {
    expect(() => parseCliArgs(["extract", "p.html", "--saved-at", value])).toThrow(
      /--saved-at needs an ISO 8601 date, such as 2025-03-21/,
    );
  });

  it("names what is missing", () => {
    expect(() => parseCliArgs(["extract"])).toThrow(/needs a FILE or --batch/);
    expect(() => parseCliArgs(["extract", "--batch", "m.json"])).toThrow(/--batch needs --out/);
    expect(() => parseCliArgs(["extract", "p.html", "--format", "pdf"])).toThrow(/unknown format "pdf"/);
    expect(parseCliArgs(["--help"]).command).toBe("help");
  });
});
