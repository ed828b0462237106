/**
 * The "read-tab" request: inject the extractor into a tab and bring back its result, or a
 * sentence saying why not. Never throws and never hangs (the injection has a time limit).
 */
import { browser, type Runtime } from "../platform/index.js";
import type { ErrorReply, ReadTabResult } from "../messages.js";
import { isMessage, isReadTabResult } from "../messages.js";
import { CONTENT_BUILD } from "../shared/content-build.js";
import { RESTRICTED_MESSAGE, isRestrictedFailure, isRestrictedUrl } from "./restricted.js";
import { isOwnExtensionPage } from "./sender.js";
import { TimeoutError, withTimeout } from "./with-timeout.js";

type Api = Pick<typeof browser, "tabs" | "scripting" | "extension" | "runtime">;

export interface ReadTabDeps {
  api?: Api;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const READ_TIMEOUT_MS = 15_000;

const restricted = (): ReadTabResult => ({ kind: "restricted", message: RESTRICTED_MESSAGE });

async function visibleUrl(api: Api, tabId: number): Promise<string | undefined> {
  // Without host access the URL is hidden; a missing tab surfaces later from executeScript.
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  return tab?.url || undefined;
}

async function fileAccessAllowed(api: Api): Promise<boolean> {
  return (await api.extension.isAllowedFileSchemeAccess?.().catch(() => false)) ?? false;
}

/**
 * Call the extractor in the tab if it is there and of this build (a tab read before: the popup,
 * then the reader), else null. Serialised and run in the tab's isolated world, where the page's
 * own scripts cannot reach; a page's element named __tidingsBuild (window's named access) is an
 * element, never the build's string.
 */
function callResident(build: string): unknown {
  const tab = globalThis as { __tidingsBuild?: unknown; __tidingsExtract?: unknown };
  return tab.__tidingsBuild === build && typeof tab.__tidingsExtract === "function"
    ? (tab.__tidingsExtract as () => unknown)()
    : null;
}

async function call(api: Api, tabId: number): Promise<{ result?: unknown; error?: unknown } | undefined> {
  const [first] = await api.scripting.executeScript({
    target: { tabId },
    func: callResident,
    args: [CONTENT_BUILD],
  });
  return first;
}

async function inject(api: Api, tabId: number): Promise<ReadTabResult> {
  let answer = await call(api, tabId);
  if (answer?.result === null || answer?.result === undefined) {
    // Not read before (or by another build): load the bundle, then call it.
    await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
    answer = await call(api, tabId);
  }
  const result: unknown = answer?.result;
  if (isReadTabResult(result)) return result;
  const detail = (answer as { error?: { message?: string } } | undefined)?.error?.message;
  return { kind: "error", message: `Tidings got no answer from the page${detail ? `: ${detail}` : "."}` };
}

/** Read one tab: restricted, no-article, article or error — always a value, always in time. */
export async function readTab(tabId: number, deps: ReadTabDeps = {}): Promise<ReadTabResult> {
  const { api = browser, timeoutMs = READ_TIMEOUT_MS, signal } = deps;
  try {
    const url = await visibleUrl(api, tabId);
    if (url && isRestrictedUrl(url, url.startsWith("file:") && (await fileAccessAllowed(api)))) {
      return restricted();
    }
    return await withTimeout(
      inject(api, tabId),
      timeoutMs,
      `Tidings gave up reading this page after ${Math.round(timeoutMs / 1000)} seconds.`,
      signal,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof TimeoutError) && isRestrictedFailure(message)) return restricted();
    return { kind: "error", message: message || "Tidings could not read this page." };
  }
}

/** runtime.onMessage entry for "read-tab": checks the shape and the sender first. */
export async function handleReadTab(
  message: unknown,
  sender: Runtime.MessageSender,
  deps: ReadTabDeps = {},
): Promise<ReadTabResult | ErrorReply> {
  if (!isMessage(message) || message.type !== "read-tab") {
    return { kind: "error", message: "Tidings received a message it does not understand." };
  }
  if (!isOwnExtensionPage(sender, deps.api?.runtime)) {
    return { kind: "error", message: "Tidings only answers its own pages." };
  }
  return readTab(message.payload.tabId, deps);
}
