/**
 * Pages no extension may script. With only activeTab the tab's URL is often hidden, so the failure
 * of executeScript is the other signal (isRestrictedFailure).
 */
export const RESTRICTED_MESSAGE =
  "Browsers don't let extensions read this page (browser pages, the web store, PDF viewer).";

const RESTRICTED_SCHEMES = new Set([
  "chrome:",
  "edge:",
  "brave:",
  "opera:",
  "vivaldi:",
  "about:",
  "view-source:",
  "chrome-extension:",
  "moz-extension:",
  "extension:",
  "devtools:",
  "chrome-search:",
  "chrome-untrusted:",
  "resource:",
  "jar:",
  "data:",
  "blob:",
  "javascript:",
]);

/** Stores and galleries where browsers refuse injection (host, optional path prefix). */
const RESTRICTED_HOSTS: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ["chromewebstore.google.com", "/"],
  ["chrome.google.com", "/webstore"],
  ["microsoftedge.microsoft.com", "/addons"],
  ["addons.mozilla.org", "/"],
  ["addons.opera.com", "/"],
];

/** True for URLs extensions cannot touch. `fileAccess`: whether file:// scripting is allowed. */
export function isRestrictedUrl(url: string, fileAccess = false): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // Unknown shape: let executeScript decide.
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === "file:" && !fileAccess) return true;
  if (RESTRICTED_HOSTS.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path))) {
    return true;
  }
  // The built-in PDF viewers (Chromium's and Firefox's pdf.js) cannot be scripted.
  return /\.pdf$/i.test(parsed.pathname);
}

/** executeScript errors that mean "this page is off limits" rather than "something broke". */
const RESTRICTED_ERRORS = [
  /cannot access/i,
  /cannot be scripted/i,
  /missing host permission/i,
  /missing activetab permission/i,
  /extensions? gallery/i,
  /showing error page/i,
  /cannot script/i,
  /permission to access/i,
];

export function isRestrictedFailure(message: string): boolean {
  return RESTRICTED_ERRORS.some((pattern) => pattern.test(message));
}
