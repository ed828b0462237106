import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { onContextMenuClick, SAVE_LINK_MENU_ID, SAVE_MENU_ID } from "../../src/background/context-menu.js";
import { onCommand } from "../../src/background/commands.js";

// The context menu and the "save-page" shortcut hand the page to a reader tab, which saves it.
describe("save from the context menu or the shortcut", () => {
  let create: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    create = vi.spyOn(fakeBrowser.tabs, "create");
  });

  it("opens reader.html?tabId=N right after the clicked tab", async () => {
    onContextMenuClick({ menuItemId: SAVE_MENU_ID, editable: false, modifiers: [] }, {
      id: 7,
      index: 2,
      windowId: 1,
    } as never);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    const [options] = create.mock.calls[0] as [{ url: string; index: number; openerTabId: number }];
    expect(options.url).toMatch(/reader\.html\?tabId=7$/);
    expect(options.index).toBe(3);
    expect(options.openerTabId).toBe(7);
  });

  it("ignores other menu items", () => {
    onContextMenuClick({ menuItemId: "other", editable: false, modifiers: [] }, { id: 7, index: 0 } as never);
    expect(create).not.toHaveBeenCalled();
  });

  it("the save-page command reads the active tab when none is given", async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, "query")
      .mockImplementation(async () => [{ id: 5, index: 0, windowId: 1 }] as never);
    await onCommand("save-page");
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(create).toHaveBeenCalledTimes(1);
    expect((create.mock.calls[0] as [{ url: string }])[0].url).toMatch(/reader\.html\?tabId=5$/);
  });

  it("leaves other commands alone", async () => {
    await onCommand("_execute_action", { id: 1, index: 0 } as never);
    expect(create).not.toHaveBeenCalled();
  });

  it("the read-page command opens the reader without saving (save=0)", async () => {
    await onCommand("read-page", { id: 9, index: 4, windowId: 1 } as never);
    expect((create.mock.calls[0] as [{ url: string; index: number }])[0]).toMatchObject({ index: 5 });
    expect((create.mock.calls[0] as [{ url: string }])[0].url).toMatch(/reader\.html\?tabId=9&save=0$/);
  });

  it("Save link hands the link and its text to the reader, which saves it link-only", () => {
    onContextMenuClick(
      {
        menuItemId: SAVE_LINK_MENU_ID,
        linkUrl: "https://news.example/a?b=1&c=2",
        linkText: "A & B",
        editable: false,
        modifiers: [],
      } as never,
      { id: 3, index: 0, windowId: 1 } as never,
    );
    const url = new URL((create.mock.calls[0] as [{ url: string }])[0].url);
    expect(url.pathname).toMatch(/reader\.html$/);
    expect(url.searchParams.get("link")).toBe("https://news.example/a?b=1&c=2");
    expect(url.searchParams.get("title")).toBe("A & B");
  });

  it("Save link ignores javascript: and other non-web links", () => {
    onContextMenuClick(
      {
        menuItemId: SAVE_LINK_MENU_ID,
        linkUrl: "javascript:alert(1)",
        editable: false,
        modifiers: [],
      } as never,
      { id: 3, index: 0 } as never,
    );
    expect(create).not.toHaveBeenCalled();
  });
});
