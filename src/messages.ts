/**
 * The one typed protocol between contexts: a map of request type → payload and response.
 * Pages call `send`; the background registers one handler per request type.
 */
import type { Article, ExtractResult } from "./extract/types.js";

/** What reading a tab can end in. Every branch carries a sentence for the reader. */
export type ReadTabResult =
  ExtractResult | { kind: "restricted"; message: string } | { kind: "error"; message: string };

export interface Protocol {
  /** Extract the article of a tab (the popup asks; the background injects the extractor). */
  "read-tab": { request: { tabId: number }; response: ReadTabResult };
}

export type RequestType = keyof Protocol;

export type Message<T extends RequestType = RequestType> = {
  [K in T]: { type: K; payload: Protocol[K]["request"] };
}[T];

export type Response<T extends RequestType> = Protocol[T]["response"];

/** A failure the background reports instead of an answer. */
export interface ErrorReply {
  kind: "error";
  message: string;
}

const requestTypes: ReadonlySet<string> = new Set<RequestType>(["read-tab"]);

/** Shape check for anything arriving on runtime.onMessage: unknown messages are rejected. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== "object" || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (typeof type !== "string" || !requestTypes.has(type)) return false;
  if (typeof payload !== "object" || payload === null) return false;
  switch (type as RequestType) {
    case "read-tab": {
      const { tabId } = payload as { tabId?: unknown };
      return typeof tabId === "number" && Number.isInteger(tabId) && tabId >= 0;
    }
  }
}

/**
 * Background → offscreen document (Chromium): the service worker has no DOM to sanitise with, so
 * it hands articles to save to an offscreen extension page. Firefox's event page saves directly.
 */
export interface OffscreenSaveMessage {
  to: "offscreen";
  type: "save-article";
  payload: { article: Article };
}

export type OffscreenSaveReply = { ok: true; id: string } | { ok: false; message: string };

export function isOffscreenSaveMessage(value: unknown): value is OffscreenSaveMessage {
  if (typeof value !== "object" || value === null) return false;
  const { to, type, payload } = value as { to?: unknown; type?: unknown; payload?: { article?: unknown } };
  if (to !== "offscreen" || type !== "save-article" || typeof payload !== "object" || payload === null)
    return false;
  const article = payload.article as Partial<Article> | null | undefined;
  return (
    typeof article === "object" &&
    article !== null &&
    typeof article.url === "string" &&
    typeof article.title === "string" &&
    typeof article.content === "string"
  );
}
