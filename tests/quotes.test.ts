/**
 * Quotes and their speakers, by the conventions settled by real copy (spec, "Conventions settled
 * by real copy"): given this paragraph, this quote and this speaker, in several languages and
 * scripts. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { textToHtml, textToHtmlByRemark } from "../src/parse/html.js";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...paragraphs: string[]) => paragraphs.join("\n\n");
const quotes = (text: string, lang = "en") => blocksOf(parse(text, "a.txt", lang), "quote");
const kinds = (text: string, lang = "en") => parse(text, "a.txt", lang).blocks.map((b) => b.type);

describe("quote blocks: which paragraphs are quotes", () => {
  it("takes a paragraph that opens with quoted speech as a quote, even with narrative after it", () => {
    const [q] = quotes(story("Harbour plan delayed", "The council met on Monday.", "“We have waited long enough for this,” said Ingrid Solberg. The meeting ran late."));
    assert.equal(q?.text, "We have waited long enough for this");
    assert.equal(q?.speaker, "Ingrid Solberg");
    assert.equal(q?.printed, "“We have waited long enough for this,” said Ingrid Solberg. The meeting ran late.");
  });

  it("reads a speaker next to a quote when the verb is not a listed one", () => {
    const [q] = quotes(story("Titular", "El juez habló ayer.", "«No lo sabemos todavía», murmuró Castro, que salía del juzgado."), "es");
    assert.equal(q?.speaker, "Castro");
  });

  it("keeps a paragraph that opens with narrative and quotes someone later a paragraph", () => {
    assert.deepEqual(kinds(story("Harbour plan delayed", "The council met on Monday.", "The mayor called the plan “a disaster for the whole harbour and the people in it.”")), ["paragraph"]);
  });

  it("keeps speech without quote marks or a dash a paragraph", () => {
    assert.deepEqual(kinds(story("Harbour plan delayed", "The council met on Monday.", "Solberg said the council would vote again next week.")), ["paragraph"]);
  });

  it("takes one lead-in and a quote that runs to the end as a quote", () => {
    const [q] = quotes(story("Harbour plan delayed", "The council met on Monday.", "Council leader Amira Jadoon said: “The vote will be held again in March, whatever happens.”"));
    assert.equal(q?.text, "The vote will be held again in March, whatever happens.");
    assert.equal(q?.speaker, "Amira Jadoon");
  });

  it("reads speech dashes, a hyphen glued to a long answer included", () => {
    const q = quotes(story("Заголовок", "Совет собрался в понедельник.", "– Мы будем голосовать снова, – сказал Иван Петров."), "ru");
    assert.equal(q[0]?.speaker, "Иван Петров");
  });

  it("gives quote paragraphs that follow one another without a new attribution the same speaker", () => {
    const q = quotes(story("Harbour plan delayed", "The council met on Monday.", "“We will vote again,” said Ingrid Solberg.", "“And we will win this time, I am sure of it.”"));
    assert.deepEqual(q.map((x) => x.speaker), ["Ingrid Solberg", "Ingrid Solberg"]);
  });

  it("does not take a quoted title for speech", () => {
    assert.equal(quotes(story("Film wins", "The film won.", "“Tidewater,” the second film by the director, opens next week in Oslo.")).length, 0);
  });

  it("does not take a few words in straight single marks, with no end punctuation, between paragraphs for speech: a heading", () => {
    const text = story(
      "Transit strike leaves riders stranded",
      "More than 200,000 riders were left scrambling for rides on Thursday as drivers walked off the job.",
      "\"I paid $40 for a cab this morning. I can't do that every day,\" said Hannah Osei, a nurse.",
      "'We've been here before'",
      "The last transit strike, in 2009, lasted 51 days and cost the city millions in lost fares.",
    );
    assert.deepEqual(quotes(text).map((q) => q.speaker), ["Hannah Osei"]);
    assert.deepEqual(kinds(text), ["quote", "subhead", "paragraph"]);
  });
});

describe("quote blocks: verb after the quote, and scripts without case", () => {
  it("Japanese: Xは「…」と述べた", () => {
    const [q] = quotes(story("港の計画が遅れる", "市議会は月曜日に開かれた。", "山田市長は「来月にもう一度投票を行います」と述べた。"), "ja");
    assert.equal(q?.text, "来月にもう一度投票を行います");
    assert.equal(q?.speaker, "山田市長");
  });

  it("Korean: X는 \"…\"라고 말했다", () => {
    const [q] = quotes(story("항구 계획 연기", "시의회는 월요일에 열렸다.", "김민수 시장은 \"다음 달에 다시 투표하겠다\"라고 말했다."), "ko");
    assert.equal(q?.text, "다음 달에 다시 투표하겠다");
    assert.equal(q?.speaker, "김민수 시장");
  });

  it("Turkish: X, \"…\" dedi", () => {
    const [q] = quotes(story("Liman planı ertelendi", "Meclis pazartesi toplandı.", "Belediye Başkanı Ayşe Demir, \"Gelecek ay yeniden oylama yapacağız\" dedi."), "tr");
    assert.equal(q?.text, "Gelecek ay yeniden oylama yapacağız");
    assert.equal(q?.speaker, "Ayşe Demir");
  });

  it("Chinese: X…说：“…”", () => {
    const [q] = quotes(story("港口计划推迟", "市议会周一开会。", "王建国在会后对记者说：“我们下个月会再次投票。”"), "zh");
    assert.equal(q?.speaker, "王建国");
  });

  it("Arabic, right to left: قال X: «…»", () => {
    const [q] = quotes(story("تأجيل خطة الميناء", "اجتمع المجلس يوم الاثنين.", "وقال رئيس البلدية: «سنصوت مرة أخرى في الشهر المقبل»"), "ar");
    assert.equal(q?.text, "سنصوت مرة أخرى في الشهر المقبل");
    assert.equal(q?.speaker, "رئيس البلدية");
  });

  it("Hindi: X ने कहा, \"…\"", () => {
    const [q] = quotes(story("बंदरगाह योजना में देरी", "परिषद की बैठक सोमवार को हुई।", "महापौर सुनीता शर्मा ने कहा, \"हम अगले महीने फिर से मतदान करेंगे।\""), "hi");
    assert.equal(q?.speaker, "महापौर सुनीता शर्मा");
  });
});

describe("interviews, transcripts and embedded posts", () => {
  it("makes the interviewee's labelled turns and their continuations quotes, the reporter's turns paragraphs", () => {
    const a = parse(story(
      "Rowers split on funding",
      "The club's budget was cut this week.",
      "NORA VIK: The cut has hit the junior rowers hardest this season.",
      "PER HOLM: It is a blow, but we have rowed on less money before now.",
      "We will find sponsors if we have to, as we always have done.",
      "NORA VIK: Do you think the cut is a punishment for last season?",
      "PER HOLM: No, I think the money simply went to the bigger sports this year.",
      "NORA VIK: Per Holm has coached the club for twenty years, and he is staying on.",
    ));
    const q = blocksOf(a, "quote");
    assert.deepEqual(q.map((x) => x.speaker), ["Per Holm", "Per Holm", "Per Holm"]);
    assert.equal(q[0]?.text, "It is a blow, but we have rowed on less money before now.");
    assert.ok(blocksOf(a, "paragraph").some((p) => p.text.startsWith("NORA VIK: Do you think")), "the question stays a paragraph");
  });

  it("reads marked questions and answers (*question? / -answer), in Arabic", () => {
    const a = parse(story(
      "خالد منصور للصحيفة: الإصلاح ممكن",
      "حوار أجرته الصحيفة مع الناشط حول الوضع في البلاد.",
      "خالد منصور تحدث إلينا عن المشهد السياسي بصراحة.",
      "*ما الذي يحدث في البلاد اليوم؟",
      "-نحن نعيش مرحلة صعبة جدا ولا نعرف ماذا سيحدث غدا في البلاد.",
      "وأقول بصراحة إن كل أسباب الغضب ما زالت قائمة حتى الآن.",
      "*وما هو البديل الذي تقترحونه؟",
      "-البديل هو حكومة انتقالية تمثل الجميع دون استثناء أو إقصاء لأحد.",
    ), "a.txt", "ar");
    const q = blocksOf(a, "quote");
    assert.equal(q.length, 3);
    assert.ok(q.every((x) => x.speaker === "خالد منصور"), JSON.stringify(q.map((x) => x.speaker)));
    assert.equal(blocksOf(a, "paragraph").filter((p) => p.text.startsWith("*")).length, 2, "questions stay paragraphs");
  });

  it("takes an embedded post over its signature as a quote of the account holder", () => {
    const a = parse(story("Coach leaves the club", "The club confirmed the news.", "Thank you for everything, coach. Good luck in the new job!", "— Skerry Bay Rovers (@SkerryRovers) March 3, 2025", "The coach joined in 2019."));
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.speaker, "Skerry Bay Rovers");
    assert.equal(q?.attribution, "Skerry Bay Rovers (@SkerryRovers) March 3, 2025");
    assert.equal(q?.printed, "Thank you for everything, coach. Good luck in the new job!\n\n— Skerry Bay Rovers (@SkerryRovers) March 3, 2025");
  });
});

describe("speakers", () => {
  it("resolves a role to the person last named with it", () => {
    const q = quotes(story("Harbour plan delayed", "Mayor Ingrid Solberg opened the meeting on Monday.", "“We will vote again in March,” the mayor said."));
    assert.equal(q[0]?.speaker, "Ingrid Solberg");
  });

  it("gives a surname the full name the article gives", () => {
    const q = quotes(story("Harbour plan delayed", "Amira Jadoon, the council leader, opened the meeting.", "“We will vote again in March,” Jadoon said."));
    assert.equal(q[0]?.speaker, "Amira Jadoon");
  });

  it("leaves the speaker null only when the article never says who", () => {
    const q = quotes(story("Harbour plan delayed", "The council met on Monday.", "“We will vote again in March, and we will win.”"));
    assert.equal(q[0]?.speaker, null);
  });
});

describe("quote html", () => {
  it("escapes plain text exactly as remark-html does", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => textToHtml(s) === textToHtmlByRemark(s)), { numRuns: 300 });
    for (const s of ["a & b < c > d", "“q” «r» 「s」", "<script>x</script>", "&amp;"]) assert.equal(textToHtml(s), textToHtmlByRemark(s));
  });
});

describe("Markdown blockquotes", () => {
  it("takes an embedded post's signature line as its attribution and the account holder as speaker", () => {
    const a = parse("# Coach leaves the club\n\nThe club confirmed the news.\n\n> Thank you for everything, coach. Good luck in the new job!\n>\n> — Skerry Bay Rovers (@SkerryRovers) March 3, 2025\n", "a.md");
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.speaker, "Skerry Bay Rovers");
    assert.equal(q?.attribution, "Skerry Bay Rovers (@SkerryRovers) March 3, 2025");
  });
});

describe("quote blocks: narrative with a quoted phrase", () => {
  it("keeps a sentence that quotes a phrase and names its source after it a paragraph", () => {
    const a = parse(story("Titre", "Le conseil s’est réuni lundi.", "Le conflit au port a pris un «caractère national», affirme Dupont."), "a.txt", "fr");
    assert.equal(blocksOf(a, "quote").length, 0);
  });
});

describe("two quotes of one speaker joined by a particle, the verb last (Korean)", () => {
  it("reads the paragraph as one quote block of the named speaker, printed as written", () => {
    const text = '박 시장은 "대중교통을 계속 개선하겠다"며 "시민 의견을 적극 반영하겠다"고 강조했다.';
    const a = parse(["부산시, 심야 버스 노선 늘린다", "부산시는 내년 1월부터 시내버스 심야 노선을 늘린다고 5일 밝혔다.", text].join("\n\n"), "a.txt", "ko");
    const quote = a.blocks.find((b) => b.type === "quote");
    assert.ok(quote && quote.type === "quote");
    assert.equal(quote.printed, text);
    assert.match(quote.speaker ?? "", /박 시장/u);
  });
});
