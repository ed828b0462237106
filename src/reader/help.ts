/** The "?" overlay listing the reader's keys: a modal <dialog> (focus trapped, Esc closes). */
import { byId } from "./ui.js";

export function setUpHelp(): () => void {
  const dialog = byId<HTMLDialogElement>("help");
  const button = byId("help-button");
  const open = () => {
    if (!dialog.open) dialog.showModal();
  };
  button.addEventListener("click", open);
  dialog.addEventListener("close", () => button.focus());
  return open;
}
