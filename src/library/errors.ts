/**
 * Dexie and IndexedDB errors mapped to our own typed error, each with a sentence a reader can act
 * on. Callers show `message`; `code` lets them branch.
 */
export type LibraryErrorCode = "unavailable" | "quota" | "not-found" | "failed";

export class LibraryError extends Error {
  override readonly name = "LibraryError";
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<LibraryErrorCode, string> = {
  unavailable:
    "Tidings could not open its library: this browser blocks the storage it needs (IndexedDB). Firefox does this in permanent private browsing (“Never remember history”) and when cookies and site data are blocked; allow them for Tidings, or use a normal window.",
  quota: "The library is full: the browser refused to store more. Remove some saved articles and try again.",
  "not-found": "That article is not in the library.",
  failed: "Tidings could not update its library.",
};

const OPEN_ERRORS = new Set([
  "OpenFailedError",
  "MissingAPIError",
  "DatabaseClosedError",
  "InvalidStateError",
  "VersionError",
]);

function names(error: unknown): string[] {
  const out: string[] = [];
  // Dexie nests the IndexedDB error as `inner` (an AbortError may wrap a QuotaExceededError).
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === "string") out.push(name);
    e = inner;
  }
  return out;
}

/** Map anything thrown by Dexie/IndexedDB to a LibraryError. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const seen = names(error);
  const code: LibraryErrorCode = seen.some((n) => n === "QuotaExceededError")
    ? "quota"
    : seen.some((n) => OPEN_ERRORS.has(n))
      ? "unavailable"
      : "failed";
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return new LibraryError(code, code === "failed" ? MESSAGES.failed + detail : MESSAGES[code], {
    cause: error,
  });
}

export function notFound(): LibraryError {
  return new LibraryError("not-found", MESSAGES["not-found"]);
}

/** Run a library operation, turning any failure into a LibraryError. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toLibraryError(error);
  }
}
