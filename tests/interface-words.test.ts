/**
 * A news site's interface, in any language: the buttons, prompts and box titles a browser copy
 * brings along ("Share", "Show more", "Report an error", "Related articles") are read as whole
 * lines, never as words inside a sentence. Invented copy in languages and scripts that have no
 * word list of their own (Hebrew, Thai, Greek, Turkish, Vietnamese, Ukrainian, Khmer, Lao, Georgian, Armenian).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { interfaceLanguages } from "../src/parse/lexicon/interface-words.js";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n\n");
const shown = (a: ReturnType<typeof parse>) => [a.lede ?? "", ...a.blocks.flatMap((b) => ("text" in b && typeof b.text === "string" ? [b.text] : []))];

describe("interface lines are page noise in any language", () => {
  const cases: [string, string[], string[]][] = [
    ["he", ["חומת הנמל תיסגר לשיפוץ", "רשות הנמלים הודיעה ביום שני כי החומה הצפונית תיסגר לארבעה עשר שבועות לצורך תיקונים.", "שתף", "קרא עוד", "הסירות יעברו לרציף המזרחי עד סוף העבודות באביב, כך נמסר."], ["שתף", "קרא עוד"]],
    ["th", ["กำแพงท่าเรือจะปิดซ่อม", "การท่าเรือประกาศเมื่อวันจันทร์ว่ากำแพงด้านเหนือจะปิดเป็นเวลาสิบสี่สัปดาห์เพื่อซ่อมแซม", "แชร์", "อ่านต่อ", "เรือประมงจะย้ายไปจอดที่ท่าเรือฝั่งตะวันออกจนกว่างานจะเสร็จในฤดูใบไม้ผลิ"], ["แชร์", "อ่านต่อ"]],
    ["el", ["Κλείνει το λιμενικό τείχος", "Η λιμενική αρχή ανακοίνωσε τη Δευτέρα ότι το βόρειο τείχος θα κλείσει για δεκατέσσερις εβδομάδες.", "Κοινοποίηση", "Διαβάστε περισσότερα", "Τα σκάφη θα μετακινηθούν στην ανατολική προβλήτα μέχρι την άνοιξη."], ["Κοινοποίηση", "Διαβάστε περισσότερα"]],
    ["vi", ["Đê chắn sóng sẽ đóng cửa để sửa chữa", "Cảng vụ cho biết hôm thứ Hai rằng đê phía bắc sẽ đóng cửa trong mười bốn tuần để sửa chữa.", "Chia sẻ", "Báo lỗi", "Các tàu cá sẽ chuyển sang bến phía đông cho đến khi công việc hoàn tất vào mùa xuân."], ["Chia sẻ", "Báo lỗi"]],
    ["km", ["ជញ្ជាំងខាងជើងនៃកំពង់ផែនឹងត្រូវបិទជួសជុលរយៈពេលបីខែ", "អាជ្ញាធរកំពង់ផែបានប្រកាសកាលពីថ្ងៃច័ន្ទថា ជញ្ជាំងខាងជើងនឹងត្រូវបិទរយៈពេលដប់បួនសប្តាហ៍ដើម្បីជួសជុល។", "ចែករំលែក", "មតិយោបល់", "ទូកនេសាទនឹងផ្លាស់ទៅចតនៅផែខាងកើតរហូតដល់ការងារបញ្ចប់នៅរដូវផ្ការីក។"], ["ចែករំលែក", "មតិយោបល់"]],
    ["lo", ["ກຳແພງທ່າເຮືອທາງທິດເໜືອຈະປິດສ້ອມແປງສາມເດືອນ", "ອົງການທ່າເຮືອປະກາດໃນວັນຈັນວ່າ ກຳແພງທາງທິດເໜືອຈະປິດເປັນເວລາສິບສີ່ອາທິດ ເພື່ອສ້ອມແປງ.", "ແບ່ງປັນ", "ຄຳເຫັນ", "ເຮືອຫາປາຈະຍ້າຍໄປຈອດຢູ່ທ່າເຮືອທາງທິດຕາເວັນອອກ ຈົນກວ່າວຽກຈະແລ້ວໃນລະດູໃບໄມ້ປົ່ງ."], ["ແບ່ງປັນ", "ຄຳເຫັນ"]],
    ["ka", ["ნავსადგურის კედელი სარემონტოდ დაიხურება", "ნავსადგურის ადმინისტრაციამ ორშაბათს განაცხადა, რომ ჩრდილოეთის კედელი თოთხმეტი კვირით დაიხურება.", "გაზიარება", "კომენტარები", "ნავები აღმოსავლეთის ნავმისადგომზე გადავლენ სამუშაოების დასრულებამდე, გაზაფხულამდე."], ["გაზიარება", "კომენტარები"]],
    ["hy", ["Նավահանգստի պատը կփակվի վերանորոգման համար", "Նավահանգստի վարչությունը երկուշաբթի հայտարարել է, որ հյուսիսային պատը կփակվի տասնչորս շաբաթով։", "Կիսվել", "Մեկնաբանություններ", "Նավակները կտեղափոխվեն արևելյան նավամատույց մինչև աշխատանքների ավարտը գարնանը։"], ["Կիսվել", "Մեկնաբանություններ"]],
    ["uk", ["Портову стіну закриють на ремонт", "Адміністрація порту в понеділок повідомила, що північну стіну закриють на чотирнадцять тижнів.", "Поділитися", "Повідомити про помилку", "Човни перейдуть до східного причалу до завершення робіт навесні."], ["Поділитися", "Повідомити про помилку"]],
  ];
  for (const [lang, lines, furniture] of cases) {
    it(`drops ${furniture.map((f) => `“${f}”`).join(" and ")} (${lang}), keeps every sentence`, () => {
      const a = parse(story(...lines), "a.txt", lang);
      const text = shown(a);
      for (const f of furniture) assert.ok(!text.includes(f), `${f} reached the page`);
      assert.equal(a.headline, lines[0]);
      assert.ok(text.includes(lines[1] as string) && text.includes(lines[4] as string));
    });
  }

  it("keeps a sentence that merely contains an interface word", () => {
    const line = "Paylaş butonuna basan okurlar, haberi yüz binden fazla kez paylaştı, dedi yetkili.";
    const a = parse(story("Liman duvarı onarım için kapanıyor", "Liman idaresi pazartesi günü kuzey duvarının on dört hafta kapalı kalacağını açıkladı.", line), "a.txt", "tr");
    assert.ok(shown(a).some((t) => t.includes("Paylaş butonuna")));
  });

  it("drops a site-wide list's title, never making it the article's related box", () => {
    const a = parse(story("Liman duvarı onarım için kapanıyor", "Liman idaresi pazartesi günü kuzey duvarının on dört hafta kapalı kalacağını açıkladı.", "Tekneler bahara kadar doğu rıhtımına taşınacak, dedi liman başkanı.", "En çok okunanlar"), "a.txt", "tr");
    assert.ok(!shown(a).includes("En çok okunanlar"));
    assert.ok(!a.blocks.some((b) => b.type === "related" && b.title === "En çok okunanlar"));
  });
});

describe("box titles in languages with no word list of their own", () => {
  it("reads a Turkish box title over link lines as a related box", () => {
    const a = parse(story("Liman duvarı onarım için kapanıyor", "Liman idaresi pazartesi günü kuzey duvarının on dört hafta kapalı kalacağını açıkladı.", "Tekneler bahara kadar doğu rıhtımına taşınacak, dedi liman başkanı.", "İlgili haberler", "Balıkçılar yaz sezonunu kaybetmekten korkuyor", "Doğu rıhtımında çalışmalar erken başlıyor"), "a.txt", "tr");
    const box = a.blocks.find((b) => b.type === "related");
    assert.ok(box && box.type === "related");
    assert.equal(box.title, "İlgili haberler");
    assert.equal(box.links.length, 2);
  });

  it("covers languages in every script the held-out copy may use", () => {
    const langs = interfaceLanguages();
    for (const l of ["he", "ar", "fa", "th", "el", "uk", "hi", "ta", "vi", "id", "ja", "zh", "ko", "tr", "cs", "hu", "ro", "km", "lo", "my", "ka", "hy", "am", "si", "ne"]) assert.ok(langs.includes(l), l);
  });
});

describe("tags after the story are page furniture, in any language", () => {
  const body = ["Harbour wall to close for repairs", "The North Mole will close for fourteen weeks while engineers repair it, the port said on Monday.", "Boats will move to the east quay until the work is finished in the spring, the harbour master said."];
  it("drops a tags label and the short lines under it (Norwegian, Thai, Japanese labels)", () => {
    for (const [label, tags] of [["Relaterte emner", ["Havn", "Fiske"]], ["แท็ก", ["ท่าเรือ", "ประมง"]], ["タグ", ["港", "漁業"]]] as const) {
      const a = parse(story(...body, label, ...tags));
      const text = shown(a);
      for (const line of [label, ...tags]) assert.ok(!text.includes(line), `${line} reached the page`);
      assert.equal(a.blocks.filter((b) => b.type === "related").length, 0);
    }
  });

  it("finds the story's end in scripts whose sentences end without a mark (Thai) or with a danda (Hindi)", () => {
    const thai = parse(story("กำแพงท่าเรือปิดซ่อมสี่เดือน", "การท่าเรือประกาศเมื่อวันจันทร์ว่ากำแพงด้านเหนือของท่าเรือจะปิดเป็นเวลาสี่เดือนเพื่อซ่อมแซมรอยร้าวที่พบระหว่างการตรวจสอบตามปกติ", "เทศบาลระบุว่าจะพิจารณาเงินชดเชยให้ชาวประมงที่ได้รับผลกระทบจากการย้ายไปจอดเรือที่ท่าเรือฝั่งตะวันออกในฤดูมรสุมนี้", "แท็ก", "ท่าเรือ", "ประมง"), "a.txt", "th");
    for (const line of ["แท็ก", "ท่าเรือ", "ประมง"]) assert.ok(!shown(thai).includes(line), `${line} reached the page`);
    const hindi = parse(story("बंदरगाह की दीवार चार महीने बंद रहेगी", "बंदरगाह प्राधिकरण ने सोमवार को कहा कि उत्तरी दीवार मरम्मत के लिए चार महीने तक बंद रहेगी और मछली पकड़ने वाली नावें पूर्वी घाट पर जाएंगी।", "नगर परिषद ने कहा कि वह प्रभावित मछुआरों को मुआवजा देने पर विचार करेगी और अगले सप्ताह इस पर फैसला लेगी।", "टैग", "बंदरगाह", "मछुआरे"), "a.txt", "hi");
    for (const line of ["टैग", "बंदरगाह", "मछुआरे"]) assert.ok(!shown(hindi).includes(line), `${line} reached the page`);
  });

  it("drops a tags line with its label (“Topics: a, b, c”), keeps a sentence after a label-like word", () => {
    const a = parse(story(...body, "Topics: harbours, fishing, Devon"));
    assert.ok(!shown(a).includes("Topics: harbours, fishing, Devon"));
    const b = parse(story(body[0] as string, "Topics: the council will discuss the harbour, the budget and the new quay on Tuesday.", body[1] as string, body[2] as string));
    assert.ok(shown(b).some((t) => t.startsWith("Topics: the council")));
  });

  it("keeps a tags-like label in the middle of the story, before its last sentence", () => {
    const a = parse(story(body[0] as string, body[1] as string, "Themen", "Fischerei", body[2] as string));
    assert.ok(shown(a).includes("Fischerei"));
  });
});

describe("page furniture by shape", () => {
  const body = ["Harbour wall to close for repairs", "The North Mole will close for fourteen weeks while engineers repair it, the port said on Monday.", "Boats will move to the east quay until the work is finished in the spring, the harbour master said."];
  for (const line of ["Source: PM | Duration: 3min 13sec", "Embed <iframe src=\"https://example.org/player/1\" width=\"100%\" height=\"290\"></iframe>", "jane.doe@harbourtimes.example"]) {
    it(`drops “${line.slice(0, 30)}…”`, () => {
      const a = parse(story(body[0] as string, body[1] as string, line, body[2] as string));
      assert.ok(!shown(a).includes(line));
      assert.ok(shown(a).includes(body[2] as string));
    });
  }
});


describe("a breadcrumb from the home page is furniture, not a kicker", () => {
  const cases: [string, string, string, string][] = [
    ["el", "Αρχική / Ελλάδα", "Κλείνει για τέσσερις μήνες το λιμενικό τείχος του Πειραιά", "Η λιμενική αρχή ανακοίνωσε τη Δευτέρα ότι το βόρειο τείχος του λιμανιού θα κλείσει για τέσσερις μήνες."],
    ["vi", "Trang chủ » Thời sự", "Đê chắn sóng cảng Hải Phòng đóng cửa bốn tháng để sửa chữa", "Cảng vụ Hải Phòng hôm thứ Hai cho biết đê chắn sóng phía bắc sẽ đóng cửa trong bốn tháng để sửa chữa."],
    ["tr", "Ana Sayfa > Gündem", "Liman duvarı dört ay boyunca onarım için kapanıyor", "Liman idaresi pazartesi günü kuzey duvarının dört ay boyunca kapalı kalacağını açıkladı."],
  ];
  for (const [lang, crumb, headline, lede] of cases) {
    it(`drops “${crumb}” (${lang})`, () => {
      const a = parse(story(crumb, headline, lede), "a.txt", lang);
      assert.equal(a.headline, headline);
      assert.equal(a.kicker, null);
      assert.ok(!shown(a).includes(crumb));
    });
  }
});

describe("a comments section after the story is the readers', not the article's", () => {
  const body = ["Harbour wall to close for repairs", "The North Mole will close for fourteen weeks while engineers repair it, the port said on Monday.", "Boats will move to the east quay until the work is finished in the spring, the harbour master said.", "The council will pay for the work from its reserves, a spokesperson said on Tuesday."];
  it("drops the label, the form, the signatures and the comments (English, German)", () => {
    const en = parse(story(...body, "12 comments", "Name (required):", "harbourfan", "2 hours ago", "About time they fixed that wall, it has been moving for years.", "Reply", "jane_d", "3 hours ago", "Who pays for the fishermen's fuel while the quay is closed?"));
    assert.deepEqual(shown(en).slice(-1), [body[3]]);
    const de = parse(story(...body, "Kommentare", "Max M.", "12.03.2025 14:20", "Endlich wird die Mauer repariert, das war überfällig.", "Anna K.", "12.03.2025 15:02", "Und wer zahlt den Fischern den Umweg?"), "a.txt", "de");
    assert.deepEqual(shown(de).slice(-1), [body[3]]);
  });

  it("keeps a live blog's entries (an author over a time, with no comments label)", () => {
    const a = parse(story(...body, "Jane Doe", "10:42", "The first boats have left the north quay this morning, our reporter at the harbour says.", "Tom Roe", "11:05", "Engineers have started to fence off the wall, and the harbour master is on site."));
    assert.ok(shown(a).some((t) => t.startsWith("The first boats have left")));
    assert.ok(shown(a).some((t) => t.startsWith("Engineers have started")));
  });
});

describe("a call to click or to get the app, in any language", () => {
  const body = ["Harbour wall to close for repairs", "The North Mole will close for fourteen weeks while engineers repair it, the port said on Monday.", "Boats will move to the east quay until the work is finished in the spring, the harbour master said."];
  for (const line of ["CLICK HERE TO GET THE HARBOUR TIMES APP", "Klicken Sie hier für mehr Nachrichten aus dem Hafen", "Baixe o app do Jornal do Porto"]) {
    it(`drops “${line}” between paragraphs`, () => {
      const a = parse(story(body[0] as string, body[1] as string, line, body[2] as string));
      assert.ok(!shown(a).includes(line));
      assert.equal(a.blocks.filter((b) => b.type === "subhead").length, 0);
    });
  }
});

describe("reading times and rights notices are page metadata, in any language", () => {
  const lines = [
    "قیمت طلا در بازار تهران کاهش یافت",
    "زمان مطالعه: ۳ دقیقه",
    "قیمت هر گرم طلا امروز در بازار تهران با کاهش دو درصدی همراه شد و به پایین‌ترین سطح یک ماه اخیر رسید.",
    "فروش سکه نیز در هفته گذشته حدود بیست درصد کمتر از ماه پیش بوده است، فروشندگان گفتند.",
    "کلیه حقوق این سایت محفوظ است © ۱۴۰۵",
  ];
  it("drops a Persian reading time under the head and a rights notice at the end, keeps the story", () => {
    const a = parse(story(...lines), "a.txt", "fa");
    const text = shown(a);
    assert.ok(!text.includes(lines[1] as string) && !text.includes(lines[4] as string));
    assert.ok(!a.blocks.some((b) => b.type === "subhead"), "a reading time is no heading");
    assert.ok(text.includes(lines[3] as string));
  });
  it("drops a Korean rights notice instead of reading its © as a photo credit; keeps a sentence about rights", () => {
    const ko = parse(story(
      "부산시, 심야 버스 노선 늘린다",
      "부산시는 내년 1월부터 시내버스 심야 노선을 현재 8개에서 18개로 늘린다고 5일 밝혔다.",
      "새 노선은 주로 해운대와 서면 등 유동 인구가 많은 지역을 중심으로 운행된다.",
      "저작권자 © 부산일보 무단전재 및 재배포 금지",
    ), "a.txt", "ko");
    assert.ok(!ko.blocks.some((b) => b.type === "media"), "no picture here");
    assert.ok(!shown(ko).some((t) => t.includes("무단전재")));
    const en = parse(story("Label wins case", "The label won its case on Monday after a year in court.", "The judge said all rights reserved in the old contract stayed with the band.", "Both sides may appeal within a month."), "a.txt", "en");
    assert.ok(shown(en).includes("The judge said all rights reserved in the old contract stayed with the band."));
  });
  it("a Japanese breadcrumb with full-width separators is not the kicker", () => {
    const a = parse(story("トップ ＞ 社会 ＞ 地域", "京都市、観光客向けバスを来春から運行", "京都市は四日、観光客の荷物を宿泊先まで届けるバスの運行を来年四月から始めると発表した。", "新しいバスは京都駅と主な観光地を結び、一日に二十便を運行する予定だ。"), "a.txt", "ja");
    assert.equal(a.kicker, null);
    assert.equal(a.headline, "京都市、観光客向けバスを来春から運行");
  });
});

describe("a site-wide list after the story is the site's, not the article's", () => {
  it("drops a Korean 'most viewed' title and the headlines under it, keeps every sentence of the story", () => {
    const lines = [
      "부산시, 심야 버스 노선 늘린다",
      "부산시는 내년 1월부터 시내버스 심야 노선을 현재 8개에서 18개로 늘린다고 5일 밝혔다.",
      "새 노선은 주로 해운대와 서면 등 유동 인구가 많은 지역을 중심으로 운행된다.",
      "시는 이용객 의견을 들어 운행 시간을 조정할 계획이다.",
      "많이 본 뉴스",
      "해운대 빛축제 오늘 개막",
      "광안대교 야간 통제 이번 주말 해제",
    ];
    const a = parse(story(...lines), "a.txt", "ko");
    const text = shown(a);
    for (const l of lines.slice(4)) assert.ok(!text.includes(l), `${l} reached the page`);
    for (const l of lines.slice(2, 4)) assert.ok(text.includes(l));
  });
});
