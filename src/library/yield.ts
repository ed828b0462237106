/**
 * Long work on the page (an import of 20,000 rows, the search index catching up) runs in slices
 * of about SLICE_MS with a yield to the page between them, so that no task blocks input or
 * painting for long (issue #4: none over 200 ms). A slice is short because the wall-clock length
 * of a task is what counts, and on a busy machine the page's thread gets a fraction of a core.
 */
export const SLICE_MS = 15;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Let the page handle input and paint. scheduler.yield() (Chromium) resumes ahead of other queued
 * tasks and without setTimeout's 4 ms clamp for nested timers; elsewhere a timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `due()` is true once SLICE_MS have gone by since the last yield; `pause()` yields when due. */
export function timeSlicer(ms = SLICE_MS) {
  let since = performance.now();
  return {
    due: () => performance.now() - since > ms,
    async pause(): Promise<void> {
      if (performance.now() - since <= ms) return;
      await yieldToPage();
      since = performance.now();
    },
  };
}
