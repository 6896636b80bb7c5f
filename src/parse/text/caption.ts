/**
 * Picture and video captions: a line that ends in a credit ("… Photo: SVT/EPA",
 * "… (AP Photo/Evan Vucci)", "… REUTERS/Mike Blake", "… © AFP").
 */
import { perLexicon, type Lexicon } from "../lexicon/index.js";
import { lineMemo } from "../line-memo.js";
import { isImageControl } from "../lexicon/interface-words.js";
import { countWords } from "../segments.js";

export interface Caption {
  caption: string | null;
  credit: string;
  /** Read by the credit's shape alone (a name and an organisation in brackets): the story's last paragraph signed so is a sign-off. */
  byShape?: true;
}

const agencies = "पीटीआई|एएनआई|आईएएनएस|रॉयटर्स|एएफपी|REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|EFE|Efe|TT|NTB|SCANPIX|Scanpix|Ritzau Scanpix|GETTY IMAGES|Getty Images|Getty|ANP|DPA|dpa|ANSA|Ansa|Lehtikuva|XINHUA|Xinhua|Yonhap|Kyodo|Jiji|TASS|ТАСС|РИА Новости|PTI|IANS|ANI|Belga|APA|Keystone|Lusa|Anadolu|Imago|IMAGO|picture alliance|Shutterstock|iStock|Bloomberg|NurPhoto|LaPresse|Sportsfile|PA Images|PA Media|PA Wire|Action Images|Icon Sport|Mexsport|Agência Brasil|SIPA|Sipa|ABACA|Europa Press|EUROPA PRESS|Folhapress|共同|時事|ロイター|新华社|新華社|中新社|연합뉴스|뉴스1|뉴시스|로이터|블룸버그|게티이미지|게티이미지뱅크|신화|교도|中央社|路透社|法新社|美联社|美聯社|欧新社|歐新社|AA|DHA|İHA|رويترز|أ ف ب|أ\\.ف\\.ب|فرانس برس|الأناضول|واس|وام|ایرنا|ایسنا|רויטרס|פלאש90|รอยเตอร์|เอเอฟพี|เอพี|ซินหัว";
/** An agency's name alone ("REUTERS", "AFP", "رويترز"): a credit only beside a caption (lone-credit.ts), else a sign-off. */
let agencyAlone: RegExp | undefined;
export const isAgencyName = (text: string): boolean => text.length <= 30 && (agencyAlone ??= new RegExp(`^(?:${agencies})$`, "u")).test(text.trim());
/**
 * Credit labels of languages without a lexicon file (the lexicons' own are added to these):
 * Thai, Hebrew, Persian, Urdu, Vietnamese, Indonesian and Malay, Swahili, Greek, Ukrainian,
 * Bulgarian, Hungarian, Romanian, Czech; and labels every language shares ("File photo: Reuters",
 * euronews' "Droits d'auteur" for Copyright, Hindi's "साभार", courtesy). Data: a label makes a credit only before a name.
 */
const moreCreditLabels = ["ภาพ", "ภาพประกอบ", "ที่มาภาพ", "צילום", "תמונה", "קרדיט", "عکس", "تصویر", "منبع عکس", "Ảnh", "Ảnh minh họa", "Nguồn ảnh", "Gambar", "Sumber foto", "Kredit foto", "Picha", "Φωτογραφία", "Φωτ.", "Снимка", "Світлина", "Fotó", "Kép", "Sursa foto", "Zdroj", "Фото", "Foto", "Φωτο", "Φωτό", "فوٹو", "ภาพจาก", "ขอบคุณภาพ", "Photo credit", "Image credit", "Picture credit", "Photo courtesy", "Courtesy of", "Courtesy", "File photo", "Archivbild", "Archivfoto", "Symbolbild", "Droits d'auteur", "Droits d’auteur", "Derechos de autor", "Direitos de autor", "Diritti d'autore", "साभार", "सौजन्य", "Cortesía de", "Cortesia de", "Gentileza de", "写真提供", "画像提供", "사진 제공", "图片提供", "圖片提供"];
/**
 * "File photo" in several languages: a note printed where the credit goes (on its own line, or
 * after the caption, often in brackets). Data: the credit is the note as printed.
 */
const fileNotes = ["File photo", "File picture", "File image", "FILE PHOTO", "Archive photo", "Archivbild", "Archivfoto", "Symbolbild", "Foto de archivo", "Imagen de archivo", "Foto de arquivo", "Imagem de arquivo", "Photo d'archives", "Image d'archives", "Photo d’archives", "Foto d'archivio", "Foto d’archivio", "foto d'archivio", "foto d’archivio", "foto di archivio", "Foto di archivio", "foto archivio", "Foto archivio", "foto de archivo", "photo d'archives", "Archieffoto", "Archiefbeeld", "Arkivbild", "Arkivfoto", "Arkivbilde", "Arkistokuva", "Zdjęcie archiwalne", "Архивное фото", "Фото из архива", "Архівне фото", "Dosya fotoğraf", "Arşiv fotoğrafı", "صورة أرشيفية", "تصویر آرشیوی", "צילום ארכיון", "Photo d'illustration", "Photo d’illustration", "Image d'illustration", "Foto ilustrativa", "Imagen ilustrativa", "Symbolfoto", "代表撮影", "फाइल फोटो", "फ़ाइल फ़ोटो", "फाइल फ़ोटो", "प्रतीकात्मक तस्वीर", "सांकेतिक तस्वीर", "자료사진", "資料写真", "资料图", "资料图片", "資料圖片", "ảnh tư liệu", "Ảnh tư liệu", "foto arsip", "Foto arsip"];
/**
 * An archive's mark of one word, printed where the credit goes, in brackets or after a slash at a
 * caption's end ("… en agosto de 2024 (archivo)", "… nel palco reale (Archivio)", "… في بيروت /أرشيفية",
 * "… Kipevu terminal. /FILE"): the picture is an old one. Data: a mark only there, never a word of the sentence.
 */
const archiveMarks = ["archivo", "Archivo", "ARCHIVO", "archives", "Archives", "archivio", "Archivio", "ARCHIVIO", "Archiv", "arquivo", "Arquivo", "archief", "Archief", "arkiv", "Arkiv", "архив", "Архив", "Arşiv", "arşiv", "FILE", "File", "أرشيفية", "أرشيف", "ارشيفية", "ارشيف", "ארכיון", "آرشیو", "資料", "자료", "फाइल", "फ़ाइल"];
/**
 * Credits that need no name: a private picture or a handout ("Privat" under a reader's photo in
 * Nordic and German papers). Data: alone on a line, such a word is the credit.
 */
const namelessCredits = ["Supplied", "SUPPLIED", "Divulgação", "Cedida", "Cedido", "Privatfoto", "Privatbild", "Familienfoto", "Privat", "privat", "PRIVAT", "Handout", "HANDOUT", "Privé", "Privado", "Privato", "Pressebild", "Pressefoto", "Yksityinen", "Yksityiskuva", "Prywatne", "Soukromé"];
/**
 * Where a private picture came from, printed where its credit goes, with no label and no agency: the
 * family's or the sitter's own archive, a handout, a courtesy ("… em 1978. Acervo da família", "… (Arquivo
 * pessoal)", "Family handout", "Courtesy of the family", "Archives de la famille", "Archivio di famiglia",
 * "Foto privada", "Archiv Familie Reiter", "أرشيف العائلة"). Data: words of provenance (an archive, a handout,
 * a courtesy, private or personal), of kin and of pictures, and the short words that join them.
 */
const provenanceWords = new Set(["acervo", "arquivo", "archivo", "archive", "archives", "archivio", "archiv", "arkiv", "archief", "archiwum", "архив", "handout", "courtesy", "cortesia", "cortesía", "gentileza", "private", "privat", "privé", "privée", "privado", "privada", "privato", "privata", "prywatne", "pessoal", "personal", "personnel", "personnelle", "personale", "persönlich", "particulière", "particulier", "particular", "divulgação", "cedida", "cedido", "concessa", "supplied", "privatfoto", "privatbild", "familienfoto", "familienarchiv", "أرشيف", "ارشيف", "الأرشيف"]);
const kinWords = new Set(["família", "familia", "famille", "famiglia", "familie", "family", "familiar", "familiare", "familial", "familiale", "familj", "familjen", "familien", "gezin", "rodzina", "rodziny", "семья", "семьи", "العائلة", "الأسرة", "عائلة", "أسرة"]);
const pictureWords = new Set(["foto", "fotos", "photo", "photos", "photograph", "picture", "image", "bild", "imagen", "imagem", "immagine", "fotografia", "fotografía", "صورة", "صور", "collection", "colección", "coleção", "collezione", "sammlung"]);
const sourceJoins = new Set(["da", "do", "das", "dos", "de", "del", "della", "dell", "dalla", "di", "du", "des", "la", "le", "l", "the", "of", "der", "van", "von", "af", "from", "by", "por", "pela", "pelo", "par", "من"]);
/**
 * Whether a short phrase names a private picture's source ("Acervo da família", "Courtesy of the family", "Archiv Familie Reiter",
 * "Family photo"): two to six words of those lists (a family's name may follow its word of kin), one of provenance, or one of kin and one of pictures.
 */
export function isPrivateSource(text: string): boolean {
  if (text.length > 50 || text.length < 6) return false;
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length < 2 || words.length > 6 || /[\p{N}:：=＝,;!?]/u.test(text)) return false;
  let provenance = false;
  let kin = false;
  let picture = false;
  let afterKin = 0;
  for (const word of words) {
    const w = word.toLocaleLowerCase();
    if (provenanceWords.has(w)) provenance = true;
    else if (kinWords.has(w)) {
      kin = true;
      afterKin = 2;
    } else if (afterKin > 0 && /^\p{Lu}/u.test(word)) afterKin--;
    // (a family's name after its word of kin, "Archiv Familie Reiter", "Acervo da família Coutinho")
    else if (pictureWords.has(w)) picture = true;
    else if (!sourceJoins.has(w)) return false;
  }
  return provenance || (kin && picture);
}
/** Whether one of the line's last three words is a private source's (of provenance, of kin or of pictures): a cheap test before the phrase is read. */
const sourceWordAtEnd = (text: string): boolean =>
  (text.slice(-60).match(/[\p{L}\p{M}]+/gu) ?? []).slice(-3).some((word) => {
    const w = word.toLocaleLowerCase();
    return provenanceWords.has(w) || kinWords.has(w) || pictureWords.has(w) || namelessAfterOnly.has(word);
  });
/** "… en 1961. DR", "(DR)": French papers' "droits réservés", a private picture's credit after a caption (alone on a line, DR is also a broadcaster's name). */
const namelessAfterOnly = new Set(["DR"]);
/** A private picture's source, of several words or one ("Privatfoto", "Handout"): never an agency's, a reporter's or a date line's. */
export const isPrivateCredit = (credit: string): boolean => isPrivateSource(credit) || namelessCredits.includes(credit) || namelessAfterOnly.has(credit);
/** Short words that join a name's parts ("Maria da Silva", "Jan van der Berg", "Omar bin Zayed"). */
const nameParticles = new Set(["da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "den", "ten", "ter", "y", "e", "bin", "ibn", "al", "el"]);
/** A person's name in a script with case: one to five words, each capitalised but a joining particle. */
const personName = (text: string): boolean => {
  const words = text.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  return words.length >= 1 && words.length <= 5 && /^\p{Lu}/u.test(words[0] ?? "") && words.every((w) => /^\p{Lu}/u.test(w) || nameParticles.has(w));
};
/**
 * A portrait's caption, under an obituary's or a profile's head: a name and the years of a life,
 * "Gianni Ferraris (1931-2025)", "김대중 (1924~2009)", or a name and the year of the picture,
 * "Maria Amélia Reis, em 1978", "Margaret Ellis in 1994", "Ingrid Baumann 1994" (one or two small
 * words between). No sentence, no quotation; a subhead naming a year has words in small letters
 * ("A digressão de 1969") or stands between paragraphs, where this shape is not asked.
 */
export function isPortraitCaption(text: string): boolean {
  if (text.length > 60 || !/\p{Nd}{4}[)）]?$/u.test(text) || /[.!?。:：;"“”„«»「」]/u.test(text)) return false;
  const life = /^(.+?)\s*[(（]\s*(\d{4})\s*[-–—~〜]\s*(\d{4})\s*[)）]$/u.exec(text);
  if (life?.[1]) {
    const born = Number(life[2]);
    const died = Number(life[3]);
    // (a name of a script without case is a few words at most)
    return born >= 1800 && born < died && died - born <= 120 && (/[\p{Lu}\p{Ll}]/u.test(life[1]) ? personName(life[1]) : countWords(life[1], 5) <= 4);
  }
  // (a noun after the small words, in a language that capitalises its nouns: "Horst Ebeling im Jahr 1985")
  const taken = /^(\p{Lu}.*?),?\s+(?:(?:\p{Ll}{1,10}\s+){1,2}(?:\p{Lu}\p{Ll}{1,8}\s+)?)?(\d{4})$/u.exec(text);
  const year = Number(taken?.[2]);
  return taken?.[1] !== undefined && year >= 1850 && year <= 2100 && personName(taken[1]) && wordCount(taken[1]) >= 2;
}
/** The caption before a private source, after its last sentence ("… em 1978. Acervo da família") or in brackets at its end ("… em Petrópolis (Arquivo pessoal)"), or null. */
function beforePrivateSource(text: string): Caption | null {
  const m = /^(.*?\S)\s*[(（]([^()（）]{2,50})[)）]$/u.exec(text) ?? /^(.*[.!?。])\s+([^.!?。]{2,50})$/u.exec(text);
  const caption = m?.[1];
  const credit = m?.[2]?.trim();
  if (!caption || !credit || !isPrivateCredit(credit) || wordCount(caption) < 3 || !captionSized(caption)) return null;
  // (a caption says one or two sentences)
  return (caption.match(/[.!?。！？](?:\s|$)/gu)?.length ?? 0) <= 2 ? { caption: clean(caption), credit } : null;
}
/**
 * Labels of more than one picture ("Photos", "Fotos", "Bilder"): over a description
 * ("Photos: The winter storms that battered the coast in pictures") they head a gallery's teaser,
 * a link to other pictures, never a caption or a credit. Data: a plural label before words
 * that describe, not a name.
 */
const galleryLabels = ["Photos", "Pictures", "Images", "Photographs", "Gallery", "Photo gallery", "Fotos", "Imágenes", "Galería", "Fotogalería", "Bilder", "Bildergalerie", "Fotostrecke", "Galerie", "Galerie photos", "Kuvat", "Kuvagalleria", "Foto's", "Zdjęcia", "Galeria", "Фотогалерея", "Fotoğraflar", "Foto Galeri", "Fotogalleri", "Fotografie", "Immagini", "Fotogallery", "صور", "تصاویر", "תמונות", "ภาพชุด", "写真特集", "组图", "組圖", "포토", "화보"];
const galleryTeaser = new RegExp(`^(?:${galleryLabels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*[:：]\\s*(\\S.*)$`, "iu");
/** A colon within a label's length of the start ("Photos:", "Bildergalerie:"). */
const labelColon = (text: string) => {
  const colon = text.indexOf(":");
  const wide = text.indexOf("：");
  return (colon > 0 && colon <= 20) || (wide > 0 && wide <= 20);
};
const galleryLabelKeys = new Set(galleryLabels.map((l) => l.toLocaleLowerCase()));
/**
 * A control of one picture, where the picture stood ("Bild vergrössern", "拡大する", "사진 확대",
 * "Enlarge image"; interface-words.ts): the short line right under it is that picture's caption.
 * Not a gallery's label ("Photos", "Fotogalerie"): the line under it names the gallery.
 */
export const isPictureControl = (text: string): boolean => isImageControl(text) && !galleryLabelKeys.has(text.trim().replace(/[:：]$/u, "").toLocaleLowerCase());
/** "Photos: The winter storms that battered the coast", "Fotos: Así quedó el paseo": a plural label over words that describe (two words or more in small letters, or a script without case). */
export function isGalleryTeaser(text: string): boolean {
  const rest = text.includes(":") || text.includes("：") ? galleryTeaser.exec(text)?.[1] : undefined;
  if (!rest || rest.includes("/")) return false;
  return /[\p{Lu}\p{Ll}]/u.test(rest) ? /^\p{Lu}/u.test(rest) && describes(rest) : countWords(rest, 3) >= 3;
}
/** "…する町長＝3日、東京都千代田区", "…確認する利用客＝5日午後": a Japanese caption's date (and time of day) and place after an equals sign, at the end. */
const datePlaceAfterEquals = /[^=＝\s][=＝]\s*[0-9０-９]{1,2}日(?:午前|午後|朝|夜|夕方?|未明|深夜|正午)?(?:[、，,][^=＝。]{1,30})?$/u;
/**
 * A caption without a credit, by the slot a credit takes: a Japanese caption's "＝day, place" at its
 * end ("式典であいさつする市長（右）＝12日、札幌市"), printed so under pictures by Kyodo and the
 * national papers and never at the end of a story's sentence. A line of a caption's size that opens
 * with no quotation and says at most two sentences. (Not a person's place in the picture alone,
 * "Jane Doe, left, …", "Mia Schulz (links)": a sentence's shape is no picture's mark, and "Berlin
 * (Mitte)" or a baseball line-up's "近本（中）" is the story's.)
 */
export function isDatedCaption(text: string): boolean {
  // (the marks first: every line of the story that is no caption comes here)
  if (text.length > 300 || !(text.includes("＝") || text.includes("=")) || /^[–—―-]\s|^[“„»«"'‘「『]/u.test(text)) return false;
  if (!datePlaceAfterEquals.test(text)) return false;
  return wordCount(text) <= 45 && (text.match(/[.!?。！？](?:\s|$)/gu)?.length ?? 0) <= 2;
}
const creditLabelsOf = (lex: Lexicon) => [...new Set([...lex.creditLabels, ...moreCreditLabels])];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isShortCredit = (credit: string) => credit.length <= 70 && countWords(credit, 9) <= 9;
const clean = (s: string) => s.trim().replace(/^[–—-]\s*/, "").replace(/\s*[©|–—]$|\s+[-/]$/u, "") || null;
/** Words of a credit or caption, any script (a run of letters, marks and digits). */
const wordCount = (s: string) => s.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
/** A few words, each capitalised ("Europa Press", "Carlos Ruiz"). */
const namesOnly = (s: string, most: number) => {
  const words = s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.length <= most && words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w));
};
/** A credit of names ("Jane Doe", "ANP", "Ana Gil / EFE", "Jan van der Berg"): every word capitalised but a particle or a joining word, or a slash in it. */
const namesCredit = (s: string) => s.includes("/") || (s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).every((w) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(w) || /^(?:van|von|der|den|de|del|da|di|du|la|le|and|und|og|och|et|y|e|for|of|via|on)$/u.test(w));
/** Two words or more in small letters (three letters or more): a description, not names joined by "and" or "avec" (a byline's). */
const describes = (s: string) => (s.match(/(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{2,}/gu)?.length ?? 0) >= 2;
/** A caption is at most a few sentences. */
const captionSized = (s: string) => s.length <= 400 && (s.length <= 60 || wordCount(s) <= 60);
/** A name or an organisation: capitalised words, "via", "and", initials ("Chuck Burton", "New York State Sex Offender Registry"). */
const nameWords = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|via|and|und|og|och|et|y|e|de|van|von|der|for|of))*`;
/** "Chuck Burton/AP", "Win McNamee/Getty Images", "Registry via AP": a credit line by its shape alone. */
let creditOnlyPattern: RegExp | undefined;
// (built and compiled on the first line with a slash or a spaced "via", the only lines it can match: its
// compilation was the costliest of a first parse after the noise patterns)
// (a name of two words or more, or an agency, on one side of the slash: "Ukraine/Russia", "Pfizer/BioNTech" are a topic's words, not a credit)
const creditOnly = {
  test: (text: string): boolean =>
    (text.includes("/") || /\svia\s/u.test(text)) &&
    (creditOnlyPattern ??= new RegExp(`^(?:${nameWords}\\s*/\\s*${nameWords}(?:\\s*/\\s*${nameWords})*|${nameWords}\\s+via\\s+${nameWords})$`, "u")).test(text) &&
    text.split(/\/|\svia\s/u).some((part) => /\S\s+\S/u.test(part.trim()) || isAgencyName(part)),
};
/** "Jane Doe for The Courier": a photographer who works for another outlet, after the caption's last sentence (in brackets or not). */
const forOutlet = new RegExp(`^(.*?[.!?])\\s+[(（]?(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){1,3}\\s+for\\s+${nameWords})[)）]?$`, "u");
/** "… at the harbour. Supplied", "… im Garten. Privat": a credit that needs no name, after the caption's last sentence. */
const namelessAfterWords = new Set(["Supplied", "SUPPLIED", "Handout", "HANDOUT", "Privat", "PRIVAT", "Privé", "Privado", "Privato", "Yksityinen", "Prywatne"]);
const namelessAfter = new RegExp(`^(.*?[.!?。])\\s+(${[...namelessAfterWords].join("|")})$`, "u");
/** "消防员在现场作业。新华社记者 王明 摄": a photographer marked 摄 after the caption's last sentence, without brackets. */
const takenBy = /^(.*?[。！？])\s*([^。！？()（）]{2,30}\s?(?:摄|攝))$/u;

/** A caption behind a screen-reader label ("Image caption, Protesters …"): the caption, or null. */
const captionLabel = perLexicon((lex) => new RegExp(`^(?:${lex.captionLabels.map(escape).join("|")})\\s*[,:.]?\\s*(\\S.*)$`, "iu"));

/** A credit label over a whole caption ("Image: Protesters march on the bridge on Monday"). */
const labelOverCaption = perLexicon((lex) => new RegExp(`^(?:${creditLabelsOf(lex).map(escape).join("|")})\\s*:\\s*(\\S.*)$`, "u"));

export function readLabelledCaption(text: string, lex: Lexicon): string | null {
  if (labelColon(text) && isGalleryTeaser(text)) return null;
  const match = captionLabel(lex).exec(text);
  // (a letter after the label: "Legende:" alone is a label over its caption, isBareCaptionLabel)
  if (match) return /[\p{L}\p{N}]/u.test(match[1] ?? "") ? (match[1] ?? null) : null;
  const reserved = withoutReservedNote(text);
  if (reserved !== null) return reserved;
  // what follows the label is a caption, not a credit, when it is longer than any credit
  const over = labelOverCaption(lex).exec(text);
  return over && !isShortCredit(over[1] ?? "") && captionSized(over[1] ?? "") ? (over[1] ?? null) : null;
}

/** A caption label alone on its line ("Legende:", "Bildunterschrift", "Image caption"): the caption is the line under it. */
export function isBareCaptionLabel(text: string, lex: Lexicon): boolean {
  if (text.length > 40) return false;
  const bare = text.trim().replace(/\s*[:：.…]$/u, "").toLocaleLowerCase();
  return lowerCaptionLabels(lex).has(bare);
}
/** The lexicon's caption labels in lower case, made once per lexicon (not once per line asked). */
const lowerCaptionLabels = perLexicon((lex) => new Set(lex.captionLabels.map((label) => label.toLocaleLowerCase())));

/**
 * "All rights reserved" printed after a picture's caption by some pages ("Il porto visto dall'alto
 * (foto d'archivio) - RIPRODUZIONE RISERVATA"): never after a sentence of the story. Data.
 */
const reservedNotes = ["RIPRODUZIONE RISERVATA", "Riproduzione riservata", "ALL RIGHTS RESERVED", "All rights reserved", "TODOS LOS DERECHOS RESERVADOS", "Todos los derechos reservados", "TOUS DROITS RÉSERVÉS", "Tous droits réservés", "ALLE RECHTE VORBEHALTEN", "Alle Rechte vorbehalten", "TODOS OS DIREITOS RESERVADOS", "Todos os direitos reservados"];
const reservedNoteKeys = new Set(reservedNotes.map((n) => n.toLocaleLowerCase()));
const reservedEnd = /(?:RISERVATA|riservata|RESERVED|reserved|RESERVADOS|reservados|RÉSERVÉS|réservés|VORBEHALTEN|vorbehalten)\.?$/u;
let reservedAfter: RegExp | undefined;
/** The caption before a spaced dash or bar and an "all rights reserved" note, or null: a caption's size, not closed by a sentence's stop. */
export function withoutReservedNote(text: string): string | null {
  if (!reservedEnd.test(text)) return null;
  reservedAfter ??= new RegExp(`^(.*?\\S)\\s+[-–—|]\\s*(?:©\\s*)?(?:${reservedNotes.map(escape).join("|")})\\.?$`, "u");
  const rest = reservedAfter.exec(text)?.[1];
  // (a caption's phrase, without a sentence's stop before the note: a paragraph of the story so closed ends its sentence first)
  return rest && captionSized(rest) && wordCount(rest) >= 3 && !/[.!?。]$/u.test(rest) && (rest.match(/[.!?。](?:\s|$)/gu)?.length ?? 0) <= 1 ? rest : null;
}

/**
 * The credit after the last sentence of a caption that its label proves ("Legende: Gesperrte
 * Strasse bei Stalden. SRF"): an agency, a short name in capitals, or names around a slash.
 */
function trailingCredit(caption: string): Caption | null {
  const m = /^(.*[.!?。])\s+([^.!?。]{2,50})$/u.exec(caption);
  const credit = m?.[2]?.trim();
  if (!m?.[1] || !credit) return null;
  return isAgencyName(credit) || /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u.test(credit) || creditOnly.test(credit) ? { caption: m[1], credit } : null;
}

/** A lone credit label ("Credit", "Photo") whose credit is on the next line (or a picture's placeholder in brackets, "[Photo]", "【写真】", "<사진>"). */
export function isBareCreditLabel(text: string, lex: Lexicon): boolean {
  const labels = lowerCreditLabels(lex);
  // (a line far longer than the longest label is none: a cheap test first, asked of every line)
  if (text.length > labels.longest * 2 + 16) return false;
  // the label without its brackets ("[Photo]", "（写真）") and without a colon or dots after it ("Foto:", "Photo…")
  let start = 0;
  let end = text.length;
  if (end >= 2 && OPENERS.includes(text[0] as string) && CLOSERS.includes(text[end - 1] as string)) {
    start = 1;
    end -= 1;
  }
  while (end > start && LABEL_ENDS.test(text[end - 1] as string)) end--;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  return labels.has(text.slice(start, end).toLowerCase());
}
const OPENERS = "[(（【<〈";
const CLOSERS = "])）】>〉";
const LABEL_ENDS = /[\s:.…]/u;
const lowerCreditLabels = perLexicon((lex) => {
  const labels = new Set(creditLabelsOf(lex).map((label) => label.toLowerCase()));
  return Object.assign(labels, { longest: Math.max(0, ...[...labels].map((label) => label.length)) });
});

/** Reads a caption line, or returns null when `text` does not end in a credit. */
const captionPatterns = perLexicon((lex) => {
  const labels = creditLabelsOf(lex).sort((a, b) => b.length - a.length).map(escape).join("|");
  return {
    // (a line the credit line's expression is asked of opens with a label: the cheap test first)
    creditLabels: creditLabelsOf(lex),
    // "图/视觉中国": a label, a slash and one credit
    labelSlash: new RegExp(`^(?:${labels})\\s*[/／]\\s*([^/／\\s][^/／]{0,30})$`, "u"),
    // a credit line of its own: "Image source, Getty Images", "Credit...Doug Mills/The New York Times"
    creditLine: new RegExp(`^(?:${labels})\\s*(?:,|\\.{2,3}|…)\\s*(\\S.*)$`, "u"),
    // "… (AP Photo/Evan Vucci)", "… (Photo Prakash Mathema. AFP)"
    // (a label's end by Unicode's letters, not \\b: "(ภาพ: …)" in a script \\b does not know)
    parens: new RegExp(`^(.*?)\\s*[(（]((?:(?:${agencies})\\s+)?(?:${labels}|${labels.toUpperCase()})(?![\\p{L}\\p{M}])[\\s/:：=＝・]*([^()（）]+))[)）]\\.?$`, "u"),
    startsWithLabel: new RegExp(`^(?:${labels}|${labels.toUpperCase()})(?![\\p{L}\\p{M}])`, "u"),
    // "… Photo: SVT/EPA", "Foto: TT", "Photograph: Name/Agency"
    // (or glued to the caption's last word by the copy: "… am SamstagFoto: Keystone")
    labelled: new RegExp(`^(.*?)[\\s|]*(?:(?<![\\p{L}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${labels}|${labels.toUpperCase()})\\s*[:：]\\s*(\\S.*?)\\.?$`, "u"),
    // "… REUTERS/Mike Blake"
    // (a chain of names before the agency is the credit's too: "… KEYSTONE/EPA/Karim Haddad")
    slash: new RegExp(`^(.*?)\\s*(?:\\b|(?<=\\p{Ll})(?=\\p{Lu}))((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s*/\\s*)*(?:${agencies})\\s*/\\s*[\\p{L}\\p{M} .'-]+?(?:\\s*/\\s*[\\p{L}\\p{M} .'-]+?)*)\\.?$`, "u"),
    // "… (Ansa)", "…（共同）": an agency alone in parentheses at the end
    // (or in square brackets, after a word and a colon: "… [Reuters]", "… [File: Reuters]")
    // (or in angle brackets, the agency that took it and the one that sent it: "… <로이터 연합뉴스>", "…（AFP時事）")
    agencyParens: new RegExp(`^(.*?)\\s*(?:[(（<〈]|\\[(?:[\\p{L}]+:\\s*)?)((?:${agencies})(?:[\\s/]*(?:${agencies}))?)[)）\\]>〉]\\.?$`, "u"),
    // "… dawn. Getty Images", "… 2025. AFP": an agency alone after the caption's last sentence
    agencyAfter: new RegExp(`^(.*?[.!?。])\\s+((?:${agencies}))$`, "u"),
    // "… on the harbour wall EPA", "… in Kyiv – AFP", "… at dusk JOHN DOE / AFP": a caption without a sentence's end,
    // then an agency in capitals or a photographer and agency in capitals (the capitals mark where the credit starts)
    capsAgencyEnd: new RegExp(`^([^.!?。]*?[\\p{Ll}\\p{N}][")”»’]?)\\s+(?:[-–—|]\\s+)?((?:\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)?(?:\\s+\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)?){0,3}\\s*/\\s*)?(?:${agencies.split("|").filter((a) => a === a.toUpperCase() && /\p{Lu}{2}/u.test(a)).join("|")}))$`, "u"),
    // "…（警視庁提供）", "…（写真：共同）", "…(사진=연합뉴스)", "…[사진 제공=시청]", "…（图片来源：新华社）":
    // a credit in full-width or plain brackets, labelled or marked "provided by" (提供, 제공)
    bracketed: new RegExp(`^(.*?)\\s*[(（\\[【]\\s*(?:(?:${labels})\\s*(?:제공|来源|來源|提供)?\\s*[:：=＝]\\s*([^()（）\\[\\]【】]{1,40})|([^()（）\\[\\]【】\\s]{1,30}\\s?(?:提供|제공))|([^()（）\\[\\]【】]{1,30}\\s(?:摄|攝)))\\s*[)）\\]】]\\.?$`, "u"),
    // "…＝共同", "… = 연합뉴스": an East Asian credit after an equals sign
    equals: new RegExp(`^(.*?\\S)\\s*[=＝]\\s*((?:${agencies}|[^=＝\\s]{1,12}(?:提供|제공)|[^=＝]{1,40}撮影))$`, "u"),
    // "Foto: ANSA Volontari spalano il fango …", "Photo: Jane Doe/Reuters Trucks queue …", "写真＝共同 会見する…": a label and its
    // credit glued before the caption (an agency, or a name and an agency; after an equals sign one word of a script without spaces' credit)
    labelCreditFirst: new RegExp(`^(?:${labels}|${labels.toUpperCase()})\\s*(?:[:：]\\s*((?:${nameWords}\\s*/\\s*)?(?:${agencies}))|[=＝]\\s*([^\\s=＝]{1,12}))\\s+(\\S.*)$`, "u"),
    // "사진=연합뉴스", "… 写真＝山田太郎": a credit label, an equals sign and the credit, at the end or alone
    labelEquals: new RegExp(`^(.*?)\\s*(?<![\\p{L}\\p{M}])(?:${labels})\\s*[=＝]\\s*([^=＝]{1,40}?)\\.?$`, "u"),
    // "… [로이터 = 연합뉴스]", "… <사진=연합뉴스>", "… [사진 출처 = 블룸버그]": a source and the agency that
    // sent it, or a label, joined by an equals sign in brackets at the end (Korean and Japanese captions)
    equalsBracket: /^(.*?)\s*[[【<〈(（]\s*([^=＝()（）[\]【】<>〈〉]{1,20}?)\s*[=＝]\s*([^=＝()（）[\]【】<>〈〉]{1,30}?)\s*[\]】>〉)）]\.?$/u,
    // "… in the harbour. Foto ANP", "… Photo Jane Doe": a label without a colon after the caption's last sentence
    // (or "… Photo by Jane Doe", "… Foto di Mario Rossi": one short word between the label and the name)
    // (or after a spaced dash or bar: "… northern Spain - Copyright Canva")
    bareLabel: new RegExp(`^(.*?(?:[.!?。]|\\s[-–—|]))\\s+(?:${labels}|${labels.toUpperCase()})(?:\\s+\\p{Ll}{1,4})?\\s+(\\p{Lu}.{0,60}?)\\.?$`, "u"),
    // "Getty Images", "EPA-EFE/Name", "AFP via Getty Images": an agency of more than one word, or an agency and more, alone on a line
    // (one word alone, "AFP", is as often the story's sign-off or an author box: sign-off.ts)
    agencyLine: new RegExp(`^(?:(?:${agencies})(?:\\s*(?:/|\\bvia\\b)\\s*\\S.{0,60})?)$`, "u"),
    // "Photo by Jane Doe on Unsplash", "Foto di Mario Rossi", "Copyright Canva": a label, a short word and a credit alone on a line
    labelBy: new RegExp(`^(?:${labels}|${labels.toUpperCase()})\\s+(?:(\\p{Ll}{2,4}|courtesy of|cortesía de|cortesia de)\\s+)?(\\p{Lu}[^.!?:;]{0,60})$`, "u"),
    // "… este lunes | Europa Press", "… im Hafen · Keystone": a credit after a bar or a dot at the end
    barCredit: /^(.*\S)\s+[|·]\s+(\p{Lu}[^|·]{1,50})$/u,
    // "File photo", "… टीम। (फाइल फोटो)", "… im Hafen. Archivbild": a file note alone, or after the caption's last sentence or in brackets
    fileNote: new RegExp(`^(?:(.*?[.!?。।])\\s*|(.*?\\S)\\s*(?=[(（\\[]))?[(（\\[]?(${fileNotes.map(escape).join("|")})[)）\\]]?\\.?$`, "u"),
    // "…歩く人たち（5日午後、共同）": a day (a time of day, a place) and an agency after a comma, in brackets at the end
    datedAgency: new RegExp(`^(.*?[^\\s。])\\s*[(（]\\s*[0-9０-９]{1,2}日[^()（）、，,]{0,6}(?:[、，,][^()（）、，,]{1,30})?[、，,]\\s*(${agencies})\\s*[)）]$`, "u"),
    // "… in Pretoria. /FILE", "… /FILE PHOTO": a file note after a slash, at the end
    slashFile: /^(.*?\S)\s*\/\s*(FILE(?:\s+PHOTO)?)\.?$/u,
    // "… (archivo)", "… (Archivio)", "… في بيروت /أرشيفية": an archive's mark of one word in brackets, or after a spaced slash, at the end
    // (or an agency's name alone after a spaced slash: "… dopo l'alluvione /ANSA", "… 탐방객들 /연합뉴스")
    // (or the mark after a spaced dash: "… في بيروت - أرشيفية", "… en 2025 - Archives")
    archiveMark: new RegExp(`^(.*?\\S)\\s*(?:[(（\\[]\\s*(${archiveMarks.map(escape).join("|")})\\s*[)）\\]]|\\s\\/\\s*(${archiveMarks.map(escape).join("|")}|${agencies})|\\s[-–—]\\s+(${archiveMarks.map(escape).join("|")}))\\.?$`, "u"),
    // "… 전경 [연합뉴스 자료사진]", "… 모습 [매경DB]": an archive in brackets at the end of a caption's phrase
    bracketArchive: /^(.*?\S)\s*[[(（【<]\s*([가-힣\p{Lu}0-9]{1,8}\s?(?:DB|자료사진))\s*[\])）】>]$/u,
    // "… की भीड़। (फाइल फोटो: एएनआई)", "… (Foto de archivo: EFE)": a file note, a colon and the credit in brackets at the end
    fileNoteCredit: new RegExp(`^(.*?\\S)\\s*[(（]\\s*((?:${fileNotes.map(escape).join("|")})\\s*[:：]\\s*[^()（）:：]{1,40})[)）]\\.?$`, "u"),
    // "FILE - A man walks past …", "FILE PHOTO: A man walks past …": a file mark before the caption (the wires' style)
    fileFirst: /^(FILE(?:\s+PHOTO)?)\s*(?:[-–—]|:)\s+(\S.*)$/u,
    // "… في موقع المشروع بمحافظة معان - رويترز", "… on the quay – Reuters": a caption without a sentence's end, a spaced dash and an agency, any script
    dashAgencyEnd: new RegExp(`^([^.!?。؟]*?[^\\s.!?。؟,،:])\\s+[-–—]\\s+(${agencies})$`, "u"),
    // "… 모습. /김지호 기자", "… 있다. /연합뉴스": after the caption's stop, a slash and the photographer (a name and "기자") or the agency
    slashReporter: new RegExp(`^(.*?[.!?。])\\s*/\\s*([가-힣]{2,4}\\s?(?:사진|선임|객원)?기자|${agencies})$`, "u"),
    // "… 있다. [이충우 기자]", "… 모습. [매경DB]", "[연합뉴스 자료사진]": after the caption's stop, the photographer (a name and "기자") or an archive ("DB", "자료사진") in brackets
    bracketReporter: /^(.*?[.!?。])\s*[[(（【<]\s*([가-힣]{2,4}\s?(?:사진|선임|객원)?기자|[가-힣\p{Lu}0-9]{1,8}\s?(?:DB|자료사진))\s*[\])）】>]$/u,
    // a credit label and a dot or spaces before a capitalised name, at the start of a credit ("Fot. PAP/…")
    labelBefore: new RegExp(`^(?:${labels})\\.?\\s+(?=\\p{Lu})`, "u"),
    // "… consiglio comunale (foto Ansa)", "(photo AFP)": a label in small letters and an agency in brackets at the end
    smallLabelAgency: new RegExp(`^(.*?\\S)\\s*[(（](?:${labels.toLowerCase()})\\s+(${agencies})[)）]\\.?$`, "u"),
    // "… pöytäliinan. MATTI MATIKAINEN": a photographer's name in capitals after the caption's last sentence
    capsName: /^(.*?[.!?。])\s+(\p{Lu}{2,}(?:[-'’]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)?){1,3})$/u,
    // "… le 28 janvier 2025. JULIEN MORVAN / AFP": photographer and agency after the caption's last sentence
    trailing: new RegExp(`^(.*?[.!?)])\\s+(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}\\s*/\\s*(?:${agencies}|\\p{Lu}[\\p{L}\\p{M}-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}-]+)?)(?:\\s*/\\s*\\p{Ll}{2,6}\\.?)?)$`, "u"),
  };
});

/** "The bus stop on Friday. (CNA)": a sentence, then a short source in brackets. */
function sourceInBrackets(text: string): Caption | null {
  const m = /^(.*[.!?。！？])\s*[(（\[【]([^()（）[\]【】]{1,30})[)）\]】]$/u.exec(text);
  return m?.[2] && wordCount(m[2]) <= 4 ? { caption: clean(m[1] ?? ""), credit: m[2].trim() } : null;
}

/** Reads a caption line, or returns null when `text` does not end in a credit. */
export function readCaption(text: string, lex: Lexicon): Caption | null {
  // (read once per line by the figure, caption, related and header readers; handed out as a copy)
  const found = captionMemo(lex)(text);
  return found && { ...found };
}

const captionMemo = perLexicon((lex) => lineMemo((text): Readonly<Caption> | null => {
  const found = readCaptionOnce(text, lex);
  return found && Object.freeze(found);
}));

/** The word that says a credit is one, before it ("Copyright", "©", euronews' "Droits d'auteur", "Derechos de autor"): not the credit's. */
const copyrightWord = /^(?:Copyright|©|Droits d['’]auteur|Derechos de autor|Direitos de autor|Diritti d['’]autore)\s+(?=\S)/u;

function readCaptionOnce(text: string, lex: Lexicon): Caption | null {
  // (a gallery's teaser is a link to pictures, not a caption)
  if (labelColon(text) && isGalleryTeaser(text)) return null;
  const rest = withoutReservedNote(text);
  const inner = rest === null ? null : readCaptionLine(rest, lex);
  let read = inner?.caption ? inner : readCaptionLine(text, lex);
  // (after the last sentence of a caption its label proves, a short credit: "Legende: … bei Stalden. SRF")
  if (read === null && /[.!?。]\s+\S/u.test(text)) {
    const labelled = captionLabel(lex).exec(text)?.[1];
    read = labelled ? trailingCredit(labelled) : null;
  }
  // (the page's "all rights reserved" over its agency's copyright, "Riproduzione riservata © Copyright ANSA", closes the page: no caption)
  if (read?.caption && reservedNoteKeys.has(read.caption.replace(/[\s.]+$/u, "").toLocaleLowerCase())) return null;
  // ("… - Copyright AP Photo/Name": the word that says it is a credit is not the credit's)
  if (read && copyrightWord.test(read.credit)) read.credit = read.credit.replace(copyrightWord, "");
  // ("… we wtorek. Fot. PAP/Jan Kowalski": the label before the name is not the credit's)
  if (read && /^\S+\.?\s+\p{Lu}/u.test(read.credit)) {
    const label = captionPatterns(lex).labelBefore.exec(read.credit);
    if (label) read.credit = read.credit.slice(label[0].length);
  }
  return read;
}

function readCaptionLine(text: string, lex: Lexicon): Caption | null {
  const p = captionPatterns(lex);
  // "… em 1978. Acervo da família", "… em Petrópolis (Arquivo pessoal)": a private picture's source where the credit goes
  // (before the labels, "Courtesy of the family" is a source and not a label and its credit; the last word first, one of a source's: every line of the story comes here)
  const private_ = /[\p{L}\p{M}][)）]?$/u.test(text) && sourceWordAtEnd(text) ? beforePrivateSource(text) : null;
  if (private_) return private_;
  const creditLine = p.creditLabels.some((label) => text.startsWith(label)) ? p.creditLine.exec(text) : null;
  // "图/视觉中国", "圖／路透社": a label, a slash and the credit, alone on a line (not a label after it: "Foto/Video" names a menu)
  const slashLabel = text.length <= 40 && /[/／]/u.test(text) && p.creditLabels.some((label) => text.startsWith(label)) ? p.labelSlash.exec(text) : null;
  if (slashLabel?.[1] && !p.startsWithLabel.test(slashLabel[1]) && !/^\p{Ll}/u.test(slashLabel[1])) return { caption: null, credit: slashLabel[1].trim() };
  if (creditLine && isShortCredit(creditLine[1] ?? "")) return { caption: null, credit: (creditLine[1] ?? "").trim() };
  const first = p.startsWithLabel.test(text) ? p.labelCreditFirst.exec(text) : null;
  const after = first?.[3];
  // (the caption after the credit describes: "Photo: AP Photo/Evan Vucci" is a credit, "Foto: ANSA Video" a label)
  if (first && after && (first[1] ?? first[2]) && countWords(after, 3) >= 3 && captionSized(after) && !creditOnly.test(after) && !p.startsWithLabel.test(after) && (/[\p{Lu}\p{Ll}]/u.test(after) ? describes(after) && /^[\p{Lu}\p{N}"“„«‘]/u.test(after) : true) && (after.match(/[.!?。！？؟।](?:\s|$)/gu)?.length ?? 0) <= 2) return { caption: after.trim(), credit: (first[1] ?? first[2] ?? "").trim() };
  const noted = /[)）]\.?$/u.test(text) ? p.fileNoteCredit.exec(text) : null;
  if (noted?.[1] && noted[2] && countWords(noted[1], 2) >= 2 && captionSized(noted[1])) return { caption: clean(noted[1]), credit: noted[2].trim() };
  // (a file note in brackets, "(Photo d'illustration)", is no label and its credit)
  const bracketNote = /[)）\]]\.?$/u.test(text) ? p.fileNote.exec(text) : null;
  if (bracketNote?.[3] && /[(（[]$/u.test(text.replace(/[)）\]]\.?$/u, "").slice(0, -bracketNote[3].length).trimEnd()) && captionSized(text)) return { caption: clean(bracketNote[1] ?? bracketNote[2] ?? ""), credit: bracketNote[3] };
  const parens = /[)）]\.?$/u.test(text) ? p.parens.exec(text) : null;
  // (a credit marked "provided by" after an equals sign, "(사진 제공=시청)", is read below)
  if (parens && isShortCredit(parens[2] ?? "") && !/[=＝]/u.test(parens[3] ?? "")) {
    const whole = (parens[2] ?? "").trim();
    // ("(Photo by Jane Doe/Getty Images)": the short word between the label and the name is not the credit's)
    const credit = p.startsWithLabel.test(whole) ? (parens[3] ?? "").trim().replace(/^\p{Ll}{2,4}\s+(?=\p{Lu})/u, "") : whole;
    return { caption: clean(parens[1] ?? ""), credit };
  }
  // "… on Monday. (Kirk Fraser/CBC)", "… (Carlos Barba / EFE)": a name and an organisation in brackets, by their shape
  const nameInParens = parens === null && /\/[^()（）]*[)）]\.?$/u.test(text) ? /^(.*?)\s*[(（]([^()（）]{3,70})[)）]\.?$/u.exec(text) : null;
  // (a name in brackets alone is a sign-off: sign-off.ts)
  if (nameInParens?.[1] && nameInParens[2] && creditOnly.test(nameInParens[2].trim()) && captionSized(nameInParens[1])) return { caption: clean(nameInParens[1]), credit: nameInParens[2].trim(), byShape: true };
  const labelled = text.includes(":") || text.includes("：") ? p.labelled.exec(text) : null;
  if (labelled && isShortCredit(labelled[2] ?? "") && !/[.!?]\s+\p{Lu}/u.test(labelled[2] ?? "") && !/[(（[]\s*$/u.test(labelled[1] ?? "")) {
    const before = clean(labelled[1] ?? "");
    // "Photo: The bus stop on Friday. (AFP)", "图：公车站。（中央社）": what follows the picture's
    // label is itself a caption and its credit
    // (there, a short name in brackets after the last sentence is its credit, agency list or not)
    const rest = (labelled[2] ?? "").trim();
    const nested = before === null ? (readCaption(rest, lex) ?? sourceInBrackets(rest)) : null;
    if (nested?.caption) return nested;
    return { caption: before, credit: (labelled[2] ?? "").trim() };
  }
  if (text.includes("/")) {
    const reporter = p.slashReporter.exec(text);
    if (reporter?.[1] && reporter[2] && captionSized(reporter[1])) return { caption: clean(reporter[1]), credit: reporter[2] };
    const slash = p.slash.exec(text);
    if (slash && isShortCredit(slash[2] ?? "")) return { caption: clean(slash[1] ?? ""), credit: (slash[2] ?? "").trim() };
    const trailing = p.trailing.exec(text);
    if (trailing && isShortCredit(trailing[2] ?? "")) return { caption: clean(trailing[1] ?? ""), credit: (trailing[2] ?? "").trim() };
  }
  if (creditOnly.test(text) && isShortCredit(text) && !/[.!?]$/u.test(text)) return { caption: null, credit: text };
  // "… near Redding on Thursday. Josh Edelson/AFP via Getty Images": a sentence, then a credit by its shape alone after its stop
  const afterStop = text.includes("/") || text.includes(" via ") ? /^(.*[.!?。])\s+([^.!?。]+)$/u.exec(text) : null;
  if (afterStop?.[1] && afterStop[2] && creditOnly.test(afterStop[2]) && isShortCredit(afterStop[2]) && captionSized(afterStop[1])) return { caption: clean(afterStop[1]), credit: afterStop[2].trim() };
  if (namelessCredits.includes(text.replace(/\.$/u, ""))) return { caption: null, credit: text.replace(/\.$/u, "") };
  // ("Family handout", "Arquivo pessoal", "Courtesy of the family": a private picture's source alone on its line)
  if (text.length <= 50 && isPrivateSource(text.replace(/\.$/u, ""))) return { caption: null, credit: text.replace(/\.$/u, "") };
  const slashFile = text.includes("FILE") ? p.slashFile.exec(text) : null;
  if (slashFile?.[1] && slashFile[2] && wordCount(slashFile[1]) >= 3 && captionSized(slashFile[1])) return { caption: clean(slashFile[1]), credit: slashFile[2] };
  const mark = /[)）\]]\.?$|\/\s*\S+\.?$|\s[-–—]\s+\S+\.?$/u.test(text) ? p.archiveMark.exec(text) : null;
  // (a caption's phrase, a sentence at most: a story's paragraph of several does not end in a mark)
  const marked = mark?.[1] ? clean(mark[1]) : null;
  const markWord = mark?.[2] ?? mark?.[3] ?? mark?.[4];
  // (after a slash an agency credits a caption that describes, not a name's credit: "© Philippe Desmazes / AFP" is a credit line,
  // and "… le 3 mars JULIEN MORVAN / AFP" a photographer's and his agency's)
  // (after a dash, a caption's phrase of three words or more: "Le Monde - Archives" is a menu's)
  if (marked && markWord && (mark?.[4] === undefined || countWords(marked, 3) >= 3) && (mark?.[3] === undefined || (wordCount(marked) >= 3 && !marked.includes("©") && !/\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(marked))) && countWords(marked, 2) >= 2 && captionSized(marked) && (marked.match(/[.!?。؟।](?:\s|$)/gu)?.length ?? 0) <= 1) return { caption: marked, credit: markWord.trim() };
  const archived = /[\])）】>]$/u.test(text) ? p.bracketArchive.exec(text) : null;
  if (archived?.[1] && archived[2] && countWords(archived[1], 2) >= 2 && captionSized(archived[1])) return { caption: clean(archived[1]), credit: archived[2] };
  const fileFirst = text.startsWith("FILE") ? p.fileFirst.exec(text) : null;
  if (fileFirst?.[1] && fileFirst[2] && countWords(fileFirst[2], 3) >= 3 && captionSized(fileFirst[2]) && (fileFirst[2].match(/[.!?](?:\s|$)/gu)?.length ?? 0) <= 2) return { caption: fileFirst[2].trim(), credit: fileFirst[1] };
  const note = p.fileNote.exec(text);
  // (in brackets only when brackets open it: "(File photo)", not "File photo)")
  if (note?.[3] && /[(（[]/u.test(text) === /[)）\]]\.?$/u.test(text) && captionSized(text)) return { caption: clean(note[1] ?? note[2] ?? ""), credit: note[3] };
  // (the shapes first, the words counted last: every short line of an article comes here)
  if (text.length <= 70) {
    // (an agency's name alone is a credit only when it is more than one word: "Getty Images", not "AFP")
    if (p.agencyLine.test(text) && /\s|\//u.test(text) && isShortCredit(text)) return { caption: null, credit: text, byShape: true };
    const by = p.labelBy.exec(text);
    // (a label straight before a name only when the name is an agency's, the label a copyright's, or it holds a slash: "Photo Finish" is a heading)
    if (by?.[2] && (by[1] || /^(?:Copyright|COPYRIGHT)\s/u.test(text) || p.agencyLine.test(by[2]) || by[2].includes("/")) && isShortCredit(text)) return { caption: null, credit: by[2].trim() };
  }
  // "… réplica da taça - Heinrich Aikawa/Instituto Lula": a photographer/organisation credit after a spaced dash
  const dashed = text.includes("/") ? /^(.*\S)\s+[-–—]\s+([^-–—]{3,70})$/u.exec(text) : null;
  const dashedCredit = dashed?.[2]?.trim().replace(copyrightWord, "");
  if (dashed && dashedCredit?.includes("/") && creditOnly.test(dashedCredit) && captionSized(dashed[1] ?? "")) return { caption: clean(dashed[1] ?? ""), credit: dashedCredit };
  if (captionSized(text)) {
    // (not a source in the sentence, before its stop: "… the largest airline in Europe (Reuters).")
    const small = /[)）]\.?$/u.test(text) ? p.smallLabelAgency.exec(text) : null;
    if (small?.[1] && small[2]) return { caption: clean(small[1]), credit: small[2] };
    const reporter = /[\])）】>]$/u.test(text) ? p.bracketReporter.exec(text) : null;
    if (reporter?.[1] && reporter[2]) return { caption: clean(reporter[1]), credit: reporter[2] };
    // "…札幌市中心部を歩く人たち（5日午後、共同）", "…（5日、時事）": the picture's day and the agency that sent it, in brackets at the end
    const dated = /[)）]$/u.test(text) && /日/u.test(text) ? p.datedAgency.exec(text) : null;
    if (dated?.[1] && dated[2]) return { caption: clean(dated[1]), credit: dated[2] };
    const agencyParens = /[)）\]>〉]\.?$/u.test(text) && !/[\p{L}\p{M}\p{N},]\s*[(（][^()（）]+[)）]\.$/u.test(text) ? p.agencyParens.exec(text) : null;
    if (agencyParens) return { caption: clean(agencyParens[1] ?? ""), credit: (agencyParens[2] ?? "").trim() };
    const bracketed = /[)）\]】]\.?$/u.test(text) ? p.bracketed.exec(text) : null;
    if (bracketed && (bracketed[1] ?? "").trim()) return { caption: clean(bracketed[1] ?? ""), credit: (bracketed[2] ?? bracketed[3] ?? bracketed[4] ?? "").trim() };
    // (only a line that ends in a letter can end in an agency's name)
    const agencyAfter = /\p{L}$/u.test(text) ? p.agencyAfter.exec(text) : null;
    // (a caption's length: a paragraph of the story signed by its agency is not a photo's caption)
    if (agencyAfter && wordCount(agencyAfter[1] ?? "") >= 3 && wordCount(agencyAfter[1] ?? "") <= 20) return { caption: clean(agencyAfter[1] ?? ""), credit: (agencyAfter[2] ?? "").trim() };
    const capsAgency = /\p{Lu}$/u.test(text) ? p.capsAgencyEnd.exec(text) : null;
    // (not a byline, "Jean Dupont avec AFP": the caption describes; not an agency named as the sentence's object, "… he told AP", "… interview with the AFP": a short word or a two-letter agency needs a dash before it)
    if (capsAgency?.[1] && capsAgency[2] && wordCount(capsAgency[1]) >= 3 && describes(capsAgency[1]) && wordCount(capsAgency[1]) <= 25 && (/[-–—|]$/u.test(text.slice(0, text.length - capsAgency[2].length).trimEnd()) || (capsAgency[2].length >= 3 && !/(?:^|\s)\p{Ll}{1,3}$/u.test(capsAgency[1])))) return { caption: clean(capsAgency[1]), credit: capsAgency[2].trim() };
    const dashAgency = /[-–—]\s+\S/u.test(text) ? p.dashAgencyEnd.exec(text) : null;
    // (a caption's phrase of three words or more: "Jane Doe – Reuters" is a byline, "Kyiv – AFP" a dateline)
    if (dashAgency?.[1] && dashAgency[2] && wordCount(dashAgency[1]) >= 3 && wordCount(dashAgency[1]) <= 25) return { caption: clean(dashAgency[1]), credit: dashAgency[2] };
    const labelEquals = /[=＝]/u.test(text) && !/[\]】>〉)）]$/u.test(text) ? p.labelEquals.exec(text) : null;
    // (not a conversion or a sum: no figures)
    // (an agency's name may hold a figure: "사진=뉴스1")
    if (labelEquals?.[2] && (!/\p{N}/u.test(labelEquals[2]) || isAgencyName(labelEquals[2])) && isShortCredit(labelEquals[2])) return { caption: clean(labelEquals[1] ?? ""), credit: labelEquals[2].trim() };
    const equalsBracket = /[=＝]/u.test(text) ? p.equalsBracket.exec(text) : null;
    // (not a conversion, "(1달러=1,400원)": no figures)
    if (equalsBracket?.[2] && equalsBracket[3] && !/\p{N}/u.test(`${equalsBracket[2]}${equalsBracket[3]}`)) {
      const label = equalsBracket[2].trim();
      const labelled = creditLabelsOf(lex).some((l) => label === l || label.startsWith(`${l} `));
      return { caption: clean(equalsBracket[1] ?? ""), credit: labelled ? equalsBracket[3].trim() : `${label} = ${equalsBracket[3].trim()}` };
    }
    const equals = /[=＝]/u.test(text) ? p.equals.exec(text) : null;
    if (equals) return { caption: clean(equals[1] ?? ""), credit: (equals[2] ?? "").trim() };
    const bare = p.bareLabel.exec(text);
    // (the credit names: "Credit Suisse lost 4 percent", "Photo ID will be required", "Bild Zeitung und Welt berichten" go on as a sentence)
    if (bare && isShortCredit(bare[2] ?? "") && !/[.!?]\s/u.test(bare[2] ?? "") && namesCredit(bare[2] ?? "")) return { caption: clean(bare[1] ?? ""), credit: (bare[2] ?? "").trim() };
    // (a credit after a bar: an agency, a name and an organisation, or a few capitalised words, after a caption of four words
    // or more that describes: "Jane Porter and Luis Ortega | The Courier" is a byline)
    const bar = /\s[|·]\s/u.test(text) ? p.barCredit.exec(text) : null;
    if (bar?.[1] && bar[2] && wordCount(bar[1]) >= 4 && describes(bar[1]) && isShortCredit(bar[2]) && !/\p{N}/u.test(bar[2]) && (p.agencyLine.test(bar[2]) || creditOnly.test(bar[2]) || namesOnly(bar[2], 4))) return { caption: clean(bar[1]), credit: bar[2].trim() };
    const caps = p.capsName.exec(text);
    if (caps && wordCount(caps[1] ?? "") >= 3) return { caption: clean(caps[1] ?? ""), credit: (caps[2] ?? "").trim() };
  }
  if (/\sfor\s/u.test(text)) {
    const outlet = text.includes("for") ? forOutlet.exec(text) : null;
    if (outlet?.[1] && outlet[2] && wordCount(outlet[1]) >= 3 && captionSized(outlet[1]) && /[(（]/u.test(text) === /[)）]$/u.test(text)) return { caption: clean(outlet[1]), credit: outlet[2].trim() };
  }
  // (the last word first: every line of the story comes here)
  const nameless = namelessAfterWords.has(text.slice(text.lastIndexOf(" ") + 1)) ? namelessAfter.exec(text) : null;
  if (nameless?.[1] && nameless[2] && wordCount(nameless[1]) >= 3 && captionSized(nameless[1])) return { caption: clean(nameless[1]), credit: nameless[2] };
  const taken = text.endsWith("摄") || text.endsWith("攝") ? takenBy.exec(text) : null;
  if (taken?.[1] && taken[2]) return { caption: clean(taken[1]), credit: taken[2].trim() };
  // "… © Agency"
  // ("(C)", "（Ｃ）": the copyright sign as typed, where the page had none)
  const copyright = text.includes("©") || /[(（][CcＣ][)）]/u.test(text) ? /^(.*?)\s*(?:©|[(（][CcＣ][)）])\s*([^©()（）]+?)\.?$/u.exec(text) : null;
  if (copyright && isShortCredit(copyright[2] ?? "")) return { caption: clean(copyright[1] ?? ""), credit: (copyright[2] ?? "").trim() };
  return null;
}
