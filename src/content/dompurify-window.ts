/**
 * Injected into the content bundle only (esbuild `inject`, scripts/build.mjs): every free
 * `window` in that bundle means this one. DOMPurify creates its default instance from `window`
 * as soon as its module loads, before any code of ours runs, and on a page that shadows
 * `document.createElement` that would throw and leave nothing injected.
 */
import { cleanWindow } from "./clean-window.js";

const safeWindow = cleanWindow(globalThis.window);

export { safeWindow as window };
