/**
 * "According to X, “…”": a paragraph that opens with "according to" and a speaker, then a quote
 * that runs to its end, is a quote of that speaker, in every language's word for it (Persian به
 * گفته, Greek σύμφωνα με, Turkish göre, Urdu کے مطابق, Hindi के अनुसार, Indonesian menurut,
 * Vietnamese theo). All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", lang), "quote");

describe("according to X, then the quote", () => {
  it("Persian: به گفته مدیر بیمارستان، علی رضایی، «…»", () => {
    const [q] = quotes("fa", "بخش جدید بیمارستان افتتاح شد", "بخش اورژانس تازه بیمارستان شهر روز شنبه افتتاح شد.", "به گفته مدیر بیمارستان، علی رضایی، «ظرفیت پذیرش بیماران دو برابر شده است.»");
    assert.equal(q?.text, "ظرفیت پذیرش بیماران دو برابر شده است.");
    assert.equal(q?.speaker, "علی رضایی");
  });

  it("Greek: Σύμφωνα με τον δήμαρχο Νίκο Παππά, «…»", () => {
    const [q] = quotes("el", "Νέο πάρκο στην πόλη", "Το νέο πάρκο της πόλης θα ανοίξει τον Μάιο.", "Σύμφωνα με τον δήμαρχο Νίκο Παππά, «το πάρκο θα είναι ανοιχτό όλο το εικοσιτετράωρο».");
    assert.equal(q?.text, "το πάρκο θα είναι ανοιχτό όλο το εικοσιτετράωρο");
    assert.ok(q?.speaker?.endsWith("Παππά"), String(q?.speaker));
  });

  it("Turkish: Belediye Başkanı Murat Aksoy'a göre \"…\"", () => {
    const [q] = quotes("tr", "Yeni park mayısta açılıyor", "Şehrin yeni parkı mayıs ayında açılacak.", "Belediye Başkanı Murat Aksoy'a göre \"Park gece gündüz açık olacak.\"");
    assert.equal(q?.text, "Park gece gündüz açık olacak.");
    assert.equal(q?.speaker, "Murat Aksoy");
  });

  it("Indonesian: Menurut Kepala Dinas, Budi Hartono, \"…\"", () => {
    const [q] = quotes("id", "Taman baru dibuka Mei", "Taman kota yang baru akan dibuka pada bulan Mei.", "Menurut Kepala Dinas Pertamanan, Budi Hartono, \"Taman ini akan buka dua puluh empat jam.\"");
    assert.equal(q?.text, "Taman ini akan buka dua puluh empat jam.");
    assert.equal(q?.speaker, "Budi Hartono");
  });

  it("Spanish: Según el jefe de bomberos, Luis Vega Ortiz, «…»", () => {
    const [q] = quotes("es", "El incendio, controlado", "El incendio del monte quedó controlado el domingo por la tarde.", "Según el jefe de bomberos, Luis Vega Ortiz, «el viento nos ha ayudado por primera vez en tres días».");
    assert.equal(q?.speaker, "Luis Vega Ortiz");
  });

  it("Urdu: میئر احمد خان کے مطابق \"…\"", () => {
    const [q] = quotes("ur", "نیا پارک مئی میں کھلے گا", "شہر کا نیا پارک مئی میں کھولا جائے گا۔", "میئر احمد خان کے مطابق \"پارک دن رات کھلا رہے گا۔\"");
    assert.equal(q?.text, "پارک دن رات کھلا رہے گا۔");
    assert.ok(q?.speaker?.includes("احمد خان"), String(q?.speaker));
  });
});
