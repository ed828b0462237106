/** A message at the bottom with an optional action (Undo); replaced by the next one. */
let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(text: string, action?: { label: string; run: () => void }, ms = 8_000): void {
  const box = document.getElementById("toast") as HTMLElement;
  const message = document.createElement("span");
  message.textContent = text;
  box.replaceChildren(message);
  if (action) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button button--quiet";
    button.textContent = action.label;
    button.dataset.testid = "undo-button";
    button.addEventListener("click", () => {
      box.hidden = true;
      action.run();
    });
    box.append(button);
  }
  box.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => (box.hidden = true), ms);
}
