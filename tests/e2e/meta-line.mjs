// Run inside a reader page (Playwright's or Puppeteer's evaluate): narrows the header's meta line
// so its items wrap, and says where the second item's words start. The "·" between items trails
// the one before it, so the second item opens its own line (0 px in), with no separator before it.
export function narrowedMetaLine() {
  const line = document.querySelector(".reader__header .meta-line");
  const [first, second] = [...line.children].filter((el) => !el.hidden);
  const box = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect();
  };
  line.style.width = `${box(first).width + 30}px`;
  const result = {
    secondOnNextLine: box(second).top > box(first).bottom - 1,
    secondStartsTheLine: Math.round(box(second).left - line.getBoundingClientRect().left),
  };
  line.style.width = "";
  return result;
}
