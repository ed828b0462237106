/** Pages talk to the background only through `send`, typed by src/messages.ts. */
import { browser } from "../platform/index.js";
import type { ErrorReply, Message, Protocol, RequestType, Response } from "../messages.js";
import { t } from "./i18n.js";

/**
 * No answer, or the channel closed under the request ("…the message channel closed before a
 * response was received"): the worker was stopped or crashed mid-request. Nothing was saved.
 */
const stopped = (): ErrorReply => ({ kind: "error", message: t("errorBackgroundStopped") });

export async function send<T extends RequestType>(
  type: T,
  payload: Protocol[T]["request"],
): Promise<Response<T> | ErrorReply> {
  const message = { type, payload } as Message<T>;
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Response<T> | ErrorReply | undefined;
    return reply ?? stopped();
  } catch {
    return stopped();
  }
}
