/** Small DOM helpers of the reader page: element lookup, the status line, the live announcer. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's one status line (loading, or why there is no article). */
export function showStatus(text: string, error = true): void {
  const status = byId("status");
  status.textContent = text;
  status.classList.toggle("status--error", error);
  status.hidden = false;
}

/** Say something to screen readers (and show it briefly as a toast). */
export function announce(text: string): void {
  const el = byId("announce");
  el.textContent = "";
  // A fresh text node each time, so repeating the same sentence is announced again.
  requestAnimationFrame(() => {
    el.textContent = text;
    el.classList.add("toast");
    clearTimeout(Number(el.dataset.timer));
    el.dataset.timer = String(setTimeout(() => el.classList.remove("toast"), 2500));
  });
}
