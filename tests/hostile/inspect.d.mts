/** Every way `root` breaks the article-HTML rules, one line each (empty when safe). */
export function findViolations(root: ParentNode): string[];
/** javascript:, vbscript:, or data: other than a raster image, after browser-style trimming. */
export function isScriptCapableUrl(value: string | null | undefined): boolean;
