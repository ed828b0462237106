/** Appeals for the readers' support (appeal-boxes.ts), in the shapes and languages sites give them. */
import { describe, expect, it } from "vitest";
import { article, PROSE } from "./extract-helpers";

/** A story long enough that an appeal box is a small part of it, as on a real page. */
const STORY = [
  ...PROSE,
  "Farmers' unions welcomed the irrigation grants but warned that the application process was too slow for the coming summer season.",
  "Several mayors said their towns had already started replacing the oldest pipes, paid for from their own budgets over the last decade.",
  "The ministry will publish a map of the worst leaks every year, so that residents can see how quickly their own town is improving.",
  "The plan now goes to the upper house, which is expected to vote on it before the summer recess without major changes.",
];

function story(box: string, where: "end" | "middle", lang = "en"): string {
  const paragraphs = STORY.map((p) => `<p>${p}</p>`);
  paragraphs.splice(where === "end" ? paragraphs.length : 4, 0, box);
  return `<!DOCTYPE html><html lang="${lang}"><head><title>Parliament approves water plan</title></head><body><article><h1>Parliament approves water plan</h1>${paragraphs.join("\n")}</article></body></html>`;
}

const APPEALS: [string, string, string, string][] = [
  [
    "a titled box with a paragraph and a button",
    "en",
    `<div class="box"><h3>Support independent journalism</h3><p>We are a small, independent newsroom, and our reporting on water, land and climate is free for everyone to read. That is only possible because thousands of readers chip in every month. If you value what we do, please consider a contribution.</p><a class="button" href="/donate">Donate now</a></div>`,
    "small, independent newsroom",
  ],
  [
    "lines set with <br> under a bold title",
    "es",
    `<div><div><div><strong>Apoya el periodismo incómodo</strong></div>Si te parece valioso el trabajo de El Diario, apóyanos para seguir. Únete a nuestra comunidad de lectores que con su membresía mensual o anual garantizan nuestra sostenibilidad.<br><br>Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.<br></div><div>Te necesitamos para seguir incomodando al poder.</div><div><a href="https://apoyo.example"><span>Apoya a El Diario</span></a></div></div>`,
    "Te necesitamos",
  ],
  [
    "an untitled box told by its button alone",
    "en",
    `<div class="contributions"><p><strong>… we have a small favour to ask.</strong> Millions are turning to us for open, independent, quality news every day, and readers in 180 countries now support us financially. That is why we keep our reporting open for all readers.</p><p><a href="/contribute">Support us</a></p></div>`,
    "small favour to ask",
  ],
  [
    "a German box",
    "de",
    `<div class="hint"><h4>Unterstützen Sie unabhängigen Journalismus</h4><p>Unsere Redaktion recherchiert jeden Tag für Sie, unabhängig von Konzernen und Parteien. Damit alle Texte frei lesbar bleiben, sind wir auf die Unterstützung unserer Leserinnen und Leser angewiesen.</p><p><a href="/abo">Jetzt unterstützen</a></p></div>`,
    "Konzernen und Parteien",
  ],
  [
    "an Italian box",
    "it",
    `<div class="box"><h3>Sostieni il giornalismo indipendente</h3><p>Il nostro giornale è libero e gratuito per tutti, senza padroni. Per continuare a raccontare il territorio abbiamo bisogno del sostegno dei nostri lettori, anche con un piccolo contributo.</p><a href="/sostieni">Sostienici</a></div>`,
    "senza padroni",
  ],
  [
    "a Portuguese box",
    "pt",
    `<div class="box"><h3>Apoie o jornalismo independente</h3><p>Nosso trabalho é financiado pelos leitores. Não temos anunciantes nem donos: somos independentes para investigar quem tem poder, e qualquer contribuição faz diferença.</p><a href="/apoie">Quero apoiar</a></div>`,
    "financiado pelos leitores",
  ],
  [
    "a Dutch box",
    "nl",
    `<div class="box"><h3>Steun onafhankelijke journalistiek</h3><p>Onze artikelen zijn gratis te lezen, zonder betaalmuur. Dat kan alleen dankzij de steun van lezers zoals jij: met een kleine bijdrage per maand blijven we onafhankelijk.</p><a href="/doneer">Doneer nu</a></div>`,
    "zonder betaalmuur",
  ],
];

describe("appeals for the readers' support", () => {
  it.each(
    APPEALS.flatMap(([name, lang, box, leak]) =>
      (["end", "middle"] as const).map((where) => [name, where, lang, box, leak]),
    ),
  )("removes %s, at the story's %s", (_name, where, lang, box, leak) => {
    const text = article(story(box, where as "end" | "middle", lang)).textContent;
    expect(text).not.toContain(leak);
    for (const p of STORY) expect(text).toContain(p);
  });

  const charity =
    "The charity said donations had fallen by a third this year, and it asked supporters to consider a monthly contribution, however small, so that its volunteers could keep the water points open.";

  it("takes a lone button after a story paragraph on gifts, and keeps the paragraph", () => {
    const text = article(
      story(
        `<p>${charity}</p><p><a class="btn" href="https://charity.example/give">Donate now</a></p>`,
        "end",
      ),
    ).textContent;
    expect(text).toContain(charity);
    expect(text).not.toContain("Donate now");
  });

  it("keeps a link to give that is a word of the story's sentence", () => {
    const line = `${charity} Readers can <a href="https://charity.example/give">donate</a> on its website.`;
    expect(article(story(`<p>${line}</p>`, "end")).textContent).toContain(
      "Readers can donate on its website.",
    );
  });

  it("keeps the byline and date in a row that holds a call to give", () => {
    const row = `<div class="meta"><span class="byline">By Jane Doe</span> <time datetime="2025-03-21">March 21, 2025</time> <a href="/support">Support us</a></div>`;
    const a = article(story("", "end").replace("</h1>", `</h1>${row}`));
    expect(a.byline).toBe("Jane Doe");
    expect(a.publishedTime).toBe("2025-03-21");
    expect(a.textContent).toContain(STORY[0]);
  });
});

describe("appeals for the readers' support, in short lines", () => {
  it("removes a box whose one line on support is short, with its button", () => {
    const box = `<div class="css-1q2w3e"><p class="css-9o8i7u">Independent journalism needs your support. Support us today from just $2.</p><a class="css-5t6y7u" href="https://news.example/donate">Donate</a></div>`;
    const text = article(story(box, "end")).textContent;
    expect(text).not.toContain("Independent journalism needs");
    for (const p of STORY) expect(text).toContain(p);
  });
});

/** A game's statistics: a line of prose and tables, as a sports site writes them. */
const STATS = `<p>Below, we analyze the snap counts and stats on defense for the Browns' game against the Steelers.</p>
<h3>Defensive line</h3><table><tr><th>Pos</th><th>Player</th><th>Plays</th><th>Stats</th></tr>
<tr><td>DL</td><td>Larry Ogunjobi</td><td>63</td><td>1 tackle, 1 sack, 2 QH</td></tr>
<tr><td>DL</td><td>Myles Garrett</td><td>57</td><td>1 tackle, 3 QH</td></tr>
<tr><td>LB</td><td>Joe Schobert</td><td>66</td><td>8 tackles, 1 INT</td></tr></table>`;

/** A consent notice as a site without meaningful classes writes it: no class, no role, no id. */
const NOTICE = `<div><div><p>We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audience is coming from. To find out more or to opt-out, please read our <a href="/cookie-policy">Cookie Policy</a>.</p><p>By choosing <b>I Accept</b>, you consent to our use of cookies and other tracking technologies.</p><button type="button"><div><div></div>I Accept</div></button></div></div>`;

describe("notices asking consent to cookies", () => {
  it("removes a notice told by its button and its lines, though it outweighs a story told in tables", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Browns snap counts</title></head><body>${NOTICE}<div><div><h1>Browns snap counts</h1>${STATS}</div></div></body></html>`;
    const text = article(html).textContent;
    expect(text).not.toContain("We use cookies");
    expect(text).not.toContain("I Accept");
    expect(text).toContain("Myles Garrett");
  });

  it.each([
    [
      "de",
      `<div><p>Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Weitere Informationen finden Sie in unserer Datenschutzerklärung.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>`,
      "Wir verwenden Cookies",
    ],
    [
      "fr",
      `<div><p>Nous utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées, conformément à notre politique de confidentialité.</p><button>Tout accepter</button></div>`,
      "Nous utilisons des cookies",
    ],
    [
      "es",
      `<div><p>Este sitio utiliza cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada según tu navegación.</p><a href="/cookies">Aceptar y cerrar</a></div>`,
      "Este sitio utiliza cookies",
    ],
  ])("removes a notice in %s at the story's end", (lang, box, leak) => {
    const text = article(story(box, "end", lang)).textContent;
    expect(text).not.toContain(leak);
    for (const p of STORY) expect(text).toContain(p);
  });

  it.each([
    [
      "en",
      "We and our partners use cookies to store and access information on your device, to personalise content and ads and to analyse our traffic.",
      "Accept all",
    ],
    [
      "de",
      "Diese Website verwendet Cookies. Durch die weitere Nutzung stimmen Sie der Verwendung zu. Mehr dazu in unserer Datenschutzerklärung.",
      "Einverstanden",
    ],
    [
      "it",
      "Questo sito utilizza cookie tecnici e di profilazione. Cliccando su accetta acconsenti all'uso dei cookie e alla nostra informativa.",
      "Accetta",
    ],
    [
      "pt",
      "Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa política de privacidade.",
      "Aceitar",
    ],
  ])("removes a long notice in %s that outweighs a short story", (lang, line, call) => {
    const notice = `<div class="css-1a2b"><p>${line} ${line}</p><p>${line}</p><button>${call}</button><button>Settings</button></div>`;
    const html = `<!DOCTYPE html><html lang="${lang}"><head><title>Parliament approves water plan</title></head><body>${notice}<main><h1>Parliament approves water plan</h1>${PROSE.map((p) => `<p>${p}</p>`).join("")}</main></body></html>`;
    const text = article(html).textContent;
    expect(text).not.toContain(line.slice(0, 30));
    for (const p of PROSE) expect(text).toContain(p);
  });

  it("keeps a short story on cookie banners that quotes one, beside a button to accept", () => {
    const law = [
      "The regulator ruled on Thursday that websites must let users refuse tracking cookies as easily as they accept them, and that a button to reject all cookies must sit on the first layer.",
      "Privacy groups welcomed the decision, saying that the common banner line 'we use cookies to improve your experience' hid the option to refuse.",
      "Publishers said the ruling would cut their advertising income, since fewer readers would agree to personalised ads once refusing was a single click away.",
    ];
    const html = `<!DOCTYPE html><html lang="en"><head><title>Regulator rules on cookie banners</title></head><body><div><div><h1>Regulator rules on cookie banners</h1></div><div>${law.map((p) => `<p>${p}</p>`).join("")}<p><button>Accept</button></p></div></div></body></html>`;
    const text = article(html).textContent;
    for (const p of law) expect(text).toContain(p);
  });
});

describe("a newsletter's sign-up promo that links to its sign-up page", () => {
  it.each([
    [
      "en",
      `<div class="css-4d5e"><p>The Morning Briefing</p><p>Start your day with the news that matters, in your inbox every weekday morning.</p><a href="https://news.example/newsletters">Sign up</a></div>`,
      "in your inbox every weekday",
    ],
    [
      "en",
      `<div class="css-6f7g"><h3>Get our free newsletter</h3><p>The best of our reporting, handpicked by our editors, every Friday.</p><a href="https://news.example/newsletters">Subscribe for free</a></div>`,
      "handpicked by our editors",
    ],
    [
      "es",
      `<div class="css-8h9i"><p>Boletín</p><p>Recibe cada mañana las noticias más importantes en tu correo electrónico.</p><a href="https://news.example/boletin">Suscríbete</a></div>`,
      "Recibe cada mañana",
    ],
    [
      "nl",
      `<div class="css-0j1k"><p>Nieuwsbrief</p><p>Ontvang elke ochtend het belangrijkste nieuws in je mailbox.</p><a href="https://news.example/nieuwsbrief">Aanmelden</a></div>`,
      "Ontvang elke ochtend",
    ],
  ])("removes one in %s, amid the story and at its end", (lang, box, leak) => {
    for (const where of ["middle", "end"] as const) {
      const text = article(story(box, where, lang)).textContent;
      expect(text).not.toContain(leak);
      for (const p of STORY) expect(text).toContain(p);
    }
  });

  it("keeps a story's part titled as a briefing, and an event's own link to register", () => {
    const part = `<h2>The morning briefing</h2><p>Every weekday morning the minister meets the mayors of the worst-hit towns by e-mail and video call to go through the list of repairs.</p>`;
    const register = `<p><a href="https://fair.example/register">Jetzt anmelden</a></p>`;
    const text = article(story(part + register, "end", "de")).textContent;
    expect(text).toContain("The morning briefing");
    expect(text).toContain("Every weekday morning the minister meets the mayors");
    expect(text).toContain("Jetzt anmelden");
  });
});
