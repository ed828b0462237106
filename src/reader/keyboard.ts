/**
 * The reader's single-key shortcuts. `keyAction` is pure (a key event → an action name), so the
 * mapping is testable; `bindKeys` ignores keys typed into fields and keys with modifiers, and
 * leaves Space to a focused button or link (the keyboard user is activating it).
 */
export type KeyAction = "save" | "archive" | "theme" | "larger" | "smaller" | "listen" | "help";

type KeyLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">;

export function keyAction(event: KeyLike): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case "s":
    case "S":
      return "save";
    case "a":
    case "A":
      return "archive";
    case "t":
    case "T":
      return "theme";
    case "+":
    case "=":
      return "larger";
    case "-":
    case "_":
      return "smaller";
    case " ":
      return "listen";
    case "?":
      return "help";
    default:
      return null;
  }
}

const TYPING = "input, textarea, select, [contenteditable=''], [contenteditable='true']";
const ACTIVATES_WITH_SPACE = "button, a[href], summary, input, select, textarea, [role='button']";

export function bindKeys(
  handlers: Record<KeyAction, () => void>,
  { signal, doc = document }: { signal?: AbortSignal; doc?: Document } = {},
): void {
  doc.addEventListener(
    "keydown",
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING) || event.isComposing) return;
      if (target?.closest("dialog[open]")) return;
      const action = keyAction(event);
      if (!action) return;
      if (action === "listen" && target?.closest(ACTIVATES_WITH_SPACE)) return;
      event.preventDefault();
      handlers[action]();
    },
    { signal },
  );
}
