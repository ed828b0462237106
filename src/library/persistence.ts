/**
 * Storage the browser keeps: ask once for persistent storage (so a 20,000-article library is not
 * evicted under pressure) and report use against the quota, for the options page.
 */
import { getDb, type TidingsDb } from "./db.js";

const ASKED = "persist-requested";

/** Ask for persistent storage the first time something is saved; never throws. */
export async function requestPersistence({
  db = getDb(),
  storage = globalThis.navigator?.storage,
}: { db?: TidingsDb; storage?: StorageManager } = {}): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (await db.meta.get(ASKED)) return await storage.persisted();
    await db.meta.put({ key: ASKED, value: Date.now() });
    return await storage.persist();
  } catch {
    return false;
  }
}

export interface StorageUsage {
  /** Bytes used by this extension's origin, as the browser estimates them. */
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

/** How much storage the library uses (navigator.storage.estimate()), for the options page. */
export async function storageUsage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageUsage> {
  const estimate = await storage?.estimate?.().catch(() => undefined);
  const persisted = (await storage?.persisted?.().catch(() => false)) ?? false;
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}
