/**
 * The extractor's stages, timed only when a benchmark asks (ExtractOptions.stageMs): where a
 * page's milliseconds go, which the speed targets need to be discussed at all (bench/extract.ts
 * and bench/browser.ts print the medians). Without a record to fill, the timer is a no-op.
 */
export const STAGES = ["clone", "metadata", "declutter", "readability", "trim", "sanitize", "text"] as const;
export type Stage = (typeof STAGES)[number];
export type StageMs = Partial<Record<Stage, number>>;

/** A lap timer: each call adds the time since the previous call (or since creation) to `stage`. */
export function stageTimer(into: StageMs | undefined): (stage: Stage) => void {
  if (!into) return () => {};
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    into[stage] = (into[stage] ?? 0) + (now - last);
    last = now;
  };
}
