/**
 * The pictures of a page's buttons: a print button's printer ("print.gif", "printfriendly-pdf-
 * button.png", "icons/print_icon.gif"), a zoom's magnifier ("icon_lupe.png", "icon-enlarge.png"), a
 * box's close cross or plus, a loading spinner ("nbc-ajax-loader.gif"). Their rows went with the
 * other clutter, but one set inside the story stayed, and the reader showed it as a stray icon
 * beside a paragraph. Told by the file's name: a tool's word, and an icon's or a button's (or a
 * GIF, as old sites drew their buttons, that links to a page or shows one loading), so that a
 * photograph of a 3D printer and an animated GIF of the story stay. A smiley ("icon_smile.gif")
 * names no tool and stays: it is the writer's.
 */
import { isBlank } from "./empty-wrappers";
import { IMAGE_FILE } from "./lead-image";

/** A tool's word in the file's name, apart from other letters. */
const TOOL_WORD =
  /(?:^|[^a-z])(?:print(?:er|friendly)?|drucken|imprimir|imprimer|close|schliessen|enlarge|zoom|lupe|magnifier|plus|ajax-loader|loader|spinner|loading)(?:[^a-z]|$)/i;
/** An icon's or a button's word in the file's name or its folder. */
const ICON_WORD = /(?:^|[^a-z])(?:icons?|buttons?|btn|ico)(?:[^a-z]|$)/i;
/** A loading indicator's name, which no picture of the story has. */
const LOADER = /(?:^|[^a-z])(?:ajax-loader|loader|spinner|loading)(?:[^a-z]|$)/i;

/** The file's name and its folder's, without the query: "icons/print_icon.gif". */
function fileOf(src: string): string {
  const path = src.split(/[?#]/)[0] ?? "";
  return path.split("/").slice(-2).join("/");
}

export function isToolIcon(img: Element): boolean {
  const file = fileOf(img.getAttribute("src") ?? "");
  const name = file.split("/").pop() ?? "";
  if (!TOOL_WORD.test(name)) return false;
  if (ICON_WORD.test(file)) return true;
  // A GIF named for a tool is a button when it links to a page ("<a href=/print><img src=print.gif>")
  // or shows one loading; an animated GIF of the story ("3d-print-timelapse.gif"), alone or linking
  // to its larger copy, does neither.
  const href = img.closest("a")?.getAttribute("href");
  return /\.gif$/i.test(name) && ((!!href && !IMAGE_FILE.test(href)) || LOADER.test(name));
}

/** Removes the story's tool icons, and a link left holding nothing once its icon went. */
export function removeToolIcons(doc: Document): void {
  for (const img of Array.from(doc.getElementsByTagName("img"))) {
    if (!isToolIcon(img)) continue;
    const link = img.closest("a");
    img.remove();
    if (link && isBlank(link)) link.remove();
  }
}
