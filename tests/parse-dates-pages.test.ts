/**
 * The page's date lines as portals print them (issue 13; lines and pages written for these tests):
 * the published and the updated date on one line or on two, a label and a time alone for the
 * update, figures parted by a stop and a space ("5. 12. 2026"), a one-letter name of the afternoon
 * after the time ("01:15 م"), a counter at the end of the line ("댓글 0"), and a date line printed
 * under the standfirst and the picture, over the story. Every date is read through CLDR's names
 * (Intl) and the shapes of dates; the labels (date-words.ts) only tell an update from a publication.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDateLine } from "../src/parse/text/header.js";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { parse } from "./helpers/parse.js";

const line = (text: string, lang: string) => readDateLine(text, mergeLexicons([lang, "en"]));

describe("date lines of portals", () => {
  it("reads the published and the updated date of one line", () => {
    assert.deepEqual(pick(line("입력 2026.06.03 09:10 | 수정 2026.06.03 11:45", "ko")), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
    // (the reporter's field before the dates, the comments' counter after them)
    const fields = line("기자명 이수진 기자 입력 2026.06.03 09:10 수정 2026.06.03 11:45 댓글 3", "ko");
    assert.deepEqual(pick(fields), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
    assert.equal(fields?.rest, "기자명 이수진 기자");
  });

  it("reads a date of figures parted by a stop and a space, as Czech and Slovak print it", () => {
    assert.deepEqual(pick(line("3. 6. 2026 9:10", "cs")), ["2026-06-03T09:10:00", null]);
    assert.deepEqual(pick(line("Aktualizované 3. 6. 2026 o 11:45", "sk")), ["2026-06-03T11:45:00", null]);
    assert.equal(line("Aktualizované 3. 6. 2026 o 11:45", "sk")?.updatedOnly, true);
  });

  it("reads CLDR's long dates that put a joiner after the year (Lithuanian, Latvian)", () => {
    assert.deepEqual(pick(line("2026 m. birželio 3 d. 09:10", "lt")), ["2026-06-03T09:10:00", null]);
    assert.deepEqual(pick(line("2026. gada 3. jūnijs 09:10", "lv")), ["2026-06-03T09:10:00", null]);
    // (a word that is no joiner between the year and the month is no date)
    assert.equal(line("2026 Arsenal June 3", "en")?.date ?? null, null);
  });

  it("reads the afternoon's one letter after the time, past the weekday after the update's label", () => {
    const ar = line("آخر تحديث: الأربعاء 3 يونيو 2026 - 02:40 م", "ar");
    assert.deepEqual(pick(ar), ["2026-06-03T14:40:00", null]);
    assert.equal(ar?.updatedOnly, true);
    assert.deepEqual(pick(line("نشر في: الأربعاء 3 يونيو 2026 - 09:10 ص", "ar")), ["2026-06-03T09:10:00", null]);
  });

  it("reads an update's time alone after the date, on its day, past a joiner", () => {
    assert.deepEqual(pick(line("03/06/2026 09:10 Actualizado a las 11:45", "es")), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
    assert.deepEqual(pick(line("Veröffentlicht am 03.06.2026 um 09:10 Uhr, aktualisiert um 11:45 Uhr", "de")), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
    assert.deepEqual(pick(line("公開日：2026/06/03 09:10 更新日：2026/06/03 11:45", "ja")), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
    // (a second time without an update's label is none)
    assert.deepEqual(pick(line("June 3, 2026 at 09:10 and 11:45", "en")), ["2026-06-03T09:10:00", null]);
  });

  it("reads labels of a publication and an update, and a label with a time alone", () => {
    assert.equal(line("प्रकाशित: 3 जून 2026, 09:10 AM IST", "hi")?.updatedOnly, false);
    assert.equal(line("अपडेटेड: 3 जून 2026, 11:45 AM IST", "hi")?.updatedOnly, true);
    assert.equal(line("승인 2026.06.03 09:10", "ko")?.rest, "");
    assert.equal(line("Aktualizováno 11:45", "cs")?.time, "11:45");
  });
});

describe("the dates of an article's page", () => {
  it("takes an update printed on a line of its own under the published date", () => {
    const a = parse([
      "भोपाल की झीलों की सफाई के लिए नई योजना को मंजूरी",
      "",
      "प्रकाशित: 3 जून 2026, 09:10 AM IST",
      "अपडेटेड: 3 जून 2026, 11:45 AM IST",
      "",
      "नगर निगम ने शहर की सभी झीलों की सफाई के लिए नई योजना को मंजूरी दी है। काम अगले महीने शुरू होगा।",
      "",
      "निगम के अनुसार, योजना पर तीन साल में 120 करोड़ रुपये खर्च होंगे।",
    ].join("\n"), "story.txt", "hi");
    assert.equal(a.date, "2026-06-03T09:10:00+05:30");
    assert.equal(a.updated, "2026-06-03T11:45:00+05:30");
  });

  it("takes an update's time alone on the day of the date above it", () => {
    const a = parse([
      "Olomouc a Zlín sjednotí jízdné v regionální dopravě",
      "",
      "Petra Malá, ČTK",
      "3. 6. 2026 9:10",
      "Aktualizováno 11:45",
      "",
      "Oba kraje od ledna sjednotí jízdné v regionálních autobusech i vlacích a zavedou jednu kartu pro cestující.",
      "",
      "Podle hejtmanů ušetří společný systém oběma krajům desítky milionů korun ročně.",
    ].join("\n"), "story.txt", "cs");
    assert.equal(a.date, "2026-06-03T09:10:00");
    assert.equal(a.updated, "2026-06-03T11:45:00");
  });

  it("takes an update alone as the date when the page prints no other", () => {
    const a = parse([
      "El Gobierno vasco presenta su plan de vivienda para jóvenes",
      "",
      "Actualizado 03/06/2026 a las 11:45h",
      "",
      "El Gobierno vasco presentó este martes su plan de vivienda para menores de 35 años, con ayudas al alquiler y avales.",
      "",
      "La consejera explicó que el plan llegará a unos diez mil hogares el primer año.",
    ].join("\n"), "story.txt", "es");
    assert.equal(a.date, "2026-06-03T11:45:00");
    assert.equal(a.updated, null);
  });

  it("takes the page's date line printed under the standfirst and the picture, over the story", () => {
    const a = parse([
      "La Junta refuerza el transporte escolar en los pueblos de la sierra",
      "",
      "Las rutas nuevas llegarán a doce municipios a partir de septiembre",
      "",
      "Un autobús escolar en una carretera de la sierra",
      "",
      "Publicado: miércoles, 3 junio 2026 9:10",
      "",
      "La Junta de Andalucía ha aprobado este miércoles un plan para reforzar el transporte escolar en los pueblos de la sierra.",
      "",
      "El plan incluye doce rutas nuevas y costará cuatro millones de euros al año.",
    ].join("\n"), "story.txt", "es");
    assert.equal(a.date, "2026-06-03T09:10:00");
  });

  it("leaves a date line deep in the story (a teaser's, a comment's) out of the article's dates", () => {
    const a = parse([
      "La Junta refuerza el transporte escolar en los pueblos de la sierra",
      "",
      "03/06/2026 09:10h.",
      "",
      "La Junta de Andalucía ha aprobado este miércoles un plan para reforzar el transporte escolar en los pueblos de la sierra.",
      "",
      "El plan incluye doce rutas nuevas y costará cuatro millones de euros al año.",
      "",
      "Las familias llevaban años pidiendo más rutas para los alumnos de secundaria.",
      "",
      "12/01/2024 10:00h.",
      "",
      "Los alcaldes de la comarca celebraron el acuerdo en una reunión en Cazalla.",
    ].join("\n"), "story.txt", "es");
    assert.equal(a.date, "2026-06-03T09:10:00");
    assert.equal(a.updated, null);
  });
});

function pick(d: ReturnType<typeof line>): [string | null, string | null] | null {
  return d ? [d.date, d.updated] : null;
}
