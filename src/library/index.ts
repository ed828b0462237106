export {
  saveArticle,
  saveLink,
  listArticles,
  getArticle,
  findByUrl,
  findSavedCopy,
  isSaved,
  removeArticle,
  removeArticles,
  restoreArticles,
} from "./articles.js";
export type { LibraryDeps } from "./articles.js";
export { setReadingProgress, updateState, addTags, removeTag, renameTag, setTags } from "./state.js";
export type { StatePatch } from "./state.js";
export { newestSummaries, allSummaries, summariesById, openLibrary } from "./summaries.js";
export { requestPersistence, storageUsage } from "./persistence.js";
export type { StorageUsage } from "./persistence.js";
export { LibrarySearch } from "./search-index.js";
export { normalizeUrl, isWebUrl, hostOfUrl } from "./normalize-url.js";
export { LibraryError, toLibraryError } from "./errors.js";
export type { LibraryErrorCode } from "./errors.js";
export type { SavedArticle, ArticleSummary } from "./types.js";
export { splitArticle } from "./types.js";
export { parseImportFiles } from "./import/detect.js";
export { parseImportFilesInSlices } from "./import/parse-in-slices.js";
export type { ImportFile } from "./import/detect.js";
export { importParsed } from "./import/apply.js";
export type { ImportReport } from "./import/apply.js";
export { ImportFormatError } from "./import/types.js";
export { exportArticles } from "./export/index.js";
export type { ExportFormat, ExportFile } from "./export/index.js";
export { timeSlicer, yieldToPage } from "./yield.js";
