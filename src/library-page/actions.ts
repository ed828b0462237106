/**
 * What the buttons and keys do to articles: favourite, archive, tags, remove with Undo. Each
 * writes through src/library, then hands the changed ids back to the page to refresh.
 */
import {
  addTags,
  removeArticles,
  removeTag,
  renameTag,
  restoreArticles,
  setTags,
  updateState,
  type ArticleSummary,
} from "../library/index.js";
import { askText } from "./text-dialog.js";
import { toast } from "./toast.js";

export interface ActionHost {
  rows: Map<string, ArticleSummary>;
  /** Reload these ids from the library (removed ones disappear) and redraw. */
  changed(ids: string[], { reindex }?: { reindex?: boolean }): Promise<void>;
  fail(error: unknown): void;
}

const splitTags = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
const plural = (n: number) => (n === 1 ? "1 article" : `${n.toLocaleString()} articles`);

export function createActions(host: ActionHost) {
  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      host.fail(error);
    }
  };
  const actions = {
    favourite: (ids: string[], on: boolean) =>
      run(async () => {
        await updateState(ids, { favourite: on });
        await host.changed(ids);
      }),
    archive: (ids: string[], on: boolean) =>
      run(async () => {
        await updateState(ids, { archived: on });
        await host.changed(ids);
        if (ids.length > 1 || on)
          toast(`${on ? "Archived" : "Moved back to unread:"} ${plural(ids.length)}.`, {
            label: "Undo",
            run: () => void actions.archive(ids, !on),
          });
      }),
    editTags: (row: ArticleSummary) =>
      run(async () => {
        const text = await askText(
          "Tags",
          `Tags for “${row.title}”`,
          row.tags.join(", "),
          "Separate tags with commas.",
        );
        if (text === null) return;
        await setTags(row.id, splitTags(text));
        await host.changed([row.id]);
      }),
    addTags: (ids: string[]) =>
      run(async () => {
        const text = await askText(
          "Add tags",
          `Add tags to ${plural(ids.length)}`,
          "",
          "Separate tags with commas.",
        );
        if (!text) return;
        await addTags(ids, splitTags(text));
        await host.changed(ids);
      }),
    remove: (ids: string[]) =>
      run(async () => {
        const removed = await removeArticles(ids);
        await host.changed(ids, { reindex: true });
        toast(`Removed ${plural(removed.length)}.`, {
          label: "Undo",
          run: () =>
            void run(async () => {
              await restoreArticles(removed);
              await host.changed(
                removed.map((a) => a.id),
                { reindex: true },
              );
            }),
        });
      }),
    renameTag: (tag: string) =>
      run(async () => {
        const name = await askText("Rename tag", `New name for “${tag}”`, tag);
        if (!name || name.trim() === tag) return;
        const ids = [...host.rows.values()].filter((r) => r.tags.includes(tag)).map((r) => r.id);
        await renameTag(tag, name);
        await host.changed(ids);
      }),
    removeTag: (tag: string) =>
      run(async () => {
        const ids = [...host.rows.values()].filter((r) => r.tags.includes(tag)).map((r) => r.id);
        await removeTag(null, tag);
        await host.changed(ids);
        toast(`Removed the tag “${tag}” from ${plural(ids.length)}.`, {
          label: "Undo",
          run: () =>
            void run(async () => {
              await addTags(ids, [tag]);
              await host.changed(ids);
            }),
        });
      }),
  };
  return actions;
}
