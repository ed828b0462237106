/**
 * Which build of content.js this is: a hash of the bundle, stamped by scripts/build.mjs into
 * content.js and into the background that injects it. A tab that has run the extractor keeps it
 * in the extension's isolated world until the page goes away; the background reuses it only when
 * its build is this one, so a read after an update never meets the old extractor. Unbuilt code
 * (unit tests, tsx) has no stamp.
 */
declare const __TIDINGS_CONTENT_BUILD__: string | undefined;

export const CONTENT_BUILD: string =
  typeof __TIDINGS_CONTENT_BUILD__ === "string" ? __TIDINGS_CONTENT_BUILD__ : "unbuilt";
