/**
 * Datelines of local pages and Spanish agencies (issue 13; ledes written for these tests): a place
 * in capitals and an em dash without its spaces ("RIVERSIDE—", "MILLBROOK, Texas—"), and a town
 * with its province in brackets before the day and the agency ("EL EJIDO (ALMERÍA), 12 (EUROPA
 * PRESS)", "Roquetas de Mar (Almería), 12 may (EFE).-"). And the look-alikes they must leave alone.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutDateline } from "../src/parse/text/header.js";

const story = "The library board voted on Tuesday to keep all five branches open until 9 p.m. this summer.";
const historia = "Las salas de estudio de las bibliotecas municipales abrirán hasta la medianoche en junio y julio.";

describe("a place in capitals and an em dash without its spaces", () => {
  it("cuts the place, and its region after a comma", () => {
    assert.deepEqual(cutDateline(`MILLBROOK—${story}`), { dateline: "MILLBROOK", rest: story });
    assert.equal(cutDateline(`MILLBROOK, Texas—${story}`).dateline, "MILLBROOK, Texas");
    assert.equal(cutDateline(`THE HAGUE —${story}`).dateline, "THE HAGUE");
    assert.equal(cutDateline(`ROME—${story}`).dateline, "ROME");
  });

  it("leaves an acronym or two countries joined by a dash alone", () => {
    assert.equal(cutDateline("NATO—The alliance said on Tuesday that it would send more troops to the east.").dateline, null);
    assert.equal(cutDateline("US—China talks resumed in Geneva on Tuesday after a pause of three weeks.").dateline, null);
    assert.equal(cutDateline("I—for one—think the council was right to act on this before the summer.").dateline, null);
  });
});

describe("a town and its province in brackets before the agency", () => {
  it("cuts the town, the province, the day and the agency", () => {
    assert.equal(cutDateline(`EL EJIDO (ALMERÍA), 12 (EUROPA PRESS) ${historia}`, "es").dateline, "EL EJIDO (ALMERÍA), 12 (EUROPA PRESS)");
    assert.equal(cutDateline(`Roquetas de Mar (Almería), 12 may (EFE).- ${historia}`, "es").dateline, "Roquetas de Mar (Almería), 12 may (EFE)");
    assert.equal(cutDateline(`Vila Real (Castelló), 12 mai (Lusa) - ${historia}`, "pt").dateline, "Vila Real (Castelló), 12 mai (Lusa)");
  });

  it("leaves a name and a party in brackets alone", () => {
    assert.equal(cutDateline("Marta Ruiz (PSOE), 12 concejales y el alcalde han votado a favor del plan de transporte escolar.", "es").dateline, null);
  });
});

describe("a place of two words whose first has two letters, and a spaced dash", () => {
  it("cuts it (Vietnamese)", () => {
    assert.equal(cutDateline("Hà Nội - Từ đầu tháng 6, thành phố sẽ mở thêm ba tuyến xe buýt chạy ban đêm cho người lao động.", "vi").dateline, "Hà Nội");
    assert.equal(cutDateline("Đà Nẵng – Thành phố sẽ mở thêm ba tuyến xe buýt chạy ban đêm cho người lao động tan ca muộn.", "vi").dateline, "Đà Nẵng");
  });

  it("leaves a title and a name before a dash in a lower-case clause alone", () => {
    assert.equal(cutDateline("Mr Smith - the council leader - said the plan would go ahead next year despite objections from residents.").dateline, null);
  });
});
