/**
 * A titled box with one teaser in the middle of the story, then a subhead, then the story's next
 * paragraph (src/parse/text/related.ts): the subhead is told from a second link by contrast with
 * the teaser above it (much shorter, no kicker, no end stop) and by what follows it (a sentence
 * of the story). The look-alikes stay as they are: a box of two full headlines over a paragraph
 * keeps both links, a lone kickered teaser stays one link. Also: a short line unlike its box-mates
 * at a box's end after the story is the box's border, and a headline of a quotation and a clause
 * after an ellipsis ("“…”…市民试乘新线") is a teaser, not a subhead.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const packed = (...l: string[]) => l.join("\n");
const spaced = (...l: string[]) => l.join("\n\n");
type Parsed = ReturnType<typeof parse>;
const links = (a: Parsed) => blocksOf(a, "related").flatMap((b) => b.links.map((l) => l.text));
const subheads = (a: Parsed) => blocksOf(a, "subhead").map((b) => b.text);

const nb = {
  headline: "Brann i lagerbygning på Kokstad – ingen skadd",
  p1: "Brannvesenet fikk melding om brann i en lagerbygning på Kokstad i Bergen like etter klokken tre natt til lørdag.",
  p2: "Da de første mannskapene kom fram, sto flammene ut av taket på den ene enden av bygget, og det ble sendt inn flere mannskaper.",
  p3: "Eieren av bygget vil ikke kommentere saken før forsikringsselskapet har vært på stedet.",
  title: "Les også",
  teaser: "Fire nye ladestasjoner for elbil åpner på Kokstad",
  subhead: "Bygget var ikke i bruk",
  p4: "Ifølge eieren har lagerbygningen stått tom siden september, da en grossist flyttet ut.",
  p5: "Det skal ha vært strøm i bygget, men ingen annen aktivitet, opplyser politiet.",
};
const pl = {
  headline: "Były wójt skazany na trzy lata więzienia za łapówki przy przetargach",
  p1: "Sąd Okręgowy w Toruniu skazał byłego wójta gminy na trzy lata więzienia za przyjęcie łapówek przy przetargach na budowę dróg gminnych.",
  p2: "Sędzia w uzasadnieniu podkreśliła, że zeznania obu przedsiębiorców są spójne i potwierdzają je zapisy z kont bankowych.",
  title: "Czytaj też",
  teaser: "Toruń: radni przyjęli budżet miasta na przyszły rok po burzliwej sesji",
  subhead: "Obrona zapowiada odwołanie",
  p3: "Adwokat skazanego zapowiedział apelację jeszcze przed ogłoszeniem wyroku na korytarzu sądu.",
  p4: "Jego zdaniem sąd pominął dowody, które wskazują, że przetargi wygrywały najtańsze oferty i gmina nie poniosła straty.",
};

describe("a box of one teaser, then a subhead, then the story", () => {
  for (const [name, join] of [["packed", packed], ["spaced", spaced]] as const) {
    it(`a heading of five words under a teaser of eight, over a sentence that goes on with the story's words (Norwegian, ${name})`, () => {
      const a = parse(join(nb.headline, nb.p1, nb.p2, nb.p3, nb.title, nb.teaser, nb.subhead, nb.p4, nb.p5), "a.txt", "no");
      assert.deepEqual(links(a), [nb.teaser]);
      assert.deepEqual(subheads(a), [nb.subhead]);
    });
    it(`a court report: a kickered teaser, a heading of three words, a sentence shorter than prose (Polish, ${name})`, () => {
      const a = parse(join(pl.headline, pl.p1, pl.p2, pl.title, pl.teaser, pl.subhead, pl.p3, pl.p4), "a.txt", "pl");
      assert.deepEqual(links(a), [pl.teaser]);
      assert.deepEqual(subheads(a), [pl.subhead]);
    });
  }
  it("a heading of five words half as long as the teaser, over a sentence that opens with a pronoun (German)", () => {
    const teaser = "Blitzer an der Volmestraße bringt der Stadt mehr Geld als erwartet";
    const a = parse(
      packed(
        "Urteil im Prozess um Unfall auf der A45: Bewährung für Lkw-Fahrer",
        "Das Amtsgericht Hagen hat einen 52 Jahre alten Lkw-Fahrer wegen fahrlässiger Tötung zu einer Bewährungsstrafe von eineinhalb Jahren verurteilt.",
        "Die Richterin nannte das einen Moment der Unachtsamkeit mit schrecklichen Folgen für die Familie des jungen Mannes.",
        "Lesen Sie auch",
        teaser,
        "Sie wollen in Berufung gehen",
        "Sie, die Eltern des Opfers, sind Nebenkläger im Verfahren und halten das Urteil für zu milde.",
        "Ihr Anwalt kündigte an, Rechtsmittel einzulegen.",
      ),
      "a.txt",
      "de",
    );
    assert.deepEqual(links(a), [teaser]);
    assert.deepEqual(subheads(a), ["Sie wollen in Berufung gehen"]);
  });
  it("a match report: two teasers of twelve words, then a heading of five (Italian)", () => {
    const teasers = ["Serie C, il Giudice sportivo squalifica per due turni il capitano del Catania", "Messina, la società annuncia il rinnovo del contratto dell'allenatore fino al 2028"];
    const a = parse(
      packed(
        "Catania-Messina 0-2, il derby è dei peloritani: contestazione al Massimino",
        "Il Messina vince il derby al Massimino per 2-0 e aggancia il Catania a metà classifica, al termine di una partita dominata dagli ospiti.",
        "I rossazzurri hanno creato due occasioni nel primo tempo, ma dopo l'intervallo non sono più riusciti a superare la metà campo con continuità.",
        "Leggi anche",
        ...teasers,
        "Catania, la rabbia dei tifosi",
        "Al fischio finale la curva sud ha chiesto a gran voce le dimissioni dell'allenatore, mentre la squadra restava a centrocampo.",
        "Poi la protesta si è spostata davanti ai cancelli, dove un gruppo di ultras ha atteso per oltre un'ora l'uscita dei giocatori.",
      ),
      "a.txt",
      "it",
    );
    assert.deepEqual(links(a), teasers);
    assert.deepEqual(subheads(a), ["Catania, la rabbia dei tifosi"]);
  });
  it("a lone kickered teaser over the story's paragraph stays one link (Polish)", () => {
    const teaser = "Rektor: uczelnia nie zamknie wydziału mimo cięć w budżecie";
    const a = parse(packed(pl.headline, pl.p1, pl.p2, pl.title, teaser, pl.p3, pl.p4), "a.txt", "pl");
    assert.deepEqual(links(a), [teaser]);
    assert.deepEqual(subheads(a), []);
  });
});

describe("a box of two full headlines over a paragraph keeps both links", () => {
  it("the second headline as long as the first and of its shape, though the paragraph takes up its words (Italian)", () => {
    const first = "Pisa, chiusa per lavori la strada statale verso il litorale";
    const second = "Livorno, scuole chiuse lunedì per l'allerta meteo";
    const a = parse(
      packed(
        "Livorno, crolla un cornicione in via Grande: transennato un tratto del centro",
        "Un pezzo di cornicione è caduto questa mattina da un palazzo di via Grande, a Livorno, finendo sul marciapiede a pochi metri da una fermata dell'autobus.",
        "I tecnici del Comune hanno controllato nel pomeriggio le facciate dei palazzi vicini, senza trovare altri pericoli immediati per i passanti.",
        "Leggi anche",
        first,
        second,
        "Ieri l'allerta era stata gialla, ma i vigili del fuoco hanno ricevuto comunque decine di chiamate per alberi caduti e tegole pericolanti.",
        "Il sindaco ha firmato un'ordinanza che impone al condominio di mettere in sicurezza la facciata entro trenta giorni.",
      ),
      "a.txt",
      "it",
    );
    assert.deepEqual(links(a), [first, second]);
    assert.deepEqual(subheads(a), []);
  });
  it("a kickered headline and a plain one of six words (German)", () => {
    const first = "Abschied von Karl Weber: Der Chorleiter ist tot";
    const second = "Oldenburger Jugendbühne feiert ihr fünfzigjähriges Bestehen";
    const a = parse(
      packed(
        "Trauer um Helga Brandt: Die Stimme des Stadttheaters ist verstummt",
        "Die Schauspielerin Helga Brandt ist am Donnerstag im Alter von 84 Jahren in Oldenburg gestorben, wie das Staatstheater am Samstag mitteilte.",
        "Dort blieb sie bis zu ihrem Abschied von der Bühne, obwohl ihr mehrfach Angebote aus Hamburg und München gemacht wurden.",
        "Lesen Sie auch",
        first,
        second,
        "Die Jugendbühne hatte Brandt 1979 mitgegründet und bis 1999 geleitet; viele ihrer Schülerinnen und Schüler stehen heute selbst auf großen Bühnen.",
        "Brandt hinterlässt ihren Sohn und zwei Enkelinnen.",
      ),
      "a.txt",
      "de",
    );
    assert.deepEqual(links(a), [first, second]);
    assert.deepEqual(subheads(a), []);
  });
  it("two headlines of a script without spaces, alike in letters though not in the words a dictionary finds (Chinese)", () => {
    const a = parse(
      packed(
        "武汉东湖绿道新增二十公里 年底前全线贯通",
        "东湖绿道三期工程今天完成主体施工，新增绿道二十公里，预计本月底前全线贯通。",
        "市园林部门负责人介绍，三期工程主要连接磨山和落雁两个景区，沿途新建三座驿站和两处观景平台。",
        "相关新闻",
        "东湖风景区将新增五个停车场",
        "武汉今年新建口袋公园一百个",
        "园林部门表示，将根据游客数量在节假日增设临时租赁点。",
        "配套设施",
        "据了解，沿线将新建公共厕所八座，并设置二十处直饮水点。",
      ),
      "a.txt",
      "zh",
    );
    assert.deepEqual(links(a), ["东湖风景区将新增五个停车场", "武汉今年新建口袋公园一百个"]);
    assert.deepEqual(subheads(a), ["配套设施"]);
  });
});

describe("a box's border after the story", () => {
  const story = [
    "Margaret Doyle, harbour master who rebuilt the port after the 1987 storm, dies at 88",
    "Margaret Doyle, who served as harbour master of Kilmore for 26 years and led the rebuilding of its quays after the great storm of 1987, has died at the age of 88.",
    "She retired in 2005 and is survived by her three children, nine grandchildren and two great-grandchildren, her family said on Friday.",
    "More on this story",
    "Kilmore's new breakwater is finished after three years of work",
    "Storm of 1987: the night the sea came into the town",
    "Fishermen remember the winter the harbour nearly closed",
  ];
  it("a line of three words under teasers of eight and more is the box's link to its section, not a link", () => {
    const a = parse(packed(...story, "See all obituaries", "Advertisement"));
    assert.deepEqual(links(a), story.slice(4));
  });
  it("a short last teaser with its kicker stays a link", () => {
    const a = parse(packed(...story, "Analysis: Harbour dues", "Advertisement"));
    assert.deepEqual(links(a), [...story.slice(4), "Analysis: Harbour dues"]);
  });
});

describe("a headline of a quotation and a clause after an ellipsis is a teaser", () => {
  const ko = [
    "서울 전세 매물 한 달 새 12% 줄어…세입자 '발 동동'",
    "서울 아파트 전세 매물이 한 달 사이 12% 넘게 줄어든 것으로 나타났다. 부동산 정보업체가 6일 발표한 자료에 따르면 이달 초 서울 전세 매물은 2만 3천여 건으로 지난달보다 크게 감소했다.",
    "전문가들은 당분간 전세 매물 부족 현상이 이어질 것으로 내다봤다.",
  ];
  const next = "한 부동산 전문가는 \"빌라 전세를 피하는 수요가 아파트로 몰리면서 아파트 전세 매물이 빠르게 소진되고 있다\"고 설명했다.";
  it("alone between two sentences of the story (Korean)", () => {
    const teaser = "\"전세 사기 무섭다\"…빌라 대신 아파트로 몰려";
    const a = parse(packed(...ko, teaser, next, "정부는 다음 주 전세 시장 안정 대책을 발표할 예정이다."), "a.txt", "ko");
    assert.deepEqual(links(a), [teaser]);
    assert.deepEqual(subheads(a), []);
  });
  it("under a box's title, over a subhead (Chinese)", () => {
    const teaser = "“早高峰不再挤”…市民试乘新线体验出行变化";
    const a = parse(
      packed(
        "广州地铁十五号线首期工程今日开通 沿线居民出行时间缩短一半",
        "广州地铁十五号线首期工程今天上午正式开通运营，全长二十二公里，共设十六座车站，连接海珠区和番禺区。",
        "开通后，沿线居民从番禺到珠江新城的时间将从一个多小时缩短到约三十五分钟。",
        "相关阅读",
        teaser,
        "乘客体验",
        "记者今天早上在首发列车上看到，不少市民专门赶来体验新线路，车厢里挤满了拿着手机拍照的乘客。",
      ),
      "a.txt",
      "zh",
    );
    assert.deepEqual(links(a), [teaser]);
    assert.deepEqual(subheads(a), ["乘客体验"]);
  });
  it("look-alikes: a quotation alone is a heading, someone's words with an ellipsis end as a sentence (Korean)", () => {
    const heading = "\"배차 간격이 가장 큰 불만\"";
    const said = "한 시민은 설명회에서 \"버스를 30분씩 기다리는 일이 흔하다\"…\"노선을 줄이면 시골 마을은 어떻게 하느냐\"고 물었다.";
    const a = parse(packed(...ko, heading, "시가 지난해 시민 2천 명을 대상으로 한 설문에서 응답자의 61%가 배차 간격이 너무 길다고 답했다.", said, "시 관계자는 \"마을버스와 수요응답형 버스를 늘려 빈틈을 메우겠다\"고 답했다."), "a.txt", "ko");
    assert.deepEqual(links(a), []);
    assert.deepEqual(subheads(a), [heading]);
  });
});
