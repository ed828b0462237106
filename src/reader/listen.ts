/**
 * The "Listen" control: reads the article aloud paragraph by paragraph, highlights and scrolls to
 * the paragraph being read, with play/pause, speed and a voice in the article's language. When the
 * browser has no speech synthesis or no voices, it says so instead of doing nothing.
 */
import { t } from "../shared/i18n.js";
import { loadVoices, ParagraphSpeaker, pickVoice, spokenBlocks, type SpeechState } from "./speech.js";
import { byId } from "./ui.js";

export interface ListenOptions {
  lang: string | null;
  rate: number;
  onRate: (rate: number) => void;
}

export class Listen {
  #speaker: ParagraphSpeaker | undefined;
  #blocks: HTMLElement[] = [];
  #ready: Promise<boolean> | undefined;

  constructor(private readonly options: ListenOptions) {
    byId("listen-button").addEventListener("click", () => void this.toggle());
    byId("speech-toggle").addEventListener("click", () => void this.toggle());
    byId("speech-stop").addEventListener("click", () => this.stop());
    const rate = byId<HTMLSelectElement>("speech-rate");
    rate.value = String(options.rate);
    rate.addEventListener("change", () => {
      this.#speaker?.update({ rate: Number(rate.value) });
      options.onRate(Number(rate.value));
    });
  }

  async toggle(): Promise<void> {
    byId("speech-bar").hidden = false;
    if (!(await (this.#ready ??= this.#prepare()))) return;
    this.#speaker?.toggle();
  }

  stop(): void {
    this.#speaker?.stop();
    byId("speech-bar").hidden = true;
    byId("listen-button").focus();
  }

  async #prepare(): Promise<boolean> {
    const status = byId("speech-status");
    const synth = globalThis.speechSynthesis;
    if (!synth || !globalThis.SpeechSynthesisUtterance) {
      this.#unavailable(t("readerNoSpeech"));
      return false;
    }
    const voices = await loadVoices(synth);
    if (!voices.length) {
      this.#unavailable(t("readerNoVoices"));
      return false;
    }
    const select = byId<HTMLSelectElement>("speech-voice");
    const base = (this.options.lang ?? "").split("-")[0]?.toLowerCase();
    const suitable = voices.filter((v) => !base || v.lang.toLowerCase().startsWith(base));
    const list = suitable.length ? suitable : voices;
    const chosen = pickVoice(list, this.options.lang);
    select.replaceChildren(
      ...list.map((v) => new Option(`${v.name} (${v.lang})`, v.name, false, v === chosen)),
    );
    select.addEventListener("change", () =>
      this.#speaker?.update({ voice: voices.find((v) => v.name === select.value) ?? null }),
    );
    this.#blocks = [byId("reader-title"), ...spokenBlocks(byId("reader-content"))];
    this.#speaker = new ParagraphSpeaker(
      this.#blocks.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()),
      { lang: this.options.lang, rate: Number(byId<HTMLSelectElement>("speech-rate").value), voice: chosen },
      {
        onParagraph: (i) => this.#highlight(i),
        onState: (state) => this.#showState(state),
        onError: (message) => (status.textContent = message),
      },
    );
    return true;
  }

  #unavailable(message: string): void {
    byId("speech-bar").classList.add("speech--unavailable");
    byId("speech-toggle").hidden = true;
    byId<HTMLSelectElement>("speech-rate").disabled = true;
    byId<HTMLSelectElement>("speech-voice").disabled = true;
    byId("speech-status").textContent = message;
    byId("listen-button").setAttribute("aria-disabled", "true");
  }

  #highlight(index: number): void {
    for (const el of this.#blocks) el.classList.remove("speaking");
    const el = this.#blocks[index];
    if (!el) return;
    el.classList.add("speaking");
    const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ block: "center", behavior: reduce ? "instant" : "smooth" });
    byId("speech-status").textContent = t("readerSpeaking", index + 1, this.#blocks.length);
  }

  #showState(state: SpeechState): void {
    const playing = state === "playing";
    byId("listen-button").setAttribute("aria-pressed", String(playing));
    byId("listen-label").textContent = playing ? t("readerPause") : t("readerListen");
    byId("speech-toggle").textContent = playing ? t("readerPause") : t("readerResume");
    if (state === "stopped" || state === "done") {
      for (const el of this.#blocks) el.classList.remove("speaking");
    }
    if (state === "done") byId("speech-status").textContent = t("readerSpeechDone");
  }
}
