/** A small modal that asks for one line of text (tag names): resolves null when cancelled. */
const dialog = () => document.getElementById("text-dialog") as HTMLDialogElement;

export function askText(title: string, label: string, initial = "", hint = ""): Promise<string | null> {
  const d = dialog();
  const form = d.querySelector("form")!;
  d.querySelector("#text-dialog-title")!.textContent = title;
  d.querySelector("#text-dialog-label")!.textContent = label;
  d.querySelector("#text-dialog-hint")!.textContent = hint;
  const input = d.querySelector<HTMLInputElement>("#text-dialog-input")!;
  input.value = initial;
  d.querySelector<HTMLButtonElement>("[data-close]")!.onclick = () => d.close();
  return new Promise((resolve) => {
    const done = () => {
      form.removeEventListener("submit", submit);
      d.removeEventListener("close", close);
    };
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      done();
      d.close();
      resolve(input.value);
    };
    const close = () => {
      done();
      resolve(null);
    };
    form.addEventListener("submit", submit);
    d.addEventListener("close", close);
    d.showModal();
    input.select();
  });
}
