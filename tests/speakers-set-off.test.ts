/**
 * Who said it, in shapes the papers print around the name (issue 13, round of 6 Dec): a role set
 * off before the name after a verb of saying, an elided article, the speaker of a caseless
 * lead-in after an apposition or with "also", "according to" in Urdu and Hindi, and Korean "the
 * words of X" after the quote. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);
const speakers = (a: ReturnType<typeof article>) => blocksOf(a, "quote").map((q) => q.speaker);

describe("a role, a comma, then the name after the verb", () => {
  it("Italian: l'assessore ai Lavori pubblici, Sergio Gambino (an elided article) and a second role before the name", () => {
    const a = article(
      "it",
      "Via Roma, il cantiere slitta a marzo",
      "Il cantiere di via Roma non sarà chiuso prima di marzo.",
      "\"Abbiamo dovuto fermare tutto per tre settimane\", ha spiegato l'assessore ai Lavori pubblici, Sergio Gambino.",
      "\"Non è un ritardo che potevamo prevedere\", ha aggiunto il direttore dei lavori, l'ingegnere Paolo Neri.",
    );
    assert.deepEqual(speakers(a), ["Sergio Gambino", "Paolo Neri"]);
  });

  it("English: a later 'he added' is the person named after the role, not the one quoted before", () => {
    const a = article(
      "en",
      "Council freezes parking charges",
      "Parking charges in the town centre will stay at their current level until 2028.",
      "Traders welcomed the decision. \"It buys us time, nothing more,\" said Priya Shah, who runs a shoe shop.",
      "The opposition voted against the plan. \"This is money we will not have,\" said the leader of the Liberal Democrat group, Tom Ashby.",
      "\"Potholes do not fix themselves,\" he added.",
    );
    assert.deepEqual(speakers(a), ["Tom Ashby"]);
  });
});

describe("caseless lead-ins", () => {
  it("Japanese: the name after a role set off by 、 (地元の町内会長、佐藤和子さんは取材に「…」と話した)", () => {
    const a = article(
      "ja",
      "堤防工事の完成を1年延期",
      "国土交通省は4日、堤防工事の完成を1年延期すると発表した。",
      "同省の田中修所長は記者会見で「資材の価格が想定を大きく上回った」と述べた。",
      "地元の町内会長、佐藤和子さんは取材に「台風の季節までに終わると思っていた」と話した。",
    );
    const [first, second] = speakers(a);
    assert.ok(first?.includes("田中修"), String(first));
    assert.ok(second?.startsWith("佐藤和子"), String(second));
  });

  it("Korean: a subject with 도, a quotative before another clause, and 'the words of X' after the quote", () => {
    const a = article(
      "ko",
      "도시가스 요금 내년 1월부터 7% 인상",
      "도시가스 요금이 내년 1월부터 평균 7% 오른다. 서울시는 4일 조정안을 발표했다.",
      "국토교통부 관계자도 \"추가 지원 방안을 검토하고 있다\"고 밝혔다.",
      "이 관계자는 \"현재로서는 정해진 바가 없다\"며 말을 아꼈다.",
      "\"한 달에 3만원이 더 나오면 우리 같은 노인에게는 큰돈이다.\" 마포구에 사는 이순자(72)씨의 말이다.",
    );
    assert.deepEqual(speakers(a), ["국토교통부 관계자", "이 관계자", "이순자"]);
  });

  it("Korean: a term in marks before a quotative is no quote", () => {
    const a = article("ko", "새 정책 발표", "정부가 새 정책을 발표했다.", "정부는 \"규제 완화\"라며 새 정책을 내놓았다.");
    assert.equal(blocksOf(a, "quote").length, 0);
  });

  it("Urdu and Hindi: according to someone, then the quote", () => {
    const ur = article("ur", "کراچی میں پانی کی قلت", "کراچی کے کئی علاقوں میں پانی کی فراہمی معطل ہے۔", "واٹر بورڈ کے ترجمان کے مطابق \"مرکزی پائپ لائن کی مرمت اتوار تک مکمل ہو جائے گی۔\"");
    assert.deepEqual(speakers(ur), ["واٹر بورڈ کے ترجمان"]);
    const hi = article("hi", "चोरी के आरोपी गिरफ्तार", "शहर में चोरी की घटनाएं बढ़ी हैं।", "पुलिस प्रवक्ता के मुताबिक \"आरोपी को गिरफ्तार कर लिया गया है।\"");
    assert.deepEqual(speakers(hi), ["पुलिस प्रवक्ता"]);
  });
});

describe("Tamil", () => {
  it("the role and the name between the quotative and the verb, an initial inside the name; அவர் is a pronoun", () => {
    const a = article(
      "ta",
      "சென்னையில் கனமழை: பள்ளிகளுக்கு இன்று விடுமுறை",
      "சென்னை மற்றும் புறநகர் பகுதிகளில் நேற்று இரவு முதல் கனமழை பெய்து வருகிறது.",
      "\"அடுத்த 24 மணி நேரத்துக்கு மழை தொடரும்\" என்று வானிலை ஆய்வு மைய இயக்குநர் எஸ். பாலசந்திரன் தெரிவித்தார்.",
      "\"மாணவர்கள் வீட்டிலேயே இருக்க வேண்டும்\" என்று அவர் கூறினார்.",
    );
    const [first, second] = speakers(a);
    assert.ok(first?.endsWith("எஸ். பாலசந்திரன்"), String(first));
    assert.equal(second, first);
  });
});
