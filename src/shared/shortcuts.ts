/** The extension's keyboard shortcuts as the browser reports them (the user may have changed them). */
import { browser } from "../platform/index.js";

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export async function listShortcuts(commands = browser.commands): Promise<Shortcut[]> {
  const all = await commands.getAll();
  return all.map((c) => ({
    name: c.name ?? "",
    description: c.description ?? "",
    shortcut: c.shortcut ?? "",
  }));
}
