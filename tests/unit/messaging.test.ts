import { fakeBrowser } from "@webext-core/fake-browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { send } from "../../src/shared/messaging.js";

const STOPPED = "Tidings stopped before it finished reading the page. Try again.";

afterEach(() => vi.restoreAllMocks());

describe("send", () => {
  it("answers the background's reply", async () => {
    const reply = { kind: "no-article", reason: "too-short", message: "Short." };
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(reply as never);
    expect(await send("read-tab", { tabId: 3 })).toEqual(reply);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: "read-tab", payload: { tabId: 3 } });
  });

  it.each([
    // Chromium, when the worker is stopped while it owes an answer.
    "A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received",
    "Could not establish connection. Receiving end does not exist.",
  ])("turns a channel that closed under the request into a sentence: %s", async (error) => {
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockRejectedValue(new Error(error));
    expect(await send("read-tab", { tabId: 3 })).toEqual({ kind: "error", message: STOPPED });
  });

  it("an empty reply is the same failure", async () => {
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined as never);
    expect(await send("read-tab", { tabId: 3 })).toEqual({ kind: "error", message: STOPPED });
  });
});
