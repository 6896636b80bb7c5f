/**
 * Verbs of saying in languages that have no word list of their own here (or whose copy may mix
 * into another's), kept as data. They are evidence among others (quote marks, a speech dash, a
 * name next to the quote), read in every article: words of one script never stand for a word
 * of another, and the Latin-script ones here are not common words elsewhere.
 *
 * `after`: where the verb follows the quote (Japanese, Korean, Turkish, Hindi), the quotative
 * particles that close the quoted words before the verb ("」と述べた", "\"라고 말했다").
 */
export interface SpeechWords {
  verbs: string[];
  /** Particles or endings between a quote and the verb after it. */
  quotatives?: string[];
  /** Particles that mark the speaker before the quote (は, 는, ने). */
  subjectMarkers?: string[];
  pronouns?: string[];
  /**
   * Small words that end the noun phrase naming a speaker (prepositions, conjunctions, particles:
   * "сказав прем'єр-міністр на засіданні", "δήλωσε ο πρωθυπουργός σε συνέντευξη"), and, for
   * `determiners`, words that open one ("ο", "o", "le").
   */
  stops?: string[];
  determiners?: string[];
  /** Honorifics written right after a person's name in a script without spaces ("山口恵美さん", "王先生"): the name is the run before them. */
  honorifics?: string[];
  /** The language puts the verb last (SOV: Turkish, Japanese, Korean, Hindi, Persian): `X "…" dedi.` */
  verbFinal?: boolean;
  /** Verbs that carry their subject as an ending ("ujarnya", "katanya": "he said"), read as a pronoun. */
  carriers?: string[];
  /**
   * Where the speaker of a verb of saying takes a case ending (Georgian ergative: "განაცხადა
   * დედაქალაქის მერმა", "the capital's mayor said"), each ending with the one of the form a
   * reader names the person by (მერმა → მერი): the phrase ends at the word in that case.
   */
  subjectCase?: [ending: string, nominative: string][];
}

export const speechWords: Readonly<Record<string, SpeechWords>> = {
  it: { verbs: ["ha replicato", "ha ammesso", "ha annunciato", "ha concluso", "ha avvertito", "ha denunciato", "ha raccontato", "ha confermato", "hanno detto", "hanno dichiarato", "hanno spiegato", "hanno affermato", "hanno sottolineato", "hanno scritto", "hanno aggiunto", "hanno precisato", "hanno fatto sapere", "ha fatto sapere", "replica", "ammette", "conclude", "avverte", "dicono", "spiegano", "affermano", "raccontano", "ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha sottolineato", "ha affermato", "ha twittato", "ha scritto", "ha commentato", "ha osservato", "ha ribadito", "ha precisato", "ha risposto", "dice", "afferma", "spiega", "aggiunge", "sottolinea", "dichiara", "osserva", "ribadisce", "precisa", "racconta"], pronouns: ["lui", "lei"], determiners: ["il", "lo", "la", "i", "gli", "le", "l"], stops: ["di", "del", "della", "in", "a", "al", "alla", "su", "sul", "sulla", "con", "per", "da", "dal", "dalla", "e", "che", "nella", "nel", "nei", "nelle", "negli", "durante", "dopo"] },
  pt: { verbs: ["disseram", "afirmaram", "explicaram", "declararam", "contaram", "informaram", "dizem", "afirmam", "explicam", "contam", "disse", "diz", "afirmou", "afirma", "declarou", "explicou", "explica", "contou", "acrescentou", "acrescenta", "ressaltou", "ressalta", "destacou", "destaca", "comentou", "escreveu", "relatou", "defendeu", "garantiu", "completou", "completa", "pontuou", "avaliou", "observou", "contou", "lembrou", "lamentou", "respondeu"], pronouns: ["ele", "ela"], determiners: ["o", "a", "os", "as"], stops: ["de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "com", "para", "por", "ao", "à", "e", "que"] },
  ca: { verbs: ["va assenyalar", "va indicar", "va advertir", "va recordar", "ha indicat", "ha assenyalat", "ha advertit", "ha recordat", "assenyala", "indica", "adverteix", "recorda", "va dir", "va afegir", "va explicar", "va assegurar", "va afirmar", "va declarar", "va reconèixer", "va destacar", "va subratllar", "va lamentar", "va respondre", "ha dit", "ha afegit", "ha explicat", "ha assegurat", "ha afirmat", "ha declarat", "ha destacat", "ha subratllat", "ha reconegut", "diu", "afegeix", "explica", "assegura", "afirma", "declara", "reconeix", "destaca", "subratlla", "lamenta", "respon", "insisteix"], pronouns: ["ell", "ella"], determiners: ["el", "la", "els", "les", "l"], stops: ["de", "del", "dels", "a", "al", "als", "en", "amb", "per", "i", "que"] },
  nl: { verbs: ["zeiden", "verklaarden", "schreven", "lieten weten", "laten weten", "zei", "zegt", "aldus", "vertelde", "vertelt", "verklaarde", "verklaart", "schreef", "voegde toe", "benadrukte", "stelt", "stelde", "legt uit", "legde uit", "zeggen", "reageerde", "reageert", "laat weten", "liet weten", "volgens", "benadrukt", "schrijft", "meldt", "meldde", "voegt toe", "voegt eraan toe", "legt uit", "vertelt", "antwoordt", "antwoordde", "waarschuwt", "waarschuwde", "erkent", "erkende", "zegt hij", "zegt ze"], pronouns: ["hij", "zij", "ze"], determiners: ["de", "het", "een"], stops: ["van", "in", "op", "bij", "met", "aan", "tegen", "voor", "en", "die", "dat"] },
  pl: { verbs: ["według", "zdaniem", "powiedzieli", "dodali", "podkreślili", "stwierdzili", "ocenili", "zaznaczyli", "napisali", "przekazali", "poinformowali", "mówią", "przekonują", "twierdzą", "podkreślają", "przekazał", "przekazała", "poinformował", "poinformowała", "powiedział", "powiedziała", "mówi", "mówił", "mówiła", "dodał", "dodała", "stwierdził", "stwierdziła", "podkreślił", "podkreśliła", "zaznaczył", "zaznaczyła", "oświadczył", "oświadczyła", "napisał", "napisała", "przekonywał", "przekonywała", "ocenił", "oceniła", "tłumaczył", "wyjaśnił", "wyjaśniła", "przyznał", "przyznała", "argumentował", "argumentowała", "ostrzegł", "ostrzegła", "zapowiedział", "zapowiedziała", "tłumaczy", "podkreśla", "zaznacza", "dodaje", "uważa", "przekonuje", "twierdzi", "ocenia", "wyjaśnia"], pronouns: ["ona"], stops: ["w", "we", "na", "z", "ze", "do", "o", "po", "dla", "podczas", "i", "który", "która"] },
  tr: { verbs: ["göre", "dediler", "söylediler", "açıkladılar", "belirttiler", "dedi", "diyor", "diyen", "diyerek", "söyledi", "belirtti", "ifade etti", "açıkladı", "kaydetti", "vurguladı", "dile getirdi", "konuştu", "ekledi", "anlattı", "yanıt verdi", "ifadelerini kullandı", "ifadesini kullandı", "sözlerini kaydetti", "şeklinde konuştu", "değerlendirmesinde bulundu", "açıklamasını yaptı", "açıklamasında bulundu", "diye konuştu", "diyor", "diyerek konuştu"], quotatives: ["diye"], verbFinal: true },
  ru: { verbs: ["отмечает", "подчеркивает", "подчёркивает", "добавляет", "поясняет", "объясняет", "объяснил", "объяснила", "рассказывает", "уверяет", "заверил", "заверила", "поделился", "поделилась", "признаётся", "признается", "призналась", "пишет", "заявляет", "уточняет", "напомнил", "напомнила", "резюмирует", "по словам", "отметили", "добавили", "подчеркнули", "сообщили", "пояснили", "рассказали", "уточнили", "ответили", "написали", "признали", "указали", "говорят", "считают", "сообщает", "сообщают", "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "добавил", "добавила", "подчеркнул", "подчеркнула", "говорит", "говорится", "сообщил", "сообщила", "пояснил", "пояснила", "считает", "признался", "признал", "написал", "написала", "ответил", "ответила", "рассказал", "рассказала", "уточнил", "уточнила", "констатировал", "резюмировал", "указал", "указала", "передает", "передаёт"], pronouns: ["он", "она", "они"], stops: ["на", "в", "во", "с", "со", "о", "об", "по", "для", "при", "и", "у", "к", "из", "журналистам", "который", "которая"] },
  uk: { verbs: ["за словами", "на думку", "розповіли", "зазначили", "додали", "наголосили", "повідомили", "пояснили", "відповіли", "написали", "кажуть", "вважають", "вважає", "сказав", "сказала", "сказали", "заявив", "заявила", "заявили", "зазначив", "зазначила", "додав", "додала", "наголосив", "наголосила", "повідомив", "повідомила", "пояснив", "пояснила", "розповів", "розповіла", "написав", "написала", "відповів", "відповіла", "каже", "говорить"], pronouns: ["він", "вона", "вони"], stops: ["на", "в", "у", "з", "із", "зі", "о", "про", "по", "під", "для", "і", "й", "та", "до", "журналістам", "який", "яка"] },
  el: { verbs: ["σύμφωνα με", "δήλωσαν", "είπαν", "ανέφεραν", "τόνισαν", "σημείωσαν", "πρόσθεσαν", "εξήγησαν", "λένε", "δήλωσε", "είπε", "ανέφερε", "τόνισε", "σημείωσε", "πρόσθεσε", "εξήγησε", "υπογράμμισε", "δηλώνει", "λέει", "αναφέρει", "τονίζει", "σημειώνει", "προσθέτει", "εξηγεί", "έγραψε", "απάντησε"], pronouns: ["αυτός", "αυτή"], determiners: ["ο", "η", "οι", "το", "τα"], stops: ["σε", "στο", "στη", "στην", "στον", "στα", "στους", "στις", "από", "με", "για", "και", "του", "της", "προς", "κατά", "μετά", "που"] },
  he: { verbs: ["לדבריו", "לדבריה", "אמר", "אמרה", "אמרו", "הוסיף", "הוסיפה", "הדגיש", "הדגישה", "ציין", "ציינה", "הסביר", "הסבירה", "כתב", "כתבה", "טען", "טענה", "מסר", "מסרה", "הודיע", "הודיעה", "אומר", "אומרת", "השיב", "השיבה", "נאם", "נאמה", "הזהיר", "הזהירה", "סיפר", "סיפרה", "הבהיר", "הבהירה", "התריע", "התריעה", "ענה", "ענתה"], pronouns: ["הוא", "היא", "לדבריו", "לדבריה"], quotatives: ["כי", "ש"], stops: ["על", "עם", "אל", "של", "כי", "ש", "אתמול", "היום", "מעל", "בפני", "לפני", "אחרי", "לאחר", "במהלך", "בעת", "בשיחה", "בראיון", "בטקס", "בישיבה", "בכנס"] },
  fa: { verbs: ["به گفته", "به نقل از", "گفت", "گفته", "افزود", "اظهار داشت", "اظهار کرد", "تأکید کرد", "تاکید کرد", "اعلام کرد", "عنوان کرد", "توضیح داد", "نوشت", "می‌گوید", "میگوید"], pronouns: ["او", "وی"], stops: ["در", "به", "با", "از", "برای", "که", "و", "روز", "امروز"] , verbFinal: true },
  ur: { verbs: ["کہا", "بتایا", "کہتے", "کہتی", "کہنا", "لکھا", "کہنا تھا", "بتاتے", "مطابق"], subjectMarkers: ["نے"], quotatives: ["کہ"], pronouns: ["انہوں", "انھوں", "اس", "وہ"], stops: ["نے", "کو", "سے", "میں", "پر", "کا", "کی", "کے", "کہ", "اور"], verbFinal: true },
  ar: { verbs: ["قالوا", "أكدوا", "أضافوا", "أوضحوا", "ذكروا", "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "تحدث", "تحدثت", "أشار", "أشارت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "شدد", "شددت"], pronouns: [] },
  // Nepali marks the subject with ले glued to its last word (सीता गुरुङले भनिन्)
  ne: { verbs: ["भने", "भनिन्", "भन्नुभयो", "बताए", "बताइन्", "बताउनुभयो", "उल्लेख गरे", "उल्लेख गरिन्", "जानकारी दिए", "जानकारी दिइन्", "भाषण गरे", "भाषण गरिन्", "भनेका छन्", "बताएका छन्"], quotatives: ["भनेर", "भन्दै"], subjectMarkers: ["ले"], pronouns: ["उनले", "उहाँले", "उनी", "उहाँ"], stops: ["मा", "लाई", "सँग", "र", "पनि"], verbFinal: true },
  hi: { verbs: ["बताते", "बताती", "बताया कि", "कहती हैं", "कहते हैं", "बताते हैं", "बताती हैं", "मानना है", "जोड़ा कि", "कहा है", "बताया है", "कहा", "बताया", "कहते", "कहती", "कहना", "बोले", "बोलीं", "बोला", "बोली", "लिखा", "पूछा", "जोड़ा", "मांग की", "आरोप लगाया", "दावा किया", "जानकारी दी", "स्वीकार किया", "कहना है", "मुताबिक", "अनुसार"], subjectMarkers: ["ने"], quotatives: ["कि"], pronouns: ["उन्होंने", "उसने", "वह", "वे"], stops: ["ने", "को", "से", "में", "पर", "का", "की", "के", "कि"] , verbFinal: true },
  ja: { verbs: ["こぼす", "こぼした", "漏らす", "漏らした", "憤る", "憤った", "話していた", "語っていた", "証言している", "とコメント", "回想する", "回想した", "笑う", "笑った", "力を込める", "力を込めた", "述べた", "述べました", "語った", "語りました", "話した", "話しました", "言った", "強調した", "説明した", "明かした", "明らかにした", "指摘した", "答えた", "発表した", "コメントした", "訴えた", "述べている", "話している", "語っている", "述べ", "語り", "話し", "強調し", "説明し", "指摘し", "明かし", "語る", "話す", "述べる", "主張した", "主張し", "打ち明けた", "振り返った", "コメント", "指摘する", "明かす", "嘆く", "嘆いた", "証言する", "証言した", "打ち明ける", "説明する", "強調する", "言う", "断言する", "断言した", "続ける", "続けた", "苦笑する", "苦笑した", "分析する", "分析した", "解説する", "解説した", "振り返る", "話します", "語ります", "言います", "明かします", "指摘します", "説明します", "述べます"], quotatives: ["と", "とし", "などと", "って"], subjectMarkers: ["は", "が"], pronouns: ["彼", "彼女"], honorifics: ["さん", "氏"], verbFinal: true },
  ko: { verbs: ["꼬집었다", "지적한다", "전망한다", "내다봤다", "우려했다", "털어놨다", "귀띔했다", "말했다고", "설명했다고", "강조한다", "주장한다", "밝힌다", "언급한다", "말했다", "밝혔다", "강조했다", "설명했다", "덧붙였다", "전했다", "주장했다", "지적했다", "언급했다", "말했습니다", "밝혔습니다", "답했다", "말한다", "설명한다", "했다", "경고했다", "전망했다", "예상했다", "평가했다", "분석했다", "촉구했다", "비판했다", "발표했다", "보도했다", "적었다", "썼다", "답변했다", "토로했다", "호소했다", "당부했다", "약속했다", "반박했다", "해명했다", "진술했다", "증언했다", "말씀하셨다", "말씀했다", "설명했습니다", "강조했습니다", "말하며", "밝히며", "강조하며", "설명하며", "말하면서", "밝히면서"], quotatives: ["라고", "이라고", "고", "라며", "이라며", "며", "라면서", "이라면서", "면서", "으로", "로"], subjectMarkers: ["은", "는", "이", "가"], pronouns: ["그는", "그녀는", "그가", "그녀가", "그", "그녀"] , verbFinal: true },
  zh: { honorifics: ["先生", "女士"], pronouns: ["他", "她", "他們", "她們", "他们", "她们"], verbs: ["批評", "批评", "質疑", "质疑", "反駁", "反驳", "坦承", "感嘆", "感叹", "警告", "说", "說", "表示", "称", "稱", "指出", "强调", "強調", "写道", "寫道", "透露", "回应", "回應", "认为", "認為", "告诉", "告訴", "说道", "說道", "补充道", "補充道", "补充说", "補充說", "介绍", "介紹", "坦言", "直言", "解释", "解釋", "答道", "问道", "問道", "呼吁", "呼籲"], subjectMarkers: [], stops: ["对", "對", "向", "在", "于", "於", "跟", "和", "也", "还", "還", "则", "則", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "昨天", "今天"] },
  th: { verbs: ["กล่าว", "เปิดเผย", "ระบุ", "บอก", "เผย", "ชี้แจง", "อธิบาย", "ให้สัมภาษณ์"], quotatives: ["ว่า"], stops: ["กับ", "ว่า", "ที่", "ต่อ", "ใน", "เมื่อ", "และ"] },
  vi: { verbs: ["nói", "cho biết", "khẳng định", "nhấn mạnh", "chia sẻ", "phát biểu", "tuyên bố", "giải thích", "bày tỏ", "thông tin", "theo"], determiners: ["ông", "bà"], stops: ["với", "tại", "trong", "khi", "và", "rằng", "hôm", "ngày", "trước"] },
  id: { verbs: ["kata", "katanya", "ujar", "ujarnya", "ungkap", "ungkapnya", "jelas", "jelasnya", "tutur", "tuturnya", "imbuhnya", "lanjutnya", "tegasnya", "terangnya", "menurut", "mengatakan", "menjelaskan", "menegaskan", "menyampaikan", "mengungkapkan", "menuturkan"], carriers: ["katanya", "ujarnya", "ungkapnya", "jelasnya", "tuturnya", "imbuhnya", "lanjutnya", "tegasnya", "terangnya"], stops: ["di", "kepada", "pada", "dalam", "dan", "yang", "saat", "usai", "seusai", "ketika"] },
  cs: { verbs: ["podle", "dodali", "sdělili", "napsali", "zdůraznili", "vysvětlili", "upozornili", "říkají", "tvrdí", "uvádějí", "řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "dodal", "dodala", "prohlásil", "prohlásila", "sdělil", "sdělila", "napsal", "napsala", "zdůraznil", "zdůraznila", "vysvětlil", "vysvětlila", "poznamenal", "poznamenala", "upozornil", "upozornila", "míní", "říká", "uvádí", "dodává", "tvrdí", "vysvětluje", "zdůrazňuje", "podotkl", "podotkla"], pronouns: ["ona", "oni"], stops: ["po", "na", "v", "ve", "při", "pro", "s", "z", "ze", "k", "ke", "o", "u", "během", "před", "a", "který", "která", "serveru", "novinářům"] },
  sk: { verbs: ["podľa", "povedal", "povedala", "povedali", "uviedol", "uviedla", "uviedli", "dodal", "dodala", "vyhlásil", "vyhlásila", "napísal", "napísala", "zdôraznil", "zdôraznila", "vysvetlil", "vysvetlila", "poznamenal", "poznamenala", "tvrdí", "hovorí", "vraví", "dodáva"], stops: ["po", "na", "v", "vo", "pri", "pre", "s", "z", "zo", "k", "o", "u", "počas", "pred", "a", "ktorý", "ktorá"] },
  hu: { verbs: ["mondták", "közölték", "nyilatkozták", "hangsúlyozták", "írták", "tették hozzá", "mondta", "mondja", "közölte", "nyilatkozta", "hangsúlyozta", "tette hozzá", "fogalmazott", "írta", "jelentette ki", "emelte ki", "válaszolta", "magyarázta", "jegyezte meg", "mondta el", "közölte a", "szerint", "fejtette ki", "árulta el", "nyilatkozott"], determiners: ["a", "az"], stops: ["az", "után", "előtt", "alatt", "és", "hogy", "aki", "amely", "pedig", "csütörtökön", "kedden", "szerdán", "pénteken", "hétfőn", "szombaton", "vasárnap"] },
  ro: { verbs: ["au declarat", "au spus", "au afirmat", "au explicat", "au transmis", "au precizat", "au adăugat", "au anunțat", "spun", "susțin", "a declarat", "a spus", "a afirmat", "a explicat", "a adăugat", "a subliniat", "a precizat", "a transmis", "a scris", "a anunțat", "a mai spus", "a mai declarat", "a mai adăugat", "a răspuns", "a arătat", "spune", "declară", "afirmă", "explică", "adaugă", "subliniază", "precizează", "susține", "consideră", "potrivit"], stops: ["după", "în", "pe", "cu", "de", "din", "pentru", "și", "că", "care", "într", "printr", "despre"] },
  hr: { verbs: ["rekao", "rekla", "rekli", "izjavio", "izjavila", "dodao", "dodala", "istaknuo", "istaknula", "naglasio", "naglasila", "kazao", "kazala", "objasnio", "objasnila", "napisao", "napisala", "kaže", "ističe", "naglašava", "dodaje", "poručio", "poručila", "smatra"], pronouns: ["ona"], stops: ["na", "u", "nakon", "za", "s", "sa", "iz", "o", "po", "pri", "i", "koji", "koja", "tijekom", "prije"] },
  sl: { verbs: ["je dejal", "je dejala", "je povedal", "je povedala", "je poudaril", "je poudarila", "je dodal", "je dodala", "je izjavil", "je izjavila", "je pojasnil", "je pojasnila", "dodaja", "poudarja"], stops: ["na", "v", "po", "za", "s", "z", "iz", "o", "pri", "in", "ki"] },
  bg: { verbs: ["каза", "заяви", "добави", "посочи", "подчерта", "обясни", "написа", "отбеляза", "коментира", "казва", "заявява", "посочва", "смята"], pronouns: ["той", "тя"], stops: ["на", "в", "във", "след", "пред", "за", "с", "със", "от", "по", "и", "който", "която", "при", "пред"] },
  lt: { verbs: ["sakė", "teigė", "pabrėžė", "pridūrė", "pažymėjo", "kalbėjo", "paaiškino", "rašė", "pareiškė", "teigia", "pabrėžia", "pasakojo"], stops: ["po", "per", "į", "iš", "su", "apie", "ir", "kuris", "kuri", "prieš"] },
  lv: { verbs: ["sacīja", "teica", "norādīja", "uzsvēra", "piebilda", "paskaidroja", "rakstīja", "paziņoja", "saka", "uzskata", "stāsta", "atzina"], stops: ["pēc", "uz", "ar", "kas", "pirms", "laikā"] },
  sw: { verbs: ["alisema", "amesema", "anasema", "walisema", "wamesema", "wanasema", "aliongeza", "ameongeza", "alieleza", "ameeleza", "alisisitiza", "amesisitiza", "alibainisha", "amebainisha", "alifafanua", "kwa mujibu wa"], stops: ["wa", "katika", "kwa", "na", "akiwa", "jana", "leo"] },
  tl: { verbs: ["ani", "sabi", "sinabi", "ayon kay", "ayon sa", "dagdag", "dagdag pa", "paliwanag", "giit", "pahayag"], stops: ["sa", "at", "na", "noong", "kahapon"] },
  is: { verbs: ["sagði", "segir", "sagðist", "segist", "sögðu", "segja", "bætti við", "bætir við", "skrifaði", "skrifar", "útskýrði", "útskýrir", "sagði hann", "sagði hún"], pronouns: ["hann", "hún"], stops: ["í", "á", "við", "um", "og", "sem", "eftir", "fyrir"] },
  sr: { verbs: ["рекао је", "рекла је", "изјавио је", "изјавила је", "навео је", "навела је", "додао је", "додала је", "оценио је", "оценила је", "истакао је", "истакла је", "казао је", "казала је", "рекао", "рекла", "изјавио", "изјавила", "каже", "истиче", "наводи", "rekao je", "rekla je", "izjavio je", "izjavila je", "naveo je", "navela je", "dodao je", "dodala je", "ocenio je", "ocenila je", "istakao je", "istakla je"], stops: ["на", "у", "за", "са", "из", "о", "по", "при", "и", "који", "која", "током", "пре", "после"] },
  mk: { verbs: ["изјави", "рече", "додаде", "истакна", "нагласи", "посочи", "објасни", "вели", "изјавија", "рекоа"], stops: ["на", "во", "за", "со", "од", "по", "и", "кој", "која"] },
  sq: { verbs: ["tha", "deklaroi", "shtoi", "theksoi", "tha ai", "tha ajo", "u shpreh", "deklaroi se", "nënvizoi", "shpjegoi", "thotë"], pronouns: ["ai", "ajo"], stops: ["në", "për", "me", "nga", "dhe", "që", "pas", "gjatë"] },
  ka: { verbs: ["განაცხადა", "თქვა", "აღნიშნა", "დასძინა", "განმარტა", "ამბობს", "აცხადებს", "მიიჩნევს", "დაწერა", "ხაზგასმით აღნიშნა", "განაცხადეს", "თქვეს"], stops: ["და", "რომ", "ამის", "შესახებ"], subjectCase: [["მა", "ი"], ["მ", ""]] },
  bn: { verbs: ["বলেন", "বলেছেন", "বললেন", "জানান", "জানিয়েছেন", "জানালেন", "বলে", "বলেছে", "উল্লেখ করেন", "মন্তব্য করেন", "দাবি করেন"], quotatives: ["বলে"], stops: ["ও", "এবং", "যে", "সাথে", "সঙ্গে"] },
  ta: { verbs: ["கூறினார்", "தெரிவித்தார்", "என்றார்", "கூறியுள்ளார்", "தெரிவித்துள்ளார்", "குறிப்பிட்டார்", "கூறுகிறார்"], quotatives: ["என்று", "என"], pronouns: ["அவர்", "அவள்", "அவன்", "இவர்", "அவர்கள்"], verbFinal: true },
  am: { verbs: ["ብለዋል", "አሉ", "ገልጸዋል", "ተናግረዋል", "አስታውቀዋል", "ብሏል", "ብላለች", "ገልጿል", "ገልጻለች", "ተናግሯል", "ተናግራለች", "አስረድተዋል", "አሳስበዋል"], quotatives: ["ሲሉ", "ስትል", "በማለት"], stops: ["ላይ", "ውስጥ", "ጋር", "እና", "ዛሬ", "ትናንት", "ለጋዜጠኞች"], verbFinal: true },
  // Khmer, Lao and Burmese space phrases, not words: the verbs are found inside the text; "បាន" (past) kept with its verb
  km: { verbs: ["បានថ្លែង", "ថ្លែង", "បាននិយាយ", "និយាយ", "មានប្រសាសន៍", "បានមានប្រសាសន៍", "បានបញ្ជាក់", "បញ្ជាក់", "បានប្រាប់", "ប្រាប់", "បានលើកឡើង", "លើកឡើង", "បានពន្យល់", "ពន្យល់", "បានសរសេរ"], quotatives: ["ថា"], stops: ["នៅ", "ក្នុង", "កាលពី", "ថ្ងៃ", "និង", "ជាមួយ"] },
  lo: { verbs: ["ໄດ້ກ່າວ", "ກ່າວ", "ໄດ້ເວົ້າ", "ເວົ້າ", "ໃຫ້ຮູ້", "ຖະແຫຼງ", "ເປີດເຜີຍ", "ຊີ້ແຈງ", "ອະທິບາຍ", "ຢືນຢັນ", "ລາຍງານ", "ໃຫ້ສຳພາດ"], quotatives: ["ວ່າ"], stops: ["ກັບ", "ວ່າ", "ທີ່", "ຕໍ່", "ໃນ", "ເມື່ອ", "ແລະ"] },
  my: { verbs: ["ပြောကြား", "ပြောဆို", "ပြော", "ထုတ်ပြန်", "ရှင်းပြ", "ဖော်ပြ", "သတိပေး", "အတည်ပြု", "ဆိုသည်", "ဆိုပါသည်"], quotatives: ["ဟု", "ဟူ၍", "လို့"], subjectMarkers: ["က"], verbFinal: true },
  et: { verbs: ["ütles", "sõnas", "rõhutas", "märkis", "selgitas", "kirjutas", "teatas", "kinnitas", "ütleb", "sõnul", "nentis", "tõdes"], stops: ["pärast", "enne", "ja", "kes", "mis", "ajal"] },
};
/**
 * Words that join a verb of saying to the words said ("said that", "δήλωσε ότι", "أكد أن", "אמר כי"):
 * a lead-in with a verb of saying that ends in one of these introduces the quote after it, as a colon does.
 */
export const complementisers: Readonly<Record<string, string[]>> = {
  en: ["that"], fr: ["que", "qu"], es: ["que"], pt: ["que"], ca: ["que"], it: ["che"], de: ["dass"], nl: ["dat"],
  sv: ["att"], no: ["at"], da: ["at"], fi: ["että"], pl: ["że"], ru: ["что"], uk: ["що"], el: ["ότι", "πως"],
  tr: ["ki"], he: ["כי", "ש"], ar: ["أن", "إن", "ان"], fa: ["که"], ur: ["کہ"], hi: ["कि"], vi: ["rằng", "là"], id: ["bahwa"],
  cs: ["že"], sk: ["že"], hu: ["hogy"], ro: ["că"], hr: ["da"], sl: ["da"], bg: ["че"], lt: ["kad"], lv: ["ka"], et: ["et"],
};
export const allComplementisers: ReadonlySet<string> = new Set(Object.values(complementisers).flat());
/** Every verb of saying listed here, for reading attributions in any article. */
export const allSpeechVerbs: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.verbs))];
/** Every stop word and determiner listed here, by kind. */
export const allSpeechStops: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.stops ?? []))];
export const allSpeechDeterminers: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.determiners ?? []))];
/** Every quotative particle listed here (라고, と, कि, diye). */
export const allQuotatives: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.quotatives ?? []))];
/**
 * Words for "and" that join two people or the words of one name into one subject ("Fredrik og
 * Vetle sier", "Bộ trưởng Tài nguyên và Môi trường nói", "رئیس کمیسیون برنامه و بودجه گفت").
 */
export const conjunctions: ReadonlySet<string> = new Set([
  // (not "en", "in", "a", "un": also "in", "to", "the" in other languages: "dit Macron en Bretagne")
  "and", "og", "och", "und", "et", "y", "e", "i", "ja", "и", "і", "та", "και", "và", "و", "dan", "ve", "és", "și", "oraz", "ir", "및", "और",
]);
/**
 * Words that open a role's complement, kept with the role ("el jefe de bomberos", "the head of
 * communications", "il sindaco di Roma"): "of" in the languages that print one.
 */
export const genitives: ReadonlySet<string> = new Set([
  "of", "de", "del", "des", "du", "da", "do", "dos", "das", "di", "della", "dello", "dei", "degli", "delle", "van", "von", "för", "av", "af",
]);
/**
 * Verbs of saying in the plural with no subject, as Russian, Ukrainian, Polish, Czech and Spanish
 * print a body's word ("отметили в пресс-службе Кремля", "розповіли в «Укренерго»", "explicaron
 * desde el ministerio", "przekazali w ministerstwie"), and the prepositions of where, after them,
 * that name the body: its people said it.
 */
export const impersonalVerbs: ReadonlySet<string> = new Set([
  "сказали", "заявили", "отметили", "добавили", "подчеркнули", "сообщили", "пояснили", "рассказали", "уточнили", "ответили", "написали", "указали",
  "зазначили", "додали", "наголосили", "повідомили", "пояснили", "розповіли", "відповіли", "написали",
  "powiedzieli", "przekazali", "poinformowali", "dodali", "podkreślili", "wyjaśnili", "zaznaczyli",
  "uvedli", "sdělili", "řekli", "dodali", "vysvětlili", "upozornili",
  "dijeron", "explicaron", "señalaron", "indicaron", "aseguraron", "informaron", "precisaron", "apuntaron", "advirtieron", "detallaron",
  "han explicado", "han señalado", "han indicado", "han asegurado", "han informado", "han precisado", "han apuntado", "han dicho",
  // "it says in …", the subject a placeholder: "står det i åtalet", "heißt es beim Naturschutzbund", "говорится в заявлении"
  "står det", "heter det", "står der", "heißt es", "hieß es", "heisst es", "hiess es", "говорится",
]);
export const bodyPrepositions: ReadonlySet<string> = new Set(["в", "во", "у", "w", "we", "v", "ve", "desde", "i", "in", "im", "bei", "beim"]);
/** Every honorific listed here ("さん", "先生"). */
export const allHonorifics: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.honorifics ?? []))];
/**
 * Words that label an interview over its questions, lower case ("Interview: Jana Weber",
 * "Entrevista: Marta Ruiz", "インタビュー：…"): the name after the label's colon or dash is the person interviewed.
 */
export const interviewLabels: ReadonlySet<string> = new Set([
  "interview", "entrevista", "entretien", "entrevue", "intervista", "interjú", "interviu", "intervju", "haastattelu", "wywiad", "rozhovor",
  "razgovor", "intervjuu", "interviu", "gesprek", "gespräch", "samtal", "röportaj", "söyleşi", "интервью", "інтерв'ю", "інтерв’ю", "интервю", "интервју",
  "συνέντευξη", "مقابلة", "حوار", "مصاحبه", "ראיון", "साक्षात्कार", "インタビュー", "인터뷰", "专访", "專訪", "采访", "採訪", "wawancara",
  "phỏng vấn", "mahojiano", "panayam",
]);
/**
 * Words of an interviewer's credit under or over the questions, lower case: the person who asked,
 * never the one who answers ("Interview by Daniel Price", "Das Gespräch führte Thomas Berger",
 * "Entrevista de Pablo Serrano", "Haastattelun teki Ville Niemi", "Intervista a cura di …").
 */
export const interviewerWords: ReadonlySet<string> = new Set([
  "by", "von", "de", "di", "par", "door", "av", "af", "przez", "cura", "conducted", "führte", "führten", "geführt", "realizó", "realizada",
  "realizado", "condotta", "teki", "tekivät", "gjorde", "gjort", "foretatt", "uskutečnil", "провел", "провела", "вела", "вёл",
]);
/** Labels that name the interviewer, lower case ("聞き手：山田太郎", "대담=김철수", "Interviewer: …"). */
export const interviewerLabels: ReadonlySet<string> = new Set(["聞き手", "대담", "진행", "interviewer", "entrevistador", "entrevistadora", "intervistatore", "intervistatrice", "interviewerin"]);
/**
 * The words that address the person asked ("you", "Sie", "vous"), in languages that print a
 * subject pronoun (not Spanish, Italian, Arabic, Japanese …, whose verb carries it): an
 * interviewer's questions use them, a reader's FAQ ("What is changing?", "Do I need to apply?") does not.
 */
export const addressWords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["you", "your", "yours", "yourself"]),
  de: new Set(["sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "du", "dich", "dir", "dein", "deine", "euch", "euer"]),
  fr: new Set(["vous", "votre", "vos", "tu", "toi", "ton", "ta", "tes", "t"]),
  nl: new Set(["u", "uw", "je", "jij", "jouw", "jullie"]),
  sv: new Set(["du", "dig", "din", "ditt", "dina", "ni", "er"]),
  no: new Set(["du", "deg", "din", "ditt", "dine", "dere"]),
  da: new Set(["du", "dig", "din", "dit", "dine", "i", "jer"]),
};
/** Every verb listed as carrying its subject ("ujarnya"). */
export const allSubjectCarriers: ReadonlySet<string> = new Set(Object.values(speechWords).flatMap((w) => w.carriers ?? []));
/** Every pronoun listed here. */
export const allSpeechPronouns: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.pronouns ?? []))];
/** Verbs of saying of the languages that put the verb last, lower case. */
export const verbFinalVerbs: ReadonlySet<string> = new Set(Object.values(speechWords).flatMap((w) => (w.verbFinal ? w.verbs : [])));

/**
 * Phrases of a sentence that gives the words just quoted to their speaker after the quote, in a
 * paragraph of its own ("“…” / The words were those of Ana Ruiz." / "„…“ / So sagte es Petra
 * Lang."): the phrase points back at the quote, the person named after it spoke. Matched
 * case-insensitively as whole words, in any article.
 */
export const backReferences: readonly string[] = [
  // en
  "the words were those of", "the words are those of", "those were the words of", "these were the words of", "so said", "thus spoke", "the words came from",
  // de
  "so sagte es", "so formulierte es", "so drückte es", "diese worte stammen von", "die worte stammen von", "das sagte", "so sah es",
  // fr
  "ces mots sont ceux", "ces propos sont ceux", "ainsi s'exprimait", "ainsi parlait", "ces mots, ce sont ceux",
  // es, pt, it, ca
  "así lo dijo", "así lo expresó", "así se expresó", "las palabras son de", "estas palabras son de", "assim disse", "as palavras são de", "così ha detto", "così si è espresso", "così si è espressa", "queste le parole di", "parole di",
  // nl, sv, no, da
  "dat zei", "die woorden zijn van", "zo zei", "så sa", "det sa", "så sier", "det sier", "så sade", "det sade", "orden kom fra", "orden kommer från",
  // pl, cs, ru, uk, el
  "tak powiedział", "tak powiedziała", "słowa należą do", "tak řekl", "tak řekla", "так сказал", "так сказала", "эти слова принадлежат", "слова принадлежат", "об этом заявил", "об этом заявила", "так сказав", "так сказала", "αυτά δήλωσε", "αυτά είπε", "τα λόγια ανήκουν",
];

/**
 * Words for "according to" that stand after the speaker, the quote right after them with no comma
 * (Turkish `Murat Aksoy'a göre "…"`, Hindi `… के अनुसार "…"`): the lead-in ends in them.
 */
export const accordingAfter: ReadonlySet<string> = new Set(["göre", "nazaran", "अनुसार", "मुताबिक", "مطابق"]);

/**
 * The last part of a compound role word written as one word in the Germanic languages and
 * capitalised before a name ("Kommunaldirektør Per Aase", "Bäckermeister Jonas Frey",
 * "Pressesprecherin Eva Roth", "Avdelingsleder Kari Lund"): the role comes off the person's name
 * whatever the article's language (the compound itself is never a word list's entry).
 */
export const compoundRoleEnds: readonly string[] = [
  "direktør", "direktör", "direktor", "direktorin", "ordförande", "redaktør", "redaktör", "redakteur", "redakteurin", "leder", "leiter", "leiterin", "ledare", "sjef", "chef", "chefin", "meister", "meisterin",
  "minister", "ministerin", "sekretær", "sekretär", "sekretärin", "sekreterare", "sprecher", "sprecherin", "talsmann", "talskvinne",
  "talsperson", "ordfører", "präsident", "präsidentin", "president", "presidentti", "inspektør", "inspektor", "inspektorin",
  "kommissar", "kommissarin", "rådgiver", "rådgivare", "berater", "beraterin", "forsker", "forskare", "forscher", "forscherin",
];
