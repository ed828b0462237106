import { describe, expect, it } from "vitest";
import { ParagraphSpeaker, pickVoice, type SpeechState } from "../../src/reader/speech.js";

/** A fake speechSynthesis: records utterances; the test ends or fails them by hand. */
class FakeSynth {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancels++;
  }
  getVoices() {
    return [];
  }
  get last() {
    return this.spoken.at(-1)!;
  }
}

class FakeUtterance {
  lang = "";
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function setUp(paragraphs = ["One.", "Two.", "Three."]) {
  const synth = new FakeSynth();
  const read: number[] = [];
  const states: SpeechState[] = [];
  const speaker = new ParagraphSpeaker(
    paragraphs,
    { lang: "de-DE", rate: 1.25 },
    { onParagraph: (i) => read.push(i), onState: (s) => states.push(s) },
    synth as never,
    FakeUtterance as never,
  );
  return { synth, read, states, speaker };
}

describe("ParagraphSpeaker", () => {
  it("reads every paragraph in order, one utterance each, in the article's language and rate", () => {
    const { synth, read, states, speaker } = setUp();
    speaker.play();
    synth.last.onend!();
    synth.last.onend!();
    synth.last.onend!();
    expect(synth.spoken.map((u) => u.text)).toEqual(["One.", "Two.", "Three."]);
    expect(synth.spoken.every((u) => u.lang === "de-DE" && u.rate === 1.25)).toBe(true);
    expect(read).toEqual([0, 1, 2]);
    expect(states).toEqual(["playing", "done"]);
  });

  it("pause cancels; play restarts the paragraph it paused in; stale events are ignored", () => {
    const { synth, read, speaker } = setUp();
    speaker.play();
    synth.last.onend!();
    const paused = synth.last;
    speaker.toggle();
    expect(speaker.state).toBe("paused");
    paused.onerror!({ error: "interrupted" });
    paused.onend!(); // Chromium fires end after cancel: must not advance.
    expect(speaker.index).toBe(1);
    speaker.toggle();
    expect(synth.last.text).toBe("Two.");
    expect(read).toEqual([0, 1, 1]);
  });

  it("a new rate restarts the current paragraph with it", () => {
    const { synth, speaker } = setUp();
    speaker.play();
    speaker.update({ rate: 2 });
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([
      ["One.", 1.25],
      ["One.", 2],
    ]);
  });

  it("a real error stops and is reported; stop resets to the start", () => {
    const synth = new FakeSynth();
    const errors: string[] = [];
    const speaker = new ParagraphSpeaker(
      ["A", "B"],
      { lang: null, rate: 1 },
      { onParagraph: () => {}, onState: () => {}, onError: (e) => errors.push(e) },
      synth as never,
      FakeUtterance as never,
    );
    speaker.play(1);
    synth.last.onerror!({ error: "synthesis-failed" });
    expect(errors).toEqual(["synthesis-failed"]);
    expect(speaker.state).toBe("stopped");
    speaker.stop();
    expect(speaker.index).toBe(0);
  });

  it("after the end, play starts over", () => {
    const { synth, speaker } = setUp(["Only."]);
    speaker.play();
    synth.last.onend!();
    expect(speaker.state).toBe("done");
    speaker.play();
    expect(synth.last.text).toBe("Only.");
  });
});

describe("pickVoice", () => {
  const v = (name: string, lang: string, localService = true, isDefault = false) =>
    ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;
  const voices = [
    v("Alex", "en-US", true, true),
    v("Anna", "de-DE", false),
    v("Petra", "de-DE"),
    v("Yannick", "de-CH"),
  ];

  it("prefers the exact language and a local voice", () => {
    expect(pickVoice(voices, "de-DE")?.name).toBe("Petra");
  });
  it("falls back to the same base language", () => {
    expect(pickVoice(voices, "de")?.name).toBe("Petra");
    expect(pickVoice(voices, "de-AT")?.name).toBe("Petra");
  });
  it("honours a preferred voice, and answers null when none speaks the language", () => {
    expect(pickVoice(voices, "de-DE", "Yannick")?.name).toBe("Yannick");
    expect(pickVoice(voices, "ar")).toBeNull();
    expect(pickVoice(voices, null)?.name).toBe("Alex");
  });
});
