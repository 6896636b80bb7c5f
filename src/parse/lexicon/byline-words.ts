/**
 * Byline evidence CLDR does not have, for languages with and without a lexicon file: the words
 * that open a byline and the words that join several authors. Data; a byline is also found by
 * its shape (a short line of name-shaped words next to the headline or a date), these words only
 * add evidence.
 */
export const bylineOpeners: Record<string, string[]> = {
  en: ["By", "Written by", "Words by", "Reporting by", "Interview by", "Text by", "Interviewed by"],
  it: ["di", "Di", "a cura di", "Testo di", "Intervista di", "Intervista a cura di"],
  pt: ["Por", "por", "Texto:", "Reportagem:", "Entrevista de"],
  es: ["Por", "por", "Texto:", "Redacción:", "Entrevista de", "Entrevista realizada por"],
  fr: ["Par", "par", "Propos recueillis par", "Entretien réalisé par"],
  nl: ["Door", "door"],
  pl: ["Autor:", "autor:", "Tekst:"],
  cs: ["Autor:", "autor:"],
  ru: ["Автор:", "Текст:"],
  uk: ["Автор:", "Текст:"],
  tr: ["Yazan:", "Haber:"],
  ar: ["بقلم", "بقلم:", "كتب", "كتبت", "حوار:", "إعداد:"],
  he: ["מאת", "מאת:"],
  fa: ["نویسنده:", "نویسندگان:"],
  ur: ["تحریر:", "رپورٹ:"],
  hi: ["लेखक:", "रिपोर्ट:"],
  ja: ["文:", "記者:", "文・", "文／", "取材・文", "編集委員", "論説委員", "専門記者"],
  ko: ["글:", "기자:"],
  el: ["Του", "Της", "Γράφει ο", "Γράφει η"],
  id: ["Oleh", "Oleh:", "Penulis:", "Reporter:", "Laporan:"],
  ms: ["Oleh", "Oleh:", "Penulis:"],
  sw: ["Na", "Imeandikwa na", "Mwandishi:"],
  vi: ["Bài:", "Bài và ảnh:", "Tác giả:"],
  th: ["โดย", "เรื่อง:", "ผู้เขียน:", "รายงานโดย"],
  lo: ["ໂດຍ", "ໂດຍ:"],
  km: ["ដោយ", "ដោយ៖"],
  ka: ["ავტორი:", "ავტორები:"],
  zh: ["记者：", "記者：", "作者：", "文：", "撰文：", "记者", "記者"],
  de: ["Von", "Ein Kommentar von", "Das Gespräch führte", "Das Interview führte"],
  sv: ["Av"],
  no: ["Av"],
  da: ["Af"],
  fi: ["Kirjoittanut", "Teksti:"],
  ro: ["de", "Autor:"],
  hu: ["Szerző:", "Írta:"],
  hr: ["Piše:", "Autor:"],
  ca: ["Per", "per"],
};

/**
 * The roles a story's credits line names, a colon after each ("Tekst: Anna Kowalska | Zdjęcia:
 * Piotr Nowak"): text, photos, editing, video, graphics. Lower case; one of them among the line's
 * parts tells the credits from a page's fields of the same shape ("Category: World News | Tags: …").
 */
export const creditRoles = new Set([
  "text", "words", "story", "photo", "photos", "photography", "pictures", "editor", "editing", "edited by", "video", "graphics", "illustration", "reporting", "production",
  "texte", "édition", "rédaction", "réalisation", "vidéo", "infographie",
  "fotos", "foto", "redaktion", "grafik", "bearbeitung", "bilder", "bild",
  "texto", "fotografía", "edición", "vídeo", "infografía", "reportagem", "edição", "fotografia",
  "testo", "montaggio", "tekst", "zdjęcia", "zdjęcie", "redakcja", "wideo", "grafika", "redakce",
  "haber", "fotoğraf", "fotoğraflar", "editör", "kamera", "szöveg", "fotó", "fotók", "szerkesztő", "szerkesztette",
  "beeld", "eindredactie", "redactie", "redigering", "teksti", "kuvat", "kuva", "toimittaja",
  "текст", "фото", "редактор", "видео", "графика", "текст і фото",
  "κείμενο", "φωτογραφίες", "φωτογραφία", "επιμέλεια",
  "تصوير", "تحرير", "نص", "إعداد", "عکس", "متن", "ویرایش", "צילום", "עריכה", "טקסט",
  "फोटो", "तस्वीर", "संपादन", "ภาพ", "เรื่อง", "ถ่ายภาพ", "写真", "文", "사진", "글", "편집", "摄影", "编辑", "文字", "图片",
]);

/**
 * The labels of the editor who checked the story, not the one who wrote it ("Editor: Rina Sari"
 * under "Penulis: Andi Wijaya", "संपादक: सुनीता वर्मा", "责任编辑：王小明"). Lower case; data.
 */
export const editorLabels = new Set([
  "editor", "editora", "editors", "edited by", "editör", "penyunting", "redaktur", "redaktor", "redaktør", "redaktörer", "ویرایش", "ویراستار", "المحرر", "تحرير",
  "संपादक", "संपादन", "সম্পাদক", "সম্পাদনা", "ஆசிரியர்", "편집", "责任编辑", "責任編輯", "责编", "編輯", "编辑", "編集", "biên tập", "biên tập viên", "penyelaras", "บรรณาธิการ",
]);

/**
 * The disclaimer under an opinion column names its writer and their views ("The views expressed
 * are the author's own", "Les tribunes publiées n'engagent que leurs auteurs", "Kommentaren gir
 * uttrykk for skribentens holdninger", "외부 필진의 칼럼은 …"): the starts of the words for a writer
 * and for an opinion, lower case; data, read together with the line's place (authors.ts).
 */
export const disclaimerWriterStems = ["author", "writer", "columnist", "contributor", "auteur", "autric", "autor", "autore", "autori", "skribent", "forfatter", "författar", "skribenten", "penulis", "schrijver", "필진", "필자", "기고자", "筆者", "執筆者", "लेखक", "கட்டுரையாளர்"];
export const disclaimerOpinionStems = ["view", "opinion", "opini", "meinung", "tribune", "holdning", "åsikt", "mening", "pandangan", "standpunt", "칼럼", "견해", "의견", "見解", "意見", "विचार", "கருத்து"];

/** Words (besides "," "&" "、") that join the names of several authors. */
export const authorJoiners = ["and", "och", "og", "und", "et", "y", "e", "i", "en", "ja", "és", "a", "и", "і", "ve", "و", "ו", "및", "と", "和", "και", "oraz", "și",
  "และ", "ແລະ", "និង", "နှင့်", "ও", "এবং", "और", "اور", "და", "և", "እና", "மற்றும்"];

/** Words that end a byline as the author's job in languages without case, or all of them. */
export const reporterSuffixes = ["기자", "특파원", "논설위원", "칼럼니스트", "記者", "特派員", "记者", "記者", "संवाददाता", "مراسل"];

/**
 * A newsroom signing as a whole, where a name would stand ("Staff | The Courier", "Tim | CNN
 * Indonesia", "Redacción | Madrid", "Redaktion"): data, one list for every language.
 */
export const deskWords = new Set([
  "staff", "newsroom", "news desk", "editorial staff", "the editors", "tim", "redaksi", "tim redaksi", "redacción", "redação", "da redação", "redazione",
  "redaktion", "red.", "rédaction", "la rédaction", "redactie", "redaktionen", "redaksjonen", "redaktionen", "redakcja", "redakce", "redakcia", "szerkesztőség",
  "redacția", "редакция", "редакція", "haber merkezi", "agencies", "agencias", "agences", "agenturen", "एजेंसी", "هيئة التحرير", "المحرر", "מערכת", "डेस्क", "न्यूज़ डेस्क", "নিজস্ব প্রতিবেদক", "ডেস্ক রিপোর্ট", "অনলাইন ডেস্ক", "நமது நிருபர்", "நமது செய்தியாளர்", "செய்திப் பிரிவு", "편집국", "編集部", "编辑部", "ban biên tập",
]);

/**
 * A byline's opener by its shape, in any language: one short word and a colon ("Oleh:", "记者：",
 * "Автор:", "Reporter:"), before the name. A credit label ("Foto:") is told apart by the caller.
 */
export const labelOpener = /^([\p{L}\p{M}]{1,12})\s?[:：]\s?(?=\S)/u;

export const allBylineOpeners = [...new Set(Object.values(bylineOpeners).flat())].sort((a, b) => b.length - a.length);
