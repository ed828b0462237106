// precompiled.ts: running a pattern once on the long subject leaves it as it was made (a global or
// sticky pattern starts its next search from the start), and a library's reader gets the subject.
import { describe, expect, it } from "vitest";
import { precompile, precompileThrough } from "../../src/extract/precompiled";

describe("precompile", () => {
  it("leaves global and sticky patterns to search from the start", () => {
    // Patterns the subject matches, so that a run moves their lastIndex.
    const global = new RegExp("\\0|x", "g");
    const sticky = new RegExp("\\0", "y");
    precompile(global, sticky);
    expect(global.lastIndex).toBe(0);
    expect(sticky.lastIndex).toBe(0);
    expect("ax".replace(global, "-")).toBe("a-");
    expect(sticky.test("\u0000")).toBe(true);
  });

  it("hands a reader the 1,000-character subject that makes V8 compile to machine code", () => {
    const seen: string[] = [];
    precompileThrough((subject) => seen.push(subject));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(1000);
  });
});
