/**
 * Datelines of wire services and papers the public corpus does not have, in many languages and
 * scripts, and the openings that look like them but are not (all text written for these tests).
 * A dateline is found by its shape — a place in capitals or one Intl knows, an agency in brackets
 * or between slashes, the day it was filed, then a dash, a colon or a full stop — never by a list
 * of agencies. What is not a dateline: a sentence that opens with a place ("Paris is …"), a
 * quotation, a weekday or a date alone, a label in capitals, a photo note in brackets.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutDateline } from "../src/parse/text/header.js";
import { parse } from "./helpers/parse.js";

/** [language, the lede as printed, the dateline cut off it] */
type Row = [lang: string, lede: string, dateline: string];

const wire: Row[] = [
  ["es", "MADRID, 5 dic (EFE).- El Gobierno aprobó este viernes un nuevo plan de vivienda para jóvenes en las grandes ciudades.", "MADRID, 5 dic (EFE)"],
  ["es", "CIUDAD DE MÉXICO (apro).- El gobierno federal anunció este viernes un programa de vivienda para familias jóvenes.", "CIUDAD DE MÉXICO (apro)"],
  ["es", "Buenos Aires (Télam) - El Gobierno nacional presentó este viernes un plan de viviendas para familias jóvenes.", "Buenos Aires (Télam)"],
  ["ca", "Barcelona, 5 de desembre (ACN).- El Govern ha aprovat aquest divendres un nou pla d'habitatge per a joves.", "Barcelona, 5 de desembre (ACN)"],
  ["it", "(ANSA) - ROMA, 5 DIC - Il governo ha approvato oggi un nuovo piano per la casa dedicato alle giovani coppie.", "(ANSA) - ROMA, 5 DIC"],
  ["it", "MILANO - Il Comune ha approvato venerdì un nuovo piano per la casa dedicato alle giovani coppie della città.", "MILANO"],
  ["de", "BERLIN (dpa) - Die Bundesregierung hat am Freitag ein neues Wohnungsprogramm für junge Familien beschlossen.", "BERLIN (dpa)"],
  ["de", "Wien (APA) - Die Regierung hat am Freitag ein neues Wohnungsprogramm für junge Familien in den Städten vorgestellt.", "Wien (APA)"],
  ["de", "Tokyo/Berlin. Japan und Deutschland haben am Freitag ein neues Abkommen über Wasserstoff aus Australien unterzeichnet.", "Tokyo/Berlin"],
  ["fr", "Moscou, 5 décembre (AFP) - Le gouvernement russe a annoncé vendredi un nouveau plan pour le logement des jeunes.", "Moscou, 5 décembre (AFP)"],
  ["fr", "GENÈVE, 5 déc (Reuters) - L'Organisation mondiale de la santé a annoncé vendredi un nouveau plan contre la rougeole.", "GENÈVE, 5 déc (Reuters)"],
  ["en", "NAIROBI, Kenya — Kenya's parliament on Friday approved a new housing plan for young families in the largest cities.", "NAIROBI, Kenya"],
  ["en", "ATHENS, Greece (AP) — Greece's government on Friday approved a new housing plan for young families in the cities.", "ATHENS, Greece (AP)"],
  ["en", "(Reuters) - Oil prices rose on Friday as traders weighed supply risks in the Middle East against weak demand in China.", "(Reuters)"],
  ["en", "NEW DELHI, Dec 5 (PTI) The government on Friday announced a new housing scheme for young families in the largest cities.", "NEW DELHI, Dec 5 (PTI)"],
  ["en", "LAGOS, Nigeria, Dec. 5 (NAN) – The federal government on Friday approved a new housing plan for young families.", "LAGOS, Nigeria, Dec. 5 (NAN)"],
  ["tr", "ISTANBUL (AA) - İstanbul'da cuma günü yeni bir konut planı açıklandı ve gençlere faizsiz kredi verilecek.", "ISTANBUL (AA)"],
  ["pl", "Warszawa (PAP) - Rząd przyjął w piątek nowy program mieszkaniowy dla młodych rodzin w dużych miastach.", "Warszawa (PAP)"],
  ["cs", "Praha (ČTK) - Vláda v pátek schválila nový program bydlení pro mladé rodiny ve velkých městech.", "Praha (ČTK)"],
  ["hu", "Budapest (MTI) – A kormány pénteken új lakásprogramot fogadott el a fiatal családok számára a nagyvárosokban.", "Budapest (MTI)"],
  ["ro", "BUCUREȘTI, 5 dec /Agerpres/ - Guvernul a aprobat vineri un nou program de locuințe pentru familiile tinere.", "BUCUREȘTI, 5 dec /Agerpres/"],
  ["nl", "AMSTERDAM (ANP) - Het kabinet heeft vrijdag een nieuw woningplan voor jonge gezinnen in de grote steden gepresenteerd.", "AMSTERDAM (ANP)"],
  ["sv", "STOCKHOLM (TT) Regeringen presenterade på fredagen en ny bostadsplan för unga familjer i storstäderna.", "STOCKHOLM (TT)"],
  ["da", "København (Ritzau) - Regeringen har fredag fremlagt en ny boligplan for unge familier i de store byer.", "København (Ritzau)"],
  ["pt", "São Paulo — O governo do estado anunciou nesta sexta-feira um novo plano de habitação para famílias jovens.", "São Paulo"],
  ["pt", "BRASÍLIA - O governo federal anunciou nesta sexta-feira um novo programa de habitação para famílias jovens.", "BRASÍLIA"],
  ["ru", "КИЕВ, 5 дек — РИА Новости. Правительство Украины в пятницу утвердило новую программу жилья для молодых семей.", "КИЕВ, 5 дек — РИА Новости"],
  ["ru", "САНКТ-ПЕТЕРБУРГ, 5 декабря. /ТАСС/. Городские власти в пятницу утвердили новую программу жилья для молодых семей.", "САНКТ-ПЕТЕРБУРГ, 5 декабря. /ТАСС/"],
  ["uk", "ЛЬВІВ, 5 грудня – Міська рада у п'ятницю ухвалила нову програму житла для молодих сімей міста.", "ЛЬВІВ, 5 грудня"],
  ["el", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) – Η κυβέρνηση ενέκρινε την Παρασκευή νέο πρόγραμμα στέγασης για νέα ζευγάρια στις πόλεις.", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ)"],
  ["id", "JAKARTA, KOMPAS.com - Pemerintah pada Jumat mengumumkan rencana perumahan baru bagi keluarga muda di kota besar.", "JAKARTA, KOMPAS.com"],
  ["vi", "HÀ NỘI (TTXVN) - Chính phủ hôm thứ Sáu đã phê duyệt chương trình nhà ở mới cho các gia đình trẻ ở thành phố.", "HÀ NỘI (TTXVN)"],
  ["sw", "NAIROBI (KNA) – Serikali imetangaza mpango mpya wa nyumba kwa familia changa katika miji mikubwa nchini.", "NAIROBI (KNA)"],
  ["ar", "القاهرة - (أ ف ب) - أعلنت الحكومة المصرية يوم الجمعة عن خطة جديدة للإسكان للشباب في المدن الكبرى.", "القاهرة - (أ ف ب)"],
  ["ar", "الرياض (واس) - أعلنت وزارة الإسكان يوم الجمعة عن خطة جديدة لتوفير المساكن للأسر الشابة في المدن.", "الرياض (واس)"],
  ["he", "ירושלים – הממשלה אישרה ביום שישי תוכנית דיור חדשה לזוגות צעירים בערים הגדולות.", "ירושלים"],
  ["fa", "تهران- ایرنا- دولت روز جمعه طرح جدید مسکن برای زوج‌های جوان در شهرهای بزرگ را تصویب کرد.", "تهران- ایرنا"],
  ["ur", "کراچی (اسٹاف رپورٹر) حکومت نے جمعہ کو نوجوان خاندانوں کے لیے نئے ہاؤسنگ منصوبے کا اعلان کیا۔", "کراچی (اسٹاف رپورٹر)"],
  ["hi", "नई दिल्ली, 5 दिसंबर (भाषा) सरकार ने शुक्रवार को युवा परिवारों के लिए नई आवास योजना की घोषणा की।", "नई दिल्ली, 5 दिसंबर (भाषा)"],
  ["bn", "ঢাকা, ৫ ডিসেম্বর (বাসস) : সরকার শুক্রবার তরুণ পরিবারের জন্য নতুন আবাসন পরিকল্পনা ঘোষণা করেছে।", "ঢাকা, ৫ ডিসেম্বর (বাসস)"],
  ["ta", "சென்னை, டிச. 5: தமிழக அரசு வெள்ளிக்கிழமை இளம் குடும்பங்களுக்கான புதிய வீட்டு வசதித் திட்டத்தை அறிவித்தது.", "சென்னை, டிச. 5"],
  ["ko", "(서울=연합뉴스) 정부가 5일 청년 주거 안정을 위한 새로운 주택 공급 계획을 발표했다.", "(서울=연합뉴스)"],
  ["ko", "[서울=뉴시스]김민수 기자 = 정부가 5일 청년 주거 안정을 위한 새로운 주택 공급 계획을 발표했다.", "[서울=뉴시스]김민수 기자"],
  ["ja", "【北京=共同】中国政府は5日、若い家族向けの新たな住宅計画を発表した。", "【北京=共同】"],
  ["ja", "【ワシントン時事】米政府は5日、若い家族向けの新たな住宅政策を発表した。", "【ワシントン時事】"],
  ["zh", "中新社北京12月5日电 中国政府5日公布了面向年轻家庭的新住房计划，将在各大城市推行。", "中新社北京12月5日电"],
  ["zh", "（中央社記者王小明台北5日電）行政院5日通過新的青年住宅計畫，將在各大城市推動。", "（中央社記者王小明台北5日電）"],
  ["en", "NEW YORK, Dec. 5, 2025 /PRNewswire/ -- The company on Friday announced a new housing fund for young families in the largest cities.", "NEW YORK, Dec. 5, 2025 /PRNewswire/"],
  ["en", "WASHINGTON/BRUSSELS (Reuters) - The United States and the European Union on Friday agreed a new plan for steel tariffs.", "WASHINGTON/BRUSSELS (Reuters)"],
  ["de", "MOSKAU/KIEW (dpa) - Russland und die Ukraine haben am Freitag erneut Gefangene ausgetauscht, teilten beide Seiten mit.", "MOSKAU/KIEW (dpa)"],
  ["de", "Brüssel/Berlin (dpa) - Die EU-Kommission hat am Freitag neue Regeln für den Wohnungsbau in den Mitgliedstaaten vorgelegt.", "Brüssel/Berlin (dpa)"],
  ["de", "Frankfurt am Main (dpa) - Die Europäische Zentralbank hat am Freitag die Leitzinsen unverändert gelassen.", "Frankfurt am Main (dpa)"],
  ["es", "Ciudad del Cabo (EFE).- El Gobierno sudafricano aprobó este viernes un nuevo plan de vivienda para jóvenes.", "Ciudad del Cabo (EFE)"],
  ["pt", "Rio de Janeiro - O governo do estado anunciou nesta sexta-feira um novo plano de habitação para famílias jovens.", "Rio de Janeiro"],
  ["my", "ရန်ကုန်၊ ဒီဇင်ဘာ ၅ - အစိုးရသည် လူငယ်မိသားစုများအတွက် အိမ်ရာစီမံကိန်းအသစ်ကို သောကြာနေ့တွင် ကြေညာခဲ့သည်။", "ရန်ကုန်၊ ဒီဇင်ဘာ ၅"],
  ["am", "አዲስ አበባ፣ ኅዳር 26፣ 2018 (ኢዜአ)፦ መንግሥት ለወጣት ቤተሰቦች አዲስ የቤት ልማት ዕቅድ ዛሬ ይፋ አደረገ።", "አዲስ አበባ፣ ኅዳር 26፣ 2018 (ኢዜአ)"],
  ["km", "ភ្នំពេញ៖ រាជរដ្ឋាភិបាលបានប្រកាសផែនការលំនៅដ្ឋានថ្មីសម្រាប់គ្រួសារវ័យក្មេងនៅថ្ងៃសុក្រនេះ។", "ភ្នំពេញ"],
  ["ka", "თბილისი, 5 დეკემბერი. მთავრობამ პარასკევს ახალგაზრდა ოჯახებისთვის ახალი საცხოვრებელი პროგრამა დაამტკიცა.", "თბილისი, 5 დეკემბერი"],
];

/** [language, a lede that opens like a dateline but is a sentence, a quotation, a date or a label] */
type NotRow = [lang: string, lede: string, why: string];

const notDatelines: NotRow[] = [
  ["en", "Paris is preparing for the biggest transport strike in a decade, unions said on Friday evening.", "a sentence about the place"],
  ["en", "Paris, Texas, is a small town with a big name and an even bigger replica of the Eiffel Tower.", "the place is the sentence's subject"],
  ["en", "Washington — and the rest of the country — will be watching the vote closely on Tuesday night.", "a dash aside, lower case after it"],
  ["en", "“Kyiv — we will never give it up,” the president told parliament on Friday morning in a speech.", "a quotation"],
  ["en", "Friday — The government collapsed after losing a vote of no confidence in parliament late on Friday.", "a weekday"],
  ["en", "Dec. 5, 2025 — The government collapsed after losing a vote of no confidence in parliament on Friday.", "a date alone"],
  ["en", "BREAKING: The government has collapsed after losing a vote of no confidence in parliament on Friday.", "a label in capitals"],
  ["en", "UPDATE: The government has collapsed after losing a vote of no confidence in parliament on Friday.", "a label in capitals"],
  ["en", "(Photo: Reuters) Protesters marched through the capital on Friday as thousands joined a general strike.", "a photo note in brackets, no dash"],
  ["en", "London: a city of eight million people, and not one of them can find a flat they can afford this year.", "lower case after the colon"],
  ["en", "Berlin", "a subhead alone"],
  ["es", "Viernes, 5 de diciembre de 2025 - El Gobierno aprobó este viernes un nuevo plan de vivienda para jóvenes.", "a weekday and a date"],
  ["es", "Madrid es la ciudad con los alquileres más caros de España, según un informe publicado este viernes.", "a sentence about the place"],
  ["es", "“Madrid – ahí empezó todo”, dijo el ministro este viernes en el Congreso ante los diputados.", "a quotation"],
  ["de", "Berlin hat am Dienstag nach neunstündiger Debatte einen neuen Haushalt für die kommenden zwei Jahre beschlossen.", "a sentence about the place"],
  ["de", "5. Dezember 2025 - Die Bundesregierung hat am Freitag ein neues Wohnungsprogramm für junge Familien beschlossen.", "a date alone"],
  ["fr", "Paris, capitale de la mode, accueille cette semaine plus de cent défilés et des milliers de visiteurs.", "an apposition, no dash"],
  ["fr", "Vendredi 5 décembre - Le gouvernement a annoncé un nouveau plan pour le logement des jeunes familles.", "a weekday and a date"],
  ["ru", "Москва — столица России, и в ней живут более двенадцати миллионов человек, говорится в отчёте.", "a definition: lower case after the dash"],
  ["ru", "«Киев — это наш дом», — заявил президент в пятницу на заседании парламента страны.", "a quotation"],
  ["it", "Roma è la città con gli affitti più cari d'Italia, secondo un rapporto pubblicato venerdì.", "a sentence about the place"],
  ["pt", "São Paulo tem o aluguel mais caro do país, segundo um relatório publicado nesta sexta-feira.", "a sentence about the place"],
  ["pl", "Warszawa to miasto z najwyższymi czynszami w kraju, wynika z raportu opublikowanego w piątek.", "a sentence about the place"],
  ["tr", "İstanbul'da kira fiyatları son bir yılda yüzde altmış arttı, cuma günü yayımlanan rapora göre.", "a sentence about the place"],
  ["nl", "Amsterdam heeft de hoogste huren van het land, blijkt uit een rapport dat vrijdag is gepubliceerd.", "a sentence about the place"],
  ["he", "ירושלים היא העיר עם שכר הדירה הגבוה ביותר בארץ, כך עולה מדוח שפורסם ביום שישי.", "a sentence about the place"],
  ["ar", "القاهرة هي عاصمة مصر وأكبر مدنها من حيث عدد السكان بحسب تقرير نشر يوم الجمعة.", "a sentence about the place"],
  ["fa", "وزیر گفت: «این طرح از ماه آینده در همه شهرهای بزرگ کشور اجرا می‌شود.»", "a speaker and a quotation"],
  ["ko", "서울은 전국에서 집값이 가장 비싼 도시라는 조사 결과가 5일 발표됐다.", "a sentence about the place"],
  ["ja", "東京は5日、晴れのち曇りとなり、最高気温は十二度だった。", "a sentence about the place"],
  ["zh", "北京是中国的首都，也是全国的政治和文化中心，常住人口超过两千万。", "a sentence about the place"],
  ["zh", "12月5日，中国政府公布了面向年轻家庭的新住房计划，将在各大城市推行。", "a date alone"],
  ["el", "Η Αθήνα έχει τα υψηλότερα ενοίκια στη χώρα, σύμφωνα με έκθεση που δημοσιεύθηκε την Παρασκευή.", "a sentence about the place"],
  ["hi", "मंत्री ने कहा: \"यह योजना अगले महीने से सभी बड़े शहरों में लागू होगी।\"", "a speaker and a quotation"],
  ["id", "Jakarta menjadi kota dengan harga sewa tertinggi di Indonesia, menurut laporan yang terbit Jumat.", "a sentence about the place"],
  ["sv", "Stockholm har landets högsta hyror, enligt en rapport som publicerades på fredagen.", "a sentence about the place"],
  ["en", "On 22 March - the day after the vote - the party met again to choose a new leader for the election.", "a sentence that opens with a day"],
  ["en", "Mr. Smith — who had been silent for months — spoke on Tuesday about the new housing plan in parliament.", "a name and a dash aside"],
  ["de", "US-Präsident Trump - der am Freitag in Berlin war - hat ein neues Abkommen mit Japan unterzeichnet.", "a title and a name before a dash aside"],
  ["pt", "Rio de Janeiro é a cidade com o aluguel mais caro do país, segundo um relatório publicado nesta sexta-feira.", "a sentence about the place, with its small word"],
  ["en", "NATO: The alliance will meet in Brussels on Friday to discuss new defence spending targets for members.", "an acronym and a colon"],
];

describe("datelines of wires and papers in many languages (shape, not a list of agencies)", () => {
  for (const [lang, lede, dateline] of wire) {
    it(`${lang}: ${dateline}`, () => {
      const cut = cutDateline(lede, lang);
      assert.equal(cut.dateline, dateline);
      // the rest is the sentence, as printed
      assert.ok(lede.endsWith(cut.rest) && cut.rest.length > 20 && !/^[\s\-–—:：.፦]/u.test(cut.rest), cut.rest);
    });
  }
});

describe("openings that look like datelines and are not", () => {
  for (const [lang, lede, why] of notDatelines) {
    it(`${lang}: ${why} — ${lede.slice(0, 30)}`, () => {
      assert.deepEqual(cutDateline(lede, lang), { dateline: null, rest: lede });
    });
  }
});

describe("in an article", () => {
  it("a caption in capitals with a colon is no dateline: the lede after it keeps its own", () => {
    const a = parse([
      "Thousands march against rent rises",
      "",
      "LONDON (Reuters) - Thousands of people marched through central London on Friday to protest against rising rents.",
      "",
      "LONDON, England: Protesters march past Parliament on Friday. Photo: Jane Doe/Reuters",
      "",
      "Organisers said more than twenty thousand people took part in the march, the largest this year.",
    ].join("\n"));
    assert.equal(a.dateline, "LONDON (Reuters)");
    assert.ok(a.lede.startsWith("Thousands of people"));
  });

  it("the first body paragraph's dateline, under a standfirst and a byline fragment the header did not read", () => {
    const a = parse([
      "খুলনায় রূপসা নদীর ওপর দ্বিতীয় সেতু চালু হলো",
      "",
      "রূপসা নদীর ওপর দ্বিতীয় সেতুতে যান চলাচল শুরু হওয়ায় যাত্রার সময় কমেছে",
      "",
      "নিজস্ব প্রতিবেদক, খুলনা",
      "",
      "প্রকাশ: ০৫ ডিসেম্বর ২০২৫, ১০:১৫",
      "",
      "খুলনা, ৫ ডিসেম্বর (বাসস) : রূপসা নদীর ওপর নির্মিত দ্বিতীয় সেতুতে আজ সকাল থেকে যান চলাচল শুরু হয়েছে।",
      "",
      "সেতু কর্তৃপক্ষ জানিয়েছে, প্রতিদিন প্রায় বিশ হাজার যানবাহন সেতুটি ব্যবহার করবে।",
    ].join("\n"), "story.txt", "bn");
    assert.equal(a.dateline, "খুলনা, ৫ ডিসেম্বর (বাসস)");
    assert.ok(a.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("রূপসা নদীর ওপর নির্মিত")));
  });

  it("a place's name between the byline and the date line is the dateline; an outlet there is not", () => {
    const head = (middle: string) => parse([
      "El Ayuntamiento aprueba el nuevo plan de vivienda para jóvenes",
      "",
      "Ana López",
      "",
      middle,
      "",
      "05 dic 2025 - 10:30",
      "",
      "El pleno del Ayuntamiento aprobó este viernes un nuevo plan de vivienda destinado a los jóvenes menores de 35 años.",
    ].join("\n"), "story.txt", "es");
    const a = head("Sevilla");
    assert.equal(a.dateline, "Sevilla");
    assert.equal(a.byline, "Ana López");
    assert.equal(a.date, "2025-12-05T10:30:00");
    assert.notEqual(head("El Correo").dateline, "El Correo");
    assert.notEqual(head("Corresponsal").dateline, "Corresponsal");
  });

  it("a subhead that is a place name is no dateline", () => {
    const a = parse([
      "Rents rise across Europe",
      "",
      "Rents rose in every large European city last year, a report published on Friday said, with the steepest rises in the capitals.",
      "",
      "Berlin",
      "",
      "In Berlin rents rose by twelve percent, the most since the city began to keep records two decades ago.",
    ].join("\n"));
    assert.equal(a.dateline, null);
  });
});
