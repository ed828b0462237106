/** The sidebar: views with counts, tags (filter, rename, remove) and the site filter. */
import { t } from "../shared/i18n.js";
import { num } from "./l10n.js";
import type { Facets, View } from "./view-state.js";

export interface SidebarActions {
  view(v: View): void;
  tag(t: string | null): void;
  site(s: string | null): void;
  renameTag(t: string): void;
  removeTag(t: string): void;
}

export function setUpSidebar(a: SidebarActions, signal?: AbortSignal): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>(".view")) {
    b.addEventListener("click", () => a.view(b.dataset.view as View), { signal });
  }
  const site = document.getElementById("site-filter") as HTMLSelectElement;
  site.addEventListener("change", () => a.site(site.value || null), { signal });
}

function tagRow(name: string, count: number, active: boolean, a: SidebarActions): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "tag-list__item";
  const pick = document.createElement("button");
  pick.type = "button";
  pick.className = "tag-list__name";
  pick.setAttribute("aria-pressed", String(active));
  pick.dataset.testid = "tag-filter";
  const label = document.createElement("span");
  label.textContent = name;
  const n = document.createElement("span");
  n.className = "view__count";
  n.textContent = num(count);
  pick.append(label, n);
  pick.addEventListener("click", () => a.tag(active ? null : name));
  const rename = document.createElement("button");
  rename.type = "button";
  rename.className = "icon-button icon-button--small";
  rename.textContent = "✎";
  rename.setAttribute("aria-label", t("library_renameTagLabel", name));
  rename.title = t("library_rename");
  rename.addEventListener("click", () => a.renameTag(name));
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "icon-button icon-button--small";
  remove.textContent = "×";
  remove.setAttribute("aria-label", t("library_removeTagLabel", name));
  remove.title = t("library_removeTag");
  remove.addEventListener("click", () => a.removeTag(name));
  li.append(pick, rename, remove);
  return li;
}

export function renderSidebar(
  f: Facets,
  current: { view: View; tag: string | null; site: string | null },
  a: SidebarActions,
): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>(".view")) {
    const v = b.dataset.view as View;
    b.setAttribute("aria-pressed", String(v === current.view));
    b.querySelector(".view__count")!.textContent = num(f.views[v]);
  }
  const tags = document.getElementById("tag-list") as HTMLUListElement;
  tags.replaceChildren(...f.tags.slice(0, 300).map(([tag, n]) => tagRow(tag, n, tag === current.tag, a)));
  (document.getElementById("no-tags") as HTMLElement).hidden = f.tags.length > 0;
  const site = document.getElementById("site-filter") as HTMLSelectElement;
  const first = site.options[0]!;
  const options = f.sites.slice(0, 500).map(([s, n]) => {
    const o = document.createElement("option");
    o.value = s;
    o.textContent = `${s} (${num(n)})`;
    return o;
  });
  site.replaceChildren(first, ...options);
  site.value = current.site ?? "";
}
