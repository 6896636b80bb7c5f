/**
 * Boxes of links, one-line teasers and subheads in languages and scripts no word list knows
 * (Georgian, Armenian, Amharic) and in Japanese: told by their shapes (a short label and a colon
 * of its script or brackets over a headline, sentence ends of every script, rows of a fact box),
 * never by the label's words.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isDataLine } from "../src/parse/text/list.js";
import { blocksOf, parse } from "./helpers/parse.js";

const spaced = (...lines: string[]) => lines.join("\n\n");
const packed = (...lines: string[]) => lines.join("\n");
const subheads = (text: string, lang: string) => blocksOf(parse(text, "story.txt", lang), "subhead").map((b) => b.text);
const links = (text: string, lang: string) => blocksOf(parse(text, "story.txt", lang), "related").flatMap((b) => b.links.map((l) => l.text));

// Georgian: Mkhedruli letters are all small, so a paragraph opens with a small letter
const ka = {
  headline: "თბილისში ვაკის ახალი მეტროსადგური 2028 წელს გაიხსნება",
  p1: "თბილისის მერიამ ოთხშაბათს გამოაცხადა, რომ ვაკის ახალი მეტროსადგურის მშენებლობა მომავალ გაზაფხულზე დაიწყება. პროექტის ღირებულება 180 მილიონ ლარს შეადგენს.",
  p2: "მერის თქმით, ახალი სადგური ყოველდღიურად 40 ათასამდე მგზავრს მოემსახურება და საგრძნობლად შეამცირებს საცობებს ჭავჭავაძის გამზირზე და მის მიმდებარე ქუჩებზე.",
  teaser: "ასევე წაიკითხეთ: თბილისის ავტობუსების ახალი მარშრუტები იანვრიდან ამოქმედდება",
  p3: "პროექტს ევროპის რეკონსტრუქციისა და განვითარების ბანკი აფინანსებს. სესხის ხელშეკრულება ქალაქის საკრებულომ გასულ კვირას დაამტკიცა, ოპოზიციის ნაწილი კი კენჭისყრაში არ მონაწილეობდა.",
  heading: "მშენებლობის ვადები",
  p4: "სამუშაოები სამ ეტაპად ჩატარდება. პირველ ეტაპზე გვირაბის გათხრა დაიწყება, რაც დაახლოებით ერთ წელს გაგრძელდება, მეორე ეტაპზე კი სადგურის დარბაზი აშენდება.",
  leadIn: "მერიის ცნობით, პროექტი მოიცავს:",
  items: ["ორ ახალ გასასვლელს ჭავჭავაძის გამზირზე", "მიწისქვეშა ავტოსადგომს სამასი ადგილით", "ველოსიპედების გაქირავების პუნქტს"],
  p5: "ვაკის მაცხოვრებლები შიშობენ, რომ მშენებლობა ქუჩებს წლების განმავლობაში ჩაკეტავს და მერიამ მოსახლეობას პროექტის დეტალები დროულად არ გააცნო.",
  boxTitle: "მსგავსი სიახლეები:",
  box: ["საბურთალოზე ახალი საბავშვო ბაღი გაიხსნა", "ვაკის პარკში განახლებული შადრევანი ამოქმედდა", "თბილისის მერია ქუჩების განათებას ცვლის"],
};
const kaStory = spaced(ka.headline, ka.p1, ka.p2, ka.teaser, ka.p3, ka.heading, ka.p4, packed(ka.leadIn, ...ka.items), ka.p5, packed(ka.boxTitle, ...ka.box));

describe("one-line teasers under a label no list knows", () => {
  it("a label and its colon over a headline, alone between paragraphs, is a link of one line, not a subhead (Georgian)", () => {
    assert.deepEqual(subheads(kaStory, "ka"), [ka.heading]);
    assert.ok(links(kaStory, "ka").includes(ka.teaser));
  });

  it("the same shape in brackets (Japanese 【関連記事】) or after an Ethiopic colon (፦) in packed copy", () => {
    const ja = spaced(
      "渋谷区、駅前広場の再整備計画を発表",
      "東京都渋谷区は4日、渋谷駅西口の駅前広場を全面的に再整備する計画を発表した。歩行者の空間を現在の約2倍に広げ、バスとタクシーの乗り場を地下に移す。",
      "【関連記事】渋谷駅の乗り換え、来春から一部ルート変更へ",
      "区長は記者会見で「駅前を人が主役の場所に変えたい」と述べた。周辺の商店街からは工事中の客足の減少を懸念する声も出ている。",
      "地下に新たなバスターミナル",
      "計画の柱は、地下2階に設ける新しいバスターミナルだ。高速バスを含む14の乗り場を集約し、待合室や案内所も整備する。",
    );
    assert.deepEqual(subheads(ja, "ja"), ["地下に新たなバスターミナル"]);
    assert.deepEqual(links(ja, "ja"), ["【関連記事】渋谷駅の乗り換え、来春から一部ルート変更へ"]);
    const am = packed(
      "የኢትዮጵያ የቡና ወጪ ንግድ ገቢ በአምስት ወራት ውስጥ ጨመረ",
      "ኢትዮጵያ በበጀት ዓመቱ የመጀመሪያዎቹ አምስት ወራት ከቡና ወጪ ንግድ ከአንድ ቢሊዮን ዶላር በላይ ገቢ ማግኘቷን የቡናና ሻይ ባለሥልጣን አስታወቀ። ገቢው በሃያ በመቶ ጨምሯል።",
      "ባለሥልጣኑ እንዳለው ጭማሪው የተገኘው በዓለም ገበያ የቡና ዋጋ በመጨመሩና የተላከው መጠን በማደጉ ነው። ጀርመን፣ ሳዑዲ ዓረቢያና ጃፓን ዋነኞቹ መዳረሻዎች ናቸው።",
      "ተጨማሪ ያንብቡ፦ የሻይ ቅጠል ምርት በደቡብ ክልል በእጥፍ አደገ",
      "አርሶ አደሮች ምን ይላሉ",
      "በሲዳማ ክልል የሚገኙ አርሶ አደሮች የዋጋው መጨመር ገቢያቸውን እንዳሻሻለው ይናገራሉ። ይሁን እንጂ የማዳበሪያና የትራንስፖርት ወጪ መጨመሩ ትርፋቸውን እንደሚቀንሰው ገልጸዋል።",
    );
    // (a heading over a paragraph that ends in the Ethiopic full stop ።)
    assert.deepEqual(subheads(am, "am"), ["አርሶ አደሮች ምን ይላሉ"]);
    assert.deepEqual(links(am, "am"), ["ተጨማሪ ያንብቡ፦ የሻይ ቅጠል ምርት በደቡብ ክልል በእጥፍ አደገ"]);
  });

  it("a heading's topic before a colon, named in the prose, keeps the heading a heading", () => {
    const en = spaced(
      "Harbour board closes the old ferry pier",
      "The harbour board voted on Monday to close the old ferry pier for two years while engineers rebuild its foundations.",
      "Ferry services will move to the container terminal, which the board said could take the extra traffic without delays.",
      "Fishermen: we were never asked about the pier",
      "Fishermen who moor at the pier said they had not been told where they would keep their boats during the works.",
    );
    assert.deepEqual(subheads(en, "en"), ["Fishermen: we were never asked about the pier"]);
    assert.deepEqual(links(en, "en"), []);
  });
});

describe("boxes and lists under a title no list knows", () => {
  it("a label of two words and a colon over headlines after the story is a box; a lead-in sentence over its items is a list", () => {
    assert.deepEqual(links(kaStory, "ka").filter((l) => l !== ka.teaser), ka.box);
    const lists = blocksOf(parse(kaStory, "story.txt", "ka"), "list");
    assert.deepEqual(lists.map((l) => l.items), [ka.items]);
  });

  it("a known title in capitals in Turkish (dotted İ) titles a box of one link", () => {
    const tr = spaced(
      "İzmir'de deprem: Okullar iki gün tatil edildi",
      "İzmir'in Seferihisar ilçesinde sabah saatlerinde 5,1 büyüklüğünde bir deprem meydana geldi. Valilik okulların iki gün tatil edildiğini duyurdu.",
      "Kentte bazı vatandaşlar geceyi parklarda ve araçlarında geçirmeyi tercih etti. Belediye, toplanma alanlarına çadır ve battaniye gönderdiğini açıkladı.",
      packed("İLGİNİZİ ÇEKEBİLİR", "Kuşadası'nda tekne kazası: iki kişi kurtarıldı"),
      "Milli Eğitim Müdürlüğü, binaların kontrolü tamamlandıktan sonra derslerin yeniden başlayacağını duyurdu. Çalışmaların hafta sonuna kadar sürmesi bekleniyor.",
    );
    assert.deepEqual(links(tr, "tr"), ["Kuşadası'nda tekne kazası: iki kişi kurtarıldı"]);
  });
});

describe("fact boxes are no boxes of links, and their rows no headings", () => {
  it("rows with a label's colon of any script are data lines: Armenian ՝, Japanese values without spaces", () => {
    for (const row of ["Հիմա՝ 200 դրամ", "Աճը՝ 15 տոկոս", "総事業費：約420億円", "完成予定：2029年3月", "所在地：渋谷区道玄坂1丁目"]) assert.ok(isDataLine(row), row);
    // (a kickered headline is no row)
    for (const line of ["速報：北朝鮮が日本海に向けて弾道ミサイル2発を発射", "Details: Iran warned Russia about the Moscow attack"]) assert.ok(!isDataLine(line), line);
  });

  it("a fact box between paragraphs gives no links, and its last row is no heading (Armenian, packed copy)", () => {
    const hy = packed(
      "Երևանում ջրի սակագինը հունվարից կբարձրանա",
      "Հանրային ծառայությունները կարգավորող հանձնաժողովը հինգշաբթի որոշեց, որ Երևանում խմելու ջրի սակագինը հունվարի մեկից կբարձրանա մոտ տասնհինգ տոկոսով։",
      "Նոր սակագնով մեկ խորանարդ մետր ջուրը կարժենա մոտ 230 դրամ։ Միջին ընտանիքի ամսական վճարը, ըստ հանձնաժողովի հաշվարկի, կավելանա մոտ հինգ հարյուր դրամով։",
      "Սակագինը թվերով",
      "Հիմա՝ 200 դրամ",
      "Հունվարից՝ 230 դրամ",
      "Աճը՝ 15 տոկոս",
      "Ընդդիմադիր պատգամավորները որոշումը քննադատել են և պահանջել, որ ընկերությունը հրապարակի իր ներդրումային ծրագիրը և թանկացման հիմնավորումը։",
    );
    assert.deepEqual(links(hy, "hy"), []);
    assert.deepEqual(subheads(hy, "hy"), []);
  });

  it("a caption with its credit after a sentence's end is no heading", () => {
    const ka2 = spaced(ka.headline, ka.p1, ka.p2, "ახალი სადგურის ვესტიბიული. ფოტო: ინტერპრესნიუსი", ka.p3);
    assert.deepEqual(subheads(ka2, "ka"), []);
  });
});

describe("runs of short lines in the body that are no box of links", () => {
  const en = [
    "Councillors in Harbourside approved a £48m budget for the town's harbour on Thursday night after a debate that ran past midnight.",
    "The plan, which passed by 23 votes to 19, sets aside money for new pontoons, a flood wall along the quay and the demolition of the market hall.",
    "The leader of the council, Martin Hale, said the budget was the biggest investment in the harbour for a generation and that work would start in spring.",
  ];
  it("a list printed without a lead-in: its first item is no title, the items no links", () => {
    const text = spaced("Council approves harbour budget", en[0] as string, en[1] as string, "What the money buys", packed("New pontoons for 120 boats", "A flood wall along the north quay", "Demolition of the market hall", "A new bus stop on Quay Street"), en[2] as string);
    assert.deepEqual(links(text, "en"), []);
  });

  it("a timeline's rows (a date opens each) and a programme's (a time after a short word) are no links, and the heading under them is one", () => {
    const timeline = spaced("Council approves harbour budget", en[0] as string, en[1] as string, "Timeline", packed("March 2025: engineers close the market hall", "June 2025: first public consultation", "October 2026: draft budget published", "December 2026: council vote"), en[2] as string);
    assert.deepEqual(links(timeline, "en"), []);
    const ko = packed(
      "부산 불꽃축제, 올해는 광안리·송정 두 곳에서 열린다",
      "부산시는 다음 달 열리는 부산 불꽃축제를 올해 처음으로 광안리와 송정 해수욕장 두 곳에서 동시에 개최한다고 5일 밝혔다. 시는 관람객이 한곳에 몰리는 것을 막기 위해 행사장을 나눴다고 설명했다.",
      "지난해 축제에는 약 100만 명이 몰려 일부 지하철역이 한때 폐쇄되기도 했다. 시는 올해 안전요원을 지난해보다 30% 늘린 3천500명 배치할 계획이다.",
      "행사 일정",
      "오후 6시 사전 공연",
      "오후 7시 개막식",
      "오후 8시 불꽃쇼 본공연",
      "오후 9시 폐막",
      "교통 통제는 어떻게",
      "행사 당일 광안대교는 오후 2시부터 밤 11시까지 전면 통제되며 시는 도시철도를 증편하고 임시 셔틀버스 40대를 운행할 예정이다.",
    );
    assert.deepEqual(links(ko, "ko"), []);
    assert.deepEqual(subheads(ko, "ko"), ["교통 통제는 어떻게"]);
  });
});
