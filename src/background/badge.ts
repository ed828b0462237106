import { browser } from "../platform/index.js";

export const BADGE_MS = 4_000;

type Api = Pick<typeof browser, "action">;

/** Show ✓ (saved) or ! (failed, with the reason as the tooltip) on a tab for a few seconds. */
export async function flashBadge(
  tabId: number,
  ok: boolean,
  title: string,
  api: Api = browser,
): Promise<void> {
  await Promise.all([
    api.action.setBadgeBackgroundColor({ tabId, color: ok ? "#0f6e66" : "#b3261e" }),
    api.action.setBadgeText({ tabId, text: ok ? "✓" : "!" }),
    api.action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // The tab may have closed meanwhile: nothing to show then.
  setTimeout(() => {
    void Promise.all([
      api.action.setBadgeText({ tabId, text: "" }),
      api.action.setTitle({ tabId, title: null }),
    ]).catch(() => undefined);
  }, BADGE_MS);
}
