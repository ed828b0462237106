import { describe, expect, it } from "vitest";
import { isMessage, isOffscreenSaveMessage } from "../../src/messages.js";

describe("isMessage", () => {
  it("accepts a well-formed read-tab request", () => {
    expect(isMessage({ type: "read-tab", payload: { tabId: 0 } })).toBe(true);
    expect(isMessage({ type: "read-tab", payload: { tabId: 17 } })).toBe(true);
  });

  it.each([
    ["null", null],
    ["a string", "read-tab"],
    ["no payload", { type: "read-tab" }],
    ["null payload", { type: "read-tab", payload: null }],
    ["a string tab id", { type: "read-tab", payload: { tabId: "3" } }],
    ["a negative tab id", { type: "read-tab", payload: { tabId: -1 } }],
    ["a fractional tab id", { type: "read-tab", payload: { tabId: 1.5 } }],
    ["an unknown type", { type: "delete-everything", payload: {} }],
  ])("rejects %s", (_label, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe("isOffscreenSaveMessage", () => {
  const article = { url: "https://a.example/", title: "A", content: "<p>x</p>" };

  it("accepts a save request addressed to the offscreen document", () => {
    expect(isOffscreenSaveMessage({ to: "offscreen", type: "save-article", payload: { article } })).toBe(
      true,
    );
  });

  it("rejects other shapes", () => {
    expect(isOffscreenSaveMessage({ type: "save-article", payload: { article } })).toBe(false);
    expect(isOffscreenSaveMessage({ to: "offscreen", type: "save-article", payload: {} })).toBe(false);
    expect(
      isOffscreenSaveMessage({ to: "offscreen", type: "save-article", payload: { article: { url: 1 } } }),
    ).toBe(false);
    expect(isOffscreenSaveMessage({ type: "read-tab", payload: { tabId: 1 } })).toBe(false);
  });
});
