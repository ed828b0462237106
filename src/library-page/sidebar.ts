/** The sidebar: views with counts, tags (filter, rename, remove) and the site filter. */
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
  n.textContent = count.toLocaleString();
  pick.append(label, n);
  pick.addEventListener("click", () => a.tag(active ? null : name));
  const rename = document.createElement("button");
  rename.type = "button";
  rename.className = "icon-button icon-button--small";
  rename.textContent = "✎";
  rename.setAttribute("aria-label", `Rename tag “${name}”`);
  rename.title = "Rename";
  rename.addEventListener("click", () => a.renameTag(name));
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "icon-button icon-button--small";
  remove.textContent = "×";
  remove.setAttribute("aria-label", `Remove tag “${name}” from every article`);
  remove.title = "Remove tag";
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
    b.querySelector(".view__count")!.textContent = f.views[v].toLocaleString();
  }
  const tags = document.getElementById("tag-list") as HTMLUListElement;
  tags.replaceChildren(...f.tags.slice(0, 300).map(([t, n]) => tagRow(t, n, t === current.tag, a)));
  (document.getElementById("no-tags") as HTMLElement).hidden = f.tags.length > 0;
  const site = document.getElementById("site-filter") as HTMLSelectElement;
  const first = site.options[0]!;
  const options = f.sites.slice(0, 500).map(([s, n]) => {
    const o = document.createElement("option");
    o.value = s;
    o.textContent = `${s} (${n.toLocaleString()})`;
    return o;
  });
  site.replaceChildren(first, ...options);
  site.value = current.site ?? "";
}
