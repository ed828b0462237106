/**
 * Long patterns compiled to machine code now, not first to bytecode at their first use.
 *
 * Node's V8 runs a new RegExp from bytecode at first and compiles it to machine code at its next
 * run. For our word lists, patterns of thousands of characters, the bytecode is most of the cost:
 * the furniture lines' pattern took ~170 ms of bytecode and ~30 ms of machine code in every CLI
 * run. V8 compiles to machine code at once when a pattern's first subject is 1,000 characters or
 * longer, so each long pattern first runs on such a subject: NUL characters, which every pattern
 * of ours fails at its first step. Chromium 156 and Firefox ESR compile such a pattern once
 * either way (measured): in the extension the cost only moves from a pattern's first use to the
 * content script's start (a first click on six corpus pages: 342 → 327 ms, load and run).
 */
const LONG_SUBJECT = "\u0000".repeat(1000);

/** Runs each pattern once on the long subject. */
export function precompile(...patterns: RegExp[]): void {
  for (const pattern of patterns) {
    pattern.test(LONG_SUBJECT);
    pattern.lastIndex = 0;
  }
}

/** Gives the long subject to `read`, whose patterns (a library's) then compile the same way. */
export function precompileThrough(read: (subject: string) => unknown): void {
  read(LONG_SUBJECT);
}
