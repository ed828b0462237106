export { saveArticle, listArticles, getArticle, findByUrl, isSaved, removeArticle } from "./articles.js";
export type { LibraryDeps } from "./articles.js";
export { LibraryError, toLibraryError } from "./errors.js";
export type { LibraryErrorCode } from "./errors.js";
export type { SavedArticle } from "./types.js";
