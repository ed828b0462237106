/** Settle with `work`, or reject with `message` after `ms` (or when `signal` aborts). */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  message: string,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = () => reject(new TimeoutError(message));
    const timer = setTimeout(fail, ms);
    signal?.addEventListener("abort", fail, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", fail);
    });
  });
}

export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}
