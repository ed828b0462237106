import { describe, expect, it } from "vitest";
import { isMessage } from "../../src/messages.js";

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
