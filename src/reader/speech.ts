/**
 * Reading aloud, one paragraph per utterance: the reader highlights the paragraph being read, and
 * pausing cancels and later restarts that paragraph (speechSynthesis.pause() is unreliable across
 * engines and Chromium cuts long utterances). speechSynthesis and the utterance constructor are
 * injected, so the walking logic is testable with a fake.
 */
export type SpeechState = "playing" | "paused" | "stopped" | "done";

export interface SpeechEvents {
  onParagraph: (index: number) => void;
  onState: (state: SpeechState) => void;
  onError?: (message: string) => void;
}

export type Synth = Pick<SpeechSynthesis, "speak" | "cancel" | "getVoices">;
export type UtteranceCtor = new (text: string) => SpeechSynthesisUtterance;

export interface SpeechOptions {
  lang: string | null;
  rate: number;
  voice?: SpeechSynthesisVoice | null;
}

export class ParagraphSpeaker {
  #index = 0;
  #generation = 0;
  #state: SpeechState = "stopped";

  constructor(
    private readonly paragraphs: readonly string[],
    private options: SpeechOptions,
    private readonly events: SpeechEvents,
    private readonly synth: Synth = globalThis.speechSynthesis,
    private readonly Utterance: UtteranceCtor = globalThis.SpeechSynthesisUtterance,
  ) {}

  get state(): SpeechState {
    return this.#state;
  }

  get index(): number {
    return this.#index;
  }

  /** Start (from `from`, else where it paused) or resume. */
  play(from = this.#state === "done" ? 0 : this.#index): void {
    this.#index = Math.max(0, Math.min(from, this.paragraphs.length - 1));
    this.#setState("playing");
    this.#speak();
  }

  pause(): void {
    if (this.#state !== "playing") return;
    this.#generation++;
    this.synth.cancel();
    this.#setState("paused");
  }

  toggle(): void {
    if (this.#state === "playing") this.pause();
    else this.play();
  }

  stop(): void {
    this.#generation++;
    this.synth.cancel();
    this.#index = 0;
    this.#setState("stopped");
  }

  /** New rate or voice: the current paragraph starts again with it. */
  update(options: Partial<SpeechOptions>): void {
    this.options = { ...this.options, ...options };
    if (this.#state === "playing") this.play(this.#index);
  }

  #setState(state: SpeechState): void {
    this.#state = state;
    this.events.onState(state);
  }

  #speak(): void {
    const generation = ++this.#generation;
    this.synth.cancel();
    const text = this.paragraphs[this.#index];
    if (text === undefined) {
      this.#setState("done");
      return;
    }
    const utterance = new this.Utterance(text);
    if (this.options.lang) utterance.lang = this.options.lang;
    utterance.rate = this.options.rate;
    if (this.options.voice) utterance.voice = this.options.voice;
    const current = () => generation === this.#generation;
    utterance.onend = () => {
      if (!current()) return;
      if (this.#index + 1 >= this.paragraphs.length) {
        this.#generation++;
        this.#setState("done");
        return;
      }
      this.#index++;
      this.#speak();
    };
    utterance.onerror = (event) => {
      // Our own cancel() reports "interrupted"/"canceled": not a failure.
      if (!current() || event.error === "interrupted" || event.error === "canceled") return;
      this.#generation++;
      this.#setState("stopped");
      this.events.onError?.(event.error);
    };
    this.events.onParagraph(this.#index);
    this.synth.speak(utterance);
  }
}

/** The best voice for a language: the preferred one by name, else same language, else same base. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string | null,
  preferredName?: string | null,
): SpeechSynthesisVoice | null {
  if (preferredName) {
    const preferred = voices.find((v) => v.name === preferredName);
    if (preferred) return preferred;
  }
  if (!lang) return voices.find((v) => v.default) ?? voices[0] ?? null;
  const want = lang.toLowerCase().replace("_", "-");
  const base = want.split("-")[0];
  const same = voices.filter((v) => v.lang.toLowerCase().replace("_", "-") === want);
  const family = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
  const pool = same.length ? same : family;
  return pool.find((v) => v.localService) ?? pool[0] ?? null;
}

/** The voices, waiting briefly for "voiceschanged" (Chromium loads them asynchronously). */
export function loadVoices(
  synth: Synth &
    Partial<Pick<SpeechSynthesis, "addEventListener" | "removeEventListener">> = globalThis.speechSynthesis,
  timeoutMs = 1500,
): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length || !synth.addEventListener) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener?.("voiceschanged", done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener?.("voiceschanged", done);
  });
}

/** The blocks read aloud, in order: leaf blocks only (a <li> holding a <p> reads the <p>). */
export const SPOKEN_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dt, dd";

export function spokenBlocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(SPOKEN_BLOCKS)].filter(
    (el) => !el.querySelector(SPOKEN_BLOCKS) && (el.textContent ?? "").trim().length > 0,
  );
}
