// A right-to-left news page with a figure, a remote image and a wide table, served by its own
// loopback server that records every request (to prove what the reader does and does not load).
import http from "node:http";

const para = (n) =>
  `<p>الفقرة ${n}: أعلنت وزارة النقل اليوم عن خطة جديدة لتوسيع شبكة القطارات بين المدن الكبرى، ` +
  `وقالت إن المشروع سيستغرق خمس سنوات ويشمل محطات جديدة في الشمال والجنوب، مع تحسين الخدمات للمسافرين.</p>`;

const cells = (row) =>
  Array.from({ length: 14 }, (_, i) => `<td>خلية ${row}-${i + 1} بيانات طويلة</td>`).join("");

export function rtlPage(origin) {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة جديدة للقطارات بين المدن</title>
<meta property="og:site_name" content="أخبار المثال">
<meta property="article:published_time" content="2025-04-02T09:30:00Z"></head>
<body><nav><a href="/">الرئيسية</a></nav>
<article><h1>خطة جديدة للقطارات بين المدن</h1>
${para(1)}${para(2)}
<figure><img src="${origin}/photo.jpg" alt="قطار في المحطة" width="800" height="450"><figcaption>قطار في المحطة المركزية.</figcaption></figure>
${para(3)}${para(4)}
<table><caption>المواعيد</caption><tr>${cells(1)}</tr><tr>${cells(2)}</tr></table>
${para(5)}${para(6)}
</article></body></html>`;
}

export async function serveRtlPage() {
  const requests = [];
  const server = http.createServer((req, res) => {
    // Only what the extension asks for: the news page's own requests name it as their referrer.
    if (!req.headers.referer?.startsWith(origin)) requests.push(req.url ?? "");
    if (req.url === "/article/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(rtlPage(origin));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${origin}/article/`,
    requests,
    stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
