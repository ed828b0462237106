/** The popup's one status line: loading, or the sentence a failure ends in. */
export { failureText } from "../shared/failure-text.js";

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
