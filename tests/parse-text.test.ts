/** Plain-text copy → Article: one case per block type and per convention of real news copy. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");

describe("plain text: headline, metadata and lede", () => {
  it("takes the first line as headline and the first paragraph as lede", () => {
    const a = parse(story("Harbour wall to close for repairs", "", "The North Mole will close for 14 weeks.", "", "Boats will move to the quay."));
    assert.equal(a.headline, "Harbour wall to close for repairs");
    assert.equal(a.lede, "The North Mole will close for 14 weeks.");
    assert.deepEqual(a.blocks.map((b) => b.type), ["paragraph"]);
    assert.equal(a.source.format, "text");
  });

  it("reads a byline and a date line under the headline as metadata, not body", () => {
    const a = parse(story("Rovers reach the final", "By Fiona Raeburn", "Published 23 November 2026 21:38", "", "Skerry Bay Rovers are into the final.", "", "More text here."));
    assert.equal(a.byline, "By Fiona Raeburn");
    assert.equal(a.dateText, "Published 23 November 2026 21:38", "the printed date line is kept apart from the byline");
    assert.equal(a.author, "Fiona Raeburn");
    assert.equal(a.date, "2026-11-23T21:38:00");
    assert.equal(a.lede, "Skerry Bay Rovers are into the final.");
  });

  it("reads dates in other languages and an update time", () => {
    const a = parse(story("Un titre", "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", "", "Le texte commence ici et continue.", "", "Et encore."), "a.txt", "fr");
    assert.equal(a.byline, "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)");
    assert.equal(a.author, "AFP");
    assert.equal(a.date, "2015-04-30T07:19:00");
    assert.equal(a.updated, "2015-04-30T07:38:00");
  });

  it("reads a kicker line above the headline", () => {
    const a = parse(story("ANALYSIS", "Why the harbour wall failed", "By Tom Haldane", "", "The North Mole was undermined for years.", "", "More."));
    assert.equal(a.kicker, "ANALYSIS");
    assert.equal(a.headline, "Why the harbour wall failed");
    assert.equal(a.author, "Tom Haldane");
  });

  it("does not take a short headline over a byline as a kicker", () => {
    const a = parse(story("Storm hits coast", "By Tom Haldane", "", "The storm arrived overnight.", "", "More."));
    assert.equal(a.kicker, null);
    assert.equal(a.headline, "Storm hits coast");
  });

  it("cuts a wire dateline off the lede", () => {
    const a = parse(story("Upset at the awards", "", "LOS ANGELES (Reuters) - South Korean thriller won the top prize on Sunday.", "", "More."));
    assert.equal(a.dateline, "LOS ANGELES (Reuters)");
    assert.equal(a.lede, "South Korean thriller won the top prize on Sunday.");
  });

  it("cuts datelines with a region and an em dash", () => {
    const a = parse(story("Power returns", "", "KYIV, Ukraine (AP) — Power returned to most of the capital overnight.", "", "More."));
    assert.equal(a.dateline, "KYIV, Ukraine (AP)");
    assert.equal(a.lede, "Power returned to most of the capital overnight.");
  });
});

describe("plain text: copy artifacts", () => {
  it("undoes CRLF, a BOM, tabs, non-breaking spaces and soft hyphens", () => {
    const a = parse("\uFEFFFerry cut\r\n\r\n\tThe winter\u00A0timetable starts on Mon\u00ADday.\r\n\r\nMore.\r\n");
    assert.equal(a.headline, "Ferry cut");
    assert.equal(a.lede, "The winter timetable starts on Monday.");
  });

  it("joins hard-wrapped lines into one paragraph", () => {
    const wrapped = story(
      "Council approves harbour budget",
      "",
      "The council approved the harbour budget on Tuesday evening after a long",
      "debate in which several members asked for the repairs to be delayed until",
      "the spring, when the weather would allow divers to inspect the foundations.",
      "",
      "The vote was 17 to 4. Members of the Independent group voted against the",
      "plan, saying that the cost had not been properly explained to residents and",
      "that a cheaper option had been dismissed without a proper public hearing.",
    );
    const a = parse(wrapped);
    assert.match(a.lede, /^The council approved .* inspect the foundations\.$/);
    assert.equal(a.blocks.length, 1);
    assert.match((a.blocks[0] as { text: string }).text, /^The vote was 17 to 4\. .* public hearing\.$/);
  });

  it("does not take a page's short header lines for hard-wrapped copy (a headline over a byline, a run of short lines)", () => {
    const a = parse(
      story(
        "Merkez Bankası faizi sabit tuttu",
        "Yazan: Ahmet Yılmaz",
        "04.12.2026 10:30",
        "",
        "Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 45'te sabit tuttuğunu açıkladı. Karar beklentilerle uyumlu oldu.",
        "",
        "Ekonomistler, faiz indirimlerinin gelecek yılın ilk çeyreğinde başlayabileceğini tahmin ediyor.",
        "",
        "İlgili haberler",
        "Dolar güne yükselişle başladı",
        "Borsa İstanbul rekor kırdı",
      ),
      "tr.txt",
    );
    assert.equal(a.headline, "Merkez Bankası faizi sabit tuttu");
    assert.equal(a.byline, "Yazan: Ahmet Yılmaz");
    assert.ok(!a.blocks.some((b) => "text" in b && typeof b.text === "string" && b.text.includes("haberler Dolar")), "short lines stay apart");
  });

  it("drops bullets and indentation that copying added", () => {
    const a = parse(story("Headline here", "", "    • The lede was bulleted and indented by the copy.", "", "    A second paragraph, indented."));
    assert.equal(a.lede, "The lede was bulleted and indented by the copy.");
    assert.equal((a.blocks[0] as { text: string }).text, "A second paragraph, indented.");
  });

  it("never reads plain text as Markdown", () => {
    const a = parse(story("# Not a heading *really*", "", "1984. was a year, and <b>this</b> is text with * and _.", "", "More."));
    assert.equal(a.headline, "# Not a heading *really*");
    assert.equal(a.lede, "1984. was a year, and <b>this</b> is text with * and _.");
  });

  it("drops page noise but keeps content lines", () => {
    const a = parse(story("Headline", "", "Lede text that is long enough.", "", "Advertisement", "", "Share this article", "", "4 Min Read", "", "Body after the noise."));
    assert.deepEqual(
      a.blocks.map((b) => (b as { text: string }).text),
      ["Body after the noise."],
    );
  });
});

describe("plain text: subheads", () => {
  it("takes a short line without end punctuation between paragraphs as a subhead", () => {
    const a = parse(story("Headline", "", "The lede paragraph of the story, with a full stop.", "", "What happens next", "", "The council will meet again next week to decide on the plan."));
    assert.deepEqual(blocksOf(a, "subhead").map((s) => s.text), ["What happens next"]);
  });

  it("takes an ALL CAPS crosshead as a subhead", () => {
    const a = parse(story("Headline", "", "The lede paragraph of the story.", "", "DISAPPOINTING NIGHT FOR ‘IRISHMAN’", "", "The film went home empty-handed after a long night of awards."));
    assert.deepEqual(blocksOf(a, "subhead").map((s) => s.text), ["DISAPPOINTING NIGHT FOR ‘IRISHMAN’"]);
  });

  it("does not take a list of headlines at the page's tail for subheads: a subhead opens prose", () => {
    const a = parse(
      story(
        "Headline",
        "",
        "The lede paragraph of the story, with a full stop.",
        "",
        "The council will meet again next week to decide on the plan for the harbour wall.",
        "",
        "Most read",
        "Ferry timetable cut to four sailings a day this winter",
        "Rovers reach the County Cup final after a shoot-out at Brae Park",
        "Lighthouse museum reopens with its 1887 lens back in the lantern",
      ),
    );
    assert.equal(blocksOf(a, "subhead").length, 0);
  });

  it("does not take a short last line of the story as a subhead", () => {
    const a = parse(story("Headline", "", "The lede paragraph of the story.", "", "Additional reporting by Jane Roe"));
    assert.equal(blocksOf(a, "subhead").length, 0);
  });
});

describe("plain text: quotes and speakers", () => {
  it("reads a dash quote and splits off the attribution", () => {
    const a = parse(story("Headline", "", "Lede paragraph here.", "", "– We have to deal with important issues, which requires dialogue, Peskov said on Tuesday, according to Reuters."));
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.text, "We have to deal with important issues, which requires dialogue");
    assert.equal(q?.speaker, "Peskov");
    assert.equal(q?.attribution, "Peskov said on Tuesday, according to Reuters.");
  });

  it("reads verb-first attributions with a role after the name", () => {
    const a = parse(story("Headline", "", "Lede paragraph here.", "", "– They are the main enemy, said Amira Jadoon, terrorism researcher at Clemson University."));
    assert.equal(blocksOf(a, "quote")[0]?.speaker, "Amira Jadoon");
  });

  it("reads Swedish and Norwegian attribution verbs", () => {
    const sv = parse(story("Rubrik", "", "Ingressen kommer här och den är lång nog.", "", "– Vi har skador i hela regionen, säger Anna Sjödin, presschef."), "a.txt", "sv");
    assert.equal(blocksOf(sv, "quote")[0]?.speaker, "Anna Sjödin");
    const no = parse(story("Tittel", "", "Ingressen er her.", "", "– Det blir kaldt i natt, sier Per Olsen, meteorolog."), "a.txt", "no");
    assert.equal(blocksOf(no, "quote")[0]?.speaker, "Per Olsen");
  });

  it("resolves a role to the person the article named with it", () => {
    const a = parse(
      story("Headline", "", "Lede here.", "", "President Putin says it is a matter of following the money.", "", "– Everything is for sale, the president said on Tuesday."),
    );
    assert.equal(blocksOf(a, "quote")[0]?.speaker, "Putin");
  });

  it("resolves a pronoun to the last named speaker", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "– The first quote is here, said Kari Lund, chief executive.", "", "Some paragraph between the quotes.", "", "– And the second one follows, she said."));
    assert.deepEqual(blocksOf(a, "quote").map((q) => q.speaker), ["Kari Lund", "Kari Lund"]);
  });

  it("reads quote-mark quotes with the attribution after the quote", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "“It was a difficult part,” quipped Pitt of his role. “A guy who gets high. It was a big stretch,” he said to laughter."));
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.speaker, "Pitt");
    assert.equal(q?.text, "It was a difficult part, A guy who gets high. It was a big stretch");
    assert.equal(q?.attribution, "quipped Pitt of his role. he said to laughter.");
  });

  it("reads a quote introduced by its attribution", () => {
    const a = parse(story("Headline", "", "Director Bong Joon Ho said backstage that nobody could predict the Oscars.", "", "Speaking through an interpreter he added; “It is true that the momentum is building.”"));
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.text, "It is true that the momentum is building.");
    assert.equal(q?.speaker, "Bong Joon Ho");
  });

  it("does not take a paragraph that opens with a quoted title as a quote", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "“Parasite,” the Korean language satire, was the first foreign-language film to win.", "", "“Parasite” director Bong Joon Ho said nobody could predict it."));
    assert.equal(blocksOf(a, "quote").length, 0);
  });

  it("reads guillemets and German quotation marks", () => {
    const a = parse(story("Titel", "", "Der Vorspann ist hier.", "", "„Wir müssen jetzt handeln“, sagte Müller am Montag."), "a.txt", "de");
    assert.equal(blocksOf(a, "quote")[0]?.speaker, "Müller");
  });

  it("leaves the speaker null when the article never says who", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "– We will not give up on the harbour."));
    assert.equal(blocksOf(a, "quote")[0]?.speaker, null);
    assert.ok(a.messages.some((m) => m.includes("quote without a speaker")));
  });
});

describe("plain text: related boxes, media and lists", () => {
  it("reads a title line over bulleted link lines as a related box", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "Terror attack in Moscow", "", "  • Details: Iran warned Russia about the attack", "", "  • Russia: Arrested planning new crime", "", "More text follows here."));
    const [r] = blocksOf(a, "related");
    assert.equal(r?.title, "Terror attack in Moscow");
    assert.deepEqual(r?.links.map((l) => [l.kicker, l.title, l.text]), [
      ["Details", "Iran warned Russia about the attack", "Details: Iran warned Russia about the attack"],
      ["Russia", "Arrested planning new crime", "Russia: Arrested planning new crime"],
    ]);
  });

  it("reads a known box title with a single link", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "Related Coverage", "", "Factbox: Key winners at the awards", "", "“I am standing on the shoulders of giants,” Phoenix said."));
    assert.deepEqual(blocksOf(a, "related")[0]?.links.map((l) => l.text), ["Factbox: Key winners at the awards"]);
  });

  it("takes a URL in a link line as the link's target", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "Read more", "Harbour: Wall to close https://example.org/wall/", "Ferries: Timetable cut https://example.org/ferry/", "", "End paragraph."));
    assert.deepEqual(blocksOf(a, "related")[0]?.links.map((l) => l.url), ["https://example.org/wall/", "https://example.org/ferry/"]);
  });

  it("reads a caption with a credit, and a video caption after a video marker", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "The ferry at the quay. Photo: Jonas Lindqvist/GG", "", "Javascript must be enabled to play video", "", "American expert: “No greater risk” Photo: SVT/EPA"));
    assert.deepEqual(
      blocksOf(a, "media").map((m) => [m.kind, m.caption, m.credit]),
      [
        ["image", "The ferry at the quay.", "Jonas Lindqvist/GG"],
        ["video", "American expert: “No greater risk”", "SVT/EPA"],
      ],
    );
  });

  it("reads agency credits in parentheses and after a slash", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "Protesters march in the capital. (AP Photo/Evan Vucci)", "", "A man prays in Kathmandu. REUTERS/Navesh Chitrakar"));
    assert.deepEqual(blocksOf(a, "media").map((m) => m.credit), ["AP Photo/Evan Vucci", "REUTERS/Navesh Chitrakar"]);
  });

  it("reads short items after a colon as a list", () => {
    const a = parse(story("Headline", "", "Lede here.", "", "The works come in four stages:", "1. Outer berths close", "2. Divers survey the wall", "3. The wall is rebuilt", "", "After that the berths reopen."));
    const [l] = blocksOf(a, "list");
    assert.equal(l?.ordered, true);
    assert.deepEqual(l?.items, ["Outer berths close", "Divers survey the wall", "The wall is rebuilt"]);
    assert.equal(l?.html, "<ol><li>Outer berths close</li><li>Divers survey the wall</li><li>The wall is rebuilt</li></ol>");
  });

  it("escapes text in html fields", () => {
    const a = parse(story("Headline", "", "The lede is a sentence of six words.", "", "A <script>alert(1)</script> & {{ liquid }} line."));
    assert.equal((a.blocks[0] as { html: string }).html, "A &#x3C;script>alert(1)&#x3C;/script> &#x26; {{ liquid }} line.");
  });
});

describe("plain text: lists and boxes apart", () => {
  it("reads a sentence ending in a colon over bulleted lines as a list, not a related box", () => {
    const a = parse(["Headline", "", "Lede here.", "", "The council set out three steps:", "• Close the outer berths", "• Survey the wall", "• Rebuild the section", "", "More text follows here."].join("\n"));
    assert.equal(blocksOf(a, "related").length, 0);
    assert.deepEqual(blocksOf(a, "list")[0]?.items, ["Close the outer berths", "Survey the wall", "Rebuild the section"]);
  });
});
