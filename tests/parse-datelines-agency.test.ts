/**
 * Agency datelines by their shape (issue 13; ledes and pages written for these tests): a place in
 * capitals and the day alone or with its month before an agency in brackets ("ALMERÍA, 12
 * (EUROPA PRESS)"), a dateline printed on a line of its own over the paragraph it opens, a place
 * and its day closed by a danda ("पटना, 12 मई।"), two places joined by a slash before a dash
 * ("Praha/Brno – "), an agency alone in brackets with the spaces and dashes copy from
 * right-to-left pages leaves ("( ایسنا ) -"). And the look-alikes they must leave alone.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutDateline } from "../src/parse/text/header.js";
import { blocksOf, parse } from "./helpers/parse.js";

describe("datelines of Spanish and Portuguese agencies", () => {
  it("cuts a place in capitals, the day alone or with its month, and the agency in brackets", () => {
    assert.equal(cutDateline("SEVILLA, 3 (EUROPA PRESS) La Junta ha aprobado este miércoles un plan para reforzar el transporte escolar.", "es").dateline, "SEVILLA, 3 (EUROPA PRESS)");
    assert.equal(cutDateline("BILBAO, 3 de junio (Servimedia) - El Gobierno vasco presentó este martes su plan de vivienda para jóvenes.", "es").dateline, "BILBAO, 3 de junio (Servimedia)");
    assert.equal(cutDateline("Porto, 3 jun (Lusa) - A câmara municipal aprovou hoje um novo plano para os transportes escolares.", "pt").dateline, "Porto, 3 jun (Lusa)");
  });

  it("leaves a name and a party in brackets alone: no place in capitals, no dash", () => {
    assert.equal(cutDateline("Ana Gómez, 3 (PSOE) ha pedido este martes que el pleno vote de nuevo el plan de transporte escolar.", "es").dateline, null);
    assert.equal(cutDateline("Marta Ruiz (PSOE) ha pedido este martes que el pleno vote de nuevo el plan de transporte escolar.", "es").dateline, null);
  });

  it("reads the dateline on a line of its own over the lede, and the lede under it", () => {
    const a = parse([
      "La Junta refuerza el transporte escolar en los pueblos de la sierra",
      "",
      "Redacción",
      "",
      "SEVILLA, 3 (EUROPA PRESS)",
      "",
      "La Junta de Andalucía ha aprobado este miércoles un plan para reforzar el transporte escolar en los pueblos de la sierra.",
      "",
      "El plan incluye doce rutas nuevas y costará cuatro millones de euros al año.",
    ].join("\n"), "story.txt", "es");
    assert.equal(a.dateline, "SEVILLA, 3 (EUROPA PRESS)");
    assert.match(a.lede, /^La Junta de Andalucía ha aprobado/u);
    assert.ok(!a.blocks.some((b) => "text" in b && (b.text ?? "").includes("EUROPA PRESS")), "the dateline's line is no paragraph");
  });

  it("reads it over the first paragraph under a standfirst, its closing dash and all", () => {
    const a = parse([
      "El Gobierno vasco presenta su plan de vivienda para jóvenes",
      "",
      "Las ayudas cubrirán hasta la mitad del alquiler durante tres años",
      "",
      "BILBAO, 3 de junio (Servimedia) -",
      "",
      "El Gobierno vasco presentó este martes su plan de vivienda para menores de 35 años, con ayudas al alquiler y avales.",
      "",
      "La consejera explicó que el plan llegará a unos diez mil hogares el primer año.",
    ].join("\n"), "story.txt", "es");
    assert.equal(a.dateline, "BILBAO, 3 de junio (Servimedia)");
    assert.match(a.lede, /^Las ayudas cubrirán/u);
    assert.match(blocksOf(a, "paragraph")[0]?.text ?? "", /^El Gobierno vasco presentó/u);
  });

  it("keeps a short line over the lede that is no dateline (a section's word, a place alone without its mark)", () => {
    const a = parse([
      "La Junta refuerza el transporte escolar en los pueblos de la sierra",
      "",
      "Sevilla",
      "",
      "La Junta de Andalucía ha aprobado este miércoles un plan para reforzar el transporte escolar en los pueblos de la sierra.",
      "",
      "El plan incluye doce rutas nuevas y costará cuatro millones de euros al año.",
    ].join("\n"), "story.txt", "es");
    assert.notEqual(a.dateline, "Sevilla La Junta de Andalucía");
    assert.match(a.lede, /^La Junta de Andalucía/u);
  });
});

describe("datelines in other scripts and shapes", () => {
  it("cuts a place and its day closed by a danda, with or without the year", () => {
    assert.equal(cutDateline("जयपुर, 3 जून। राज्य सरकार ने मंगलवार को ग्रामीण स्कूलों के लिए नई बस सेवा शुरू करने की घोषणा की।", "hi").dateline, "जयपुर, 3 जून");
    assert.equal(cutDateline("भोपाल, 3 जून 2025। नगर निगम ने शहर की सभी झीलों की सफाई के लिए नई योजना को मंजूरी दी है।", "hi").dateline, "भोपाल, 3 जून 2025");
  });

  it("leaves a sentence with a number before a danda alone (no month)", () => {
    assert.equal(cutDateline("उन्होंने कहा कि 12 बजे। राज्य सरकार ने मंगलवार को ग्रामीण स्कूलों के लिए नई बस सेवा शुरू की।", "hi").dateline, null);
  });

  it("cuts two places joined by a slash before a spaced dash", () => {
    assert.equal(cutDateline("Olomouc/Zlín – Oba kraje od ledna sjednotí jízdné v regionálních autobusech i vlacích a zavedou jednu kartu.", "cs").dateline, "Olomouc/Zlín");
    assert.equal(cutDateline("Kraków/Katowice – Oba miasta od stycznia wprowadzą wspólny bilet na pociągi regionalne i autobusy.", "pl").dateline, "Kraków/Katowice");
  });

  it("cuts an agency alone in brackets with spaces inside, or its dash glued to a caseless sentence", () => {
    const fa = "وزیر آموزش و پرورش از افزایش ظرفیت مدارس شبانه‌روزی در استان‌های مرزی برای سال آینده خبر داد.";
    assert.equal(cutDateline(`( ایرنا ) - ${fa}`, "fa").dateline, "( ایرنا )");
    assert.equal(cutDateline(`(ایرنا) -${fa}`, "fa").dateline, "(ایرنا)");
    // (a cased sentence glued to the dash is no dateline's: "(AP) -The")
    assert.equal(cutDateline("(AP) -The council voted on Tuesday to widen the ring road after a long debate.", "en").dateline, null);
  });
});
