// clutter-words.ts's furniture lines: one pattern over the line lowercased, and the few lines
// written with capitals (the agencies after "Źródło:") in a caseless pattern of their own; a line
// reads the same in any case.
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "../../src/extract/clutter-words";

const inEveryCase = (line: string) => [line, line.toUpperCase(), line.toLowerCase()];

describe("furniture lines", () => {
  it.each([
    "Lesezeit: 3 Minuten",
    "Breaking News",
    "Photo: Getty Images",
    "312 Comments",
    "Sie sind hier: Startseite › Politik",
    // The jump to a comment section, the call to comment and the notices a closed one leaves.
    "Go to comments: 0 posted",
    "Jump to comments",
    "Zu den Kommentaren",
    "Kommentar erstellen",
    "Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.",
    "You must be logged in to post a comment.",
    "Commenting feature is disabled in your country/region.",
    // The Associated Press's pointer closing its stories.
    "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
  ])("%s, in any case", (line) => {
    for (const text of inEveryCase(line)) expect(isFurnitureLine(text)).toBe(true);
  });

  it("leaves a sentence about comments or going somewhere", () => {
    for (const line of [
      "Go to the town hall on Tuesday.",
      "The mayor declined to comment on the plan.",
      "More AP coverage: the floods reached the coast on Monday.",
    ])
      expect(isFurnitureLine(line)).toBe(false);
  });

  it("leaves a story's sentence, in any case", () => {
    for (const text of inEveryCase("The council voted on the bus routes on Tuesday."))
      expect(isFurnitureLine(text)).toBe(false);
  });

  it("tells a wire's credit after 'Źródło:' (the source) from a picture's (furniture), in any case", () => {
    for (const text of inEveryCase("Źródło: PAP")) expect(isFurnitureLine(text)).toBe(false);
    for (const text of inEveryCase("Źródło: Jan Kowalski")) expect(isFurnitureLine(text)).toBe(true);
  });
});
