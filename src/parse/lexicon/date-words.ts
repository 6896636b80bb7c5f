/**
 * Words printed with a date that CLDR does not have: the labels saying a time is the
 * publication's or an update's. Data, one list per language; all languages are tried together
 * (a label is unambiguous, and copy mixes languages). They are evidence for `updated` and for
 * telling a label from an agency or author glued to a date ("AFP 30 avril 2015"); a line is a
 * date line by its shape whatever its label.
 */
export const updatedLabels: Record<string, string[]> = {
  en: ["updated", "last updated", "modified", "last modified", "edited"],
  sv: ["uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad", "senast ändrad"],
  no: ["oppdatert", "sist oppdatert", "endret"],
  da: ["opdateret", "senest opdateret", "sidst opdateret"],
  fi: ["päivitetty"],
  de: ["aktualisiert", "zuletzt aktualisiert", "stand", "geändert", "zuletzt geändert"],
  fr: ["mis à jour", "mis à jour le", "modifié", "modifié le", "actualisé", "dernière mise à jour"],
  es: ["actualizado", "actualizada", "actualización", "última actualización"],
  pt: ["atualizado", "atualizado em", "atualização", "actualizado", "última atualização", "última actualização"],
  it: ["aggiornato", "aggiornamento", "ultimo aggiornamento", "modifica", "modificato"],
  nl: ["bijgewerkt", "laatst bijgewerkt", "gewijzigd", "aangepast", "laatst aangepast"],
  pl: ["aktualizacja", "zaktualizowano"],
  cs: ["aktualizováno", "aktualizace", "upraveno"],
  sk: ["aktualizované", "aktualizácia"],
  ru: ["обновлено", "обновлен", "изменено"],
  uk: ["оновлено"],
  tr: ["güncellendi", "güncelleme", "son güncelleme"],
  ja: ["更新", "更新日", "更新日時", "最終更新", "最終更新日", "最終更新日時"],
  zh: ["更新", "更新时间", "更新時間"],
  ko: ["수정", "업데이트", "수정일", "최종수정"],
  ar: ["تحديث", "آخر تحديث", "تم التحديث"],
  he: ["עודכן", "עדכון"],
  fa: ["به‌روزرسانی"],
  hi: ["अपडेट", "अपडेटेड"],
  ro: ["actualizat", "actualizare"],
  hr: ["ažurirano"],
  id: ["diperbarui"],
  vi: ["cập nhật"],
  el: ["ενημερώθηκε", "ενημέρωση"],
  hu: ["frissítve", "frissítés"],
  bn: ["আপডেট"],
  ur: ["اپ ڈیٹ"],
};

export const publishedLabels: Record<string, string[]> = {
  en: ["published", "posted", "first published", "on", "at", "date"],
  sv: ["publicerad", "publicerat", "den", "kl"],
  no: ["publisert", "kl"],
  da: ["publiceret", "kl"],
  fi: ["julkaistu", "klo"],
  de: ["veröffentlicht", "am", "um", "uhr", "erstellt"],
  fr: ["publié", "publié le", "le", "à"],
  es: ["publicado", "el", "a las"],
  pt: ["publicado", "publicado em", "em", "às"],
  it: ["pubblicato", "il", "alle"],
  nl: ["gepubliceerd", "op", "om"],
  pl: ["publikacja", "opublikowano"],
  cs: ["publikováno", "vydáno"],
  sk: ["publikované", "uverejnené"],
  ru: ["опубликовано", "в"],
  tr: ["yayınlanma", "yayınlandı"],
  ja: ["公開", "配信", "掲載"],
  zh: ["发布", "发布时间", "發佈", "发表"],
  ko: ["입력", "기사입력", "등록", "승인", "게재", "송고"],
  ar: ["نشر", "نشر في", "تاريخ النشر"],
  he: ["פורסם"],
  hi: ["प्रकाशित", "प्रकाशित तिथि"],
  fa: ["تاریخ انتشار", "انتشار"],
  ro: ["publicat"],
  hr: ["objavljeno"],
  id: ["diterbitkan"],
  vi: ["ngày đăng", "ngày"],
  el: ["δημοσίευση", "δημοσιεύθηκε"],
  hu: ["közzétéve", "megjelent"],
  bn: ["প্রকাশ", "প্রকাশিত"],
  ur: ["شائع"],
};

const lower = (lists: Record<string, string[]>) => [...new Set(Object.values(lists).flat().map((w) => w.toLocaleLowerCase()))].sort((a, b) => b.length - a.length);
export const allUpdatedLabels = lower(updatedLabels);
export const allPublishedLabels = lower(publishedLabels);
