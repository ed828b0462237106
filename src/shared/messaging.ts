/** Pages talk to the background only through `send`, typed by src/messages.ts. */
import { browser } from "../platform/index.js";
import type { ErrorReply, Message, Protocol, RequestType, Response } from "../messages.js";

export async function send<T extends RequestType>(
  type: T,
  payload: Protocol[T]["request"],
): Promise<Response<T> | ErrorReply> {
  const message = { type, payload } as Message<T>;
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Response<T> | ErrorReply | undefined;
    return reply ?? { kind: "error", message: "Tidings' background did not answer. Try again." };
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}
