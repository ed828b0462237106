/** The library page: every saved article, newest first, with Open and Remove. */
import { listArticles, removeArticle, type SavedArticle } from "../library/index.js";
import { libraryItem } from "./library-item.js";

const list = document.getElementById("library-list") as HTMLUListElement;
const status = document.getElementById("status") as HTMLElement;
const count = document.getElementById("count") as HTMLElement;

function showStatus(text: string | null, error = false): void {
  status.textContent = text ?? "";
  status.hidden = text === null;
  status.classList.toggle("status--error", error);
}

async function remove(article: SavedArticle): Promise<void> {
  try {
    await removeArticle(article.id);
    await render();
  } catch (error) {
    showStatus(error instanceof Error ? error.message : String(error), true);
  }
}

async function render(): Promise<void> {
  const locale = [...navigator.languages];
  try {
    const articles = await listArticles();
    list.replaceChildren(...articles.map((a) => libraryItem(a, locale, (x) => void remove(x))));
    count.textContent = articles.length === 1 ? "1 article" : `${articles.length} articles`;
    showStatus(
      articles.length
        ? null
        : "Nothing saved yet. Open a news article and choose “Save for later” in Tidings.",
    );
  } catch (error) {
    list.replaceChildren();
    showStatus(error instanceof Error ? error.message : String(error), true);
  }
}

void render();
