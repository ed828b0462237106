/**
 * The words of page furniture: English, German, French, Spanish, Italian, Portuguese and Turkish
 * most fully; rail labels and inline promos in the other languages the pages come in.
 */
import { readsAsSentence } from "./date-words";
import { AGENCY_WORDS } from "./metadata/agency-names";
import { precompile } from "./precompiled";
import { textOf } from "./text";

/** "Weitere Artikel …", "Ähnliche Beiträge …": a German rail's title, or a sentence's first words. */
const FURTHER_ARTICLES_WORDS =
  "(?:weitere|ähnliche|empfohlene|neueste|verwandte) (?:beiträge|artikel|nachrichten|themen)";

/** A whole heading that titles a rail of other stories or a sign-up box. */
const RAIL_LABEL = new RegExp(
  "^(?:" +
    [
      "explore(?: more)?",
      "related(?: articles| stories| news| content| coverage| topics| posts| recipes| videos| reading| links)?",
      "more (?:from|on|about|in|stories|news|to read)\\b.{0,40}",
      "meer (?:nieuws|artikelen|berichten) (?:uit|over|van)\\b.{0,40}",
      "(?:mehr|weitere) (?:nachrichten|artikel|news|meldungen|beiträge|themen|videos|bilder) (?:aus|zu|zum|zur|über|von|vom|rund um|im|in)\\b.{0,40}",
      "schlagw[öo]rter(?: zu(?:m| diesem) (?:artikel|thema|beitrag))?|(?:themen|tags) (?:in|zu|aus) diesem (?:artikel|beitrag)",
      "(?:see |read )?more\\b.{0,30}\\b(?:stories|articles|news|reads|coverage)(?: (?:from|by|on|about)\\b.{0,40})?",
      // "Most read", "Most read in Celebrity", "Most popular on Example News": a section's or site's
      // name of up to three words, not a sentence ("Most read in 2024 was …").
      "most (?:read|popular|viewed|shared|watched)(?: (?:in|on|from|at) [^\\s\\d.!?]+(?: [^\\s\\d.!?]+){0,2})?",
      "recommended(?: for you| stories| articles| reading)?",
      "read (?:more|next|also)(?: (?:on|about))?",
      "also read",
      "you (?:may|might)(?: also)? like",
      "don'?t miss",
      "(?:see|read) more",
      "more stories",
      "ne manquez pas",
      "what to (?:read|watch) next|watch next",
      "te recomendamos|vous aimerez aussi|ti consigliamo|recomendamos|sur le même sujet",
      "nicht verpassen",
      "no te lo pierdas",
      "da non perdere",
      "see also",
      "top stories",
      "trending(?: now)?",
      "popular(?: now| stories)?",
      "(?:sign up for |get )?(?:our|the) newsletter",
      "newsletter",
      "tags?",
      "topics",
      "share(?: this)?(?: article| story)?",
      // "Comments" over a comment section, in the languages of the pages ("3 Kommentare",
      // "Leserkommentare (4)", "Reader comments"), and WordPress's "2 thoughts on “Headline”".
      "(?:\\d+ )?(?:(?:leser|user|reader'?s?'?)\\s?)?(?:comments?|kommentare?|commentaires?|comentarios?|coment[áa]rios?|commenti|komentarze?|reacties|kommentarer|kommentit|hozzászólások|комментарии|коментарі|yorumlar|komentar|bình luận|コメント|评论|評論|留言|댓글|التعليقات|تعليقات|نظرات|دیدگاه‌?ها|תגובות|טוקבקים|تبصرے)(?:\\s*\\(\\d+\\))?",
      // One comment's heading, numbered ("#1 Kommentar von Naru-chan", "Comment #3 by Jane"): a
      // heading "Kommentar von Jan Roe" without its number is an opinion piece's, and stays.
      "(?:#\\d+\\s*(?:comment|kommentar|commentaire|comentario|commento)|(?:comment|kommentar|commentaire|comentario|commento)\\s*#\\d+)\\s*(?:von|by|from|de|par|di)\\b.{0,40}",
      // A comment section's call for its title: "Join the discussion", "Diskutieren Sie mit".
      "join the (?:discussion|conversation)|diskutieren sie mit|(?:rejoignez|rejoindre) la (?:discussion|conversation)|únete a la conversación|partecipa alla discussione",
      // Replies only counted ("4 replies", "Antworten (12)"): alone, the word may head a story's part.
      "(?:\\d+|one|two|three) (?:repl(?:y|ies)|responses?|antworten|réponses|respuestas|risposte)|(?:replies|responses|antworten|réponses|respuestas|risposte)\\s*\\(\\d+\\)",
      '(?:\\d+|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) [“"«„].{1,50}',
      "lesen sie auch(?: die folgenden beiträge| diese artikel)?",
      "auch lesen",
      "(?:das|dies|diese)(?: thema| themen| artikel| beiträge)? könnten? (?:dich|sie|euch) (?:auch |ebenfalls )?interessieren",
      `${FURTHER_ARTICLES_WORDS}\\b.{0,40}`,
      "entdecke(?:n sie)? (?:jetzt|weitere|mehr)\\b.{0,30}",
      "themen (?:im|in diese[mr]) (?:artikel|meldung|beitrag)",
      "(?:weitere|mehr) (?:aktuelle )?meldungen",
      "(?:también )?(?:te|le) puede interesar",
      "(?:vous|tu) (?:aimerez|pourriez aimer|aimeras) (?:aussi|également)",
      "(?:related|recent|latest|popular) posts",
      // "Latest" alone or with what it lists; the editors' picks in French ("La sélection de la rédac");
      // a German site's popular box ("Beliebte Inhalte & Beiträge").
      "latest(?: news| stories| articles| headlines)?",
      "(?:notre|la) sélection (?:vidéo|de la r[ée]dac(?:tion)?)",
      "beliebte (?:inhalte|beiträge|artikel|themen)(?: (?:&|und) (?:beiträge|artikel))?",
      "you may (?:also )?be interested in",
      // "You may (also) like" in Portuguese, Spanish, Italian, German.
      "voc[êe] (?:tamb[ée]m )?(?:pode|poder[áa]) (?:gostar|se interessar)(?: tamb[ée]m)?(?: de)?",
      "(?:tamb[ée]m )?(?:te|le) (?:puede|podr[íi]a) gustar(?: tambi[ée]n)?",
      "(?:ti )?potrebbe(?:ro)? (?:anche )?piacer(?:e|ti)(?: anche)?",
      "das k[öo]nnte (?:dir|ihnen|sie) (?:auch )?gefallen",
      "(?:articles|vid[ée]os|actus?|infos) les plus (?:lu(?:e)?s|partag[ée]s|comment[ée]s|vus)",
      "auch interessant",
      "mehr zum thema",
      "(?:artikel|beiträge|meldungen|news) zum thema",
      // "More on this topic", the editors' tip, WordPress' "Post navigation", "Read on".
      "mehr zu (?:diesem|dem) thema|redaktionstipps?|beitragsnavigation|post navigation|navigation des articles|navegación de entradas|navigazione articoli|weiterlesen|read the rest|lire la suite|leer más|continua a leggere|czytaj dalej",
      "das könnte sie auch interessieren",
      "weitere artikel",
      "meistgelesen",
      "empfehlungen",
      "(?:à|a) lire aussi",
      "lire aussi",
      "sur le même sujet",
      // French "Related articles": "Articles liés", "Contenus liés", "Sur le même thème".
      "(?:articles|contenus|sujets) li[ée]s|sur le même thème",
      "les plus lus",
      "voir aussi",
      "te puede interesar",
      "saber más",
      "más noticias",
      "lo más leído",
      "(?:(?:noticias|notícias|artículos|notas|contenidos|artigos|matérias|conteúdos) )?relacionad[ao]s",
      "leggi anche",
      "potrebbe interessarti",
      "i più letti",
      "leia também",
      "veja também",
      "mais lidas",
      "ilgili haberler",
      "bunlar da ilginizi çekebilir",
      "en çok okunanlar",
      "benzer haberler",
      // Most-read boxes, further links, author boxes; Polish rails.
      "meist[- ]?(?:gelesen|diskutiert|kommentiert|geklickt|gesehen)e?(?: artikel| beiträge| nachrichten| news)?",
      "weiterführende[rn]? (?:links?|artikel|beiträge|informationen)",
      "(?:über|about) (?:den|die|the) (?:autor|autorin|author)",
      "sobre (?:el|la) autora?",
      "(?:à|a) propos de l'auteur",
      "o autorze",
      "(?:czytaj|zobacz) (?:też|także|również)",
      "polecamy|najczęściej czytane|najpopularniejsze|powiązane artykuły",
      // The editors' picks in German; further reading in Finnish, Russian, Dutch and Swedish.
      "empfehlung(?:en)? (?:der|unserer) redaktion|(?:heute |unsere |das )?empfehlen wir(?: (?:ihnen|dir|euch))?",
      // The editors' picks in the other languages the pages come in ("Die Redaktion empfiehlt" over a
      // paywalled story's teasers, "Editors’ picks", "La rédaction vous recommande", "Redakcja poleca");
      // not a buying guide's badge or heading ("Unsere Empfehlung", "Editor's Choice", "Our picks").
      "(?:die )?redaktion empfiehlt|redaktionsempfehlungen",
      "editors?['’]?s?['’]? picks|recommended by (?:our|the) editors",
      "la rédaction (?:vous )?recommande|(?:à|a) lire également",
      "la redacci[óo]n recomienda|recomendad[oa]s(?: para (?:ti|usted|voc[êe]))?|recomendad[oa] para (?:ti|usted|voc[êe])|v[íi]deos? recomendados?",
      "la redazione consiglia|scelti per te|consigliati per te|a reda[çc][ãa]o recomenda",
      "de redactie (?:raadt aan|beveelt aan)|tips? van de redactie|aanbevolen (?:artikelen|voor jou)",
      "redakcja poleca|polecane artykuły|redakce doporučuje|a szerkesztőség ajánlja",
      "redaktionen (?:rekommenderar|anbefaler)|redaksjonen anbefaler|toimitus suosittelee",
      "редакция рекомендует|editörün (?:seçtikleri|seçimi|seçimleri)",
      "lue (?:myös|lisää)(?: aiheesta)?|lue aiheesta lisää",
      "читайте (?:также|тоже)|похожие (?:новости|статьи)|по теме",
      "lees (?:ook|meer)|gerelateerde artikelen",
      "läs (?:också|mer)|relaterade artiklar",
      // The next or previous post, and picks from elsewhere ("Empfehlungen aus dem …-Shop", "Auch auf gofeminin.de").
      "(?:vorschau auf (?:den|die|das) )?(?:nächsten?|vorherigen?) (?:artikel|beitrag|post)|(?:next|previous) (?:article|post|story)|(?:article|billet) (?:suivant|précédent)",
      "empfehlungen (?:aus|der|unserer?)\\b.{0,40}",
      "(?:auch|mehr) (?:auf|bei) [\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}",
      // Further reading and most-read boxes in the other languages the pages come in: Japanese,
      // Chinese (both scripts), Korean, Arabic, Persian, Hungarian, Danish and Norwegian, Czech
      // and Slovak, Ukrainian, Bulgarian, Indonesian, Vietnamese.
      "関連(?:記事|ニュース|リンク)|(?:こちらも|編集部)?おすすめ(?:の)?記事|あわせて読みたい|人気(?:の)?記事|よく読まれている記事|(?:アクセス|人気|記事)ランキング",
      "(?:相[关關]|推[荐薦]|延伸|更多)(?:文章|阅读|閱讀|新[闻聞]|报道|報導)|(?:热门|熱門)(?:文章|新[闻聞])|猜你喜[欢歡]|最新(?:文章|新[闻聞])",
      "관련 ?(?:기사|뉴스)|많이 본 (?:기사|뉴스)|(?:추천|인기) ?(?:기사|뉴스)|함께 (?:보면 좋은|볼만한) (?:기사|뉴스)",
      "[اأإ]قرأ (?:أ|ا)يضا?ً?|(?:أخبار|مقالات|مواضيع) ذات صلة|مواضيع ساخنة(?: [اأ]خرى)?|الأكثر (?:قراءة|مشاهدة)|قد يعجبك (?:أ|ا)يضا?ً?",
      "ب[یي]شتر بخوان[یي]د|(?:مطالب|اخبار) (?:مرتبط|پ[یي]شنهاد[یي]|پربازد[یي]د)|پربازد[یي]دتر[یي]ن(?:[ \u200c]?ها)?",
      "kapcsolódó (?:cikkek|hírek)|ajánlott cikkek|legolvasottabb(?: cikkek| hírek)?|(?:ez|ezek) is érdekelhet(?:i|ik|nek)?|olvassa el ezt is",
      "(?:læs|les) (?:også|mere|mer)|relaterede artikler|relaterte artikler|mest (?:læste|lest|leste)",
      "(?:čtěte|čítajte) (?:také|tiež|aj)|související články|súvisiace články|nej(?:čtenější|čítanejšie)",
      "читайте також|схожі новини|прочетете (?:още|също)|още по темата|най-четени",
      "baca juga|(?:berita|artikel) terkait|terpopuler",
      // Hebrew, Turkish, Croatian/Serbian/Bosnian, Swahili.
      "קראו (?:עוד|גם)|כתבות (?:נוספות|קשורות)|הנקראות ביותר",
      "[iİ]lg[iİ]l[iİ] (?:haberler|haber)|ayrıca (?:okuyun|bakınız)|en çok okunan(?:lar)?",
      "pročitajte (?:i|još|također|takođe)|povezan[ae]? (?:vijesti|vesti|članci)|najčitanije",
      "soma (?:pia|zaidi)|habari (?:zaidi|zinazohusiana)",
      "tin (?:liên quan|mới nhất|đọc nhiều)|bài viết liên quan|(?:đọc|xem) thêm",
      // Latest and most-read boxes, related articles: English, French, Italian, Dutch, Czech,
      // Romanian, Swedish, Finnish, Russian, Greek, Thai, Hindi, Slovenian and the Baltic languages.
      "latest (?:news|stories|articles|posts)",
      "(?:nos )?derniers articles|dans la même rubrique",
      "(?:articoli|notizie) correlat[ie]|ultime notizie",
      "meest gelezen|ook interessant|meer nieuws",
      "mohlo by vás (?:také )?zajímat|další články",
      "articole (?:similare|asemănătoare)|cele mai citite",
      "mest lästa?|relaterat",
      "luetuimmat(?: uutiset)?|aiheeseen liittyvät(?: artikkelit)?",
      "самое читаемое|самые читаемые|другие новости|новости по теме",
      "σχετικά άρθρα|δημοφιλή",
      "ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|ข่าวล่าสุด",
      "संबंधित (?:खबरें|ख़बरें|लेख|समाचार)",
      "povezani članci|srodni članci|sorodni članki|preberite (?:tudi|še)",
      "susiję straipsniai|skaitykite (?:taip pat|daugiau)|taip pat skaitykite|lleg(?:eix|iu) (?:també|més)|saistītie raksti|lasiet arī|lasi arī|loe (?:ka|lisaks)|seotud artiklid|loetumad",
    ].join("|") +
    ")\\s*[:.…!：]*$",
  "i",
);

/** A paragraph that begins by pointing elsewhere: "Lesen Sie auch: …". */
const INLINE_PROMO =
  /^(?:[【[]|[▶►■●•▷]\s*)?(?:read more|read also|also read|see also|see more|related|more|watch(?: now| more| the video)?|video|listen|photos|gallery|lesen sie auch|lesen sie mehr|lesen sie hier|mehr lesen|lesetipps?|weiterlesen|mehr zum thema|zum thema|(?:à|a) lire aussi|lire aussi|voir aussi|te puede interesar|(?:también )?puede leer|le[ae] más|lee también|leggi anche|leia também|veja também|[iİ]lg[iİ]l[iİ] haber(?:ler)?|ayrıca (?:okuyun|bakınız)|bunu da okuyun|קראו (?:עוד|גם)|[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r|olvas(?:sa|d) el(?: ezt is)?|ezt is olvas(?:sa|d) el|pročitajte (?:i|još|također|takođe)|прочитајте (?:и|још|такође)|soma (?:pia|zaidi)|(?:también )?(?:te|le) puede interesar|le(?:e|a) también|mira también|ver también|leia mais|siehe auch|mehr dazu|(?:czytaj|zobacz) (?:też|także|również|więcej)|по теме|на тему|baca juga|(?:tonton|saksikan|simak|lihat) juga|[اأإ]قرأ (?:أ|ا)يضا?ً?|ب[یي]شتر بخوان[یي]د|(?:lees|läs|læs|les) (?:ook|också|også)|lue myös|(?:čtěte|čítajte) (?:také|tiež|aj)|читайте (?:также|також)|прочетете още|(?:đọc|xem) thêm|関連記事|관련 ?기사|(?:यह|ये|इसे|इन्हें) भी पढ़ें|یہ بھی پڑھیں|আরও পড়ুন|διαβάστε (?:επίσης|ακόμα|ακόμη)|cite[șş]te (?:[șş]i|mai mult)|auch interessant|mohlo by vás (?:také )?zajímat|(?:ti )?potrebbe interessarti|ook interessant|preberite (?:tudi|še)|skaitykite (?:taip pat|daugiau)|taip pat skaitykite|lleg(?:eix|iu) (?:també|més)|lasiet arī|lasi arī|loe (?:ka|lisaks)|อ่านเพิ่มเติม|อ่านข่าวต่อ|อ่านต่อ|(?:相[关關]|延伸|推[荐薦])(?:阅读|閱讀|文章|新[闻聞])|עוד בנושא|לכתבה המלאה|تابع أيضا|شاهد أيضا|همچنین بخوانید|بخوان[یي]د|[اأإ]قرأ (?:المزيد|كذلك)|مزید پڑھیں)\s*(?:[:|»>：-]|(?<=^[【[].*)[】\]]|(?<=^[▶►▷].*)\s)/iu;

/**
 * A short block asking for consent, feedback, a survey or a sign-up. (Words in other scripts than the Latin one,
 * whose letters `\b` does not count as word characters, come after the word-bounded alternatives.)
 */
const BANNER =
  /\b(?:share your feedback|give us (?:your )?feedback|send (?:us )?feedback|take (?:our|the|a|this) (?:\S+ ){0,2}survey|nehmen sie (?:jetzt )?an (?:unserer|der|einer) (?:\S+ ){0,2}umfrage teil|(?:machen sie|mach) (?:jetzt )?bei (?:unserer|der) (?:\S+ )?umfrage mit|participez à (?:notre|cette|l') ?(?:\S+ )?(?:enquête|sondage|questionnaire)|(?:participa|responde) (?:en|a) (?:nuestra|esta|la) (?:\S+ )?encuesta|(?:partecipa|rispondi) al (?:nostro |breve )?(?:sondaggio|questionario)|doe mee aan (?:onze|deze|de) (?:\S+ )?enquête|weź udział w (?:naszej |krótkiej )?ankiecie|we use cookies|uses cookies|(?:este sitio|esta (?:web|página)) (?:utiliza|usa) cookies|usamos cookies|ce site utilise des cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|manage (?:cookies|consent|preferences)|your privacy choices|sign up for our newsletter|subscribe to our newsletter|wir verwenden cookies|newsletter abonnieren|nous utilisons des cookies|utilizamos cookies|utilizziamo (?:i )?cookie|we respect your privacy|(?:wij |we )?gebruiken cookies|vi (?:använder|bruger|bruker) (?:cookies|informasjonskapsler)|käytämme evästeitä|używamy (?:plików )?cookie|používáme (?:soubory )?cookies?|sütiket használ|menggunakan cookie|sử dụng cookie|wir respektieren (?:deine|ihre) privatsphäre|nous respectons votre vie privée|respetamos tu privacidad)|(?:クッキー|cookie)(?:を使用|を利用)|쿠키를 사용|ملفات تعريف الارتباط|از کوک[یي]|çerez(?:ler(?:i)?)?\s*kullan|использу(?:ем|ет) (?:файлы )?cookie/i;

/** German rail titles whose words may open a sentence too (see FURTHER_ARTICLES_WORDS). */
const FURTHER_ARTICLES = new RegExp(`^${FURTHER_ARTICLES_WORDS}\\b`, "i");

/** A rail's title; not a German sentence that opens with one's words ("Weitere Artikel des Gesetzes regeln die Gebühren."). */
export const isRailLabel = (text: string): boolean =>
  text.length > 0 &&
  text.length <= 60 &&
  RAIL_LABEL.test(text) &&
  !(FURTHER_ARTICLES.test(text) && readsAsSentence(text));
/**
 * A heading that is just "Author(s)", "Autor:innen", "L'auteur": it titles the writers' bios.
 * Only as a box's heading: the same word in a span is an affiliation ("Marie Arana, author").
 */
const AUTHORS_TITLE =
  /^(?:the )?(?:authors?|autor(?:in|en|innen|[*:_]innen)?|(?:l')?auteure?s?|autore?s?|autora)\s*:?$/i;

/** A block whose first child is a heading naming a rail ("Explore", "Lesen Sie auch") or its authors. */
export function isTitledAsRail(box: Element): boolean {
  const first = box.firstElementChild;
  if (!first || !/^H[2-6]$/.test(first.tagName)) return false;
  const title = textOf(first);
  return isRailLabel(title) || AUTHORS_TITLE.test(title);
}
export const isInlinePromo = (text: string): boolean => INLINE_PROMO.test(text);
export const isBannerText = (text: string): boolean => BANNER.test(text);

/**
 * A short line of gallery or ad furniture: "Image 1 of 5", "Photo: Jane Doe, AP", "(Image credit:
 * NASA)", "Advertisement", "Caption", "Close". Never a sentence of the story.
 */
/** "Comments" in the pages' languages, for the counts and links a comment section leaves behind. */
const COMMENTS = [
  "comments?|kommentare?|commentaires?|comentarios?|coment[áa]rios?|commenti|reacties|komentarz[ey]?",
  "komentari|komentáře|komentáre|kommentarer|kommentit|hozzászólások|σχόλια|yorumlar|комментари[иией]|коментар[іи]",
  "bình luận|댓글|コメント|评论|評論|留言|التعليقات|تعليقات|תגובות",
].join("|");

/** An ad's label: "Advertisement", "Anzeige", and in the other languages "Reklama", "Inzerce", "Hirdetés", "Реклама", "広告"… */
const AD_LABELS =
  "advert(?:isement|ising)?|anzeigen?|werbung|publicit[ée]|publicidad|publicidade|an[úu]ncio|pubblicit[àa]|reklam|sponsored(?: content| links?)?|" +
  "reklama|reklāma|reklaam|inzerce|inzercia|oglas|оглас|publicitate|διαφήμιση|hirdetés|annons|annonse|annonce|advertentie|mainos|" +
  "реклама|iklan|quảng cáo|โฆษณา|विज्ञापन|פרסומת|إعلان|تبل[یي]غات|広告|광고|广告|廣告|スポンサーリンク|pr";
const AD_LABEL = new RegExp(`^[-–—*\\s]*(?:${AD_LABELS})[-–—*\\s.:]*$`, "iu");

/** An audio player's label: "Listen to this article", "Artikel anhören", "Écouter cet article". */
const AUDIO_LABELS =
  "(?:listen to (?:this|the) (?:article|story)|(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|écouter (?:cet |l['’])article|escucha(?:r)? (?:este artículo|el artículo|la noticia|esta noticia|noticia|artículo)|ou[çc]a (?:a |esta )?(?:notícia|matéria|reportagem)|ouvir (?:a |esta )?(?:notícia|matéria|reportagem)|ascolta (?:l'articolo|questo articolo))";
/** How long a recording plays: "5 min", "6:45", "6:45 min", "90 sec". */
const DURATION = "\\d+(?::\\d+)?\\s*(?:min(?:ute)?s?|sec(?:ond)?s?)?\\.?";
const AUDIO_LABEL = new RegExp(`^${AUDIO_LABELS}`, "i");
const DURATION_LINE = new RegExp(`^${DURATION}$`, "i");

/** A reading time as a whole line: "5 min read", "Lesezeit: 3 Minuten" (not a bare "20 minutes": a recipe's time). */
export const READING_TIME_LINES = [
  "(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd)\\s*:?\\s*\\d+\\s*\\p{L}{0,8}\\.?",
  "\\d{1,3}\\s*(?:min|mins|minutes?|minuten|minuti|minutos)\\.?\\s+(?:read|listen|lesezeit|de lecture|de lectura|di lettura|leestijd)",
];

/** Lines of page furniture, each a pattern of the whole line (after dashes and bullets; see isFurnitureLine). */
const FURNITURE_LINES = [
  "(?:image|photo|picture|slide|foto|bild|imagen|immagine)\\s+\\d+\\s*(?:of|/|von|de|di|sur)\\s*/?\\s*\\d+",
  "\\(?(?:image|photo|picture|foto|bild|imagen)(?:\\s+credit)?s?\\s*:[^.!?]{0,80}\\)?",
  "(?:photo|image|picture)\\s+(?:credit|copyright|source|courtesy)\\b[^.!?]{0,80}",
  AD_LABELS,
  ...READING_TIME_LINES,
  // Where the story resumes after an ad: "Story continues below advertisement", "Weiterlesen nach der Anzeige".
  "(?:(?:advert(?:isement)?|ad)\\s*[-–—:|]?\\s*)?(?:(?:the )?(?:story|article|text|content) continues|continue reading|keep reading) (?:below|after)(?: (?:this|the))?(?: (?:advert(?:isement)?|ad|video|sponsored content))?",
  "(?:(?:advert(?:isement)?|ad)\\s*[-–—:|]?\\s*)?scroll (?:down )?to continue(?: (?:with|reading) (?:the )?(?:content|article|story))?",
  "(?:(?:anzeige|werbung)\\s*[-–—:|]?\\s*)?(?:weiterlesen|weiter|lesen sie) (?:nach|unter) der (?:anzeige|werbung)(?: weiter)?|(?:der )?artikel (?:wird|geht) (?:nach|unter) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|(?:der )?artikel (?:wird )?(?:unten|unterhalb) (?:fortgesetzt|weiter)",
  "(?:la suite|l['’]article continue) (?:après|sous) (?:la|cette) publicité|(?:la suite de )?l['’]article (?:continue|se poursuit) ci-dessous|l['’]articolo continua (?:qui )?sotto|(?:la noticia|el art[íi]culo) (?:contin[úu]a|sigue) (?:abajo|debajo)|(?:el )?art[íi]culo contin[úu]a (?:despu[ée]s de|debajo de|tras) la publicidad|(?:sigue|contin[úu]a) leyendo (?:despu[ée]s de|debajo de|tras) (?:la|esta) publicidad|(?:l'articolo )?continua (?:a leggere )?dopo la pubblicit[àa]",
  // A view counter: "3.409 letture", "Aufrufe: 1120", "1,2K views" (a count, never the word alone).
  // (Thousands may be set apart by spaces: "Vues : 1 234".)
  "\\d+(?:[.,\\s]\\d{3})*(?:[.,]\\d+)?[km]?\\s*(?:views?|shares|aufrufe|letture|visualizzazioni|vues|visitas|visualizaciones|visualizações|wyświetle(?:ń|nia)|просмотр(?:ов|а|ы)?|переглядів|görüntülenme|okunma)|(?:views?|aufrufe|letture|visualizzazioni|vues|visitas|visualizaciones|visualizações|wyświetlenia|просмотр(?:ов|ы)|перегляд(?:ів|и)|görüntülenme|okunma(?: sayısı)?)\\s*:\\s*\\d+(?:[.,\\s]\\d{3})*(?:[.,]\\d+)?[km]?",
  // A fundraising appeal's title left without its text: "While you are here…".
  "while you(?:['’]re| are) here\\s*(?:…|\\.{3})?",
  // A count of who is reading the site: "1 Besucher online", "23 users online".
  "\\d+\\s*(?:besucher(?:innen)?|gäste|benutzer|user|users|visitors?|guests?|members?|mitglieder|utenti|visiteurs?|visitantes|usuarios)\\s*(?:online|en ligne|en línea|in linea)",
  // An age rating's mark alone on its line ("18+", as Russian law has pages print it).
  "(?:0|6|12|16|18)\\+",
  // A stamp's label left without its date (the date was a script's to write): "Letzte Aktualisierung".
  "(?:letzte aktualisierung|zuletzt aktualisiert|last updated|last modified|dernière mise à jour|última actualización|ultimo aggiornamento)\\s*:?",
  // Where a Chinese platform's post was sent from, as the law has it shown: "发布于：北京市", "IP属地：广东".
  "(?:发布于|ip属地)\\s*[:：]\\s*\\p{Script=Han}{2,8}",
  // A photo credit in Cyrillic left as a paragraph of its own: "Фото: Иван Иванов / ТАСС".
  "(?:фото|фотография|источник фото)\\s*[:：—-].{0,60}",
  // Comments closed: "Comments are closed", "I commenti sono chiusi", "Die Kommentarfunktion ist geschlossen".
  "comments are closed|i commenti sono chiusi|les commentaires sont fermés|los comentarios están cerrados|(?:die )?kommentare sind geschlossen|(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)",
  // Share buttons written out: "Partager sur Facebook Partager sur Twitter Envoyer par e-mail".
  "(?:(?:partager|compartir|condividi(?:re)?|compartilhar|share|teilen|delen|dela|del)(?: (?:sur|en|su|no|on|auf|op|på|via))? (?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|bluesky|threads|e-?mail|messenger)\\s*[,|·]?\\s*){2,}(?:(?:envoyer|enviar|inviare|send) (?:par |por |per |by )?e-?mail|per e-?mail (?:teilen|versenden|senden))?",
  // A call to share or sign up left as a line of its own: "Like it? Share it!", "Jetzt teilen!".
  "(?:(?:like|love|enjoyed?) (?:it|this)\\?\\s*)?share it!?|jetzt (?:teilen|registrieren|kostenlos registrieren)!?",
  // An embed's placeholder label where the reader has not allowed the other site's content.
  "empfohlener (?:redaktioneller|externer) inhalt",
  // An invitation to sign in for a tool: "Sign in to save this article", "Connectez-vous pour commenter".
  "(?:sign|log) in to (?:save|read|comment|follow|continue|bookmark|keep reading|listen)\\b.{0,40}|(?:connectez-vous|inicia sesión|accedi|faça login|melden sie sich an,?) (?:pour|para|per|um) .{0,40}",
  // A row of the story's tools: "Save Share Gift article", "Merken Teilen Drucken".
  "(?:(?:save|share|gift(?: this)? article|print|listen|comments?|copy link|email|bookmark|follow|merken|teilen|drucken|druckansicht|druckversion|(?:tipp)?fehler melden|versenden|empfehlen|sauvegarder|partager|imprimer|guardar|compartir|imprimir)(?:\\s*[|·•])*\\s*){2,6}",
  // The story's number in the site's system: "کد خبر: ۳۱۲۳۴۵۶" (Iranian agencies), "News ID: 12345".
  "(?:کد خبر|شناسه خبر|رقم الخبر|news (?:id|code)|article id|story id|artikel-?(?:id|nr\\.?|nummer))\\s*:?\\s*[\\d۰-۹٠-٩]+",
  // A news banner's label: "BREAKING NEWS", "Eilmeldung", "Última hora".
  "breaking(?: news)?|eilmeldung|última hora|dernière minute|ultim'ora|son dakika",
  "(?:load|show) more|mehr (?:laden|anzeigen)|lade weitere inhalte|cargar más|voir plus",
  "(?:loading|wird geladen|chargement|cargando|caricamento)(?: (?:content|more|comments))?\\s*(?:\\.{3}|…)?",
  // WordPress's like button and its label: "Like this:" over "Like Loading...".
  "(?:like|gefällt mir|j'aime|me gusta|mi piace|curtir|vind ik leuk)\\s*(?:loading|wird geladen|chargement|cargando|caricamento|carregando|laden)\\s*(?:\\.{3}|…)?",
  "(?:post|write|leave|add) a (?:comment|reply)|kommentare? (?:schreiben|verfassen)|(?:jetzt )?kommentieren",
  "(?:valora|califica) (?:esta|la) (?:noticia|nota)|(?:hier können sie )?(?:den |diesen )?artikel bewerten|\\(?noch keine bewertungen\\)?",
  // A rating widget: "Rate this article: ★★★★☆ (4.2 / 5, 87 votes)" (a review's own stars stay), its question.
  "rate this (?:article|post|story|recipe|page)(?:\\s*[:!]\\s*.{0,50})?",
  // A score with its count of votes: "Bewertung: 4,5 von 5 (12 Stimmen)", "Note : 4/5 (12 votes)";
  // without the votes, a review's own verdict ("Rating: 4/5") stays.
  "(?:rating|bewertung|note|valoración|valutazione|avaliação|beoordeling|ocena|рейтинг|puan)\\s*:?\\s*[★☆\\s]*\\d+(?:[.,]\\d+)?\\s*(?:/|von|sur|de|su|out of|of|uit|z|из)\\s*\\d+\\s*[(,]\\s*[\\d.,]+\\s*(?:votes?|stimmen|bewertungen|votos|voti|avis|ratings?|stemmen|głos(?:y|ów)?|голос(?:а|ов)?|oy)\\s*\\)?",
  // A text-size tool: "Schriftgröße: A A A", "Font size: A- A+".
  "(?:font size|text size|schriftgröße|textgröße|taille (?:du texte|de (?:la )?police)|tamaño (?:de (?:la )?)?(?:letra|fuente|texto)|dimensione (?:del )?(?:testo|carattere)|tamanho (?:da )?(?:letra|fonte))\\s*:?(?:\\s*a\\s*[-+−]?){0,4}",
  // A link to report a mistake: "Report an error", "Fehler melden", "Signaler une erreur".
  "report (?:an? )?(?:error|mistake|typo|correction)(?: or (?:an? )?(?:error|mistake|typo|correction))?|fehler (?:melden|gefunden\\??)|signaler une (?:erreur|faute)|reportar (?:un )?error|segnala(?:re)? un errore|fout (?:melden|gezien\\??)|zgłoś błąd|сообщить об ошибке|hata bildir",
  "(?:was|is) this (?:article|page|post|story|information) (?:helpful|useful)\\??|(?:war|ist) (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich)\\??|cet article (?:vous )?a-t-il été utile\\s*\\??|¿?(?:te|le) (?:ha resultado|resultó|fue) útil(?: (?:este|el) artículo)?\\??|(?:questo articolo|l'articolo) (?:ti )?(?:è stato|è) utile\\??",
  "sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)\\.?|you (?:are|must be) (?:not )?logged in\\b.{0,40}",
  "(?:du |sie |ihr )?(?:müss(?:en|t)|musst) (?:eingeloggt|angemeldet|registriert) sein,? um .{0,40}[.!]?(?: oder (?:noch )?(?:gar )?nicht registriert\\?)?|(?:vous )?devez être connecté pour .{0,40}",
  "beitragsbild|titelbild|vorschaubild|featured image",
  // A broadcaster's note of where the story ran: "Dieses Thema im Programm: NDR Info | 21.03.2025 | 14:00 Uhr".
  "dieses thema im programm\\s*:.{0,80}",
  // A site's skip link; single tools written out ("Save article", "Gift this article").
  "continue reading the main story|(?:save|gift)(?: this)? (?:article|story)",
  "skip to (?:the )?(?:main )?(?:content|article|navigation)|(?:direkt )?zum inhalt(?: springen)?|aller au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|salta al contenuto(?: principale)?|(?:pular|ir) para o conteúdo",
  // A stamp amid the story: "Published 3 hours ago", "Updated: March 22, 2025 9:00 AM ET".
  "(?:published|updated|posted)\\s*:?\\s*(?:on )?(?:\\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|(?:\\p{L}+,? )?(?:\\d{1,2}(?:st|nd|rd|th)? \\p{L}{3,9}\\.?|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?),? \\d{4}(?:,? (?:at )?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?:,? \\d{1,2}[:.]\\d{2})?)",
  // A row of the site's legal links: "Terms of Use | Privacy Policy | Cookie Settings".
  "(?:(?:terms of (?:use|service)|privacy(?: policy| notice)?|cookie (?:settings|policy|preferences)|contact us|about us|impressum|datenschutz(?:erklärung)?|agb|accessibility)\\s*[|·•]?\\s*){2,}",
  // Read-on links: "Lire la suite de l'article", "Sigue leyendo", "Continua a leggere".
  "lire la suite(?: de l['’]article)?|(?:sigue|seguir|continuar|continúa) leyendo|continua a leggere(?: l['’]articolo)?|continu(?:e|ar) lendo|lees verder|verder lezen",
  // One share button with its network: "Condividi su Facebook", "Compartilhe no WhatsApp"; a call to comment.
  "(?:condividi|compartilhe|compartilhar|comparte|compartir) (?:su|no|na|en) (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail)|commenta|comenta|commenter",
  // A paywall's label: "Article réservé aux abonnés", "Contenido exclusivo para suscriptores", a
  // badge's "Para suscriptores", "Nur für Abonnenten", "Subscribers only".
  "(?:(?:article|contenu) )?réservé aux abonnés|(?:(?:artículo|contenido) )?(?:(?:exclusivo|reservado|solo|sólo) )?para (?:suscriptores|abonados)|(?:articolo )?riservato agli abbonati|(?:(?:conteúdo|matéria) )?(?:exclusiv[oa] )?para assinantes|(?:nur|exklusiv) für (?:abonnenten|abonnentinnen und abonnenten|abonnent\\*innen)|(?:for )?subscribers only|(?:exclusive )?for subscribers",
  // Tools written out: "Ajouter à vos favoris", "Offrir cet article", "Guardar en mi lista", "Print this article".
  "ajouter (?:à|aux) (?:vos|mes) (?:favoris|sélections|articles)|offrir (?:cet |l['’])article|guardar (?:en mi lista|artículo|noticia)|regala(?:r)? (?:este |el )?artículo|salva(?: l['’]articolo| nei preferiti)|regala (?:l['’]|questo )articolo|(?:print|imprimer|drucken|imprimir|stampa)(?: (?:this article|cet article|l['’]article|este artículo|l['’]articolo|diesen artikel))?",
  // A call to comment: "Réagir à cet article"; an update's stamp on its own line.
  "réagir(?: à (?:cet |l['’])article)?|mis à jour le \\d{1,2}(?:er)? \\p{L}+\\.? \\d{4}(?:,? à \\d{1,2}\\s?h\\s?\\d{2})?",
  "(?:©\\s*)?riproduzione riservata(?:\\s*©)?",
  // A picture's zoom link: "Bild vergrößern", "Agrandir l'image".
  "(?:bild|foto) vergrößern|(?:写真|画像)を拡大(?:する)?|点击(?:查看)?大图|zum vergrößern (?:an)?klicken|agrandir (?:l['’]image|la photo)|ampliar (?:la )?(?:imagen|foto)|ingrandisci(?: (?:l['’]immagine|la foto))?|vergroot (?:de )?afbeelding|powiększ zdjęcie",
  // A breadcrumb written out: "Sie sind hier: Startseite › Politik".
  "(?:sie sind hier|you are here|vous êtes ici|usted está aquí|ti trovi in|você está aqui|u bent hier|jesteś tutaj)\\s*:.{0,80}",
  "link (?:kopiert|kopieren)|copy link|link copied|lien copié|copier le lien|enlace copiado|copiar enlace|link copiato|copia link",
  "(?:beitrag|kommentar|inhalt) melden|report (?:this )?(?:post|comment|content)|signaler (?:ce |le )?(?:contenu|commentaire|message)|denunciar (?:comentario|contenido)|segnala (?:commento|contenuto)",
  "wie (?:finden|fanden) sie (?:diesen|den|unseren) (?:artikel|beitrag|text)\\??|wie hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen\\??",
  // Polish "Źródło:" credits a picture, or the story when a wire follows ("Źródło: PAP").
  `cr[ée]dits? photos?\\s*:.{0,60}|bildquelle\\s*:.{0,60}|fotos?\\s*:.{0,60}|źródło\\s*:(?!\\s*(?:${AGENCY_WORDS})\\s*$).{0,60}`,
  "caption|hide caption|toggle caption|close|expand|(?:give |send |share )?(?:your )?feedback|subscribe|abonnieren|jetzt abonnieren|s'abonner|je m'abonne|abbonati|abone ol(?:un)?|suscr[íi]b[ei]te|enlarge (?:this )?image|(?:click|tap) (?:here )?to enlarge|view (?:the )?gallery",
  // Back links, header-image credits, "last modified" stamps, empty comment counts.
  "(?:zurück|back|retour|volver|torna(?:re)?|wróć|powrót)(?: (?:zu[rm]?|to|à|a|al|alla|do) (?:the |la |l'|le )?[\\p{L}-]*(?:übersicht|listenansicht|liste|startseite|inhaltsverzeichnis|top|home|homepage|overview|list|index|accueil|inicio|listado|elenco|lista|góry|news|nachrichten|articles|blog|stories|actualités|noticias|notizie))?",
  "zur (?:[\\p{L}-]*übersicht|startseite|listenansicht)",
  // A teaser's pointer to the whole story ("LEER ARTICULO COMPLETO"), a theme's skip link (Avada's
  // "Page load link"), a gallery's count ("+80PHOTOS").
  "leer (?:el )?art[íi]culo completo|ver (?:la )?nota completa|lire l['’]article (?:complet|en entier)|(?:den )?(?:ganzen|vollständigen) artikel lesen|leggi l['’]articolo completo|ler (?:a )?(?:matéria|notícia) completa|read (?:the )?full (?:article|story)",
  "page load link",
  // A download of the page as a file: "Dieses Skript als PDF herunterladen", "Download this article as PDF".
  "(?:(?:diesen|dieses|den|das) )?(?:artikel|skript|text|beitrag|transkript|manuskript) als pdf (?:herunterladen|downloaden|speichern)(?:\\s*\\d+(?:[.,]\\d+)?\\s*[km]b)?|download (?:this|the) (?:article|story|transcript|script) (?:as (?:a )?)?pdf|télécharger (?:cet |l['’])article (?:en|au format) pdf",
  "\\+?\\d+\\s?(?:photos|fotos|bilder|images|imágenes|immagini)",
  // A gallery's link with its count: "Bildergalerie 6 Bilder", "Photo gallery (12 photos)".
  "(?:bildergalerie|fotogalerie|fotostrecke|galerie|(?:photo )?gallery|galer[íi]a(?: de fotos)?|galleria(?: fotografica)?)\\s*[:(]?\\s*\\d+\\s*(?:bilder|fotos|photos|images|imágenes|immagini)\\)?",
  "(?:beitrags|titel|vorschau|header|aufmacher)bild\\s*:.{0,60}",
  "(?:last (?:modified|updated)|zuletzt (?:geändert|aktualisiert)|dernière mise à jour|última actualización|última atualização|ultimo aggiornamento|laatst bijgewerkt|ostatnia aktualizacja)\\s*:.{0,50}",
  // A wiki's page footer (Wikidot).
  "page revision: \\d+, last edited: .{0,40}",
  "(?:no|keine|aucun|sin|nessun|brak) (?:comments?|kommentare|commentaires?|comentarios|commenti?|komentarzy)",
  // A comment count or the link to the comments: "312 Comments", "Read 312 Comments", "View comments".
  `[\\d.,]+[km]?\\s*(?:${COMMENTS})|(?:read|view|show|see|load|join) (?:all |the )?(?:[\\d.,]+ )?(?:comments?|responses|replies|conversation|discussion)|(?:kommentare|commentaires|comentarios) (?:anzeigen|lesen|afficher|voir|ver)`,
  // The jump to the comments, with its count: "Go to comments: 0 posted", "Zu den Kommentaren".
  "(?:go|jump|skip|scroll) to (?:the )?(?:comments?|discussion|conversation)(?:\\s*:?\\s*[\\d.,]+(?: posted| comments?)?)?|zu den kommentaren|zum kommentarbereich|aller aux commentaires|ir a (?:los )?comentarios|vai ai commenti",
  // The call to comment, and to log in for it: "Kommentar erstellen", "Um selbst Kommentare verfassen zu können, müssen Sie sich bitte einloggen."
  "kommentar (?:erstellen|schreiben|verfassen|abgeben)|(?:diesen |den )?(?:artikel|beitrag) kommentieren|(?:um )?(?:selbst )?kommentare (?:zu )?(?:verfassen|schreiben)(?: zu können)?,? müssen sie sich (?:bitte )?(?:einloggen|anmelden|registrieren)|(?:you must|please) (?:be )?(?:logged in|log in|sign in) to (?:post a )?comment|log in to comment|commenting (?:is|feature is) (?:disabled|closed|not available)(?: in your (?:country|region)(?:\\s*\\/\\s*(?:country|region))?)?",
  `(?:${COMMENTS})\\s*(?:[(（]\\s*[\\d.,]+\\s*[)）]|[\\d.,]+\\s*개?)`,
  // The call to comment: "הגיבו לכתבה", "Yorum yapın", "Napišite komentar", "发表评论".
  "הגיבו(?: לכתבה)?|הוסיפו תגובה|yorum (?:yap(?:ın)?|ekle|yaz)|(?:napišite|ostavite|napiši|ostavi) komentar|σχολιάστε|viết bình luận|댓글 (?:쓰기|달기|작성)|コメントする|发表评论|發表評論|оставить комментарий|залиши(?:ти|ть) коментар|dodaj komentarz|أضف تعليق(?:ا|اً)?|(?:írjon|szóljon) hozzá|hozzászólok",
  // An audio player's label: "Listen to this article · 5 min", "Artikel anhören", "Écouter cet article".
  `${AUDIO_LABELS}(?:\\s*[·•|:-]?\\s*${DURATION})?`,
  // Its note that a machine reads the story aloud: "This audio is AI-generated", "Diese Audioversion wurde künstlich generiert".
  "(?:this |the )?(?:audio|narration|voice)(?: version)?(?: of this (?:article|story))? (?:is|was|has been) (?:ai[- ]generated|computer[- ]generated|(?:automatically |artificially )?(?:generated|created|produced|narrated) (?:by|with|using) (?:ai|artificial intelligence|an? (?:ai|automated|synthetic|computer[- ]generated) voice|text[- ]to[- ]speech))|(?:ai|computer)[- ]generated (?:audio|voice|narration)|voiced by amazon polly",
  "(?:diese |die )?(?:audioversion|audiofassung|audiodatei|audio|sprachausgabe)(?: dieses (?:artikels|beitrags|textes))? (?:wurde|wird|ist) (?:künstlich|maschinell|automatisch|mit(?:hilfe)? (?:von )?(?:ki|künstlicher intelligenz)) (?:generiert|erzeugt|erstellt|vertont|gesprochen)",
  "(?:cet |l['’])(?:audio|version audio)(?: de cet article)? (?:a été|est) (?:généré|générée|produit|produite|lu|lue) (?:par|avec|grâce à) (?:une |l['’])?(?:ia|intelligence artificielle|voix de synthèse)|(?:este |el )?audio (?:ha sido |fue |es )?generado (?:por|con) (?:ia|inteligencia artificial)|(?:questo |l['’])audio (?:è stato )?generato (?:con|dall['’]|da) (?:ia|intelligenza artificiale)",
  "share (?:or comment on |and comment on )?this (?:article|story|post)",
  // A download link with its file's size: "Download PDF (1.2 MB)", "Dieses Skript als PDF herunterladen (123 KB)".
  "(?:[\\p{L}'’-]+ ){0,5}(?:download(?:en)?|herunterladen|télécharger|descargar|scarica(?:re)?|baixar|pobierz|pdf|docx?|xlsx?|zip|mp3|epub)\\b[^()]{0,60}?\\s*[(,|·–-]\\s*(?:(?:pdf|docx?|xlsx?|zip|mp3|epub)\\s*[,|·-]?\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:[kmg]i?b|[kmg]o|bytes?)\\s*\\)?",
  // A podcast's links, an embed's fallback notice, a page counter and pager, a gallery's counter.
  "(?:listen|subscribe|follow)(?: to (?:our|the|this) (?:podcast|show))? (?:on|in|via|to) (?:apple podcasts|spotify|google podcasts|amazon music|pocket casts|youtube music).{0,80}",
  // Its title alone: "Listen to our daily podcast", "Abonnieren Sie unseren Podcast".
  "(?:listen to|subscribe to|follow) (?:our|the [\\p{L}'’&.-]+(?: [\\p{L}'’&.-]+)?['’]s) (?:[\\p{L}'’-]+ ){0,2}podcasts?|(?:hören|abonnieren) sie unseren (?:[\\p{L}-]+ )?podcast",
  "(?:(?:den|unseren|diesen) )?podcast (?:abonnieren|hören)(?: (?:bei|auf|über|in))?\\s*:?\\s*(?:apple podcasts|spotify|google podcasts|amazon music|deezer|audible|ard audiothek).{0,80}",
  "(?:please )?enable javascript(?: to (?:view|see|watch|load|play) (?:this|the) (?:content|video|page|embed|map|chart|graphic))?|this (?:content|video|embed) is (?:not|no longer) available(?: in your (?:region|country))?",
  "(?:page|seite|página|pagina) \\d{1,3} (?:of|von|de|di) \\d{1,3}|\\d{1,3} (?:of|von|sur) \\d{1,3}",
  "(?:next|previous) page|nächste seite|vorherige seite|page suivante|página siguiente|pagina successiva|continue(?:d)? (?:reading )?on (?:the next )?page(?: \\d{1,3})?",
  // A wire's photo credit left in the text as a paragraph of its own (a caption's credit stays).
  "\\((?:photo|image|picture)s? by [^()]{0,80}\\)",
  // A wiki's section edit link beside its heading: "[edit]", "[Bearbeiten | Quelltext bearbeiten]".
  "\\[\\s*(?:edit|edit source|bearbeiten|quelltext bearbeiten|modifier|modifier le code|editar|editar código(?: fuente)?|modifica|modifica wikitesto|edytuj|edytuj kod)(?:\\s*\\|\\s*[^\\]]{1,30})?\\s*\\]",
  // Share buttons' labels in the pages' languages.
  "(?:den |diesen )?artikel (?:mit (?:anderen|freunden) )?(?:teilen|verschenken|diskutieren|empfehlen|versenden|drucken|merken)(?:\\s*\\/\\s*(?:teilen|diskutieren))?|partager (?:cet |l['’])article(?: (?:sur|via|par) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail))?|compartir(?: en (?:facebook|twitter|x|whatsapp)| (?:esta|la) (?:noticia|nota|publicación))?|deel (?:dit )?artikel|udostępnij|поделиться|paylaş|شارك(?: المقال)?|分享到[:：]?|(?:この記事を)?シェアする|공유하기|condividi(?: (?:questo )?articolo)?|compartilh(?:e|ar)(?: (?:esta|essa|a) (?:matéria|notícia|reportagem))?",
  "(?:ver|voir(?: les)?|mostra|mostrar) (?:los |i |os )?(?:comentarios|commentaires|commenti|comentários)",
  // dpa's copy code: "© dpa-infocom, dpa:250321-930-412345/1".
  "(?:©\\s*)?dpa-infocom(?:,?\\s*dpa:[\\d-]+(?:/\\d+)?)?",
  // Topics written as text: "Tags: Transport, Buses", "Themen: Verkehr".
  // Tag lists in the Latin languages, Russian, Turkish, Arabic, Hebrew, Persian, Hindi,
  // Vietnamese, Indonesian, Japanese, Chinese and Korean: "Tags: …", "الوسوم: …", "タグ：…".
  "(?:tags?|topics?|themen|thèmes|sujets(?: associés)?|temas|etiquetas|argomenti|onderwerpen|tematy|теги|темы|konular|etiketler|" +
    "الوسوم|وسوم|الكلمات المفتاحية|תגיות|برچسب(?:\u200c?ها)?|کلیدواژه(?:\u200c?ها)?|टैग्स?|thẻ|kata kunci|" +
    "タグ|キーワード|标签|標籤|关键词|關鍵詞|태그|키워드|" +
    "assuntos(?: relacionados)?|t[óo]picos|palavras?-chave|mots?-cl[ée]s|parole chiave|trefwoorden|nøgleord|stikkord|avainsanat|taggar|etiketter)\\s*[:：].{0,80}",
  // A desk's initials closing the story: "(jdo/jdo)"; not a wire's credit ("(dpa/mm)": the source).
  "\\((?![^)]*\\b(?:dpa|afp|ap|kna|epd|apa|sda|ansa|efe|upi)\\b)\\p{Ll}{2,4}(?:/\\p{Ll}{2,4}){1,2}\\)",
  // A paywall's label over the story: "Member-only story", "Subscriber-only article".
  "member-only story|(?:subscriber|member)s?[- ]only(?: story| article| content)?|abo(?:nnenten)?-?(?:artikel|inhalt)",
  // A sponsor's label above the story: "Supported by", "Sponsored by", "Präsentiert von" (its logo is no text).
  "(?:supported|sponsored|presented|powered) by|präsentiert von|sponsorisé par|patrocinado por",
  // A Chinese page's closing labels: "【纠错】" (report an error), "【责任编辑:李四】" (the editor in charge).
  "【[^】]{1,20}】|[（(]?(?:责任编辑|責任編輯|编辑|編輯|校对|校對|編集|文責|構成)\\s*[:：][^）)]{1,20}[）)]?",
  // Links and labels of East Asian pages: "続きを読む" (read on), "この記事の写真をすべて見る", "次のページへ",
  // "この記事をSNSでシェア", "阅读全文" (read the whole text), "下一页" (next page), "더보기" (more).
  "続きを読む|もっと見る|(?:この記事の)?(?:写真|画像)を(?:すべて|全て)?見る|[次前]の?ページへ?|(?:この)?記事を(?:\\p{L}{1,5}で)?シェア(?:する)?|" +
    "阅读全文|閱讀全文|查看全文|展开全文|展開全文|[下上]一[页頁]|더\\s?보기|다음 페이지|이전 페이지|(?:▶\\s*)?(?:기사\\s?)?제보(?:하기)?\\s*[:：].{0,60}|제보는 (?:카카오톡|이메일|메일|전화).{0,60}",
  // A Korean reporter's sign-off with an address: "홍길동 기자 hong@example.co.kr".
  "\\p{Script=Hangul}{2,5}\\s?(?:기자|특파원|선임기자|객원기자)\\s*[(（]?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[)）]?",
  // A jump over a promotion, and where it lands: "skip past newsletter promotion", "after newsletter promotion".
  "skip (?:past|over) [\\p{L} ]{0,40}|skip (?:the )?(?:ad|advert(?:isement)?|advertising)|after (?:the )?[\\p{L}]+ promotion",
  // Taxonomy lines ("Category : Press Releases"), bare labels ("Von:"), stock-photo notes.
  "(?:categor(?:y|ies)|kategorien?|cat[ée]gories?|categor[íi]as?|kategori[ae]|rubrik|rubrique|filed under|archivado en|classé dans|archiviato in|arquivado em|posted in|schlagw[öo]rte(?:r)?|stichw[öo]rte(?:r)?)\\s*:.{0,80}",
  // Not "SOURCE:": a wire credit's label, whose agency follows on the next line.
  "(?:von|by|par|por|autor|author)\\s*:",
  "(?:image|photo) (?:d'illustration|illustrative)|illustrationsbild|symbolbild|symbolfoto|archivbild|foto de archivo|immagine di repertorio|zdjęcie ilustracyjne",
  // The Associated Press's pointer closing its stories: "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports".
  "more ap [\\p{L}\\p{N}&' -]{2,40}:\\s*https?:\\/\\/\\S+(?:\\s*(?:and|,)\\s*https?:\\/\\/\\S+)*",
  // A broadcaster's player: how long the video stays online.
  "(?:(?:video|audio|sendung|podcast) )?(?:verfügbar|abrufbar|available|disponible|disponibile) (?:bis|until|till|jusqu'(?:au|à)|hasta|fino al?)(?![\\p{L}\\p{N}_]).{0,40}",
];

/** A line pattern that only case-insensitive matching can read: capitals in its words, or a case class. */
const needsCaseless = (pattern: string): boolean =>
  /\\[pP]\{(?:Lu|Lt|Uppercase|Lowercase)\}|\\P\{/.test(pattern) ||
  /\p{Lu}/u.test(pattern.replace(/\\(?:[pPu]\{[^}]*\}|.)/gsu, ""));
const wholeLines = (lines: string[], flags: string): RegExp =>
  new RegExp(`^[-–—*\\s]*(?:${lines.join("|")})[-–—*\\s.…:!]*$`, flags);
/**
 * The furniture lines as one pattern of lowercase words over the line lowercased, not with the `i`
 * flag: with `iu`, V8 builds every letter's case variants, and this pattern of 16,500 characters
 * took about twice as long to compile (Chromium: ~90 ms against ~45 at every page's first click).
 * The few written with capitals (the agency names after "Źródło:") keep a caseless pattern.
 */
const FURNITURE = wholeLines(
  FURNITURE_LINES.filter((line) => !needsCaseless(line)),
  "u",
);
const FURNITURE_CASELESS = wholeLines(FURNITURE_LINES.filter(needsCaseless), "iu");

/**
 * A closing note that points away from the story: how to reach or follow the writer, a
 * newsletter or subscription pitch, a forum invitation. Found only among the last blocks.
 */
const END_NOTE =
  /\b(?:follow (?:him|her|them|us|me) on|(?:may|can) be reached at|reach (?:the )?(?:reporters?|writers?|authors?) (?:at|on)|sign up (?:for|to|here)|subscribe (?:to|for|here|now)|newsletters?\b.{0,40}\b(?:inbox|sign up|subscribe)|\byour inbox\b|join our\b.{0,30}\b(?:forums?|community|newsletter)|(?:have|got) a (?:news |story )?tip\?|\bmasz (?:temat|informację|newsa|sygnał)\b|¿?(?:has visto|viste|detectaste|encontraste|has detectado|ha detectado|ha encontrado) (?:un|algún) error|encontrou (?:algum |um )?erro|(?:heb je|hebt u|heeft u) een fout (?:gezien|gevonden|ontdekt)|hai (?:trovato|notato|visto) (?:un )?error[ei]|(?:^|[.!?]\s+|\b(?:have|did) you )(?:spotted|seen|noticed) an? (?:error|mistake|typo)\b|\bhar du (?:ett |et |en )?tips?\b|\btips oss\b|uutisvinkki|\bonko sinulla vinkki|\bvinkkaa meille|votre boîte (?:mail|e-?mail|de réception)|tu bandeja de entrada|nella tua (?:casella (?:di posta|email)|inbox)|(?:na|em) sua caixa de (?:entrada|e-?mail)|in (?:je|uw) (?:inbox|mailbox)|in (?:dein(?:em)?|ihr(?:em)?) (?:postfach|posteingang)|(?:\d\s?(?:€|\$|£|eur\b|euros?\b)|[€$£]\s?\d).{0,60}(?:sans engagement|résiliable à tout moment|sin permanencia|senza vincoli|disdici quando vuoi|jederzeit kündbar|cancel (?:at )?any ?time)|\bnapisz do nas\b|\bmáte (?:tip|námět)\b|\bnapište nám\b|if you (?:enjoyed|liked) (?:reading )?this\b|(?:teilen|diskutieren)\s*\/\s*(?:teilen|diskutieren)|follow (?:the )?[\w.]+ on (?:twitter|facebook|instagram|x)\b|please subscribe|(?<!\b(?:who|that|which|to|can|could|will|would|must|should|may|might|and|or|not|also)\s)download (?:the|our) .{0,40}\bapps?\b|want more (?:stories|news|articles)\b|email\b.{0,60}@|(?<!\bwho )\bis an? (?:[\w-]+ ){0,3}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer) (?:for|at|with)\b|abonnieren sie|abonnez-vous|suscr[íi]bete|suscrib[íi]te|(?<!\bwho )\bis (?:an?|the) (?:[\w&-]+ ){0,4}(?:founder|co-founder|ceo|director|consultant|professor|lecturer) (?:of|at|for|with)\b|this entry was posted|(?:haben sie einen )?fehler (?:gefunden|entdeckt)\?|vous avez (?:trouvé|repéré) une (?:erreur|faute)|has encontrado (?:un|algún) error|(?:found|spotted) (?:an error|a mistake|a typo)\b|^our (?:editorial )?standards\s*:|^the (?:views|opinions) (?:and opinions )?expressed (?:in this (?:article|column|post|piece|op-ed) |here )?are (?:those of )?the (?:author|writer)|read the (?:full|whole|complete|original|rest of the) (?:story|article) (?:on|at)\b|is solely responsible for all content\b|\ba version of this (?:article|story|review|column) (?:appears|appeared) in print\b|(?:this (?:article|story) )?(?:first )?appeared in (?:the )?print edition\b|follow (?:[\w.]+(?:['’]s)? )?(?:full |more |all )?coverage (?:of|on)\b|for more (?:of )?(?:[\w.]+(?:['’]s)? )?coverage (?:of|on)\b|der beitrag wurde am|dieser (?:text|artikel|beitrag) wurde (?:am |zuerst |erstmals )?\S*\s*veröffentlicht|\buse (?:the )?(?:promo |coupon |discount )?code\s*["“'‘])/i;

/**
 * A post's record line: labelled fields of the blog or CMS ("News date : 04/21/2022 Category :
 * Press Releases", "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: …"). Two such labels at least:
 * one ("Date: March 21") may open a story's own line of practical facts.
 */
const POST_FIELD =
  /(?:^|[\s|·•,;–-])(?:(?:news |post |publication )?date|datum|published(?: on)?|posted(?: on| by| in)?|created(?: on)?|(?:last )?modified|(?:last )?updated|aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?|categor(?:y|ies)|kategorien?|rubrik|filed under|tags|tagged|schlagw[öo]rter?|stichw[öo]rter?|views|aufrufe|hits|rating|bewertung|comments|kommentare|added by|hinzugefügt von|publié le|mis à jour le|catégories?|étiquettes|publicado(?: el)?|categor[íi]as?|etiquetas)\s*:/giu;

export const isPostRecordLine = (text: string): boolean =>
  text.length <= 200 && (text.match(POST_FIELD)?.length ?? 0) >= 2;

export const isFurnitureLine = (text: string): boolean =>
  text.length <= 100 && (FURNITURE.test(text.toLowerCase()) || FURNITURE_CASELESS.test(text));
export const isAdLabel = (text: string): boolean => AD_LABEL.test(text);
/** A title marked as an ad at its end, as German law has ads marked: "investify: Der Testsieger (Anzeige)". */
const AD_TITLE = new RegExp(`^[^()]{1,120}\\((?:${AD_LABELS})\\)`, "iu");
/** The start of `text` that is a title ending in "(Anzeige)", "(Advertisement)"…, if it opens with one. */
export const adTitleOpening = (text: string): string | null => AD_TITLE.exec(text)?.[0] ?? null;
export const isAudioLabel = (text: string): boolean => AUDIO_LABEL.test(text);
/** A line that is only a duration ("4 min", "6:45"): furniture beside an audio player's label, a recipe's time elsewhere. */
export const isDurationLine = (text: string): boolean => DURATION_LINE.test(text);

/**
 * A server's error printed into the page ("Strict Standards: Non-static method … should not be
 * called statically in /www/…/nggfunctions.php on line 813"): PHP's warnings and notices, which an
 * old WordPress plugin may print hundreds of times between the story's lines.
 */
const SERVER_ERROR =
  /^(?:php )?(?:strict standards|warning|notice|deprecated|(?:catchable |recoverable )?fatal error|parse error)\s*:\s.{1,400}?\bin \S+\.php(?: on line \d+|:\d+)?\.?$/i;
export const isServerError = (text: string): boolean => SERVER_ERROR.test(text);

/**
 * A writer's bio set after the name on a line of its own, opening with the verb: "ist Gründungspartner
 * der Kanzlei …", "ist freie Journalistin in Berlin". (With capitals as written: "Ist …?" asks.)
 */
const BIO_AFTER_NAME =
  /^ist (?:\S+ ){0,4}(?:Journalist|Autor|Redakteur|Korrespondent|Kolumnist|Gründer|Gründungspartner|Geschäftsführer|Partner|Inhaber|Professor|Dozent|Rechtsanwalt|Rechtsanwältin|Berater)/u;
export const isBioAfterName = (text: string): boolean => text.length <= 400 && BIO_AFTER_NAME.test(text);

/** A note on how to cite the piece, closing a scholarly blog's post: "SUGGESTED CITATION Sauer, Heiko: …". */
const CITATION_NOTE =
  /^(?:suggested citation|cite (?:this (?:article|post|piece) )?as\s*:|zitiervorschlag|zitierweise\s*:)/i;

export const isEndNote = (text: string): boolean =>
  text.length <= 400 &&
  (((END_NOTE.test(text) || PITCH.test(text)) && !REPORTED_SPEECH.test(text)) ||
    isBioAfterName(text) ||
    CITATION_NOTE.test(text));

/** A messaging app's channel or group, either way round: "WhatsApp-Kanal", "canal de Telegram". */
const MESSAGING_CHANNEL =
  "(?:(?:whatsapp|telegram|signal|viber|youtube)[- ]?(?:kanal|channel|canal|canale|chaîne|chaine|gruppe|group|grupo|gruppo|kanaal|kanał(?:u|em)?|community|канал(?:е|у|а|ом)?)|(?:kanal|channel|canal|canale|chaîne|chaine|gruppe|group|grupo|gruppo|kanaal|kanał(?:u|em)?|community|канал(?:е|у|а|ом)?) (?:\\S+ ){0,2}(?:whatsapp|telegram|signal|viber|youtube))";

/**
 * A pitch to the reader that is never part of a story, wherever it sits: "If you enjoyed reading
 * this post…", "Artikel gefallen? Vergiss nicht zu teilen!", "Subscribe now", "Lade weitere Inhalte".
 */
const PITCH = new RegExp(
  /\b(?:if you (?:enjoyed|liked) (?:reading )?this (?:post|article|story)|(?:artikel|beitrag) gefallen\?|vergiss nicht,? (?:ihn |es )?zu teilen|keep up with (?:me|us) on|subscribe now|^(?:keep|continue) reading with (?:a |an |our )?(?:free trial|(?:digital )?subscription|membership)|sign up (?:now|today|here)|abone ol(?:un)?\b|^subscribe to (?:[\w.&'’-]+ ){1,4}(?:and|to) (?:stay|get|keep|read|unlock|support|never miss|enjoy)\b|melden sie sich (?:jetzt )?(?:für|zum) (?:unseren )?newsletter an|abonnez-vous à notre newsletter|suscr[íi]bete a (?:nuestro|nuestra) (?:newsletter|bolet[íi]n)|to (?:view|read|continue reading) the (?:full|rest of the|entire) (?:story|article)|(?:you(?:'|’)re|you are) already a subscriber|\bweiter(?:lesen)? mit (?:[a-z]\w* ?)?(?:plus|\+)|\bmit [a-z][\w.-]* ?(?:plus|\+) weiterlesen|(?:suivez|abonnez)-nous sur|síguenos en|folgen sie uns (?:auf|bei)|seguici su|siga-nos (?:no|nas|em)|bizi takip edin|assine (?:a|nossa) newsletter|receba (?:as )?(?:notícias|not[íi]cias do \w+) (?:no|pelo) (?:whatsapp|telegram)|siga o \w+ no (?:instagram|twitter|facebook|whatsapp|telegram|youtube)|simak berita .{0,40}\bdi google news|dapatkan update berita|mari bergabung di (?:grup|saluran) (?:telegram|whatsapp)|follow us on google news|(?:get|have) the latest (?:news|stories|headlines) delivered (?:to|straight to) your inbox|click here (?:to|for) (?:get|download|sign up|subscribe|join|read|watch|listen|more)\b|(?:^|[.!?]\s+)(?:please )?support (?:our|independent) journalism|(?:^|[.!?]\s+)become a (?:member|subscriber|supporter|patron)(?: today| now)?\b|(?:^|[.!?]\s+)donate now|(?:we|this site|our journalism) rel(?:y|ies) on (?:readers|your support|donations|support from readers)|did you (?:find|enjoy) this (?:article|story|post)\b|already (?:a subscriber|subscribed|have an account)\?|this (?:article|story|content) is (?:only )?(?:available |reserved )?(?:exclusively )?(?:for|to) (?:paying )?(?:subscribers|members)|il vous reste \d+ ?% de cet article à lire|la suite est réservée aux abonnés|(?:cet |l'|l’)article (?:est )?réservé aux abonnés|déjà abonné(?:e)? ?\?|bereits abonnent(?:in)?\?|sie (?:sind bereits abonnent|haben bereits ein abo)|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:exklusiv )?für abonnenten|ya eres suscriptor|este (?:artículo|contenido) es exclusivo para suscriptores|sei già abbonato|(?:questo )?articolo (?:è )?riservato agli abbonati|first-time subscribers|(?:hazte|h[áa]gase) (?:miembro|socio|suscriptor)|cancela cuando quieras|follow (?:us|the \w+(?: \w+)?) on (?:twitter|facebook|instagram)|submit (?:your|a) letter to the editor|(?:dieser|der) (?:beitrag|artikel|post) enthält (?:werbung|affiliate|anzeige)|\b(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b.{0,40}\b(?:if you (?:buy|purchase|click|shop)|(?:through|from|via) (?:\w+ ){0,2}links?\b|on (?:qualifying )?purchases)|this (?:post|article|page) (?:contains|may contain|includes) (?:affiliate|sponsored)|bei den (?:verlinkungen|links) handelt es sich um|\b(?:wir (?:erhalten|bekommen)|(?:erhalten|bekommen) wir)[^.]{0,40}\bprovision\b[^.]{0,80}(?:\blinks?\b|verlinkung|affiliate)|(?:\blinks?\b|verlinkung|affiliate)[^.]{0,80}\b(?:wir (?:erhalten|bekommen)|(?:erhalten|bekommen) wir)[^.]{0,40}\bprovision\b|(?:gekennzeichnete|markierte) links sind affiliate-links|(?:cet article|cette page) contient des liens (?:d['’]affiliation|affili[ée]s|sponsoris[ée]s)|\bnous (?:percevons|touchons|recevons|pouvons percevoir|pouvons toucher) une (?:petite )?commission\b|\b(?:podemos recibir|recibimos|obtenemos|ganamos) una (?:peque[ñn]a )?comisi[óo]n\b|este art[íi]culo contiene enlaces de afiliad[oa]s?|\briceviamo una (?:piccola )?commissione\b|questo articolo contiene link di affiliazione|\b(?:wij|we) ontvangen (?:mogelijk )?een (?:kleine )?commissie\b|(?:^|[.!?]\s+)(?:add|make|set|choose|select|fügen sie|füge|legen sie|ajoutez|añade|agrega)\b.{0,60}\b(?:as (?:a |your )?(?:preferred|trusted) source|als bevorzugte quelle|comme source préférée|como fuente preferida)\b|(?:is|are) not responsible for the (?:opinions|views|content)|(?:straight|right|directly) (?:to|on) your (?:phone|smartphone|inbox|device)\b|(?:meld je aan|schrijf je in) voor (?:onze|de) nieuwsbrief|zapisz się (?:do|na) (?:nasz(?:ego|y) )?newslett|tilaa (?:uutiskirje|uutiskirjeemme)|iratkozzon fel (?:a )?hírlevel|tilmeld dig (?:vores |vort )?nyhedsbrev|(?:prenumerera|abonner) på (?:vårt |vores )?(?:nyhetsbrev|nyhedsbrev)|ikuti kami di)|(?:^|[.!?]\s+)(?:(?:pretplatite|prijavite) se (?:na|za) (?:naš |naše )?(?:newsletter|bilten)|abonea(?:ză|za)-te la (?:newsletter|buletinul)|iscriviti alla (?:nostra )?newsletter|(?:abonneer je|schrijf je in) (?:op|voor) (?:onze )?nieuwsbrief|jiandikishe (?:kupokea )?jarida(?: letu)?|(?:подпишитесь|підписуйтесь|подписывайтесь|підпишіться) на (?:нашу )?(?:рассылку|розсилку)|εγγραφείτε στο (?:δωρεάν )?newsletter|न्यूज़लेटर (?:की सदस्यता लें|के लिए साइन अप करें))|(?:подпишитесь|підписуйтесь|подписывайтесь|підпишіться) на наш|theo dõi chúng tôi trên|přihlaste se k odběru|volg ons op|obserwuj nas|unterstützen sie (?:unabhängigen|unseren|guten) journalismus|soutenez (?:le journalisme|notre (?:rédaction|journal|travail))|(?:if )?you(?:'|’)re (?:on|using) the .{0,40}\bapp\b/
    .source +
    "|" +
    // A messaging app's channel offered to the reader: after "our" ("Unser WhatsApp-Kanal", "nuestro
    // canal de Telegram"), or after a call to join opening the line ("Join the … WhatsApp channel").
    // A story's "protesters joined a Telegram channel" has neither.
    `(?<![a-zß-ÿа-яё])(?:our|unser(?:e[mnrs]?)?|nuestr[oa]|notre|nostr[oa]|noss[oa]|onze|nasz(?:ego|ej|ym|a)?|vores|vårt|vår|наш(?:ем|его|им|у|а)?)\\s+${MESSAGING_CHANNEL}` +
    `|(?:^|[.!?:]\\s+)(?:jetzt\\s+)?(?:join|únete|únase|unete|rejoignez|rejoins|iscriviti|unisciti|entre|participe|folgen sie|folge|abonnieren sie|abonniere|tritt|sigue|siga|segui|suivez|subscribe to|follow|dołącz do|присоединяйтесь к|приєднуйтесь до|подписывайтесь на|підписуйтесь на)(?![a-zß-ÿа-яё]).{0,40}?${MESSAGING_CHANNEL}` +
    "|" +
    // How to report a typo ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"), Russian calls to
    // read the site elsewhere ("Читайте нас в Telegram"), and the ad register's token a Russian
    // advertorial must print ("Реклама. ООО «…», ИНН …, erid: 2Vtzq…").
    /(?:ошибк|помилк|опечатк|mistake|error|typo|błąd|chyb)[^.!]{0,80}\bctrl\s*\+\s*enter\b|\bctrl\s*\+\s*enter\b[^.!]{0,80}(?:ошибк|помилк|опечатк|mistake|error|typo|błąd|chyb)|(?:^|[.!?]\s+)(?:читайте|следите за) нас(?:ими новостями)? (?:в|на)\s|(?:^|[.!?]\s+)(?:читайте|слідкуйте за|стежте за) (?:нами|нас|новинами) (?:в|у|на)\s|\berid\s*[:：]\s*[\w-]{6,}/
      .source +
    "|" +
    // An embed's placeholder for readers who refused cookies ("Pour voir cette vidéo, acceptez les
    // cookies", "… porque no has aceptado las cookies"): a call in the imperative after a stop or a
    // comma, or the reader's own refusal. (A story's "sites must let users refuse cookies" has neither.)
    /(?:^|[.!?:,]\s*)(?:please\s+|bitte\s+)?(?:accept|acceptez|accepter|acepta|aceptar|akzeptieren sie|akzeptiere|accetta|accettare|aceite|aceitar|accepteer)\s+(?:all\s+|les\s+|las\s+|the\s+|os\s+|i\s+|tous les\s+|die\s+|alle\s+)?(?:cookies?|traceurs)\b|\b(?:vous avez|you have|you've|has|no has|usted ha|sie haben|du hast|hai|você|u heeft|je hebt)\s+(?:pas\s+|not\s+|nicht\s+)?(?:refusé|rejected|declined|rechazado|aceptado|accepté|accepted|abgelehnt|akzeptiert|rifiutato|accettato|recusou|aceitou|geweigerd|geaccepteerd)\s+(?:les\s+|the\s+|las\s+|os\s+|i\s+|die\s+)?(?:cookies?|traceurs)/
      .source +
    "|" +
    // The same placeholder in German ("An dieser Stelle findet Ihr einen externen Inhalt von Instagram,
    // der den Artikel ergänzt. Ihr könnt ihn Euch mit einem Klick anzeigen lassen."), and the consent
    // its switch asks for, which sites with hashed classes leave no other mark on ("Ich bin damit
    // einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten
    // an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.").
    /an dieser stelle (?:finden sie|findet ihr|findest du|wird|ist) (?:einen |ein )?(?:externen |externer |externe )?inhalte? (?:von|aus|eines)\b|\b(?:mit einem klick|per klick) (?:anzeigen|laden|einblenden) lassen\b|(?:^|[.!?]\s+)ich bin damit einverstanden, dass mir externe inhalte angezeigt werden|^mehr dazu in unserer datenschutzerklärung|(?:^|[.!?]\s+)i agree (?:to|that) (?:have )?external content (?:is |be |being )?(?:displayed|shown)/
      .source +
    "|" +
    // Calls to turn on alerts, to get the news by a messenger, to follow on Google News, to get the app.
    /(?:^|[.!?]\s+)(?:turn on|enable|allow) (?:push |browser )?notifications\b|activez les notifications|activa las notificaciones|attiva le notifiche|ative as notificações|aktivieren sie (?:die |unsere )?(?:push-)?benachrichtigungen|(?:^|[.!?]\s+)(?:recibe|recib[íi]|ricevi|receba|recevez|reçois|erhalte|erhalten sie|get|receive)\b.{0,60}\b(?:en|su|no|pelo|sur|auf|per|on|via) (?:tu |il tuo |seu |votre |ihr |your )?(?:whatsapp|telegram)\b|\bbizi .{0,30}takip edin|\b(?:baca|simak|ikuti) (?:berita|artikel|update|info)\b.{0,40}\bdi (?:google news|whatsapp|telegram)|(?:^|[.!?]\s+)(?:téléchargez|télécharger|descarga|descargue|descárgate|scarica|scaricate|baixe|baixa|downloaden|download|lade|laden sie|pobierz|stáhněte|tải)\s+(?:gratuitement\s+|gratis\s+|gratuitamente\s+|jetzt\s+|now\s+)?(?:l['’]appli(?:cation)?|la app|la aplicación|l['’]app|o aplicativo|o app|a app|de app|die app|unsere app|our app|the app|aplikację|aplikaci|ứng dụng)|uygulamamızı (?:indirin|indir|yükleyin)|ऐप डाउनलोड करें|(?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|टेलीग्राम) चैनल .{0,20}(?:जुड़ें|फॉलो करें)|हमारे (?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|टेलीग्राम) चैनल|(?:^|[.!?:;]\s+)(?:get|download|install|try|holen sie sich|hol dir) (?:the|our|die|unsere) (?:[\w&'’.-]+[ -]){0,3}app\b.{0,80}\b(?:iphone|ipad|ios|android|app store|google play)\b/
      .source +
    "|" +
    // A note that the page is in other languages too (WPML's and Polylang's "This post is also
    // available in: Deutsch"): the site's language menu, not the story.
    /\b(?:this|the|dieser|der|cet|cette|este|esta|questo|dit|deze) (?:article|post|story|page|entry|artikel|beitrag|text|artículo|articolo|artigo|página|pagina|bericht)\b.{0,20}\b(?:available|verfügbar|disponible|disponibile|disponível|beschikbaar) (?:(?:also|auch|anche|aussi|también|também|ook) )?(?:in|en|auf|em|on)\b|^(?:also available in|auch verfügbar (?:auf|in)|disponible (?:aussi|également|también) en)\b/
      .source +
    "|" +
    // English calls: for tips, to read the comment policy, to share one's story, to subscribe; a
    // metered paywall's count and its offer.
    /(?:^|[.!?]\s+)(?:have|got) a (?:news )?(?:tip|story)\?|(?:^|[.!?]\s+)read our (?:comment(?:ing)?|community) (?:policy|guidelines|standards)|(?:^|[.!?]\s+)we want to hear from you\b|(?:^|[.!?]\s+)share your (?:story|experience|thoughts) with us\b|(?:^|[.!?]\s+)(?:please )?subscribe (?:today|for more)\b|our journalism (?:needs|depends on|relies on) (?:your|readers)|you(?:'ve|’ve| have) reached your (?:limit|maximum) of free (?:articles|stories)|you have \d+ free (?:articles|stories) (?:left|remaining)|unlimited (?:digital )?access for (?:just |only )?[$€£]/
      .source +
    "|" +
    // Romance pages' calls: to report a mistake, to follow the site's news or find it on social
    // media, to get its newsletter, to log in to comment.
    /vous avez (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute|coquille)|¿?has (?:visto|detectado|encontrado) (?:un|algún) error\?|hai (?:trovato|notato) un errore\?|encontrou (?:um )?erro\?|(?:^|[.!?]\s+)(?:suivez|retrouvez) (?:toute )?l['’]actualité .{0,60}\b(?:sur|via|avec)\b|(?:^|[.!?]\s+)retrouvez-nous sur|(?:^|[.!?:]\s+)recevez (?:chaque \S+ |gratuitement |tous les \S+ )?(?:notre|nos|la) (?:\S+ )?newsletters?|(?:^|[.!?]\s+)newsletter\s*:\s*recevez|(?:^|[.!?]\s+)recib[ae] (?:\S+ ){0,2}(?:nuestra|nuestro|la|el) (?:\S+ )?(?:newsletter|bolet[íi]n)|(?:^|[.!?]\s+)ricevi (?:la nostra )?newsletter|(?:^|[.!?]\s+)receba (?:a nossa |nossa )?newsletter|vous (?:souhaitez|voulez) (?:réagir|commenter)\s*\?/
      .source +
    "|" +
    // German calls to the reader: to register and read on, to write in, to comment; a trial
    // subscription's offer; an affiliate disclosure ("Affiliate-Link: … erhalten wir eine Provision").
    /(?:^|[.!?]\s+)jetzt (?:kostenlos |gratis )?registrieren und (?:weiter|gratis |kostenlos )?lesen|(?:^|[.!?]\s+)schreiben sie uns\b|(?:^|[.!?]\s+)abbonati per (?:leggere|continuare)\b|(?:^|[.!?]\s+)assine para (?:ler|continuar)\b|(?:^|[.!?:]\s+)kommentieren sie (?:diesen|den|unseren) (?:artikel|beitrag)|ihre meinung ist (?:uns )?(?:wichtig|gefragt)\b|noch kein abo(?:nnent)?\?|(?:^|[.!?]\s+)jetzt \d+ (?:wochen|monate|tage) (?:lang )?(?:gratis|kostenlos|für (?:nur )?\d+(?:[,.]\d+)? ?(?:€|euro))|abonnieren sie (?:jetzt )?(?:unseren|den) (?:\S+ )?newsletter|\b(?:kaufen|einkaufen|bestellen|buchen|klicken)\b.{0,60}\b(?:erhalten|bekommen) wir (?:\S+ ){0,2}(?:provision|vergütung)|gekennzeichneten links sind (?:affiliate|partner|werbe)[- ]?links|(?:dieser|der) (?:artikel|beitrag|text) (?:kann|könnte|enthält) (?:\S+ ){0,4}links?\b.{0,80}\b(?:provision|vergütung)\b|^transparenzhinweis\s*:/
      .source +
    "|" +
    // A call to sign up or join for members' offers: "Werden Sie Mitglied … und erhalten Sie exklusive
    // Angebote!", "Inscrivez-vous et recevez nos offres exclusives". (A story's "members get
    // exclusive offers, the firm said" opens with no call.)
    /(?:^|[.!?]\s+)(?:(?:jetzt )?(?:anmelden|registrieren|mitglied werden)|werden sie (?:jetzt )?mitglied|melden sie sich (?:jetzt )?an|sign up|register|join|become a member|inscrivez-vous|abonnez-vous|devenez membre|reg[íi]strate|suscr[íi]bete|hazte socio|iscriviti|registrati|cadastre-se|inscreva-se)\b.{0,60}\b(?:exklusive[nr]? (?:angebote|vorteile|rabatte|inhalte)|exclusive (?:offers|deals|discounts|content|benefits|access)|offres? exclusives?|ofertas exclusivas|offerte esclusive|ofertas exclusivas|exclusieve aanbiedingen)/
      .source +
    "|" +
    // Follow-us lines in Arabic, Persian, Hebrew, Hindi, Thai, Indonesian, Japanese, Chinese, Korean.
    /تابعونا (?:على|عبر)|تابعوا .{0,30}(?:على|عبر) (?:فيسبوك|تويتر|تلغرام|تيليجرام|يوتيوب|إنستغرام|واتساب|جوجل نيوز)|ما را در .{0,30}دنبال کن[یي]د|به کانال .{0,30}بپیوندید|עקבו אחרינו|הצטרפו לערוץ|हमें .{0,30}(?:फ़ॉलो|फॉलो) करें|ติดตาม(?:ข่าวสาร)?(?:ได้)?ที่|ikuti (?:berita terkini|kami) di|(?:をフォロー|フォローしてね|フォローお願いします)|(?:关注|關注)我们|(?:关注|關注)我們|扫码关注|(?:팔로우|구독)(?:하세요|해 주세요)/
      .source,
  "i",
);

/**
 * A reporting clause after a comma ("…, the mayor said", "…, a lancé le maire", "…, sagte der
 * Bürgermeister", "…, ha detto il sindaco"), or an English one opening the sentence ("The minister
 * said she would follow him on…", "Residents were told to email…"): the words are someone's,
 * reported in a story, not the page's pitch to its reader. A few words may stand before the verb.
 */
const REPORTED_SPEECH = new RegExp(
  "^(?:[\\p{L}'’-]+\\s+){1,4}?(?:said|says|told|urged|asked|added|insisted|explained|warned|announced|(?:was|were|are|have been|had been) (?:told|asked|urged|advised))\\s|" +
    "[,–—]\\s*(?:[\\p{L}'’-]+\\s+){0,4}?(?:" +
    [
      "said|says|told|tells|chanted|urged|asked|added|wrote|tweeted|shouted|insisted|joked|explained|replied",
      "sagte|sagt|rief|erklärte|meinte|betonte|schrieb",
      "a (?:dit|lancé|déclaré|affirmé|ajouté|écrit|expliqué)|dit|lance|explique",
      // (Italian and Spanish "dice" once.)
      "ha (?:detto|dichiarato|affermato|aggiunto|scritto|spiegato)|dice|spiega",
      "dijo|afirmó|señaló|añadió|explicó|escribió",
      "disse|afirmou|acrescentou|explicou|escreveu",
      "zei|schreef|zegt",
    ].join("|") +
    ")(?![\\p{L}])",
  "iu",
);

export const isPitch = (text: string): boolean =>
  text.length <= 250 && PITCH.test(text) && !REPORTED_SPEECH.test(text);

/**
 * Notices to the reader that are no part of a story (declutter-shapes.ts): how comments are
 * moderated, a newsletter or subscription offer with its price or promo code.
 */
const COMMENT_POLICY =
  /\b(?:comments?|coment[áa]rios?|kommentare?|commentaires?|commenti|yorumlar?)\b.{0,100}\b(?:moderat|mod[ée]r[ée]|moderad|aprovad|approv|freigeschaltet|freigegeben|onaylan)|\bmoderat\w* (?:all |the )*(?:comments|coment[áa]rios|kommentare|commentaires|commenti)\b/i;
const OFFER =
  /\b(?:sign up for (?:the |our )?(?:free )?(?:[\w-]+ ){0,2}newsletters?|(?:meet|delivered (?:to|into)|straight (?:to|into)) your inbox|delivered (?:through|to) your (?:letterbox|door)|\d+ issues for\b|use (?:the )?(?:promo |coupon |discount )?code\s*["“'‘]|subscriptions? service\b|every (?:day|week|morning) we (?:send|email)\b|inscreva-se (?:na|em) nossa newsletter|inscrivez-vous à (?:notre|la) newsletter|iscriviti alla (?:nostra )?newsletter)/i;

/** Cyrillic letters drawn like Latin ones ("о", "е", "В", "ѕ"). */
const LOOK_ALIKES = /[аеорсухіѕјԁһԛԝӏАВЕКМНОРСТХІЅЈ]/gu;

/**
 * A Latin word with Cyrillic look-alikes in it ("Yоur", "Веlіzе"): not a Russian inflection of a
 * Latin name ("iPhone’ов"), whose Cyrillic letters look like none.
 */
function isDisguisedWord(word: string): boolean {
  const rest = word.replace(LOOK_ALIKES, "");
  return rest.length < word.length && /\p{Script=Latin}/u.test(rest) && !/\p{Script=Cyrillic}/u.test(rest);
}

/**
 * A line written with look-alike letters of another script ("Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу"):
 * an advertisement hiding from filters. A story's words keep to their script.
 */
export const isDisguisedText = (text: string): boolean =>
  text.length <= 400 && text.split(" ").filter(isDisguisedWord).length >= 3;

export const isReaderNotice = (text: string): boolean =>
  text.length <= 250 && (COMMENT_POLICY.test(text) || OFFER.test(text)) && !REPORTED_SPEECH.test(text);

/**
 * Closing boilerplate (declutter-shapes.ts): a press release's "about the company" paragraph, and
 * a short note on who the writer is ("Jane Doe is a freelance writer living in Ohio").
 */
const ABOUT_COMPANY =
  /\b(?:is|are) (?:a|an|the) (?:[\w-]+ ){0,3}(?:global|leading|international|worldwide|privately[ -]held|publicly[ -]traded|listed)\b.{0,80}\b(?:provider|company|manufacturer|supplier|developer|group|firm|organi[sz]ation|corporation|maker|leader)\b|\b(?:is )?headquartered in\b|\bregistered shares\b|\b(?:shares|stock) (?:are|is) (?:listed|traded) on\b/i;
const WRITER_NOTE =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: \([^)]{0,60}\))? is (?:an?|the) (?:[\w-]+ ){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|publisher|author|blogger|freelancer)\b/u;

export const isAboutCompany = (text: string): boolean => text.length <= 1000 && ABOUT_COMPANY.test(text);
export const isWriterNote = (text: string): boolean => text.length <= 400 && WRITER_NOTE.test(text);

/**
 * Appeals for the readers' support (appeal-boxes.ts). A call to give, alone on its button or
 * link: "Donate now", "Support us", "Jetzt unterstützen", "Je fais un don", "Apoya a El Faro",
 * "Hazte socio", "Sostienici", "Quero apoiar", "Doneer nu". Not "Subscribe" (a sign-up box's, told
 * apart by its form), nor "Join" (the comments' "Join the conversation").
 */
const SUPPORT_CALL = new RegExp(
  "^(?:" +
    [
      "(?:please )?(?:donate|give|contribute)(?: now| today| here| once| monthly)?",
      "make (?:a|your) (?:donation|contribution|gift)(?: now| today)?",
      "support (?:us|our (?:work|journalism|newsroom|reporting)|independent journalism)(?: now| today)?",
      "(?:unterstütze|unterstützen sie) uns(?: jetzt)?",
      "(?:soutenez|soutenir)[- ]nous",
      "steun ons",
      "wesprzyj nas",
      "become a (?:member|supporter|patron|friend|donor)(?: now| today)?",
      "(?:jetzt )?(?:unterstützen|spenden|mitglied werden|fördermitglied werden)(?: sie uns)?",
      "(?:je )?(?:fais|faire|faites) un don",
      "je (?:soutiens|donne)(?: \\S+){0,2}",
      "nous soutenir",
      "devenez (?:membre|donateur|donatrice|abonné\\S*)",
      "ap[óo]yanos",
      "(?:dona|donar)(?: ahora| aquí)?",
      "haz una donación",
      "hazte (?:socio|socia|miembro|mecenas)",
      "sostienici",
      "(?:dona ora|fai una donazione)",
      "(?:quero )?apoiar",
      "(?:doe agora|fa[çc]a uma doa[çc][ãa]o)",
      "doneer(?: nu)?",
      "word (?:lid|donateur|vriend)",
      "(?:stöd oss|bli (?:medlem|månadsgivare)|støt os|støtt oss|bliv (?:medlem|støttemedlem))",
      "podpořte nás",
      "(?:поддержать|поддержите|підтримати|підтримайте)(?: нас| проект| редакцию| редакцію)?",
      "destek ol",
    ].join("|") +
    ")[\\s!.:→›»>]*$",
  "iu",
);

/**
 * A call to support the site by its name: "Support The Tribune", "Apoya a El Faro", "Sostieni
 * Il Post". Without the i flag, so that the name's capital is one ("Support tickets" is no call).
 */
const NAME = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|de|del|di|do|da|van|of|the))*";
const SUPPORT_NAMED = new RegExp(
  `^(?:[Ss]upport|[Uu]nterstütze(?:n [Ss]ie)?|[Ss]outenez|[Ss]outenir|[Aa]poya(?: al?)?|[Ss]ostieni|[Aa]poie(?: [oa])?|[Ss]teun|[Ww]esprzyj) ${NAME}(?: (?:now|today|jetzt))?[\\s!.:→›»>]*$`,
  "u",
);

/**
 * A support appeal's title, the whole line: "Support independent journalism", "Apoya el periodismo
 * incómodo", "Unterstützen Sie unabhängigen Journalismus", "Soutenez notre rédaction".
 */
const SUPPORT_TITLE = new RegExp(
  "^(?:" +
    [
      "(?:please )?support (?:\\S+ ){0,2}(?:journalism|news(?:room)?|reporting)",
      "(?:…|\\.\\.\\.)? ?we have a small fav(?:ou)?r to ask",
      "(?:apoya|apoye|sostén) (?:el|al|nuestro|un) (?:\\S+ )?periodismo(?: \\S+)?",
      "(?:unterstützen sie|unterstütze) (?:\\S+ ){0,2}journalismus",
      "soutenez (?:le journalisme|une presse|notre (?:rédaction|journal|travail|indépendance))(?: \\S+)?",
      "sostieni (?:il |l['’])(?:\\S+ )?(?:giornalismo|informazione)(?: \\S+)?",
      "apoie o jornalismo(?: \\S+)?",
      "steun (?:\\S+ )?journalistiek",
      "stöd (?:\\S+ )?journalistik",
      "wesprzyj (?:\\S+ )?dziennikarstwo",
      "поддержите (?:\\S+ )?журналистику",
    ].join("|") +
    ")[\\s!.:]*$",
  "iu",
);

/**
 * What an appeal's prose speaks of: its readers, their support, the newsroom's independence, a
 * gift or membership, journalism. Each long line of a box must, before the box counts as one.
 */
const SUPPORT_WORDS =
  /(?<![\p{L}])(?:readers?|supporters?|support|independen\w*|donat\w*|contribut\w*|members?(?:hip)?|journalis\w*|paywall|lector(?:es|as)|apoy\w*|ap[óo]yanos|independient\w*|donaci\w*|membres[íi]a|socios?|cuota|periodis\w*|leser\w*|unterstütz\w*|unabhängig\w*|spende\w*|beitrag|mitglied\w*|lecteurs?|lectrices?|soutien|souten\w*|indépendan\w*|\bdons?\b|lettori|sosteg\w*|sostien\w*|indipendent\w*|contributo|leitores|apoi\w*|independente\w*|doa[çc]\w*|lezers|steun|onafhankelijk\w*|bijdrage|läsare|læsere|czytelnik\w*|читател\w*|поддерж\w*)(?![\p{L}])/iu;

export const isSupportCall = (text: string): boolean =>
  text.length <= 40 && (SUPPORT_CALL.test(text) || SUPPORT_NAMED.test(text));
export const isSupportTitle = (text: string): boolean => text.length <= 80 && SUPPORT_TITLE.test(text);
export const isAboutSupport = (text: string): boolean => SUPPORT_WORDS.test(text);

/**
 * A notice's call to consent to cookies, the whole line (appeal-boxes.ts): "I Accept", "Accept all
 * cookies", "Alle akzeptieren", "Tout accepter", "Aceptar y cerrar", "Got it". Not "OK" or "Close"
 * alone: every dialog has them.
 */
const CONSENT_CALL = new RegExp(
  "^(?:" +
    [
      "(?:yes,? )?(?:i )?(?:accept|agree)(?: (?:all|and (?:continue|close)))?(?: cookies)?",
      "(?:ok,? )?got it",
      "allow (?:all )?cookies|allow all",
      "(?:alle )?(?:cookies )?(?:akzeptieren|zulassen|erlauben)(?: und (?:weiter|schließen|fortfahren))?|einverstanden|zustimmen(?: und weiter)?|ich stimme zu",
      "(?:tout )?accepter(?: (?:tout|et (?:fermer|continuer)))?|j['’]accepte|ok pour moi",
      "aceptar(?: (?:todo|todas|y (?:cerrar|continuar)|cookies))?|acepto",
      "accetta(?: (?:tutti|tutto|e (?:chiudi|continua)))?|accetto",
      "aceitar(?: (?:todos|tudo|e (?:fechar|continuar)))?|aceito|concordo",
      "(?:alles )?accepteren|akkoord",
      "zaakceptuj(?: wszystkie)?|akceptuję|zgadzam się",
      "принять(?: все)?|согласен|принимаю",
      "(?:tümünü )?kabul et",
    ].join("|") +
    ")[\\s!.]*$",
  "iu",
);

/** What a consent notice's long lines speak of: cookies, tracking, privacy, consent, personal data. */
const CONSENT_WORDS =
  /cookie|(?<![\p{L}])(?:consent\w*|privacy|tracking|trackers?|opt[- ]?out|gdpr|personali[sz]ed (?:ads|content)|datenschutz\w*|einwillig\w*|zustimm\w*|traceurs?|consentement|confidentialit[ée]|privacidad|consentimiento|riservatezza|consenso|privacidade|consentimento|toestemming|prywatno\w*|согласи\w*|конфиденциальн\w*|çerez\w*|gizlilik)(?![\p{L}])/iu;

/**
 * A consent notice's opening, in the site's voice: "We and our partners use cookies", "Diese Website
 * verwendet Cookies", "Questo sito utilizza cookie", "Nous et nos partenaires utilisons des cookies".
 */
const CONSENT_VOICE = new RegExp(
  "(?<![\\p{L}])(?:" +
    [
      "(?:we|wir|nous|noi|wij|nós|nosotros)(?: (?:and|und|et|e|en|y) (?:our|unsere|nos|i nostri|onze|nossos|nuestros) (?:\\S+ )?(?:partners?|partenaires|partner|parceiros|socios))? (?:use|nutzen|verwenden|setzen|utilisons|utilizziamo|gebruiken|usamos|utilizamos) (?:\\S+ ){0,3}(?:cookies?|traceurs)",
      "(?:this|our|diese|unsere|ce|notre|este|nuestro|questo|il nostro|deze|onze|o nosso) (?:web)?(?:site|website|seite|webseite|sito|sitio|página|portal) (?:\\S+ ){0,2}(?:uses|verwendet|nutzt|utilise|utiliza|usa|utilizza|usa|gebruikt) (?:\\S+ ){0,3}(?:cookies?|traceurs)",
    ].join("|") +
    ")",
  "iu",
);

export const isConsentCall = (text: string): boolean => text.length <= 40 && CONSENT_CALL.test(text);
export const isConsentVoice = (text: string): boolean => BANNER.test(text) || CONSENT_VOICE.test(text);
export const isAboutConsent = (text: string): boolean => CONSENT_WORDS.test(text);

/**
 * A newsletter's sign-up promo without a form of its own (appeal-boxes.ts): a title, a line on what
 * comes to the inbox and when, and a link to the sign-up page. Its call, the whole line: "Sign up",
 * "Subscribe for free", "Jetzt abonnieren", "Kostenlos anmelden", "Je m'inscris", "Suscríbete",
 * "Iscriviti", "Aanmelden", "Inscreva-se", "Zapisz się".
 */
const NEWSLETTER_CALL = new RegExp(
  "^(?:" +
    [
      "(?:sign up|subscribe|register)(?: (?:now|today|here|for free|free|for our newsletter))?",
      "(?:jetzt |hier |kostenlos |gratis )*(?:abonnieren|anmelden|registrieren)",
      "(?:je m['’]inscris|je m['’]abonne|s['’]inscrire|inscrivez-vous|abonnez-vous)(?: gratuitement)?",
      "(?:suscr[íi]bete|suscribirme|suscribirse|reg[íi]strate)(?: gratis)?",
      "(?:iscriviti|iscrivermi)(?: gratis)?",
      "(?:aanmelden|inschrijven|abonneren|meld je aan|schrijf je in)",
      "(?:inscreva-se|assine|cadastre-se)(?: grátis)?",
      "(?:zapisz się|subskrybuj)",
      "(?:подписаться|подпишитесь)",
    ].join("|") +
    ")[\\s!.→›»>]*$",
  "iu",
);
/**
 * A newsletter promo's title: "Newsletter", "Get our free newsletter", "Der Morgen-Newsletter",
 * "Boletín" (not "The Morning Briefing": a story's part may be titled so; its box goes by its call).
 */
const NEWSLETTER_TITLE =
  /^(?:(?:get|sign up for|subscribe to) )?(?:(?:our|the|der|die|unser|le|la|notre|el|nuestro|il|la nostra|de|onze|o|a|nossa) )?(?:\S+[ -]){0,2}(?:newsletter|nieuwsbrief|boletín|bolet[íi]m|рассылка)$/iu;
/** What a newsletter promo's lines speak of: the inbox, and the mornings or days it comes on. */
const NEWSLETTER_WORDS =
  /newsletter|nieuwsbrief|bolet[íi]n|briefing|inbox|mailbox|postfach|e-?mail|boîte (?:mail|de réception)|correo|casella di posta|caixa de entrada|skrzynk|every (?:morning|weekday|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|jeden (?:morgen|abend|tag|freitag)|chaque (?:matin|soir|jour|semaine)|cada (?:mañana|día|semana)|ogni (?:mattina|giorno|settimana)|elke (?:ochtend|dag|week)|todas as manhãs|todos os dias|codziennie/iu;

export const isNewsletterCall = (text: string): boolean => text.length <= 40 && NEWSLETTER_CALL.test(text);
export const isNewsletterTitle = (text: string): boolean => text.length <= 60 && NEWSLETTER_TITLE.test(text);
export const isAboutNewsletter = (text: string): boolean => NEWSLETTER_WORDS.test(text);

/**
 * A comment's own button, the whole line: "Reply", "Antworten", "Répondre", "Responder", "Rispondi",
 * "Odpowiedz", "Ответить", "Yanıtla", "返信", "回复" (comment-threads.ts).
 */
const REPLY_CALL =
  /^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|reageren|odpowiedz|odpovědět|odpovedať|ответить|відповісти|yanıtla|cevapla|svara|svar|vastaa|válasz|răspunde|odgovori|balas|trả lời|返信|回复|回覆|답글|답장|رد|پاسخ|השב)$/iu;
export const isReplyCall = (text: string): boolean => text.length <= 20 && REPLY_CALL.test(text);

// The long patterns every page's reading runs, compiled as the module loads (precompiled.ts).
precompile(
  RAIL_LABEL,
  INLINE_PROMO,
  BANNER,
  FURNITURE,
  FURNITURE_CASELESS,
  END_NOTE,
  PITCH,
  SUPPORT_CALL,
  SUPPORT_TITLE,
  CONSENT_CALL,
  NEWSLETTER_CALL,
);
