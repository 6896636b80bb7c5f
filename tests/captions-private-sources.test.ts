/**
 * Captions whose credit has no label and no agency: a private picture's source (the family's archive,
 * a handout, a courtesy), and a portrait's name and years under an obituary's head; credit lines set
 * over their caption under the head (Korean, Japanese, Chinese). Pages written for these tests, in the
 * shapes obituaries, profiles, match reports and entertainment pages arrive in, with the story's lines
 * that look like them (a sentence closed by a family's words, a subhead naming a year, a quote that
 * ends in an agency's name in brackets), which stay what they are.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { isPortraitCaption, isPrivateSource, readCaption } from "../src/parse/text/caption.js";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const texts = (a: ReturnType<typeof parse>, type: string) => a.blocks.flatMap((b) => (b.type === type && "text" in b ? [b.text] : []));
const en = mergeLexicons(["en"]);

describe("a private picture's source is a credit without a label", () => {
  it("reads the source phrases of several languages, and not the story's words", () => {
    for (const source of ["Acervo da família", "Arquivo pessoal", "Family handout", "Courtesy of the family", "Archives de la famille", "Archivio di famiglia", "Foto privada", "Archivo familiar", "Archiv Familie Reiter", "أرشيف العائلة"]) assert.ok(isPrivateSource(source), source);
    for (const source of ["Cedida por la familia", "Collection particulière", "Private collection", "Foto di famiglia", "Family photo"]) assert.ok(isPrivateSource(source), source);
    for (const words of ["reservada à família", "The family said", "Family", "Private equity", "Archivio storico 1931", "Photo: AFP"]) assert.equal(isPrivateSource(words), false, words);
  });
  it("after the caption's last sentence, in brackets at its end, or alone on its line", () => {
    assert.deepEqual(readCaption("Ademar Coutinho em sua casa em Ouro Preto, em 1978. Acervo da família", en), { caption: "Ademar Coutinho em sua casa em Ouro Preto, em 1978.", credit: "Acervo da família" });
    assert.deepEqual(readCaption("Ferraris con la moglie Lucia a Sanremo nel 1962 (Archivio di famiglia)", en), { caption: "Ferraris con la moglie Lucia a Sanremo nel 1962", credit: "Archivio di famiglia" });
    assert.deepEqual(readCaption("Ellis at her retirement party in 2006 (Courtesy of the family)", en), { caption: "Ellis at her retirement party in 2006", credit: "Courtesy of the family" });
    assert.deepEqual(readCaption("Family handout", en), { caption: null, credit: "Family handout" });
    assert.deepEqual(readCaption("Jeanne Lefort avec ses élèves en 1961. DR", en), { caption: "Jeanne Lefort avec ses élèves en 1961.", credit: "DR" });
    assert.deepEqual(readCaption("Coutinho com os netos em Petrópolis (Divulgação)", en), { caption: "Coutinho com os netos em Petrópolis", credit: "Divulgação" });
    assert.equal(readCaption("The photo was taken by a member of the family (Reuters).", en), null, "a sentence closed by its stop after the brackets");
    assert.deepEqual(readCaption("Ingrid Baumann 1994 in ihrem Atelier in der Ainmillerstraße. Privatfoto", en), { caption: "Ingrid Baumann 1994 in ihrem Atelier in der Ainmillerstraße.", credit: "Privatfoto" });
  });
  it("a sentence of the story that ends in a family's words stays a paragraph (Portuguese, English)", () => {
    const pt = parse([
      "Morre aos 94 anos o escritor Ademar Coutinho",
      "O escritor mineiro morreu na madrugada desta quarta-feira, aos 94 anos, em Belo Horizonte, segundo a família.",
      "Coutinho com os netos em Petrópolis, no verão de 2019 (Arquivo pessoal)",
      "De volta ao Brasil, publicou a maior parte de sua obra e lecionou literatura até se aposentar.",
      "O corpo será cremado em cerimônia reservada à família.",
      "Ele deixa três filhos e sete netos.",
    ].join("\n\n"), "story.txt", "pt");
    assert.deepEqual(figures(pt), [["Coutinho com os netos em Petrópolis, no verão de 2019", "Arquivo pessoal"]]);
    assert.ok(texts(pt, "paragraph").includes("O corpo será cremado em cerimônia reservada à família."));
    const obit = parse([
      "Margaret Ellis obituary",
      "Margaret Ellis, who has died aged 88, opened the first refuge for women and children in Teesside in 1976.",
      "Ellis with her sister Joan at Whitley Bay in 1951. Family handout",
      "She was appointed MBE in 1998.",
      "Her family said she had been stubborn and kind in equal measure, to the very end of her life with the family.",
      "She is survived by her son and her sister.",
    ].join("\n\n"));
    assert.deepEqual(figures(obit), [["Ellis with her sister Joan at Whitley Bay in 1951.", "Family handout"]]);
  });
  it("a source alone under its caption, the caption a phrase over the story's first sentence (English)", () => {
    const a = parse([
      "Family pays tribute to hillwalker who died on Ben Nevis",
      "5 December 2025",
      "Euan Fraser, pictured in 2019, had climbed all 282 Munros\nFamily handout\nThe family of a hillwalker who died on Ben Nevis have described him as the happiest man on any hill.",
      "Euan Fraser, 34, from Fort William, was found by mountain rescue volunteers on Tuesday morning.",
      "Euan Fraser with his partner Kirsty on the summit of Schiehallion\nCourtesy of the family\nLochaber Mountain Rescue Team said conditions on the mountain had been treacherous.",
      "Police said there were no suspicious circumstances.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), [["Euan Fraser, pictured in 2019, had climbed all 282 Munros", "Family handout"], ["Euan Fraser with his partner Kirsty on the summit of Schiehallion", "Courtesy of the family"]]);
    assert.ok(a.lede?.startsWith("The family of a hillwalker"));
  });
});

describe("a credit without a label closes its caption: it heads no line under it", () => {
  it("'Supplied' under the first sentence under the head, over the story's (English); 'Arquivo pessoal' alone under a phrase (Portuguese)", () => {
    const en_ = parse([
      "Tributes flow for Byron Bay surfer Jack Morrow, 27, killed in Lennox Head crash",
      "By Ellie Grant",
      "Posted Sat 6 Dec 2025 at 4:15pm",
      "Jack Morrow was a well-known figure in the Byron Bay surfing community.",
      "Supplied",
      "Tributes are flowing for a young surfer who died in a single-vehicle crash near Lennox Head on Friday night.",
      "",
      "Jack Morrow, 27, was driving home from work when his car left the road, police said.",
    ].join("\n"));
    assert.deepEqual(figures(en_), [["Jack Morrow was a well-known figure in the Byron Bay surfing community.", "Supplied"]]);
    assert.ok(en_.lede?.startsWith("Tributes are flowing"));
    const pt = parse([
      "Família de ciclista morto na Marginal pede mais fiscalização",
      "A família do ciclista Bruno Alves, de 31 anos, morto na madrugada de domingo, pede que a prefeitura reforce a fiscalização na via.",
      "Segundo a Polícia Civil, o motorista fugiu sem prestar socorro.",
      "Bruno com a mãe e a irmã no Natal de 2023\nArquivo pessoal\nO corpo foi enterrado nesta segunda-feira, em cerimônia restrita à família.",
      "Amigos organizaram uma pedalada em homenagem ao ciclista.",
    ].join("\n\n"), "story.txt", "pt");
    assert.deepEqual(figures(pt), [["Bruno com a mãe e a irmã no Natal de 2023", "Arquivo pessoal"]]);
  });
});

describe("a portrait's name and years under an obituary's head is its caption", () => {
  it("reads the shapes: the years of a life, or a name and the picture's year", () => {
    for (const line of ["Gianni Ferraris (1931-2025)", "Horst Ebeling im Jahr 1985", "Maria Amélia Reis, em 1978", "Margaret Ellis in 1994", "Jeanne Lefort, en 1972", "김대중 (1924~2009)"]) assert.ok(isPortraitCaption(line), line);
    for (const line of ["A digressão de 1969", "Os anos em Paris, 1964", "La notte di Barcellona, 1970", "The refuge years, 1976-2006", "Gianni Ferraris (2025-1931)", "She retired in 1996."]) assert.equal(isPortraitCaption(line), false, line);
  });
  it("under the byline and date, over the story (Italian, Portuguese, English); a subhead naming a year between paragraphs stays a subhead (German)", () => {
    const it_ = parse(["Addio a Gianni Ferraris, l'allenatore della Sampdoria dei miracoli", "di Paolo Guidi", "6 dicembre 2025", "Gianni Ferraris (1931-2025)", "È morto ieri sera a Genova Gianni Ferraris, allenatore della Sampdoria tra il 1966 e il 1973.", "Nato a Novi Ligure nel 1931, aveva giocato da mediano nel Genoa."].join("\n"), "story.txt", "it");
    assert.deepEqual(figures(it_), [["Gianni Ferraris (1931-2025)", null]]);
    assert.ok(it_.lede?.startsWith("È morto ieri sera"));
    const pt = parse(["Morreu Maria Amélia Reis, a voz que levou o fado de Alfama a Tóquio", "Nuno Pacheco", "5 de Dezembro de 2025, 19:32", "Partilhar notícia", "Maria Amélia Reis, em 1978", "Maria Amélia Reis morreu esta sexta-feira em Lisboa, aos 89 anos, confirmou a família da fadista.", "Nascida em 1936 em Alfama, começou a cantar aos 14 anos."].join("\n"), "story.txt", "pt");
    assert.deepEqual(figures(pt), [["Maria Amélia Reis, em 1978", null]]);
    const de = parse([
      "Zum Tod von Ingrid Baumann: Die Farben von Schwabing",
      "Von Katrin Oswald",
      "5. Dezember 2025, 17:05 Uhr",
      "Wer in den Siebzigerjahren durch Schwabing ging, kannte ihre Bilder, auch wenn er ihren Namen nicht kannte.",
      "Geboren 1934 in Landshut, studierte sie an der Akademie der Bildenden Künste.",
      "Der Sommer 1968",
      "In jenem Sommer stellte sie zum ersten Mal aus, und fast alle Bilder wurden am ersten Abend verkauft.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), []);
    assert.ok(texts(de, "subhead").includes("Der Sommer 1968"));
  });
});

describe("a credit line over its caption under the head (Korean, Japanese, Chinese)", () => {
  it("'사진=연합뉴스', '写真：所属事務所提供', '图/视觉中国' over the caption, under a share bar", () => {
    const ko = parse(["코스피, 외국인 매수에 2% 상승…반도체株 강세", "입력2025.12.05 15:42 수정2025.12.05 16:01", "글자크기 조절", "기사 스크랩", "공유", "사진=연합뉴스", "서울 중구 하나은행 딜링룸 전광판에 코스피 지수가 표시돼 있다.", "5일 코스피가 외국인 매수세에 힘입어 2% 넘게 올랐다.", "", "이날 코스피는 2661.45에 장을 마쳤다."].join("\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["서울 중구 하나은행 딜링룸 전광판에 코스피 지수가 표시돼 있다.", "연합뉴스"]]);
    const ja = parse(["女優・森川あかり　主演映画の完成披露で涙「夢のような時間でした」", "[ 2025年12月5日 18:30 ]", "写真：所属事務所提供", "主演映画「冬の灯り」の完成披露試写会に登場した森川あかり", "女優の森川あかり（28）が5日、都内で行われた主演映画「冬の灯り」の完成披露試写会に出席した。", "", "映画は来年1月16日から全国で公開される。"].join("\n"), "story.txt", "ja");
    assert.deepEqual(figures(ja), [["主演映画「冬の灯り」の完成披露試写会に登場した森川あかり", "所属事務所提供"]]);
    const zh = parse(["A股三大指数集体收涨 半导体板块领涨", "2025年12月05日 15:32", "分享", "微博", "微信", "图/视觉中国", "上海陆家嘴金融区夜景", "12月5日，A股三大指数集体收涨。截至收盘，上证指数涨1.21%。", "", "沪深两市成交额达1.38万亿元。"].join("\n"), "story.txt", "zh");
    assert.deepEqual(figures(zh), [["上海陆家嘴金融区夜景", "视觉中国"]]);
  });
});

describe("match reports: the agency in brackets at a photo line's end, not at a quote's", () => {
  it("under the head, a caption's phrase and a source in brackets no list knows (Italian); the same shape between paragraphs is a subhead, and a quote's source stays in its paragraph", () => {
    const it_ = parse([
      "Torino-Lecce 2-1: Rossi al 90' regala la vittoria ai granata",
      "Marco Bellini",
      "30 novembre 2025",
      "Rossi esulta dopo il gol del 2-1 (Fotonord)",
      "Il Torino batte il Lecce all'Olimpico e torna a vincere dopo tre giornate.",
      "Il Lecce era passato in vantaggio al 23' con un diagonale di Krstovic.",
      "",
      "La svolta dalla panchina di Vanoli (Fotonord)",
      "Vanoli ha cambiato la partita al 70', inserendo Rossi e Sanabria.",
      "",
      "«È il gol più importante della mia carriera», ha detto Rossi a fine gara (Sky).",
      "",
      "Con questa vittoria il Torino sale a 19 punti.",
    ].join("\n"), "story.txt", "it");
    assert.deepEqual(figures(it_), [["Rossi esulta dopo il gol del 2-1", "Fotonord"]]);
    assert.ok(it_.lede?.startsWith("Il Torino batte"));
    assert.ok(!figures(it_).some(([caption]) => caption?.startsWith("La svolta") || caption?.startsWith("«")));
  });

  it("a caption with its agency and photographer; a quote closed by '(Getty).' in prose stays the story's (English)", () => {
    const a = parse([
      "Aston Villa 2-3 Everton: Marcus Hale completes comeback with late header",
      "Marcus Hale headed an 88th-minute winner as Everton came from two goals down to beat Aston Villa.",
      "Iliman Ndiaye levels for Everton early in the second half (Getty Images/Michael Regan)",
      "Ndiaye levelled on 52 minutes, cutting in from the left.",
      "\"We showed real character, we kept going when it looked finished,\" Moyes said afterwards, and his captain agreed with him (Getty).",
      "Hale met the corner at the near post two minutes from time.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), [["Iliman Ndiaye levels for Everton early in the second half", "Getty Images/Michael Regan"]]);
  });
});
