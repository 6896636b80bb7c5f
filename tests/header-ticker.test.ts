/**
 * Rows of the site's tickers over the head (texts written for these tests): a market quote or a
 * weather line printed between the menu and the story is furniture, never the headline. Read by
 * shape (a figure with a sign of change, or a temperature; as many figures as words), in any script.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isTickerRow } from "../src/parse/text/header-zone.js";
import { parse } from "./helpers/parse.js";

describe("ticker rows over the headline", () => {
  it("knows a market quote or a weather line from a headline, in any script", () => {
    for (const row of ["AEX 912,4 +0,3%", "DAX 18.234 ▼ 0,5 %", "Regen, 14°C", "Москва +3°C", "서울 12℃", "IBEX 35 11.204 −1,2%"]) assert.equal(isTickerRow(row), true, row);
    for (const line of ["Hitzewelle: bis zu 38 °C in Berlin erwartet", "Inflation rises to +3% in May", "Ajax wint met 3-1 van PSV", "Bourse : le CAC 40 recule de 0,4 %."]) assert.equal(isTickerRow(line), false, line);
  });

  it("takes the story's headline under a market row and a weather row", () => {
    const a = parse(["Het Weekblad", "Nieuws", "Sport", "Cultuur", "AEX 905,1 +0,6%", "Zon, 21°C", "Gemeente bouwt nieuwe fietsbrug over het kanaal bij het station", "Door Sanne Bakker", "De gemeente bouwt een nieuwe fietsbrug over het kanaal bij het station, zo besloot de raad dinsdagavond na een lange vergadering.", "De brug moet in 2027 klaar zijn en kost ruim twaalf miljoen euro."].join("\n"), "story.txt", "nl");
    assert.equal(a.headline, "Gemeente bouwt nieuwe fietsbrug over het kanaal bij het station");
    const b = parse(["Городские новости", "Политика", "Общество", "Спорт", "Новосибирск −12°C", "USD 92,4 +0,8", "В Новосибирске открылся новый ледовый каток в центре города", "Ольга Петрова", "В Новосибирске в воскресенье открылся новый ледовый каток на главной площади, сообщили в мэрии города.", "Каток будет работать до конца марта каждый день."].join("\n"), "story.txt", "ru");
    assert.equal(b.headline, "В Новосибирске открылся новый ледовый каток в центре города");
  });
});
