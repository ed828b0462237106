/** An export ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  blob: Blob;
}

/** A file name from a title: letters, digits and dashes, at most 80 characters. */
export function slugify(title: string, fallback = "article"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** Unique names in a ZIP: "a.md", "a-2.md"… */
export function uniqueNamer(): (base: string, ext: string) => string {
  const used = new Set<string>();
  return (base, ext) => {
    let name = `${base}.${ext}`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.${ext}`;
    used.add(name);
    return name;
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const isoDay = (ms: number) => new Date(ms).toISOString();
