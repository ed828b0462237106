/** The popup's one status line: loading, or the sentence a failure ends in. */
import type { ReadTabResult } from "../messages.js";

const el = () => document.getElementById("status") as HTMLElement;

/** End the loading state with a sentence (the status element only ever holds a final message). */
export function showStatus(text: string, { error = false } = {}): void {
  hideLoading();
  const status = el();
  status.textContent = text;
  status.classList.toggle("status--error", error);
  status.hidden = false;
}

export function hideLoading(): void {
  (document.getElementById("loading") as HTMLElement).hidden = true;
}

/** The sentence for every result that is not an article. */
export function failureText(result: Exclude<ReadTabResult, { kind: "article" }>): string {
  switch (result.kind) {
    case "no-article":
      return `Tidings found no article on this page. ${result.message}`;
    case "restricted":
      return result.message;
    case "error":
      return result.message || "Something went wrong while reading this page.";
  }
}
