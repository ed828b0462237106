/**
 * The one typed protocol between contexts: a map of request type → payload and response.
 * Pages call `send`; the background registers one handler per request type.
 */
import type { Article, ExtractResult, NoArticleReason } from "./extract/types.js";

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

/** Every reason, typed: adding or dropping one in the union fails here until this follows. */
const REASONS: Record<NoArticleReason, true> = {
  "empty-page": true,
  "not-an-article": true,
  "too-short": true,
};

const STRINGS = ["url", "title", "content", "textContent"] as const;
const NULLABLE_STRINGS = [
  "byline",
  "siteName",
  "source",
  "publishedTime",
  "lang",
  "excerpt",
  "leadImage",
] as const;

function isArticle(value: unknown): value is Article {
  if (typeof value !== "object" || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    STRINGS.every((k) => typeof a[k] === "string") &&
    NULLABLE_STRINGS.every((k) => a[k] === null || typeof a[k] === "string") &&
    (a.dir === null || a.dir === "ltr" || a.dir === "rtl") &&
    Number.isFinite(a.wordCount) &&
    Number.isFinite(a.readingMinutes)
  );
}

/**
 * Shape check for what the injected script answers (the return value of executeScript): it runs
 * in a page we do not trust, so its answer is checked field by field like any message.
 */
export function isReadTabResult(value: unknown): value is ReadTabResult {
  if (typeof value !== "object" || value === null) return false;
  const { kind, message } = value as { kind?: unknown; message?: unknown };
  if (kind === "article") return isArticle((value as { article?: unknown }).article);
  if (kind === "no-article")
    return (
      typeof message === "string" && Object.hasOwn(REASONS, String((value as { reason?: unknown }).reason))
    );
  return (kind === "restricted" || kind === "error") && typeof message === "string";
}
