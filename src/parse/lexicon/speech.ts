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
}

export const speechWords: Readonly<Record<string, SpeechWords>> = {
  it: { verbs: ["ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha sottolineato", "ha affermato", "ha twittato", "ha scritto", "ha commentato", "dice", "afferma", "spiega", "aggiunge", "sottolinea", "dichiara"], pronouns: ["lui", "lei"] },
  pt: { verbs: ["disse", "diz", "afirmou", "afirma", "declarou", "explicou", "explica", "contou", "acrescentou", "ressaltou", "ressalta", "destacou", "comentou", "escreveu", "relatou", "defendeu", "garantiu"], pronouns: ["ele", "ela"] },
  nl: { verbs: ["zei", "zegt", "aldus", "vertelde", "vertelt", "verklaarde", "schreef", "voegde toe", "benadrukte", "stelt", "stelde"], pronouns: ["hij", "zij"] },
  pl: { verbs: ["powiedział", "powiedziała", "mówi", "mówił", "mówiła", "dodał", "dodała", "stwierdził", "stwierdziła", "podkreślił", "podkreśliła", "zaznaczył", "zaznaczyła", "oświadczył", "napisał", "napisała", "przekonywał", "ocenił"], pronouns: ["ona"] },
  tr: { verbs: ["dedi", "diyor", "söyledi", "belirtti", "ifade etti", "açıkladı", "kaydetti", "vurguladı", "dile getirdi", "konuştu"], quotatives: ["diye"] },
  ru: { verbs: ["сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "добавил", "добавила", "подчеркнул", "подчеркнула", "говорит", "говорится", "сообщил", "сообщила", "пояснил", "пояснила", "считает", "признался", "признал", "написал", "написала", "ответил", "ответила", "рассказал", "рассказала", "уточнил"], pronouns: ["он", "она", "они"] },
  uk: { verbs: ["сказав", "сказала", "заявив", "заявила", "зазначив", "зазначила", "додав", "додала", "наголосив", "повідомив"], pronouns: ["він", "вона"] },
  ar: { verbs: ["قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "تحدث", "تحدثت", "أشار", "أشارت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "شدد", "شددت"], pronouns: [] },
  hi: { verbs: ["कहा", "बताया", "कहते", "कहती", "कहना", "बोले", "बोलीं", "लिखा"], subjectMarkers: ["ने"], quotatives: ["कि"] },
  ja: { verbs: ["述べた", "述べました", "語った", "語りました", "話した", "話しました", "言った", "強調した", "説明した", "明かした", "明らかにした", "指摘した", "答えた", "発表した", "コメントした", "訴えた", "述べている", "話している", "語っている"], quotatives: ["と", "とし", "などと", "って"], subjectMarkers: ["は", "が"] },
  ko: { verbs: ["말했다", "밝혔다", "강조했다", "설명했다", "덧붙였다", "전했다", "주장했다", "지적했다", "언급했다", "말했습니다", "밝혔습니다", "답했다", "말한다", "설명한다", "했다"], quotatives: ["라고", "이라고", "고"], subjectMarkers: ["은", "는", "이", "가"] },
  zh: { verbs: ["说", "說", "表示", "称", "稱", "指出", "强调", "強調", "写道", "寫道", "透露", "回应", "回應", "认为", "認為"], subjectMarkers: [] },
};

/** Every verb of saying listed here, for reading attributions in any article. */
export const allSpeechVerbs: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.verbs))];
/** Every pronoun listed here. */
export const allSpeechPronouns: readonly string[] = [...new Set(Object.values(speechWords).flatMap((w) => w.pronouns ?? []))];
