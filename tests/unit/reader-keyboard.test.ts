// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { bindKeys, keyAction, type KeyAction } from "../../src/reader/keyboard.js";
import { minutesLeft, scrollFraction } from "../../src/reader/progress.js";

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe("reader keys", () => {
  it("maps single keys to actions", () => {
    expect(["s", "a", "t", "+", "-", " ", "?", "x"].map((k) => keyAction(key(k)))).toEqual([
      "save",
      "archive",
      "theme",
      "larger",
      "smaller",
      "listen",
      "help",
      null,
    ]);
  });

  it("leaves browser shortcuts alone (Ctrl+S, Alt+T)", () => {
    expect(keyAction(key("s", { ctrlKey: true }))).toBeNull();
    expect(keyAction(key("t", { altKey: true }))).toBeNull();
  });

  it("ignores keys typed into fields, and Space on a focused button", () => {
    document.body.innerHTML = `<input id="field"><button id="b">x</button><p id="p" tabindex="0">text</p>`;
    const calls: KeyAction[] = [];
    const handlers = Object.fromEntries(
      (["save", "archive", "theme", "larger", "smaller", "listen", "help"] as const).map((a) => [
        a,
        () => calls.push(a),
      ]),
    ) as unknown as Record<KeyAction, () => void>;
    const controller = new AbortController();
    bindKeys(handlers, { signal: controller.signal });
    const press = (id: string, k: string) =>
      document.getElementById(id)!.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
    press("field", "s");
    press("b", " ");
    press("b", "t");
    press("p", " ");
    expect(calls).toEqual(["theme", "listen"]);
    controller.abort();
    press("p", "s");
    expect(calls).toHaveLength(2);
    vi.restoreAllMocks();
  });
});

describe("reading progress", () => {
  it("is the scroll position over the scrollable height; a page that fits counts as read", () => {
    expect(scrollFraction({ scrollY: 0, scrollHeight: 3000, height: 800 })).toBe(0);
    expect(scrollFraction({ scrollY: 1100, scrollHeight: 3000, height: 800 })).toBeCloseTo(0.5);
    expect(scrollFraction({ scrollY: 5000, scrollHeight: 3000, height: 800 })).toBe(1);
    expect(scrollFraction({ scrollY: 0, scrollHeight: 700, height: 800 })).toBe(1);
  });

  it("minutes left round up and never go below zero", () => {
    expect(minutesLeft(10, 0)).toBe(10);
    expect(minutesLeft(10, 0.55)).toBe(5);
    expect(minutesLeft(10, 1)).toBe(0);
  });
});
