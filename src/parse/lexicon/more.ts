/**
 * Whole-line words of languages without a word list of their own: box titles, credit and
 * caption labels, page-noise phrases and a few speech verbs. Whole-line phrases apply to every
 * article (copy mixes languages), so an article in any of these languages reads its furniture
 * by these words and the rest by structure. Months come from CLDR (dates/names.ts), not from here.
 */
import type { Lexicon } from "./types.js";

const months = (): string[][] => Array.from({ length: 12 }, () => []);

/** A lexicon of whole-line words only (plus speech verbs where given). */
function lines(words: Partial<Lexicon>): Lexicon {
  return {
    speechVerbs: [], titles: [], pronouns: [], bylinePrefixes: [], reporterWords: [], creditLabels: [], captionLabels: [], relatedTitles: [],
    noise: [], noisePatterns: [], videoMarkers: [], months: months(), updatedWords: [], ...words,
  };
}

export const pt = lines({
  speechVerbs: ["disse", "diz", "afirmou", "afirma", "explicou", "explica", "declarou", "acrescentou", "contou", "falou", "destacou", "ressaltou", "comentou", "completou", "segundo"],
  pronouns: ["ele", "ela"],
  bylinePrefixes: ["Por"],
  creditLabels: ["Foto", "Fotos", "Imagem", "Crédito", "Reprodução"],
  captionLabels: ["Legenda"],
  relatedTitles: ["Leia também", "Leia mais", "Veja também", "Relacionadas", "Notícias relacionadas", "Saiba mais", "Mais sobre"],
  noise: ["Publicidade", "Compartilhar", "Compartilhe", "Copiar link", "Link copiado", "Comentários", "Ouvir o texto", "Diminuir fonte", "Aumentar fonte", "Erramos?", "Assine", "Voltar", "Ver novamente", "Nos siga no", "Siga-nos"],
  updatedWords: ["atualizado", "atualizado em"],
});

export const it = lines({
  speechVerbs: ["ha detto", "dice", "ha dichiarato", "ha spiegato", "spiega", "ha aggiunto", "aggiunge", "afferma", "ha affermato", "sottolinea", "ha sottolineato", "secondo"],
  pronouns: ["lui", "lei"],
  bylinePrefixes: ["Di", "di"],
  creditLabels: ["Foto", "Immagine", "Credito"],
  captionLabels: ["Didascalia"],
  relatedTitles: ["Leggi anche", "Potrebbe interessarti anche", "Articoli correlati", "Correlati", "Approfondisci", "Da non perdere"],
  noise: ["Pubblicità", "Condividi", "Copia link", "Link copiato", "Commenta", "Leggi e commenta", "Partecipa alla discussione", "Ascolta l'articolo", "Abbonati"],
  updatedWords: ["modifica il", "aggiornato"],
});

export const nl = lines({
  speechVerbs: ["zei", "zegt", "aldus", "verklaarde", "legde uit", "voegde toe", "stelt", "stelde", "vertelt", "vertelde"],
  pronouns: ["hij", "zij"],
  bylinePrefixes: ["Door"],
  creditLabels: ["Foto", "Beeld", "Afbeelding"],
  captionLabels: ["Onderschrift"],
  relatedTitles: ["Lees ook", "Lees meer", "Meer over", "Gerelateerd", "Gerelateerde artikelen", "Ook interessant", "Meer nieuws"],
  noise: ["Advertentie", "Delen", "Deel dit artikel", "Link kopiëren", "Reacties", "Lees voor", "Abonneer"],
  updatedWords: ["bijgewerkt"],
});

export const pl = lines({
  speechVerbs: ["powiedział", "powiedziała", "mówi", "stwierdził", "stwierdziła", "dodał", "dodała", "podkreślił", "podkreśliła", "argumentował", "zaznaczył", "ocenił", "wyjaśnił"],
  pronouns: ["on", "ona"],
  creditLabels: ["Foto", "Fot.", "Zdjęcie", "Źródło"],
  relatedTitles: ["Czytaj więcej", "Czytaj także", "Czytaj też", "Zobacz także", "Zobacz też", "Polecamy"],
  noise: ["REKLAMA", "Udostępnij", "Skopiuj link", "Komentarze", "Czytaj dalej", "Subskrybuj"],
  updatedWords: ["aktualizacja"],
});

export const ru = lines({
  speechVerbs: ["сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "добавил", "добавила", "подчеркнул", "подчеркнула", "пояснил", "пояснила", "говорит", "считает"],
  pronouns: ["он", "она"],
  creditLabels: ["Фото", "Фотография", "Источник", "Иллюстрация"],
  relatedTitles: ["Читайте также", "Читать также", "Смотрите также", "По теме", "Материалы по теме", "Еще по теме", "Ещё по теме"],
  noise: ["Реклама", "Поделиться", "Копировать ссылку", "Ссылка скопирована", "Комментарии", "Подписаться"],
  updatedWords: ["обновлено"],
});

export const ja = lines({
  creditLabels: ["写真", "画像", "撮影", "出典"],
  relatedTitles: ["関連記事", "関連ニュース", "あわせて読みたい", "こちらもおすすめ", "おすすめ記事"],
  noise: ["広告", "シェア", "リンクをコピー", "コメント", "記事を読む", "続きを読む", "この記事をシェア", "有料会員限定"],
  updatedWords: ["更新"],
});

export const zh = lines({
  creditLabels: ["图片", "圖片", "图片来源", "圖片來源", "摄影", "攝影", "图", "圖"],
  relatedTitles: ["相关内容", "相關內容", "相关新闻", "相關新聞", "延伸阅读", "延伸閱讀", "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀"],
  noise: ["广告", "廣告", "分享", "打印", "列印", "打印文稿", "转寄朋友", "点击 页首", "返回顶部", "回到頂部"],
  updatedWords: ["更新时间", "更新時間"],
});

export const ko = lines({
  creditLabels: ["사진", "사진제공", "자료사진", "출처", "그래픽"],
  relatedTitles: ["관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "함께 보면 좋은 기사", "추천 기사"],
  noise: ["광고", "공유", "공유하기", "링크 복사", "댓글", "기사 스크랩", "인쇄", "구독", "좋아요"],
  updatedWords: ["수정", "업데이트"],
});

export const hi = lines({
  creditLabels: ["फोटो", "फ़ोटो", "तस्वीर", "चित्र", "सोर्स"],
  relatedTitles: ["यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "और पढ़ें", "संबंधित खबरें", "यह खबर भी पढ़ें"],
  noise: ["विज्ञापन", "शेयर करें", "कॉपी लिंक", "लिंक कॉपी करें", "कमेंट", "टिप्पणी"],
});

export const ar = lines({
  creditLabels: ["صورة", "الصورة", "تصوير", "المصدر"],
  relatedTitles: ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة", "أخبار ذات صلة", "اقرأ المزيد"],
  noise: ["إعلان", "شارك", "مشاركة", "نسخ الرابط", "إضافة تعليق جديد", "تعليقات"],
});

export const tr = lines({
  speechVerbs: ["dedi", "diyor", "söyledi", "açıkladı", "belirtti", "ifade etti", "ekledi"],
  creditLabels: ["Fotoğraf", "Foto", "Görsel", "Kaynak"],
  relatedTitles: ["İlgili haberler", "Bunlar da ilginizi çekebilir", "Ayrıca okuyun", "Daha fazla"],
  noise: ["Reklam", "Paylaş", "Linki kopyala", "Yorumlar"],
});
