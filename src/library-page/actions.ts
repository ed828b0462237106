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
import { t } from "../shared/i18n.js";
import { articles } from "./l10n.js";
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
    .map((tag) => tag.trim())
    .filter(Boolean);

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
          toast(t(on ? "library_archivedToast" : "library_unarchivedToast", articles(ids.length)), {
            label: t("library_undo"),
            run: () => void actions.archive(ids, !on),
          });
      }),
    editTags: (row: ArticleSummary) =>
      run(async () => {
        const text = await askText(
          t("library_tags"),
          t("library_tagsFor", row.title),
          row.tags.join(", "),
          t("library_tagsHint"),
        );
        if (text === null) return;
        await setTags(row.id, splitTags(text));
        await host.changed([row.id]);
      }),
    addTags: (ids: string[]) =>
      run(async () => {
        const text = await askText(
          t("library_addTags"),
          t("library_addTagsTo", articles(ids.length)),
          "",
          t("library_tagsHint"),
        );
        if (!text) return;
        await addTags(ids, splitTags(text));
        await host.changed(ids);
      }),
    remove: (ids: string[]) =>
      run(async () => {
        const removed = await removeArticles(ids);
        await host.changed(ids, { reindex: true });
        toast(t("library_removedToast", articles(removed.length)), {
          label: t("library_undo"),
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
        const name = await askText(t("library_renameTag"), t("library_newTagName", tag), tag);
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
        toast(t("library_removedTagToast", tag, articles(ids.length)), {
          label: t("library_undo"),
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
