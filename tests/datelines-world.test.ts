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
  // Cyrillic, East African, Turkic, Malay, Vietnamese and Arabic agencies' shapes: an agency after the day, between slashes,
  // a place with its small word ("Dar es Salaam."), a place and the weekday it was filed
  ["uk", "КИЇВ, 5 грудня — Укрінформ. Уряд у п'ятницю ухвалив нову програму житла для молодих сімей у великих містах.", "КИЇВ, 5 грудня — Укрінформ"],
  ["uk", "Київ. 5 грудня. INTERFAX-UKRAINE - Уряд у п'ятницю ухвалив нову програму житла для молодих сімей.", "Київ. 5 грудня. INTERFAX-UKRAINE"],
  ["uk", "Київ, 5 грудня (УНН) — Уряд у п'ятницю ухвалив нову програму житла для молодих сімей у містах.", "Київ, 5 грудня (УНН)"],
  ["uk", "ОДЕСА (Укрінформ) — Міська рада у п'ятницю ухвалила нову програму житла для молодих сімей міста.", "ОДЕСА (Укрінформ)"],
  ["sr", "Белград, 5. децембра (Танјуг) - Влада Србије усвојила је у петак нови програм становања за младе породице.", "Белград, 5. децембра (Танјуг)"],
  ["sr", "БЕОГРАД - Влада Србије усвојила је у петак нови програм становања за младе породице у великим градовима.", "БЕОГРАД"],
  ["sr", "Beograd, 5. decembra (Tanjug) - Vlada Srbije usvojila je u petak novi program stanovanja za mlade porodice.", "Beograd, 5. decembra (Tanjug)"],
  ["bg", "СОФИЯ, 5 декември /БТА/. Правителството одобри в петък нова жилищна програма за млади семейства в големите градове.", "СОФИЯ, 5 декември /БТА/"],
  ["bg", "София, 5 декември (БТА) - Правителството одобри в петък нова жилищна програма за млади семейства в градовете.", "София, 5 декември (БТА)"],
  ["mk", "СКОПЈЕ, 5 декември (МИА) - Владата во петокот усвои нова програма за домување за млади семејства во градовите.", "СКОПЈЕ, 5 декември (МИА)"],
  ["be", "МІНСК, 5 снежня (БелТА) – Урад у пятніцу зацвердзіў новую праграму жылля для маладых сем'яў у гарадах.", "МІНСК, 5 снежня (БелТА)"],
  ["ru", "Москва. 5 декабря. ИНТЕРФАКС - Правительство в пятницу утвердило новую программу жилья для молодых семей.", "Москва. 5 декабря. ИНТЕРФАКС"],
  ["ru", "МОСКВА, 5 декабря — РИА Новости. Правительство в пятницу утвердило новую программу жилья для молодых семей.", "МОСКВА, 5 декабря — РИА Новости"],
  ["kk", "АСТАНА. KAZINFORM – Үкімет жұма күні жас отбасыларға арналған жаңа тұрғын үй бағдарламасын бекітті.", "АСТАНА. KAZINFORM"],
  ["kk", "Астана. 5 желтоқсан. KAZINFORM - Үкімет жұма күні жас отбасыларға арналған жаңа тұрғын үй бағдарламасын бекітті.", "Астана. 5 желтоқсан. KAZINFORM"],
  ["en", "DAR ES SALAAM, Tanzania — Tanzania's parliament on Friday approved a new housing plan for young families in the cities.", "DAR ES SALAAM, Tanzania"],
  ["sw", "Dar es Salaam. Serikali imetangaza mpango mpya wa nyumba kwa familia changa katika miji mikubwa nchini.", "Dar es Salaam"],
  ["sw", "Dodoma. Bunge limepitisha mpango mpya wa nyumba kwa familia changa katika miji mikubwa nchini Tanzania.", "Dodoma"],
  ["sw", "NAIROBI, Jumanne — Serikali imetangaza mpango mpya wa nyumba kwa familia changa katika miji mikubwa nchini.", "NAIROBI, Jumanne"],
  ["sw", "Nairobi, Jumanne. Serikali imetangaza mpango mpya wa nyumba kwa familia changa katika miji mikubwa nchini.", "Nairobi, Jumanne"],
  ["sw", "MOMBASA, Desemba 5 (KNA) – Serikali ya kaunti imetangaza mpango mpya wa nyumba kwa familia changa.", "MOMBASA, Desemba 5 (KNA)"],
  ["sw", "KAMPALA, Uganda — Bunge limepitisha mpango mpya wa nyumba kwa familia changa katika miji mikubwa.", "KAMPALA, Uganda"],
  ["tr", "ANKARA, 5 Aralık (AA) - Hükümet cuma günü genç aileler için yeni bir konut planı açıkladı.", "ANKARA, 5 Aralık (AA)"],
  ["tr", "İSTANBUL (DHA) – İstanbul'da cuma günü yeni bir konut planı açıklandı ve gençlere faizsiz kredi verilecek.", "İSTANBUL (DHA)"],
  ["az", "Bakı. 5 dekabr. TURAN: Hökumət cümə günü gənc ailələr üçün yeni mənzil proqramını təsdiq edib.", "Bakı. 5 dekabr. TURAN"],
  ["az", "BAKI, 5 dekabr – Hökumət cümə günü gənc ailələr üçün yeni mənzil proqramını təsdiq edib, deyə nazirlik bildirib.", "BAKI, 5 dekabr"],
  ["en", "BAKU, Azerbaijan, December 5. The government on Friday approved a new housing programme for young families.", "BAKU, Azerbaijan, December 5"],
  ["id", "Jakarta (ANTARA) - Pemerintah pada Jumat mengumumkan rencana perumahan baru bagi keluarga muda di kota besar.", "Jakarta (ANTARA)"],
  ["id", "Bisnis.com, JAKARTA — Pemerintah pada Jumat mengumumkan rencana perumahan baru bagi keluarga muda di kota besar.", "Bisnis.com, JAKARTA"],
  ["id", "SURABAYA, KOMPAS.com - Pemerintah kota pada Jumat mengumumkan rencana perumahan baru bagi keluarga muda.", "SURABAYA, KOMPAS.com"],
  ["ms", "KUALA LUMPUR, 5 Dis (Bernama) -- Kerajaan hari ini mengumumkan pelan perumahan baharu untuk keluarga muda di bandar besar.", "KUALA LUMPUR, 5 Dis (Bernama)"],
  ["ms", "KUALA LUMPUR: Kerajaan hari ini mengumumkan pelan perumahan baharu untuk keluarga muda di bandar-bandar besar.", "KUALA LUMPUR"],
  ["vi", "Hà Nội (TTXVN) - Chính phủ hôm thứ Sáu đã phê duyệt chương trình nhà ở mới cho các gia đình trẻ ở thành phố.", "Hà Nội (TTXVN)"],
  ["vi", "TP Hồ Chí Minh (TTXVN) - Thành phố hôm thứ Sáu đã phê duyệt chương trình nhà ở mới cho các gia đình trẻ.", "TP Hồ Chí Minh (TTXVN)"],
  ["vi", "Đà Nẵng, 5/12 – Thành phố hôm thứ Sáu đã phê duyệt chương trình nhà ở mới cho các gia đình trẻ ở thành phố.", "Đà Nẵng, 5/12"],
  ["fa", "اصفهان - ایرنا - شورای شهر روز جمعه طرح جدید مسکن برای زوج‌های جوان در شهرهای بزرگ را تصویب کرد.", "اصفهان - ایرنا"],
  ["fa", "تهران (پانا) - دولت روز جمعه طرح جدید مسکن برای زوج‌های جوان در شهرهای بزرگ را تصویب کرد.", "تهران (پانا)"],
  ["ur", "لاہور (نمائندہ خصوصی) پنجاب حکومت نے جمعہ کو نوجوان خاندانوں کے لیے نئے ہاؤسنگ منصوبے کا اعلان کیا۔", "لاہور (نمائندہ خصوصی)"],
  ["ur", "اسلام آباد: وفاقی حکومت نے جمعہ کو نوجوان خاندانوں کے لیے نئے ہاؤسنگ منصوبے کا اعلان کیا اور کہا۔", "اسلام آباد"],
  ["ar", "أبوظبي في 5 ديسمبر / وام / أعلنت حكومة الإمارات يوم الجمعة عن خطة جديدة للإسكان للأسر الشابة.", "أبوظبي في 5 ديسمبر / وام /"],
  ["ar", "الدوحة في 05 ديسمبر /قنا/ أعلنت وزارة البلدية يوم الجمعة عن خطة جديدة للإسكان للأسر الشابة في المدن.", "الدوحة في 05 ديسمبر /قنا/"],
  ["ar", "عمان 5 كانون الأول (بترا) - أعلنت الحكومة الأردنية يوم الجمعة عن خطة جديدة للإسكان للأسر الشابة.", "عمان 5 كانون الأول (بترا)"],
  ["ar", "بغداد/ واع/ أعلنت الحكومة العراقية يوم الجمعة عن خطة جديدة للإسكان للأسر الشابة في المدن الكبرى.", "بغداد/ واع/"],
  ["sw", "Dar es Salaam, Jumatatu. Serikali imetangaza mpango mpya wa nyumba kwa familia changa katika miji mikubwa nchini.", "Dar es Salaam, Jumatatu"],
  ["ru", "Москва/Киев. Переговоры делегаций в пятницу снова закончились без результата, сообщили обе стороны.", "Москва/Киев"],
  // a colon after a place in capitals or one Intl knows (South Asian and Gulf papers), the agency after the dash and a colon,
  // a sentence that opens with a word of one letter, the outlet and its reporter in brackets, a wire's web address
  ["en", "ISLAMABAD: The federal government on Friday announced a new housing scheme for young families in the cities.", "ISLAMABAD"],
  ["en", "BENGALURU: The state government on Friday announced a new housing scheme for young families in the cities.", "BENGALURU"],
  ["en", "Dubai: The government on Friday announced a new housing plan for young Emirati families in the city.", "Dubai"],
  ["ar", "بيروت - رويترز: أعلنت الحكومة اللبنانية يوم الجمعة عن خطة جديدة للإسكان للأسر الشابة في المدن.", "بيروت - رويترز"],
  ["ar", "القاهرة - «الخليج»: أعلنت الحكومة المصرية يوم الجمعة عن خطة جديدة للإسكان للشباب في المدن الكبرى.", "القاهرة - «الخليج»"],
  ["el", "ΑΘΗΝΑ. Η κυβέρνηση ενέκρινε την Παρασκευή νέο πρόγραμμα στέγασης για νέα ζευγάρια στις πόλεις.", "ΑΘΗΝΑ"],
  ["pl", "WARSZAWA: W piątek rząd przyjął nowy program mieszkaniowy dla młodych rodzin w dużych miastach.", "WARSZAWA"],
  ["ko", "[이데일리 김민수 기자] 정부가 5일 청년 주거 안정을 위한 새로운 주택 공급 계획을 발표했다.", "[이데일리 김민수 기자]"],
  ["ru", "Москва. 5 декабря. INTERFAX.RU - Правительство в пятницу утвердило новую программу жилья для молодых семей.", "Москва. 5 декабря. INTERFAX.RU"],
  ["es", "Ciudad de México, 5 de diciembre (La Jornada).- El gobierno federal anunció este viernes un programa de vivienda.", "Ciudad de México, 5 de diciembre (La Jornada)"],
  ["de", "Stuttgart (dpa/lsw) - Das Land Baden-Württemberg will im kommenden Jahr mehr Geld für den Bau von Sozialwohnungen ausgeben.", "Stuttgart (dpa/lsw)"],
  ["ja", "【ソウル＝山田太郎】韓国政府は5日、若い家族向けの新たな住宅計画を発表した。", "【ソウル＝山田太郎】"],
  ["zh", "本报北京12月5日电（记者张三）国务院5日召开常务会议，部署推进城市更新行动。", "本报北京12月5日电（记者张三）"],
  ["vi", "VOV.VN - Chính phủ hôm thứ Sáu đã phê duyệt chương trình nhà ở mới cho các gia đình trẻ ở thành phố.", "VOV.VN"],
  ["hi", "लखनऊ, 5 दिसंबर (वार्ता) राज्य सरकार ने शुक्रवार को युवा परिवारों के लिए नई आवास योजना की घोषणा की।", "लखनऊ, 5 दिसंबर (वार्ता)"],
  ["de", "Bern (sda) Der Bundesrat hat am Freitag ein neues Programm für den Wohnungsbau in den Städten beschlossen.", "Bern (sda)"],
  ["hu", "Budapest, 2025. december 5. (MTI) – A kormány pénteken új lakásprogramot fogadott el a fiatal családoknak.", "Budapest, 2025. december 5. (MTI)"],
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
  // tickers, scores, times, picture agencies' captions, a weekday after a topic, a word's other gender after a slash
  ["tr", "İzmir'de cuma günü yeni bir konut planı açıklandı ve gençlere faizsiz kredi verilecek, belediye duyurdu.", "a sentence that opens with a place"],
  ["en", "Apple (AAPL) - Shares of Apple rose four percent on Friday after the company reported record holiday sales.", "a company and its ticker"],
  ["en", "Tesla (TSLA.O) - Shares of Tesla fell on Friday after the company said deliveries would be lower next year.", "a ticker with its exchange"],
  ["en", "Microsoft (MSFT) – The software maker said on Friday it would cut prices for its cloud products in Europe.", "a ticker"],
  ["en", "Update (12:40) - The government has collapsed after losing a vote of no confidence in parliament on Friday.", "a label and a time"],
  ["de", "Bayern (3) – Dortmund (1): Die Münchner gewannen das Spitzenspiel am Samstagabend vor ausverkauftem Haus.", "a score"],
  ["de", "Bayern (3) – Dortmund (1)", "a score alone"],
  ["de", "20:15 – Nachrichten und Wetter aus der Region, danach ein Spielfilm über die Berliner Mauer.", "a programme's time"],
  ["en", "20:15 – News, followed by a documentary about the housing crisis in the largest European cities.", "a programme's time"],
  ["uk", "Київ — столиця України, і в ній живуть майже три мільйони людей, йдеться у звіті.", "a sentence that opens with a place"],
  ["uk", "Київ у п'ятницю ухвалив нову програму житла для молодих сімей, повідомили в міській раді.", "a sentence that opens with a place"],
  ["sw", "Nairobi ni jiji lenye kodi ya juu zaidi nchini Kenya, kwa mujibu wa ripoti iliyotolewa Ijumaa.", "a sentence that opens with a place"],
  ["sw", "Dar es Salaam ni jiji lenye kodi ya juu zaidi nchini Tanzania, kwa mujibu wa ripoti iliyotolewa Ijumaa.", "a sentence that opens with a place"],
  ["en", "KYIV, UKRAINE - DECEMBER 05: Rescuers work at the site of a destroyed building on December 5, 2025 in Kyiv, Ukraine. (Photo by Jane Doe/Getty Images)", "a picture agency's caption"],
  ["en", "NAIROBI, KENYA - DECEMBER 5: Residents queue for water in the Kibera district. (Photo by John Doe/Getty Images)", "a picture agency's caption"],
  ["vi", "Hà Nội là thành phố có giá thuê nhà cao nhất cả nước, theo một báo cáo công bố hôm thứ Sáu.", "a sentence that opens with a place"],
  ["en", "Samsung (005930.KS) - Shares of Samsung rose on Friday after the company reported record chip sales.", "a ticker in figures"],
  ["en", "Chelsea (2) - Arsenal (2): a late goal saved a point for the visitors at Stamford Bridge on Saturday.", "a score"],
  ["en", "Brent (LCOc1) - Oil prices rose on Friday as traders weighed supply risks in the Middle East.", "a contract's code"],
  ["en", "Nvidia (NVDA) - The chipmaker's shares rose on Friday after it reported record sales of its data-centre chips.", "a ticker"],
  ["en", "Q (AP) - The question we get asked most is whether the housing plan will help young families at all.", "one letter before an agency"],
  ["en", "Football, Saturday — Arsenal play Chelsea at half past twelve, live on the main channel with commentary.", "a topic and a weekday"],
  ["en", "Thanks, Friday. The week was long and the weekend will be short, so we kept this letter brief for once.", "a word and a weekday"],
  ["he", "דרוש/ה מנהל/ת לחברה גדולה במרכז הארץ, עם ניסיון של חמש שנים לפחות בניהול צוותים.", "a word's other gender after a slash"],
  ["ar", "قتل 5 أشخاص (بينهم أطفال) في حادث سير على الطريق السريع بين المدينتين مساء الجمعة الماضي.", "a number in a sentence, a remark in brackets"],
  ["ar", "الموظف/ الموظفة يجب أن يقدم الطلب قبل نهاية الشهر الجاري إلى إدارة الموارد البشرية في الوزارة.", "a word's other gender after a slash"],
  ["uk", "Київ, п'ятниця. Уряд ухвалив нову програму житла для молодих сімей у великих містах країни.", "a weekday in lower case"],
  ["en", "BAKU, Azerbaijan, December 5 was the day the talks collapsed, a diplomat recalled years later in his memoir.", "a sentence after the date"],
  ["en", "London, Paris, Berlin. The three capitals agreed on Friday a joint plan for the defence of the continent.", "a list of places"],
  ["de", "Bayern, 3. Spieltag. Die Münchner gewannen am Samstag vor ausverkauftem Haus gegen Dortmund.", "a round of a league"],
  ["en", "Sales rose 5 percent (Reuters estimate) - The company said on Friday that demand in China had recovered.", "a figure and a remark in brackets"],
  ["en", "BREAKING NEWS: The government has collapsed after losing a vote of no confidence in parliament on Friday.", "a label of two words in capitals"],
  ["en", "EXCLUSIVE: The government has been warned about the collapse of the housing market for months, documents show.", "a label in capitals"],
  ["en", "CORRECTION: An earlier version of this story misstated the number of homes the council plans to build.", "a label in capitals"],
  ["de", "EILMELDUNG: Die Bundesregierung ist zerbrochen, nachdem der Kanzler die Vertrauensfrage verloren hat.", "a label in capitals"],
  ["en", "Warning: This story contains details of violence that some readers may find distressing to read.", "a label in title case"],
  ["de", "Anna Berg (SPD) sagte am Freitag, das neue Programm für den Wohnungsbau komme viel zu spät für die Städte.", "a name and a party, a sentence in small letters after it"],
  ["en", "Amazon (AMZN) Shares of the online retailer rose on Friday after it reported record holiday sales in Europe.", "a company and its ticker, no dash"],
  ["tr", "Haber Merkezi - Hükümet cuma günü genç aileler için yeni bir konut planı açıkladı ve ayrıntıları paylaştı.", "the news desk that signs the story"],
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

  it("a dateline set in bold: the dateline is what the stars hold, the lede the sentence after it", () => {
    const a = parse([
      "Kenya approves housing plan for young families",
      "",
      "**NAIROBI, Kenya (AP)** — Kenya's parliament on Friday approved a new housing plan for young families in the largest cities, officials said.",
      "",
      "The plan will offer cheap loans to couples under thirty-five, the housing minister told reporters in the capital.",
    ].join("\n"));
    assert.equal(a.dateline, "NAIROBI, Kenya (AP)");
    assert.ok(a.lede.startsWith("Kenya's parliament"), a.lede);
  });

  it("the dateline of the second paragraph, under a one-line standfirst, in English and Ukrainian", () => {
    const en = parse([
      "Kenya approves housing plan for young families",
      "",
      "Cheap loans for couples under thirty-five.",
      "",
      "NAIROBI, Kenya (AP) — Kenya's parliament on Friday approved a new housing plan for young families in the largest cities, officials said.",
      "",
      "The plan will offer cheap loans to couples under thirty-five, the housing minister told reporters in the capital.",
    ].join("\n"));
    assert.equal(en.dateline, "NAIROBI, Kenya (AP)");
    assert.equal(en.lede, "Cheap loans for couples under thirty-five.");
    assert.ok(en.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("Kenya's parliament")));
    const uk = parse([
      "Уряд ухвалив нову програму житла для молодих сімей",
      "",
      "Пільгові кредити отримають подружжя до 35 років.",
      "",
      "КИЇВ, 5 грудня — Укрінформ. Уряд у п'ятницю ухвалив нову програму житла для молодих сімей у великих містах країни.",
      "",
      "Програма передбачає пільгові кредити для подружжя віком до тридцяти п'яти років, повідомив міністр.",
    ].join("\n"), "story.txt", "uk");
    assert.equal(uk.dateline, "КИЇВ, 5 грудня — Укрінформ");
    assert.ok(uk.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("Уряд у п'ятницю")));
  });

  it("a picture agency's caption over the lede, its place and day before a colon, is no dateline", () => {
    const a = parse([
      "Rescuers search ruins after overnight strike",
      "",
      "KYIV, UKRAINE - DECEMBER 05: Rescuers work at the site of a destroyed building on December 5, 2025 in Kyiv, Ukraine. (Photo by Jane Doe/Getty Images)",
      "",
      "Rescuers searched the ruins of a nine-storey building in the capital on Friday after an overnight strike, city officials said.",
      "",
      "At least twelve people were injured, the mayor said in a statement on his channel.",
    ].join("\n"));
    assert.equal(a.dateline, null);
    assert.ok(a.lede.startsWith("Rescuers searched"), a.lede);
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
