/**
 * The one typed protocol between contexts: a map of request type → payload and response.
 * Pages call `send`; the background registers one handler per request type.
 */
import type { ExtractResult } from "./extract/types.js";

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
