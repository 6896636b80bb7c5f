/**
 * What a news site's interface says, by concept, in many languages: the buttons, prompts and
 * box titles that a browser copy brings along with the article ("Share", "Show more", "Report
 * an error", "Related articles"). Whole lines only: a line is noise (or a box title) when it is
 * exactly one of these, compared without case and end punctuation, never when it merely
 * contains one. The table is by concept so that a language is added in one place for every
 * concept, and so that an article in a language with no word list of its own still has its
 * furniture read; the per-language files keep their outlet-specific words.
 */
import { patternSet } from "../text/pattern-set.js";
import type { Lexicon } from "./types.js";

type ByLanguage = Readonly<Record<string, readonly string[]>>;

/** Interface lines that are page noise. */
const noiseConcepts: Readonly<Record<string, ByLanguage>> = {
  advertisement: {
    en: ["Advertisement", "Ad", "Sponsored", "Sponsored content", "Paid content", "Promoted", "Skip advertisement", "Skip ad", "Story continues below advertisement"],
    de: ["Anzeige", "Werbung", "Gesponsert", "Werbung überspringen", "Weiter nach der Anzeige"], fr: ["Publicité", "Contenu sponsorisé", "Passer la publicité", "La suite après la publicité"], es: ["Publicidad", "Anuncio", "Contenido patrocinado", "Saltar publicidad", "Sigue leyendo tras la publicidad"],
    pt: ["Publicidade", "Anúncio", "Conteúdo patrocinado", "Pular anúncio", "Continua após a publicidade"], it: ["Pubblicità", "Contenuto sponsorizzato", "Salta la pubblicità"], nl: ["Advertentie", "Gesponsord"],
    pl: ["Reklama", "Materiał sponsorowany"], ru: ["Реклама"], uk: ["Реклама"], cs: ["Reklama", "Inzerce"], sk: ["Reklama", "Inzercia"],
    hu: ["Hirdetés", "Reklám"], ro: ["Publicitate", "Reclamă"], el: ["Διαφήμιση"], bg: ["Реклама"], hr: ["Oglas", "Reklama"],
    sr: ["Реклама", "Oglas"], sl: ["Oglas", "Oglasno sporočilo"], lt: ["Reklama"], lv: ["Reklāma"], et: ["Reklaam"],
    fi: ["Mainos"], sv: ["Annons"], no: ["Annonse"], da: ["Annonce", "Reklame"], is: ["Auglýsing"], tr: ["Reklam"],
    he: ["פרסומת", "תוכן שיווקי", "תוכן ממומן"], ar: ["إعلان", "محتوى مدفوع"], fa: ["تبلیغات", "آگهی"], ur: ["اشتہار"],
    hi: ["विज्ञापन"], bn: ["বিজ্ঞাপন"], ta: ["விளம்பரம்"], te: ["ప్రకటన"], mr: ["जाहिरात"], th: ["โฆษณา"],
    vi: ["Quảng cáo"], id: ["Iklan", "Advertisement"], ms: ["Iklan"], tl: ["Patalastas"], sw: ["Tangazo"],
    ja: ["広告", "PR", "スポンサー"], zh: ["广告", "廣告", "赞助内容"], ko: ["광고", "AD"], ca: ["Publicitat"],
    km: ["ពាណិជ្ជកម្ម", "ការផ្សាយពាណិជ្ជកម្ម"], lo: ["ໂຄສະນາ"], my: ["ကြော်ငြာ"], si: ["දැන්වීම"], ne: ["विज्ञापन"], ka: ["რეკლამა"], hy: ["Գովազդ"], am: ["ማስታወቂያ"],
    kk: ["Жарнама"], uz: ["Reklama"], az: ["Reklam"], mk: ["Реклама"], sq: ["Reklamë"], pa: ["ਇਸ਼ਤਿਹਾਰ"], gu: ["જાહેરાત"], kn: ["ಜಾಹೀರಾತು"], ml: ["പരസ്യം"], mn: ["Сурталчилгаа"],
  },
  share: {
    en: ["Share", "Share this", "Share this article", "Share this story", "Share article", "Share page"],
    de: ["Teilen", "Artikel teilen", "Beitrag teilen", "Seite teilen"], fr: ["Partager", "Partager l'article", "Partager cet article"],
    es: ["Compartir", "Compartir artículo", "Comparte esta noticia", "Compartir en"], pt: ["Compartilhar", "Compartilhe", "Partilhar", "Partilhe"],
    it: ["Condividi", "Condividi l'articolo"], nl: ["Delen", "Deel", "Deel dit artikel"], pl: ["Udostępnij", "Podziel się"],
    ru: ["Поделиться", "Поделиться статьей"], uk: ["Поділитися", "Поширити"], cs: ["Sdílet", "Sdílet článek"], sk: ["Zdieľať", "Zdieľať článok"],
    hu: ["Megosztás", "Megosztom"], ro: ["Distribuie", "Distribuie articolul"], el: ["Κοινοποίηση", "Μοιραστείτε"], bg: ["Сподели", "Споделяне"],
    hr: ["Podijeli", "Podijelite"], sr: ["Подели", "Podeli", "Podijeli"], sl: ["Deli", "Delite"], lt: ["Dalintis", "Pasidalinti"], lv: ["Dalīties"],
    et: ["Jaga"], fi: ["Jaa", "Jaa artikkeli"], sv: ["Dela", "Dela artikeln"], no: ["Del", "Del artikkelen"], da: ["Del", "Del artiklen"],
    is: ["Deila"], tr: ["Paylaş", "Haberi paylaş", "Bu haberi paylaş", "Paylaşın"], he: ["שתף", "שתפו", "שיתוף", "שתף כתבה", "שתפו את הכתבה", "שתף את הכתבה"], ar: ["شارك", "مشاركة", "شارك المقال", "شارك الخبر", "شارك هذا الخبر", "شارك هذا المقال", "انشر الخبر"],
    fa: ["اشتراک‌گذاری", "اشتراک گذاری", "هم‌رسانی", "به اشتراک بگذارید", "این خبر را به اشتراک بگذارید", "این مطلب را به اشتراک بگذارید", "اشتراک گذاری خبر"], ur: ["شیئر کریں", "شیئر"], hi: ["शेयर करें", "शेयर", "साझा करें", "इस खबर को शेयर करें", "खबर शेयर करें"], bn: ["শেয়ার করুন", "শেয়ার"],
    ta: ["பகிர்", "பகிரவும்"], te: ["షేర్ చేయండి", "షేర్"], mr: ["शेअर करा", "शेअर"], th: ["แชร์", "แบ่งปัน", "แชร์บทความ", "แชร์ข่าวนี้", "แชร์บทความนี้", "แชร์ข่าว"],
    vi: ["Chia sẻ", "Chia sẻ bài viết", "Chia sẻ bài viết này", "Chia sẻ bài báo"], id: ["Bagikan", "Bagikan artikel", "Share", "Bagikan berita ini", "Bagikan artikel ini"], ms: ["Kongsi"], tl: ["Ibahagi"], sw: ["Shiriki"],
    ja: ["シェア", "共有", "この記事をシェア", "記事をシェア", "この記事をシェアする", "シェアする", "記事を共有", "この記事を共有する"], zh: ["分享", "分享到", "分享本文", "分享此文", "分享这篇文章", "分享這篇文章", "分享至", "转寄朋友", "轉寄朋友", "转发给朋友", "轉寄給朋友"], ko: ["공유", "공유하기", "기사 공유하기", "기사 공유", "이 기사 공유하기"], ca: ["Comparteix"],
    km: ["ចែករំលែក", "ចែករំលែកអត្ថបទ"], lo: ["ແບ່ງປັນ", "ແຊຣ໌"], my: ["မျှဝေရန်", "မျှဝေမည်", "မျှဝေပါ"], si: ["බෙදාගන්න", "බෙදා ගන්න"], ne: ["सेयर गर्नुहोस्", "सेयर", "शेयर गर्नुहोस्"],
    ka: ["გაზიარება", "გააზიარე"], hy: ["Կիսվել", "Տարածել"], am: ["አጋራ", "ያጋሩ"], kk: ["Бөлісу"], uz: ["Ulashish", "Ulashing"], az: ["Paylaşın"], mk: ["Сподели", "Споделете"],
    sq: ["Shpërndaj", "Shpërndaje"], pa: ["ਸਾਂਝਾ ਕਰੋ"], gu: ["શેર કરો"], kn: ["ಹಂಚಿಕೊಳ್ಳಿ"], ml: ["പങ്കിടുക", "ഷെയർ ചെയ്യുക"], mn: ["Хуваалцах"],
  },
  copyLink: {
    en: ["Copy link", "Copy URL", "Link copied", "Copied", "Copy article link", "URL copied", "URL is copied", "Link has been copied"], de: ["Link kopieren", "Link kopiert"], fr: ["Copier le lien", "Lien copié"],
    es: ["Copiar enlace", "Copiar link", "Enlace copiado"], pt: ["Copiar link", "Link copiado", "Copiar ligação"], it: ["Copia link", "Link copiato"],
    nl: ["Link kopiëren", "Kopieer link", "Link gekopieerd"], pl: ["Kopiuj link", "Skopiuj link", "Link skopiowany"], ru: ["Копировать ссылку", "Скопировать ссылку", "Ссылка скопирована"],
    uk: ["Копіювати посилання", "Скопіювати посилання", "Посилання скопійовано"], cs: ["Kopírovat odkaz", "Odkaz zkopírován"], sk: ["Kopírovať odkaz"],
    hu: ["Link másolása", "Link másolva"], ro: ["Copiază linkul", "Link copiat"], el: ["Αντιγραφή συνδέσμου"], bg: ["Копирай линка"],
    hr: ["Kopiraj poveznicu", "Kopiraj link"], sr: ["Kopiraj link", "Копирај линк"], fi: ["Kopioi linkki", "Linkki kopioitu"], sv: ["Kopiera länk", "Länken kopierad"],
    no: ["Kopier lenke", "Lenke kopiert"], da: ["Kopiér link", "Kopier link", "Link kopieret"], tr: ["Linki kopyala", "Bağlantıyı kopyala", "Kopyalandı"],
    he: ["העתק קישור", "הקישור הועתק"], ar: ["نسخ الرابط", "تم نسخ الرابط"], fa: ["کپی لینک", "کپی شد"], hi: ["लिंक कॉपी करें", "कॉपी लिंक"],
    th: ["คัดลอกลิงก์"], vi: ["Sao chép liên kết", "Đã sao chép"], id: ["Salin tautan", "Salin link", "Tautan disalin"],
    ja: ["リンクをコピー", "URLをコピー", "コピーしました"], zh: ["复制链接", "複製連結", "链接已复制"], ko: ["링크 복사", "URL 복사", "복사되었습니다"],
  },
  comments: {
    en: ["Comments", "Comment", "Show comments", "View comments", "Add a comment", "Leave a comment", "Join the conversation", "Post a comment"],
    de: ["Kommentare", "Kommentieren", "Kommentare anzeigen"], fr: ["Commentaires", "Commenter", "Réagir", "Voir les commentaires"],
    es: ["Comentarios", "Comentar", "Ver comentarios", "Deja tu comentario"], pt: ["Comentários", "Comentar", "Ver comentários"],
    it: ["Commenti", "Commenta"], nl: ["Reacties", "Reageer"], pl: ["Komentarze", "Skomentuj", "Dodaj komentarz"], ru: ["Комментарии", "Комментировать", "Оставить комментарий"],
    uk: ["Коментарі", "Коментувати", "Залишити коментар"], cs: ["Komentáře", "Diskuse", "Přidat komentář"], sk: ["Komentáre", "Diskusia"],
    hu: ["Hozzászólások", "Kommentek", "Hozzászólok"], ro: ["Comentarii", "Comentează", "Adaugă un comentariu"], el: ["Σχόλια", "Σχολιάστε"],
    bg: ["Коментари", "Коментирай"], hr: ["Komentari", "Komentiraj"], sr: ["Коментари", "Komentari"], sl: ["Komentarji", "Komentiraj"],
    lt: ["Komentarai", "Komentuoti"], lv: ["Komentāri", "Komentēt"], et: ["Kommentaarid", "Kommenteeri"], fi: ["Kommentit", "Kommentoi"],
    sv: ["Kommentarer", "Kommentera", "Visa kommentarer"], no: ["Kommentarer", "Kommenter"], da: ["Kommentarer", "Kommentér", "Kommenter"],
    tr: ["Yorumlar", "Yorum yap", "Yorum yaz"], he: ["תגובות", "הוסף תגובה", "להוספת תגובה", "טוקבקים"], ar: ["التعليقات", "تعليقات", "أضف تعليقاً", "أضف تعليق", "إضافة تعليق", "إضافة تعليق جديد", "أضف تعليقك"],
    fa: ["نظرات", "دیدگاه‌ها", "ارسال نظر"], ur: ["تبصرے", "تبصرہ کریں"], hi: ["टिप्पणियां", "टिप्पणियाँ", "कमेंट करें", "कमेंट्स"], bn: ["মন্তব্য", "মন্তব্য করুন"],
    ta: ["கருத்துகள்", "கருத்துக்கள்"], th: ["ความคิดเห็น", "แสดงความคิดเห็น"], vi: ["Bình luận", "Ý kiến", "Gửi bình luận"],
    id: ["Komentar", "Tulis komentar"], ms: ["Komen"], ja: ["コメント", "コメントする", "コメントを見る"], zh: ["评论", "評論", "发表评论", "留言"],
    ko: ["댓글", "댓글 쓰기", "댓글보기"], ca: ["Comentaris"],
    km: ["មតិយោបល់"], lo: ["ຄຳເຫັນ", "ສະແດງຄຳເຫັນ"], my: ["မှတ်ချက်များ", "မှတ်ချက်"], si: ["අදහස්", "අදහස් දක්වන්න"], ne: ["प्रतिक्रिया", "प्रतिक्रिया दिनुहोस्"],
    ka: ["კომენტარები"], hy: ["Մեկնաբանություններ"], am: ["አስተያየቶች", "አስተያየት ይስጡ"], kk: ["Пікірлер"], uz: ["Izohlar"], az: ["Şərhlər"], mk: ["Коментари"], sq: ["Komente"], mn: ["Сэтгэгдэл"],
  },
  print: {
    en: ["Print", "Print this article", "Print article"], de: ["Drucken", "Artikel drucken"], fr: ["Imprimer", "Imprimer l'article"], es: ["Imprimir"],
    pt: ["Imprimir"], it: ["Stampa"], nl: ["Printen", "Afdrukken"], pl: ["Drukuj"], ru: ["Печать", "Распечатать"], uk: ["Друк", "Надрукувати"],
    cs: ["Tisk", "Vytisknout"], sk: ["Tlačiť"], hu: ["Nyomtatás"], ro: ["Printează", "Tipărește"], el: ["Εκτύπωση"], bg: ["Печат"], hr: ["Ispis", "Ispiši"],
    fi: ["Tulosta"], sv: ["Skriv ut"], no: ["Skriv ut"], da: ["Udskriv", "Print"], tr: ["Yazdır"], he: ["הדפס", "הדפסה"], ar: ["طباعة"], fa: ["چاپ"],
    hi: ["प्रिंट करें"], th: ["พิมพ์"], vi: ["In bài viết"], id: ["Cetak"], ja: ["印刷", "印刷する"], zh: ["打印", "列印"], ko: ["인쇄", "프린트"],
    km: ["បោះពុម្ព"], lo: ["ພິມ"], ka: ["ბეჭდვა"], hy: ["Տպել"], kk: ["Басып шығару"], az: ["Çap et"], mk: ["Печати"], sq: ["Printo"],
  },
  more: {
    en: ["Read more", "Show more", "See more", "Load more", "More", "Show less", "Read full article", "Continue reading", "Expand", "Collapse"],
    de: ["Mehr lesen", "Weiterlesen", "Mehr anzeigen", "Weniger anzeigen", "Mehr", "Alle anzeigen"], fr: ["Lire la suite", "Voir plus", "Afficher plus", "Afficher moins", "En savoir plus", "Lire plus"],
    es: ["Leer más", "Ver más", "Mostrar más", "Mostrar menos", "Seguir leyendo", "Sigue leyendo"], pt: ["Leia mais", "Ler mais", "Ver mais", "Mostrar mais", "Continuar lendo", "Continue lendo"],
    it: ["Leggi di più", "Mostra di più", "Mostra altro", "Continua a leggere", "Leggi tutto"], nl: ["Lees meer", "Toon meer", "Meer tonen", "Lees verder"],
    pl: ["Czytaj więcej", "Pokaż więcej", "Czytaj dalej", "Zobacz więcej"], ru: ["Читать далее", "Показать ещё", "Показать еще", "Читать полностью", "Подробнее", "Развернуть", "Свернуть"],
    uk: ["Читати далі", "Показати ще", "Детальніше", "Читати повністю"], cs: ["Číst dál", "Zobrazit více", "Více", "Celý článek"], sk: ["Čítať ďalej", "Zobraziť viac"],
    hu: ["Tovább", "Bővebben", "Több", "Mutass többet", "Tovább olvasom"], ro: ["Citește mai mult", "Vezi mai mult", "Mai mult"],
    el: ["Διαβάστε περισσότερα", "Περισσότερα", "Δείτε περισσότερα"], bg: ["Прочети още", "Виж още", "Още"], hr: ["Pročitaj više", "Prikaži više", "Više"],
    sr: ["Прочитај више", "Pročitaj više", "Prikaži više"], sl: ["Preberi več", "Prikaži več", "Več"], lt: ["Skaityti daugiau", "Rodyti daugiau", "Daugiau"],
    lv: ["Lasīt vairāk", "Rādīt vairāk"], et: ["Loe edasi", "Näita rohkem", "Loe lisaks"], fi: ["Lue lisää", "Näytä lisää", "Näytä vähemmän", "Lue koko juttu"],
    sv: ["Läs mer", "Visa mer", "Visa mindre", "Läs hela artikeln"], no: ["Les mer", "Vis mer", "Vis mindre", "Les hele saken"], da: ["Læs mere", "Vis mere", "Vis mindre", "Læs hele artiklen"],
    is: ["Lesa meira", "Sjá meira"], tr: ["Devamını oku", "Daha fazla göster", "Devamı", "Tümünü gör", "Haberin devamı"],
    he: ["קרא עוד", "קראו עוד", "להמשך קריאה", "הצג עוד", "עוד"], ar: ["اقرأ المزيد", "عرض المزيد", "المزيد"],
    fa: ["بیشتر بخوانید", "ادامه مطلب", "نمایش بیشتر", "بیشتر"], ur: ["مزید پڑھیں", "مزید"], hi: ["और पढ़ें", "अधिक पढ़ें", "और देखें", "आगे पढ़ें", "खबरें और भी हैं", "और खबरें"],
    bn: ["আরও পড়ুন", "আরো পড়ুন", "আরও দেখুন"], ta: ["மேலும் படிக்க", "மேலும்"], te: ["మరింత చదవండి", "ఇంకా చదవండి"], mr: ["अधिक वाचा", "आणखी वाचा"],
    th: ["อ่านต่อ", "อ่านเพิ่มเติม", "ดูเพิ่มเติม", "แสดงเพิ่มเติม"], vi: ["Xem thêm", "Đọc thêm", "Đọc tiếp", "Thu gọn"],
    id: ["Baca selengkapnya", "Lihat selengkapnya", "Selengkapnya", "Tampilkan lebih banyak"], ms: ["Baca lagi", "Baca seterusnya", "Lihat lagi"],
    tl: ["Magbasa pa"], sw: ["Soma zaidi", "Soma Zaidi"], ja: ["続きを読む", "もっと見る", "さらに表示", "全文を読む", "もっと読む", "閉じる"],
    zh: ["阅读全文", "閱讀全文", "查看更多", "展开全文", "更多", "收起"], ko: ["더보기", "기사 더보기", "전체보기", "펼치기", "접기"], ca: ["Llegir més", "Veure'n més", "Més"],
    km: ["អានបន្ថែម", "អានតទៅ"], lo: ["ອ່ານເພີ່ມເຕີມ", "ອ່ານຕໍ່"], my: ["ဆက်ဖတ်ရန်", "ဆက်ဖတ်ပါ"], si: ["තව කියවන්න", "වැඩිදුර කියවන්න"], ne: ["थप पढ्नुहोस्", "पूरा पढ्नुहोस्"],
    ka: ["ვრცლად", "სრულად"], hy: ["Կարդալ ավելին", "Ավելին"], am: ["ተጨማሪ ያንብቡ", "ተጨማሪ"], kk: ["Толығырақ"], uz: ["Batafsil"], az: ["Ətraflı"], mk: ["Прочитај повеќе", "Повеќе"],
    sq: ["Lexo më shumë", "Lexo më tej"], pa: ["ਹੋਰ ਪੜ੍ਹੋ"], gu: ["વધુ વાંચો"], kn: ["ಮುಂದೆ ಓದಿ", "ಇನ್ನಷ್ಟು ಓದಿ"], ml: ["കൂടുതൽ വായിക്കുക"], mn: ["Дэлгэрэнгүй"],
  },
  listen: {
    en: ["Listen", "Listen to this article", "Listen to article", "Listen to the story", "Play audio"], de: ["Anhören", "Artikel anhören", "Vorlesen", "Artikel vorlesen lassen"],
    fr: ["Écouter", "Écouter l'article", "Écouter cet article"], es: ["Escuchar", "Escuchar noticia", "Escuchar artículo", "Escuchar este artículo"], pt: ["Ouvir", "Ouvir o texto", "Ouvir notícia", "Ouça", "Ouça este conteúdo", "Ouvir este artigo"],
    it: ["Ascolta", "Ascolta l'articolo"], nl: ["Luister", "Lees voor", "Beluister dit artikel"], pl: ["Posłuchaj", "Słuchaj", "Odsłuchaj artykuł"],
    ru: ["Слушать", "Прослушать статью", "Слушать статью"], uk: ["Слухати", "Прослухати статтю"], cs: ["Poslechnout", "Poslechněte si článek"], hu: ["Meghallgatom", "Cikk meghallgatása"],
    ro: ["Ascultă", "Ascultă articolul"], el: ["Ακούστε το άρθρο"], fi: ["Kuuntele", "Kuuntele artikkeli"], sv: ["Lyssna", "Lyssna på artikeln"],
    no: ["Lytt", "Lytt til artikkelen", "Hør artikkelen"], da: ["Lyt", "Lyt til artiklen"], tr: ["Dinle", "Haberi dinle"], he: ["האזנה", "האזינו לכתבה", "האזן לכתבה"],
    ar: ["استمع", "استمع للمقال", "استمع إلى المقال"], fa: ["شنیدن", "بشنوید"], hi: ["सुनें", "खबर सुनें", "सुनिए"], th: ["ฟังข่าว", "ฟังบทความ"],
    vi: ["Nghe bài viết", "Nghe"], id: ["Dengarkan", "Dengarkan artikel"], ja: ["音声で聞く", "記事を聞く", "この記事を音声で聞く", "記事を読み上げる", "この記事を聞く"], zh: ["收听", "听新闻", "朗读"], ko: ["기사 듣기", "듣기", "기사 읽어주기", "텍스트 음성 변환 서비스 사용하기", "음성으로 듣기"],
  },
  /** A player's button that opens the words of the audio or video ("Transcript", "Show transcript"). */
  transcript: {
    en: ["Transcript", "Show transcript", "Read transcript", "View transcript", "Hide transcript"], de: ["Transkript", "Transkript anzeigen"], fr: ["Transcription", "Afficher la transcription"],
    es: ["Transcripción", "Ver transcripción"], pt: ["Transcrição", "Ver transcrição"], it: ["Trascrizione", "Mostra trascrizione"], nl: ["Transcriptie", "Uitgeschreven tekst"],
    pl: ["Transkrypcja"], ru: ["Расшифровка", "Стенограмма"], sv: ["Transkribering", "Visa transkribering"], no: ["Transkripsjon"], da: ["Transskription"], fi: ["Litterointi"],
    ja: ["文字起こし", "書き起こし"], zh: ["文字稿", "文字記錄"], ko: ["스크립트", "대본 보기"],
  },
  account: {
    en: ["Subscribe", "Subscribe now", "Sign in", "Sign up", "Log in", "Login", "Register", "Log out", "My account", "Subscriber only", "Subscribers only", "Premium"],
    de: ["Abonnieren", "Jetzt abonnieren", "Anmelden", "Einloggen", "Registrieren", "Abmelden", "Abo", "Jetzt lesen"],
    fr: ["S'abonner", "S’abonner", "Abonnez-vous", "Se connecter", "Connexion", "S'inscrire", "Réservé aux abonnés", "Article réservé aux abonnés"],
    es: ["Suscríbete", "Suscribirse", "Iniciar sesión", "Regístrate", "Registrarse", "Exclusivo para suscriptores", "Hazte socio"],
    pt: ["Assine", "Assinar", "Entrar", "Inscreva-se", "Cadastre-se", "Exclusivo para assinantes"], it: ["Abbonati", "Accedi", "Registrati", "Esclusiva per abbonati"],
    nl: ["Abonneer", "Abonneren", "Inloggen", "Registreren", "Word abonnee"], pl: ["Subskrybuj", "Zaloguj się", "Zarejestruj się", "Wykup dostęp", "Premium"],
    ru: ["Подписаться", "Войти", "Регистрация", "Зарегистрироваться"], uk: ["Підписатися", "Увійти", "Реєстрація"], cs: ["Přihlásit se", "Předplatit", "Registrace", "Odebírat"],
    sk: ["Prihlásiť sa", "Predplatiť"], hu: ["Bejelentkezés", "Előfizetés", "Regisztráció", "Feliratkozás"], ro: ["Abonează-te", "Autentificare", "Conectare", "Înregistrare"],
    el: ["Σύνδεση", "Εγγραφή", "Συνδρομή"], bg: ["Вход", "Регистрация", "Абонирай се"], hr: ["Prijava", "Pretplati se", "Registracija"], sr: ["Пријава", "Prijava", "Pretplata"],
    fi: ["Tilaa", "Kirjaudu", "Kirjaudu sisään", "Rekisteröidy"], sv: ["Prenumerera", "Logga in", "Bli prenumerant", "Registrera dig"],
    no: ["Abonner", "Logg inn", "Bli abonnent"], da: ["Abonnér", "Log ind", "Bliv abonnent"], tr: ["Abone ol", "Giriş yap", "Üye ol", "Kayıt ol"],
    he: ["הירשמו", "הרשמה", "התחברות", "התחבר", "מנוי"], ar: ["اشترك", "تسجيل الدخول", "سجل الدخول", "اشترك الآن"], fa: ["ورود", "عضویت", "اشتراک"],
    hi: ["सब्सक्राइब करें", "लॉग इन करें", "लॉगिन", "साइन इन"], th: ["สมัครสมาชิก", "เข้าสู่ระบบ", "ลงทะเบียน"], vi: ["Đăng nhập", "Đăng ký"],
    id: ["Berlangganan", "Masuk", "Daftar", "Langganan"], ja: ["ログイン", "会員登録", "有料会員限定", "購読する", "無料会員登録", "会員登録はこちら", "ログインはこちら"], zh: ["登录", "登錄", "订阅", "訂閱", "注册"],
    ko: ["로그인", "회원가입", "구독", "구독하기"],
  },
  newsletter: {
    en: ["Newsletter", "Sign up for our newsletter", "Subscribe to our newsletter", "Get the newsletter"], de: ["Newsletter", "Newsletter abonnieren", "Zum Newsletter anmelden"],
    fr: ["Newsletter", "Lettre d'information", "Inscrivez-vous à la newsletter"], es: ["Boletín", "Newsletter", "Suscríbete a nuestro boletín"], pt: ["Newsletter", "Receba a newsletter"],
    it: ["Newsletter", "Iscriviti alla newsletter"], nl: ["Nieuwsbrief", "Schrijf je in voor de nieuwsbrief"], pl: ["Newsletter", "Zapisz się do newslettera"],
    ru: ["Рассылка", "Подпишитесь на рассылку"], uk: ["Розсилка", "Підпишіться на розсилку"], cs: ["Newsletter", "Odebírejte newsletter"], hu: ["Hírlevél", "Iratkozzon fel hírlevelünkre"],
    ro: ["Newsletter", "Abonează-te la newsletter"], el: ["Newsletter", "Εγγραφείτε στο newsletter"], fi: ["Uutiskirje", "Tilaa uutiskirje"], sv: ["Nyhetsbrev", "Prenumerera på nyhetsbrevet"],
    no: ["Nyhetsbrev"], da: ["Nyhedsbrev", "Tilmeld dig nyhedsbrevet"], tr: ["Bülten", "E-bültene abone olun"], he: ["ניוזלטר", "הירשמו לניוזלטר"], ar: ["النشرة البريدية", "اشترك في النشرة البريدية"],
    fa: ["خبرنامه"], hi: ["न्यूज़लेटर"], th: ["จดหมายข่าว"], vi: ["Bản tin"], id: ["Buletin", "Newsletter"], ja: ["ニュースレター", "メルマガ"], zh: ["新闻简报", "电子报"], ko: ["뉴스레터"],
  },
  follow: {
    en: ["Follow us", "Follow", "Follow us on social media"], de: ["Folgen Sie uns", "Folgen"], fr: ["Suivez-nous", "Suivre"], es: ["Síguenos", "Seguir"], pt: ["Siga-nos", "Siga", "Seguir"],
    it: ["Seguici", "Segui"], nl: ["Volg ons", "Volgen"], pl: ["Obserwuj nas", "Obserwuj"], ru: ["Подписывайтесь", "Мы в соцсетях"], uk: ["Підписуйтесь", "Стежте за нами"],
    cs: ["Sledujte nás", "Sledovat"], hu: ["Kövess minket", "Követés"], ro: ["Urmărește-ne", "Urmărește"], el: ["Ακολουθήστε μας"], fi: ["Seuraa meitä", "Seuraa"],
    sv: ["Följ oss", "Följ"], no: ["Følg oss", "Følg"], da: ["Følg os", "Følg"], tr: ["Bizi takip edin", "Takip et"], he: ["עקבו אחרינו"], ar: ["تابعنا", "تابعونا"],
    fa: ["ما را دنبال کنید"], hi: ["हमें फॉलो करें", "फॉलो करें"], th: ["ติดตามเรา"], vi: ["Theo dõi", "Theo dõi chúng tôi"], id: ["Ikuti kami", "Ikuti"],
    ja: ["フォローする", "フォロー"], zh: ["关注我们", "關注我們"], ko: ["팔로우"],
    // (Amharic glues "on" to the network's name: "በቴሌግራም ይከተሉን", "on Telegram follow us")
    am: ["ይከተሉን", "ይከታተሉን", "በቴሌግራም ይከተሉን", "በፌስቡክ ይከተሉን", "በዩቲዩብ ይከተሉን", "በቴሌግራም ይከታተሉን", "በፌስቡክ ይከታተሉን"],
  },
  /** An audio or video player's controls, a line each ("Riproduci", "Disattiva audio", "Ton aus"). */
  player: {
    en: ["Mute", "Unmute", "Pause", "Fullscreen", "Exit fullscreen", "Subtitles"], it: ["Riproduci", "Disattiva audio", "Attiva audio", "Disattiva l'audio", "Attiva l'audio", "Sottotitoli"],
    de: ["Ton aus", "Ton an", "Stummschalten", "Vollbild", "Untertitel"], fr: ["Couper le son", "Activer le son", "Plein écran", "Sous-titres"], es: ["Silenciar", "Activar sonido", "Reproducir", "Pantalla completa", "Subtítulos"],
    pt: ["Ativar som", "Desativar som", "Reproduzir", "Tela cheia", "Legendas"], nl: ["Geluid uit", "Geluid aan", "Afspelen", "Ondertiteling", "Volledig scherm"], sv: ["Ljud av", "Ljud på", "Spela upp", "Helskärm", "Undertexter"],
    no: ["Lyd av", "Lyd på", "Spill av", "Undertekster"], da: ["Lyd fra", "Lyd til", "Afspil", "Undertekster"], pl: ["Wycisz", "Włącz dźwięk", "Odtwórz", "Napisy"], ru: ["Выключить звук", "Включить звук", "Воспроизвести", "Субтитры"],
    fi: ["Tekstitys"], tr: ["Altyazı"],
    // (the play, pause, mute and subtitles buttons of scripts without a case: a line each under a player)
    ko: ["재생", "일시정지", "음소거", "음소거 해제", "전체화면", "자막"], ja: ["再生", "一時停止", "ミュート", "ミュート解除", "全画面", "字幕"], zh: ["播放", "暂停", "静音", "全屏", "字幕"], hi: ["म्यूट"], ar: ["تشغيل", "كتم الصوت"],
  },
  /** Social networks and messengers as share buttons, a line each. */
  networks: {
    en: ["Facebook", "X", "Twitter", "LinkedIn", "Pinterest", "Reddit", "WhatsApp", "Messenger", "Telegram", "Threads", "Bluesky", "Mastodon", "Tumblr", "Flipboard", "Pocket", "Xing", "Viber", "Signal", "Email", "E-mail", "Mail", "SMS", "Copy", "Instagram", "TikTok", "YouTube", "Google News"],
    ru: ["ВКонтакте", "Одноклассники", "VK", "Дзен"], ja: ["LINE", "はてなブックマーク", "はてブ", "Yahoo!ブックマーク"], zh: ["微博", "新浪微博", "微信", "WeChat", "QQ", "QQ空间", "朋友圈", "Weibo"],
    ko: ["카카오톡", "카카오스토리", "네이버 밴드", "밴드", "네이버", "페이스북", "트위터", "KakaoTalk", "Band"], fa: ["تلگرام", "واتساپ", "ایتا"], ar: ["فيسبوك", "تويتر", "واتساب"], he: ["פייסבוק", "וואטסאפ", "טוויטר"],
    hi: ["फेसबुक", "ट्विटर", "व्हाट्सएप", "यूट्यूब", "इंस्टाग्राम", "टेलीग्राम", "गूगल"], bn: ["ফেসবুক", "হোয়াটসঅ্যাপ", "টুইটার", "ইউটিউব", "গুগল"],
    ta: ["பேஸ்புக்", "ட்விட்டர்", "வாட்ஸ்அப்"], ur: ["ٹویٹر", "واٹس ایپ", "فیس بک"], uk: ["Фейсбук", "Телеграм", "Вайбер"], th: ["ไลน์", "เฟซบุ๊ก", "ทวิตเตอร์"], vi: ["Zalo"],
  },
  navigation: {
    en: ["Back to top", "Skip to content", "Skip to main content", "Menu", "Search", "Close", "Home", "Next", "Previous", "Prev", "Next article", "Previous article"],
    de: ["Nach oben", "Zum Inhalt springen", "Menü", "Suche", "Schließen", "Startseite", "Weiter", "Zurück", "Nächster Artikel"],
    fr: ["Haut de page", "Retour en haut", "Aller au contenu", "Menu", "Rechercher", "Fermer", "Accueil", "Suivant", "Précédent", "Article suivant"],
    es: ["Volver arriba", "Ir al contenido", "Menú", "Buscar", "Cerrar", "Inicio", "Siguiente", "Anterior", "Noticia siguiente"],
    pt: ["Voltar ao topo", "Ir para o conteúdo", "Menu", "Buscar", "Pesquisar", "Fechar", "Início", "Próximo", "Anterior", "Voltar"],
    it: ["Torna su", "Vai al contenuto", "Menu", "Cerca", "Chiudi", "Home", "Successivo", "Precedente"], nl: ["Terug naar boven", "Naar de inhoud", "Menu", "Zoeken", "Sluiten", "Volgende", "Vorige"],
    pl: ["Do góry", "Przejdź do treści", "Menu", "Szukaj", "Zamknij", "Następny", "Poprzedni"], ru: ["Наверх", "Перейти к содержанию", "Меню", "Поиск", "Закрыть", "Главная", "Далее", "Назад"],
    uk: ["Нагору", "Вгору", "Меню", "Пошук", "Закрити", "Головна", "Далі", "Назад"], cs: ["Nahoru", "Přejít na obsah", "Menu", "Hledat", "Zavřít", "Další", "Předchozí"],
    sk: ["Hore", "Menu", "Hľadať", "Zavrieť"], hu: ["Vissza a tetejére", "Ugrás a tartalomra", "Menü", "Keresés", "Bezárás", "Következő", "Előző"],
    ro: ["Înapoi sus", "Sari la conținut", "Meniu", "Caută", "Închide", "Următorul", "Anterior"], el: ["Επιστροφή στην κορυφή", "Μενού", "Αναζήτηση", "Κλείσιμο"],
    bg: ["Нагоре", "Меню", "Търсене", "Затвори"], hr: ["Na vrh", "Izbornik", "Traži", "Zatvori"], sr: ["На врх", "Na vrh", "Мени", "Pretraga", "Затвори", "Zatvori"],
    fi: ["Takaisin ylös", "Siirry sisältöön", "Valikko", "Haku", "Sulje", "Seuraava", "Edellinen"], sv: ["Till toppen", "Hoppa till innehållet", "Meny", "Sök", "Stäng", "Nästa", "Föregående"],
    no: ["Til toppen", "Hopp til innhold", "Meny", "Søk", "Lukk", "Neste", "Forrige"], da: ["Til toppen", "Gå til indhold", "Menu", "Søg", "Luk", "Næste", "Forrige"],
    tr: ["Yukarı çık", "Başa dön", "Menü", "Ara", "Kapat", "Ana sayfa", "Sonraki haber", "Önceki haber"], he: ["חזרה למעלה", "דלג לתוכן", "תפריט", "חיפוש", "סגור", "סגירה", "דף הבית"],
    ar: ["العودة إلى الأعلى", "تخطي إلى المحتوى", "القائمة", "بحث", "إغلاق", "الرئيسية", "التالي", "السابق"], fa: ["بازگشت به بالا", "منو", "جستجو", "بستن", "صفحه اصلی"],
    ur: ["واپس اوپر", "مینو", "تلاش", "بند کریں"], hi: ["ऊपर जाएं", "मेन्यू", "खोजें", "बंद करें", "होम"], th: ["กลับด้านบน", "เมนู", "ค้นหา", "ปิด", "หน้าแรก"],
    vi: ["Lên đầu trang", "Về đầu trang", "Trang chủ", "Tìm kiếm", "Đóng"], id: ["Kembali ke atas", "Menu", "Cari", "Tutup", "Beranda"],
    ja: ["ページの先頭へ", "トップへ戻る", "メニュー", "検索", "閉じる", "ホーム", "次の記事", "前の記事"], zh: ["返回顶部", "回到頂部", "菜单", "搜索", "关闭", "首页", "下一篇", "上一篇"],
    ko: ["맨 위로", "본문 바로가기", "메뉴", "검색", "닫기", "홈", "다음 기사", "이전 기사", "목록"],
  },
  fontSize: {
    en: ["Font size", "Text size", "Increase text size", "Decrease text size", "A A", "A+ A-", "A- A+"], de: ["Schriftgröße", "Schrift vergrößern", "Schrift verkleinern"],
    fr: ["Taille du texte", "Taille de police"], es: ["Tamaño de letra", "Tamaño del texto", "Aumentar letra", "Disminuir letra"], pt: ["Tamanho da fonte", "Aumentar fonte", "Diminuir fonte", "Tamanho do texto"],
    it: ["Dimensione testo", "Dimensione carattere"], nl: ["Tekstgrootte", "Lettergrootte"], pl: ["Rozmiar tekstu", "Rozmiar czcionki"], ru: ["Размер шрифта", "Размер текста"],
    uk: ["Розмір шрифту", "Розмір тексту"], cs: ["Velikost písma"], hu: ["Betűméret"], ro: ["Mărime text", "Dimensiune font"], el: ["Μέγεθος γραμματοσειράς"],
    fi: ["Tekstin koko", "Fonttikoko"], sv: ["Textstorlek"], no: ["Tekststørrelse"], da: ["Tekststørrelse"], tr: ["Yazı boyutu", "Yazı tipi boyutu"], he: ["גודל גופן", "הגדלת טקסט", "הקטנת טקסט"],
    ar: ["حجم الخط", "تكبير الخط", "تصغير الخط"], fa: ["اندازه متن", "اندازه قلم"], hi: ["फ़ॉन्ट साइज़", "फॉन्ट साइज"], th: ["ขนาดตัวอักษร"], vi: ["Cỡ chữ"], id: ["Ukuran huruf", "Ukuran teks"],
    ja: ["文字サイズ", "文字の大きさ"], zh: ["字号", "字體大小", "字体大小"], ko: ["글자 크기", "글자크기", "글씨 크기", "글자 크기 변경", "글자 크기 설정", "글자크기 설정", "글씨크기"],
  },
  images: {
    en: ["Photos", "Gallery", "Enlarge image", "Enlarge this image", "View image in full screen", "Open gallery", "View gallery", "Photo gallery", "Full screen", "Fullscreen", "Zoom", "Zoom in", "Expand image", "View larger image", "Open image", "Enlarge"],
    de: ["Fotos", "Bildergalerie", "Vergrößern", "Vergrössern", "Bild vergrößern", "Bild vergrössern", "Vollbild", "Galerie öffnen", "Alle Bilder anzeigen"], fr: ["Photos", "Galerie photos", "Agrandir", "Agrandir l'image", "Plein écran", "Voir la galerie", "Diaporama"],
    es: ["Fotos", "Galería", "Ampliar imagen", "Ampliar", "Pantalla completa", "Ver galería", "Galería de fotos"], pt: ["Fotos", "Galeria", "Ampliar imagem", "Ampliar", "Tela cheia", "Ver galeria", "Galeria de fotos"],
    it: ["Galleria", "Ingrandisci", "Ingrandisci immagine", "Schermo intero", "Fotogallery", "Guarda la gallery"], nl: ["Vergroot afbeelding", "Volledig scherm", "Bekijk fotoserie"],
    pl: ["Powiększ", "Powiększ zdjęcie", "Pełny ekran", "Galeria zdjęć", "Zobacz galerię"], ru: ["Увеличить", "Увеличить изображение", "На весь экран", "Фотогалерея", "Открыть галерею"],
    uk: ["Збільшити", "На весь екран", "Фотогалерея"], cs: ["Zvětšit", "Zvětšit obrázek", "Celá obrazovka", "Fotogalerie"], hu: ["Nagyítás", "Teljes képernyő", "Galéria"],
    ro: ["Mărește imaginea", "Ecran complet", "Galerie foto"], el: ["Μεγέθυνση", "Πλήρης οθόνη", "Φωτογραφίες"], fi: ["Suurenna kuva", "Koko näyttö", "Kuvagalleria", "Avaa kuvagalleria"],
    sv: ["Förstora bilden", "Öppna bild i helskärm", "Helskärm", "Bildspel", "Visa alla bilder"], no: ["Forstørr bildet", "Fullskjerm", "Se alle bildene", "Bildeserie"],
    da: ["Forstør billedet", "Fuld skærm", "Se alle billeder", "Billedserie"], tr: ["Büyüt", "Tam ekran", "Fotoğraf galerisi", "Galeriyi aç"], he: ["הגדל תמונה", "מסך מלא", "גלריית תמונות", "לגלריה המלאה"],
    ar: ["تكبير", "تكبير الصورة", "ملء الشاشة", "معرض الصور"], fa: ["بزرگنمایی", "تمام صفحه", "گالری تصاویر"], hi: ["फोटो गैलरी", "फुल स्क्रीन"], th: ["ขยายภาพ", "เต็มจอ", "ดูภาพทั้งหมด"],
    vi: ["Phóng to", "Toàn màn hình", "Xem ảnh"], id: ["Perbesar", "Layar penuh", "Galeri foto", "Lihat foto"], ja: ["拡大", "拡大する", "画像を拡大", "画像を拡大する", "写真を拡大", "写真を拡大する", "全画面", "写真を見る", "フォトギャラリー"],
    zh: ["放大图片", "查看大图", "点击查看大图", "点击放大", "查看原图", "全屏", "图集"], ko: ["확대", "사진 확대", "전체화면", "포토갤러리"],
  },
  bookmark: {
    en: ["Save", "Saved", "Save article", "Save for later", "Bookmark", "Add to favourites", "Gift this article", "Gift article"], de: ["Merken", "Gemerkt", "Artikel merken", "Speichern", "Artikel verschenken"],
    fr: ["Sauvegarder", "Enregistrer", "Ajouter à mes favoris", "Lire plus tard", "Offrir l'article", "Offrir cet article"], es: ["Guardar", "Guardado", "Guardar artículo", "Regalar artículo"],
    pt: ["Salvar", "Guardar", "Salvar para ler depois", "Presentear"], it: ["Salva", "Salvato", "Salva articolo", "Regala articolo"], nl: ["Bewaar", "Bewaren", "Opslaan", "Cadeau geven"],
    pl: ["Zapisz", "Zapisz artykuł", "Podaruj artykuł"], ru: ["Сохранить", "В закладки", "В избранное"], uk: ["Зберегти", "В закладки"], cs: ["Uložit", "Uložit článek"],
    hu: ["Mentés", "Elmentem"], ro: ["Salvează"], el: ["Αποθήκευση"], fi: ["Tallenna", "Tallennettu", "Lahjoita artikkeli"], sv: ["Spara", "Sparad", "Spara artikeln", "Ge bort artikeln"],
    no: ["Lagre", "Lagret", "Gi bort artikkelen"], da: ["Gem", "Gemt", "Gem artikel", "Giv artiklen"], tr: ["Kaydet", "Kaydedildi"], he: ["שמור", "שמירה", "שמור כתבה"],
    ar: ["حفظ", "احفظ"], fa: ["ذخیره"], hi: ["सेव करें"], th: ["บันทึก"], vi: ["Lưu", "Lưu bài viết"], id: ["Simpan"], ja: ["保存", "保存する", "ブックマーク", "クリップ"],
    zh: ["收藏", "保存"], ko: ["스크랩", "기사 스크랩", "저장", "북마크", "좋아요"],
  },
  reportError: {
    en: ["Report an error", "Report a correction", "Report a typo"], de: ["Fehler melden"], fr: ["Signaler une erreur", "Signaler une faute"],
    es: ["Reportar un error", "Comunicar un error", "Informar de un error"], pt: ["Reportar erro", "Erramos?", "Comunicar erro"], it: ["Segnala un errore"], nl: ["Fout gezien?", "Meld een fout"],
    pl: ["Zgłoś błąd"], ru: ["Сообщить об ошибке", "Нашли ошибку?"], uk: ["Повідомити про помилку"], cs: ["Nahlásit chybu"], hu: ["Hibát találtam", "Hiba bejelentése"],
    ro: ["Semnalează o greșeală", "Raportează o eroare"], el: ["Αναφορά σφάλματος"], fi: ["Ilmoita virheestä"], sv: ["Anmäl fel", "Rapportera fel", "Har du hittat ett fel?"],
    no: ["Meld fra om feil", "Rapporter feil"], da: ["Meld en fejl", "Ret en fejl", "Fandt du en fejl?"], tr: ["Hata bildir"], he: ["דווח על טעות", "מצאתם טעות?"], ar: ["أبلغ عن خطأ"],
    fa: ["گزارش خطا"], hi: ["गलती की रिपोर्ट करें"], th: ["แจ้งข้อผิดพลาด"], vi: ["Báo lỗi"], id: ["Laporkan kesalahan"], ja: ["誤字脱字を報告", "訂正・おわび"], zh: ["纠错", "报错"], ko: ["오류 신고", "기사 오류 신고"],
  },
  /** Reader reactions under the story ("What do you think?", "Was this article helpful?"). */
  reactions: {
    en: ["What do you think?", "What do you think of this article?", "How do you feel about this article?", "Was this article helpful?", "Did you find this article useful?", "Rate this article", "Like", "Likes"],
    de: ["Wie gefällt Ihnen dieser Artikel?", "War dieser Artikel hilfreich?", "Artikel bewerten"], fr: ["Qu'avez-vous pensé de cet article ?", "Cet article vous a-t-il été utile ?", "Noter cet article"],
    es: ["¿Qué te ha parecido este artículo?", "¿Te ha resultado útil este artículo?", "Valora esta noticia"], pt: ["O que você achou desta notícia?", "Gostou desta matéria?", "Avalie esta notícia"],
    it: ["Ti è piaciuto questo articolo?", "Valuta questo articolo"], nl: ["Wat vind je van dit artikel?"], pl: ["Jak oceniasz ten artykuł?", "Oceń artykuł"], ru: ["Оцените статью", "Понравилась статья?"],
    uk: ["Оцініть статтю", "Сподобалась стаття?"], cs: ["Jak se vám článek líbil?", "Ohodnoťte článek"], hu: ["Hogy tetszett a cikk?"], ro: ["Cum vi s-a părut articolul?"], el: ["Πώς σας φάνηκε το άρθρο;"],
    fi: ["Mitä mieltä olit jutusta?"], sv: ["Vad tyckte du om artikeln?"], no: ["Hva synes du om artikkelen?"], da: ["Hvad synes du om artiklen?"], tr: ["Bu haberi nasıl buldunuz?", "Haberi değerlendirin"],
    he: ["מה דעתכם על הכתבה?"], ar: ["ما رأيك في هذا المقال؟", "قيّم هذا المقال"], fa: ["نظر شما درباره این خبر چیست؟"], hi: ["यह खबर आपको कैसी लगी?", "आपकी राय"], th: ["คุณรู้สึกอย่างไรกับข่าวนี้"],
    vi: ["Bạn thấy bài viết này thế nào?"], id: ["Bagaimana reaksi Anda tentang artikel ini?", "Bagaimana perasaanmu setelah membaca artikel ini?"], ja: ["この記事はいかがでしたか？", "この記事をどう思いますか？", "反応", "リアクション"],
    zh: ["你觉得这篇文章怎么样？", "这篇文章对您有帮助吗？"], ko: ["이 기사에 대해 어떻게 생각하시나요?", "이 기사를 추천합니다", "기사 추천", "좋아요", "슬퍼요", "화나요", "후속기사 원해요", "추천해요"],
  },
  /** Site-wide lists (most read, latest news): their titles are furniture, not the article's related links. */
  siteLists: {
    en: ["Most read", "Most viewed", "Most popular", "Latest news", "Top stories", "Trending", "Trending now", "Editor's picks", "Don't miss", "Standings", "League table"],
    de: ["Meistgelesen", "Tabelle", "Meistgelesene Artikel", "Neueste Artikel", "Top-Themen"], fr: ["Les plus lus", "Classement", "Les plus lus du moment", "Dernières actualités"],
    es: ["Lo más leído", "Clasificación", "Lo más visto", "Últimas noticias"], pt: ["Mais lidas", "Classificação", "Mais lidos", "Últimas notícias", "Mais vistos"], it: ["I più letti", "Classifica", "Ultime notizie", "I più visti"],
    nl: ["Meest gelezen", "Stand", "Laatste nieuws"], pl: ["Najczęściej czytane"], ru: ["Самое читаемое", "Самое популярное", "Последние новости"],
    uk: ["Найпопулярніше", "Найчитаніше", "Останні новини"], cs: ["Nejčtenější"], sk: ["Najčítanejšie"], hu: ["Legolvasottabb", "Friss hírek"],
    ro: ["Cele mai citite", "Ultimele știri"], el: ["Δημοφιλή", "Τελευταία νέα", "Πιο δημοφιλή"], bg: ["Най-четени", "Последни новини"], hr: ["Najčitanije"],
    sr: ["Најчитаније", "Najčitanije"], sl: ["Najbolj brano"], lt: ["Skaitomiausi"], lv: ["Lasītākie"], et: ["Loetuimad"],
    fi: ["Luetuimmat"], sv: ["Mest läst", "Mest lästa", "Senaste nytt"], no: ["Mest lest", "Siste nytt"], da: ["Mest læste", "Seneste nyt"], is: ["Mest lesið"],
    tr: ["En çok okunanlar", "En çok okunan haberler"], he: ["הכי נקראים", "הנקראים ביותר", "חדשות אחרונות"], ar: ["الأكثر قراءة", "الأكثر مشاهدة", "آخر الأخبار"],
    fa: ["پربازدیدترین‌ها", "پربازدیدترین ها", "پربیننده‌ترین‌ها", "آخرین اخبار"], ur: ["سب سے زیادہ پڑھی جانے والی"], hi: ["सबसे ज्यादा पढ़ी गई", "ताज़ा खबरें", "ताजा खबरें", "लेटेस्ट न्यूज़", "आपके लिए", "टॉप न्यूज़"],
    bn: ["সর্বাধিক পঠিত"], ta: ["அதிகம் படித்தவை", "சமீபத்திய செய்திகள்"], th: ["ข่าวล่าสุด", "ยอดนิยม", "ข่าวยอดนิยม"], vi: ["Đọc nhiều", "Đọc nhiều nhất", "Tin mới nhất"],
    id: ["Terpopuler", "Berita terkini"], ms: [], ja: ["人気記事", "あなたにおすすめ", "順位表", "アクセスランキング", "最新ニュース", "よく読まれている記事", "おすすめ記事", "注目記事"],
    zh: ["热门文章", "熱門文章", "最新消息", "热门新闻", "排行榜", "热点推荐", "熱點推薦", "热门推荐", "大家都在看"], ko: ["많이 본 뉴스", "순위", "최신 뉴스", "이 시각 주요뉴스", "인기 기사", "많이 본 기사", "실시간 인기 기사"], ca: ["El més llegit", "Últimes notícies"],
  },
  /** A consent banner's refusal, next to its "Accept". */
  refuse: {
    en: ["Reject", "Decline"], de: ["Ablehnen", "Alle ablehnen"], fr: ["Refuser"], es: ["Rechazar", "Rechazar todo"], pt: ["Rejeitar", "Recusar"], it: ["Rifiuta", "Rifiuta tutto"],
    nl: ["Weigeren", "Alles weigeren"], pl: ["Odrzuć"], ru: ["Отклонить"], uk: ["Відхилити"], cs: ["Odmítnout"], hu: ["Elutasítom"], ro: ["Respinge"], el: ["Απόρριψη"],
    fi: ["Hylkää"], sv: ["Avvisa"], no: ["Avvis"], da: ["Afvis"], tr: ["Reddet", "Tümünü reddet"], ar: ["رفض"], he: ["דחייה"], zh: ["拒绝"], ja: ["拒否"], ko: ["거부"],
  },
  embed: {
    en: ["Show external content", "Load external content", "Allow content", "Accept cookies", "Accept all cookies", "Manage cookies", "Reject all", "Accept all", "View this post on Instagram", "Watch on YouTube", "Play video", "Watch video"],
    de: ["Externen Inhalt anzeigen", "Externe Inhalte anzeigen", "Empfohlener redaktioneller Inhalt", "Inhalt laden", "Alle akzeptieren", "Akzeptieren", "Video abspielen", "Video ansehen", "Zustimmen"],
    fr: ["Afficher le contenu externe", "Accepter les cookies", "Tout accepter", "Tout refuser", "Lire la vidéo", "Voir la vidéo"], es: ["Ver contenido externo", "Aceptar cookies", "Aceptar todo", "Reproducir vídeo", "Ver vídeo", "Ver video"],
    pt: ["Mostrar conteúdo externo", "Aceitar cookies", "Aceitar todos", "Assistir vídeo", "Ver vídeo", "Reproduzir vídeo"], it: ["Mostra contenuto esterno", "Accetta tutti i cookie", "Accetta", "Guarda il video"],
    nl: ["Externe inhoud tonen", "Cookies accepteren", "Alles accepteren", "Bekijk de video", "Video afspelen"], pl: ["Pokaż treść zewnętrzną", "Akceptuję", "Zaakceptuj wszystko", "Odtwórz wideo", "Zobacz wideo"],
    ru: ["Показать внешний контент", "Принять", "Принять все", "Смотреть видео"], uk: ["Прийняти", "Дивитися відео"], cs: ["Zobrazit externí obsah", "Přijmout vše", "Přehrát video"],
    hu: ["Külső tartalom megjelenítése", "Elfogadom", "Videó lejátszása"], ro: ["Acceptă", "Accept toate", "Vezi video"], el: ["Αποδοχή", "Αποδοχή όλων", "Δείτε το βίντεο"],
    fi: ["Näytä ulkoinen sisältö", "Hyväksy evästeet", "Hyväksy kaikki", "Katso video"], sv: ["Visa externt innehåll", "Godkänn cookies", "Godkänn alla", "Spela upp video", "Se videon"],
    no: ["Vis eksternt innhold", "Godta alle", "Spill av video", "Se video"], da: ["Vis eksternt indhold", "Accepter alle", "Afspil video", "Se video"], tr: ["Kabul et", "Tümünü kabul et", "Videoyu izle"],
    he: ["אישור", "אני מסכים", "צפו בווידאו", "לצפייה בסרטון"], ar: ["قبول", "موافق", "شاهد الفيديو"], fa: ["پذیرفتن", "تماشای ویدیو"], hi: ["वीडियो देखें"], th: ["ยอมรับ", "ดูวิดีโอ"],
    vi: ["Đồng ý", "Xem video"], id: ["Setuju", "Tonton video", "Putar video"], ja: ["同意する", "動画を見る", "動画を再生"], zh: ["接受", "同意", "观看视频", "播放视频"], ko: ["동의", "영상 보기", "동영상 보기"],
  },
};

/**
 * Labels over the article's tags or topics ("Topics", "Relaterte emner", "タグ"): after the story,
 * the label and the short lines under it (or "Topics: a, b, c" on one line) are page furniture.
 */
const tagLabels: ByLanguage = {
  en: ["Topics", "Tags", "Related topics", "Explore more on these topics", "More on these topics", "Topics in this article", "Filed under", "Keywords"],
  de: ["Themen", "Schlagworte", "Schlagwörter", "Mehr zu den Themen", "Tags"], fr: ["Sujets", "Mots-clés", "Thèmes", "Sur les mêmes thèmes", "Tags"],
  es: ["Temas", "Etiquetas", "Palabras clave", "Más sobre"], pt: ["Tópicos", "Temas", "Tags", "Assuntos", "Palavras-chave"], it: ["Argomenti", "Temi", "Tag", "Parole chiave"],
  nl: ["Onderwerpen", "Tags", "Trefwoorden"], pl: ["Tematy", "Tagi", "Słowa kluczowe"], ru: ["Темы", "Теги", "Ключевые слова"], uk: ["Теми", "Теги", "Ключові слова"],
  cs: ["Témata", "Štítky"], sk: ["Témy", "Štítky"], hu: ["Címkék", "Témák"], ro: ["Etichete", "Subiecte", "Cuvinte cheie"], el: ["Ετικέτες", "Θέματα"], bg: ["Етикети", "Теми"],
  hr: ["Oznake", "Teme"], sr: ["Ознаке", "Oznake", "Теме", "Teme"], sl: ["Oznake", "Teme"], lt: ["Žymės", "Temos"], lv: ["Tēmas", "Birkas"], et: ["Teemad", "Märksõnad"],
  fi: ["Aiheet", "Aiheesta lisää", "Avainsanat"], sv: ["Ämnen", "Ämnen i artikeln", "Taggar", "Relaterade ämnen"], no: ["Emner", "Relaterte emner", "Tagger"],
  da: ["Emner", "Relaterede emner", "Tags"], tr: ["Etiketler", "Konular", "Anahtar kelimeler", "Habere ait etiketler", "İlgili etiketler"], he: ["תגיות", "נושאים"], ar: ["الكلمات المفتاحية", "وسوم", "مواضيع"],
  fa: ["برچسب‌ها", "برچسب ها", "کلیدواژه‌ها", "موضوعات"], ur: ["ٹیگز", "موضوعات"], hi: ["टैग", "टॉपिक्स", "विषय"], bn: ["ট্যাগ", "বিষয়"], ta: ["குறிச்சொற்கள்"],
  th: ["แท็ก", "หัวข้อ", "คำค้น"], vi: ["Từ khóa", "Chủ đề", "Tags"], id: ["Tag", "Topik", "Kata kunci"], ms: ["Tag", "Topik"],
  ja: ["タグ", "関連キーワード", "キーワード", "ジャンル"], zh: ["标签", "標籤", "相关话题", "相关新闻话题", "关键词", "關鍵詞"], ko: ["태그", "관련 태그", "키워드", "#태그"],
};

/** Titles over the author's box at the end of the page ("About the author", "Über den Autor", "기자 프로필"). */
const authorBoxLabels: ByLanguage = {
  en: ["About the author", "About the authors", "About the reporter", "About the writer", "Author", "Authors"], de: ["Über den Autor", "Über die Autorin", "Über die Autoren", "Zur Person", "Autor", "Autorin"],
  fr: ["À propos de l'auteur", "À propos de l’auteur", "L'auteur", "Auteur"], es: ["Sobre el autor", "Sobre la autora", "Acerca del autor", "Autor", "Autora"], pt: ["Sobre o autor", "Sobre a autora", "Autor", "Autora"],
  it: ["L'autore", "Sull'autore", "Chi è l'autore", "Autore"], nl: ["Over de auteur", "Over de schrijver", "Auteur"], pl: ["O autorze", "O autorce", "Autor"], ru: ["Об авторе", "Автор"], uk: ["Про автора", "Автор"],
  cs: ["O autorovi", "Autor"], hu: ["A szerzőről", "Szerző"], ro: ["Despre autor", "Autor"], el: ["Σχετικά με τον συντάκτη", "Συντάκτης"], fi: ["Kirjoittajasta", "Kirjoittaja"],
  sv: ["Om skribenten", "Om författaren", "Skribent"], no: ["Om forfatteren", "Om journalisten", "Forfatter"], da: ["Om skribenten", "Om forfatteren", "Skribent"], tr: ["Yazar hakkında", "Yazar"],
  he: ["על הכותב", "על הכותבת"], ar: ["عن الكاتب", "نبذة عن الكاتب", "الكاتب"], fa: ["درباره نویسنده", "نویسنده"], hi: ["लेखक के बारे में", "लेखक"], id: ["Tentang penulis", "Penulis"],
  vi: ["Về tác giả", "Tác giả"], th: ["เกี่ยวกับผู้เขียน", "ผู้เขียน"], ja: ["著者プロフィール", "筆者プロフィール", "この記事の筆者", "著者について", "プロフィール"], zh: ["作者简介", "作者簡介", "关于作者"], ko: ["기자 프로필", "기자 소개", "필자 소개", "저자 소개"],
};

/** The first item of a breadcrumb: the site's home page ("Home > World", "Αρχική / Ελλάδα"). */
const homeLabels: ByLanguage = {
  en: ["Home", "Homepage", "News"], de: ["Startseite", "Home"], fr: ["Accueil"], es: ["Inicio", "Portada"], pt: ["Início", "Home", "Página inicial"], it: ["Home", "Homepage"],
  nl: ["Home", "Voorpagina"], pl: ["Strona główna"], ru: ["Главная"], uk: ["Головна"], cs: ["Úvod", "Domů"], sk: ["Úvod", "Domov"], hu: ["Főoldal", "Címlap"],
  ro: ["Acasă", "Prima pagină"], el: ["Αρχική"], bg: ["Начало"], hr: ["Naslovnica", "Početna"], sr: ["Почетна", "Početna", "Naslovna"], sl: ["Domov", "Naslovnica"],
  lt: ["Pradžia", "Pagrindinis"], lv: ["Sākums"], et: ["Avaleht"], fi: ["Etusivu"], sv: ["Hem", "Startsida", "Förstasidan"], no: ["Forside", "Hjem"], da: ["Forside", "Hjem"],
  is: ["Forsíða"], tr: ["Ana Sayfa", "Anasayfa"], he: ["דף הבית", "ראשי"], ar: ["الرئيسية", "الصفحة الرئيسية"], fa: ["صفحه اصلی", "خانه"], ur: ["ہوم", "صفحہ اول"],
  hi: ["होम", "मुख्य पृष्ठ"], bn: ["প্রচ্ছদ", "হোম"], ta: ["முகப்பு"], th: ["หน้าแรก", "หน้าหลัก"], vi: ["Trang chủ"], id: ["Beranda", "Home"], ms: ["Laman Utama", "Utama"],
  ja: ["ホーム", "トップ", "TOP"], zh: ["首页", "首頁", "主页"], ko: ["홈", "HOME"], ca: ["Inici", "Portada"],
  km: ["ទំព័រដើម"], lo: ["ໜ້າຫຼັກ"], my: ["ပင်မစာမျက်နှာ"], si: ["මුල් පිටුව"], ne: ["गृहपृष्ठ", "होम"], ka: ["მთავარი"], hy: ["Գլխավոր"], am: ["መነሻ ገጽ", "ዋና ገጽ"],
  kk: ["Басты бет"], uz: ["Bosh sahifa"], az: ["Ana səhifə"], mk: ["Почетна"], sq: ["Kryefaqja", "Ballina"], mn: ["Нүүр"],
};

/** Titles of related-link boxes: the line itself titles the run of links that follows. */
const boxTitles: ByLanguage = {
  en: ["Related", "Related articles", "Related stories", "Related news", "Read also", "Read next", "See also", "More on this story", "More on this topic", "Recommended", "Recommended for you", "You may also like", "More stories"],
  de: ["Mehr zum Thema", "Lesen Sie auch", "Auch interessant", "Das könnte Sie auch interessieren", "Weitere Artikel", "Empfehlungen", "Verwandte Artikel", "Mehr von"],
  fr: ["À lire aussi", "A lire aussi", "Lire aussi", "Sur le même sujet", "Articles liés", "À voir aussi", "Vous aimerez aussi", "Du même auteur"],
  es: ["Noticias relacionadas", "Te puede interesar", "Lee también", "Más noticias", "Relacionado", "También te puede interesar", "Más información"],
  pt: ["Leia também", "Veja também", "Notícias relacionadas", "Relacionadas", "Você pode gostar", "Mais notícias"],
  it: ["Leggi anche", "Articoli correlati", "Potrebbe interessarti", "Correlati", "Altri articoli"],
  nl: ["Lees ook", "Meer over dit onderwerp", "Gerelateerde artikelen", "Ook interessant"],
  pl: ["Czytaj także", "Czytaj też", "Czytaj również", "Przeczytaj także", "Przeczytaj też", "Przeczytaj również", "Zobacz też", "Zobacz także", "Polecane", "Powiązane artykuły"],
  ru: ["Читайте также", "Смотрите также", "По теме", "Похожие новости", "Рекомендуем"],
  uk: ["Читайте також", "Дивіться також", "За темою", "Схожі новини", "Рекомендуємо"],
  cs: ["Čtěte také", "Související články", "Mohlo by vás zajímat", "Další články"], sk: ["Čítajte tiež", "Súvisiace články"],
  hu: ["Kapcsolódó cikkek", "Ezt is ajánljuk", "Ajánljuk"], ro: ["Citește și", "Articole similare", "Recomandări", "Știri similare"],
  el: ["Διαβάστε επίσης", "Σχετικά άρθρα", "Δείτε επίσης"], bg: ["Прочетете още", "Свързани новини", "Още по темата"],
  hr: ["Pročitajte i", "Povezani članci", "Preporučujemo"], sr: ["Прочитајте још", "Pročitajte još", "Povezane vesti"],
  sl: ["Preberite tudi", "Povezani članki"], lt: ["Taip pat skaitykite", "Susiję straipsniai"], lv: ["Lasi arī", "Saistītie raksti"],
  et: ["Loe ka", "Seotud artiklid"], fi: ["Lue myös", "Katso myös", "Aiheeseen liittyvät"],
  sv: ["Läs också", "Läs även", "Relaterat", "Mer om ämnet"], no: ["Les også", "Relaterte saker"],
  da: ["Læs også", "Relaterede artikler"], is: ["Lestu einnig"], tr: ["İlgili haberler", "İlgili haber", "İlginizi çekebilir", "Bunlar da ilginizi çekebilir", "Benzer haberler"],
  he: ["כתבות נוספות", "עוד בנושא", "כתבות קשורות", "מומלצים", "אולי יעניין אותך"],
  ar: ["اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة"],
  fa: ["بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط"], ur: ["مزید پڑھیں", "متعلقہ خبریں"],
  hi: ["ये भी पढ़ें", "यह भी पढ़ें", "संबंधित खबरें", "और पढ़ें"], bn: ["আরও পড়ুন", "সম্পর্কিত খবর"],
  ta: ["இதையும் படிக்க", "தொடர்புடைய செய்திகள்"], te: ["ఇవి కూడా చదవండి", "సంబంధిత వార్తలు"], mr: ["हेही वाचा", "संबंधित बातम्या"],
  th: ["ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "อ่านเพิ่มเติม"], km: ["អានបន្ថែម", "ព័ត៌មានពាក់ព័ន្ធ"], lo: ["ອ່ານເພີ່ມເຕີມ", "ຂ່າວທີ່ກ່ຽວຂ້ອງ"], my: ["ဆက်စပ်သတင်းများ"], ka: ["ასევე წაიკითხეთ"], hy: ["Կարդացեք նաև"], vi: ["Tin liên quan", "Bài liên quan", "Xem thêm"],
  id: ["Baca juga", "Berita terkait", "Artikel terkait", "Rekomendasi"], ms: ["Baca juga", "Berita berkaitan", "Artikel berkaitan"],
  sw: ["Habari zinazohusiana", "Soma pia"], ja: ["関連記事", "関連ニュース", "あわせて読みたい", "おすすめ記事", "この記事を読んだ人におすすめ", "こちらもおすすめ"],
  zh: ["相关新闻", "相關新聞", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "相关内容", "相關內容", "相关报道", "相關報導"], ko: ["관련기사", "관련 기사", "추천 기사"],
  ca: ["Llegeix també", "Notícies relacionades"],
  am: ["ተዛማጅ ዜናዎች", "ተዛማጅ ዜና"],
};

const all = (table: ByLanguage): string[] => Object.values(table).flat();

/**
 * A line that opens with a call to click or to get the app ("CLICK HERE TO GET THE FOX NEWS APP",
 * "Klicken Sie hier, um …", "Baixe o app"): evidence of a promotion, which the line model weighs
 * with the line's shape (a sentence that tells of clicking stays). Lower case, tried on the lower-cased line.
 */
const promptOpening = String.raw`^(?:click here|tap here|download (?:the|our) app|get the .{1,30} app\b|klicken sie hier|hier klicken|laden sie (?:die|unsere) app|cliquez ici|téléchargez (?:l'|notre )app|haga clic aquí|pulse aquí|descarga (?:la|nuestra) app|clique aqui|baixe o app|clicca qui|scarica (?:l'|la nostra )app|klik hier|download de app|kliknij tutaj|pobierz aplikację|нажмите здесь|скачайте приложение|натисніть тут|klikk her|last ned appen|klicka här|ladda ner appen|klik her|hent appen|napsauta tästä|lataa sovellus|buraya tıklayın|uygulamayı indirin|לחצו כאן|הורידו את האפליקציה|اضغط هنا|حمّل التطبيق|یہاں کلک کریں|यहां क्लिक करें|यहाँ क्लिक करें|ऐप डाउनलोड करें|คลิกที่นี่|nhấn vào đây|bấm vào đây|klik di sini|unduh aplikasi|ここをクリック|アプリをダウンロード|点击这里|点击下载|여기를 클릭|앱 다운로드)(?![\p{L}])`;

/**
 * What the page says to its reader around an embed, a player or a widget, by concept and in
 * several languages (lower case, tried on the lower-cased line): evidence of page noise, which
 * proves a line noise only as a whole short line or when it speaks to the reader (noise-proof.ts).
 * Each pattern names the page's own machinery (an external content's consent, the AI voice of an
 * audio player, the comment section's disclaimer, a trust box), not a subject a story reports on.
 */
const L = String.raw`(?![\p{L}\p{N}])`;
const pagePrompts: Readonly<Record<string, readonly string[]>> = {
  /** An embed held back until the reader consents ("Externer Inhalt", "Inhalt von X anzeigen", "Jag godkänner…"). */
  embedConsent: [
    String.raw`\b(?:externen?|externer|externe) inhalte?${L}`, String.raw`\b(?:external|third[- ]party) content\b`, String.raw`\bextern(?:t)? innehåll${L}`,
    String.raw`\beksternt? (?:innhold|indhold)${L}`, String.raw`\bcontenus? externes?\b`, String.raw`\bcontenidos? externos?\b`, String.raw`\bconteúdos? externos?${L}`,
    String.raw`\bcontenuti? estern[oi]\b`, String.raw`\bexterne inhoud\b`, String.raw`\bulkoi(?:nen|sta) sisältö`, String.raw`\btreś(?:ci|ć) zewnętrzn`,
    String.raw`^(?:inhalte? von|show content from|load content from|view content from|allow content from|visa innehåll från|ladda innehåll från|vis innhold fra|vis indhold fra|afficher le contenu d|mostrar contenido de|mostrar conteúdo d|mostra (?:il )?contenuto d|toon inhoud van|näytä sisältö)${L}`,
    String.raw`^(?:ich bin (?:damit )?einverstanden|ich stimme zu|jag godkänner|jag samtycker|jeg godtar|jeg samtykker|jeg accepterer|i agree to|i accept (?:the|all)|i consent to|j['’]accepte|acepto (?:el|los|las)|aceito (?:o|os|as)|accetto (?:il|i|le)|ik ga akkoord|hyväksyn)${L}`,
  ],
  /** A box that tells why to trust the outlet, or what kind of article this is. */
  trust: [
    String.raw`^why you (?:can|should) trust\b`, String.raw`^why trust us\b`, String.raw`^warum sie (?:uns )?.{0,30}vertrauen`, String.raw`^pourquoi (?:nous )?faire confiance`, String.raw`^por qué confiar`, String.raw`^varför du kan lita på`,
    String.raw`^(?:detta|dette|this|dies) (?:är|er|is|ist) (?:en|et|an?|ein) (?:nyhetsartikel|nyhetsartikkel|nyhedsartikel|news article|nachrichtenartikel|opinion piece|ledare|krönika|kommentar|debattartikel)${L}`,
  ],
  /** The page disowning the sites its box of external links leads to ("非本网站内容BBC概不负责", "The BBC is not responsible for the content of external sites"). */
  externalLinks: [
    String.raw`\bnot responsible for the content of (?:external|other) (?:internet )?(?:sites|websites)\b`, String.raw`\bnicht verantwortlich für (?:den )?inhalte? (?:externer|anderer) (?:seiten|websites|internetseiten)`,
    String.raw`\bn['’]est pas responsable du contenu des sites (?:internet )?(?:externes|tiers)\b`, String.raw`\bno (?:se hace|es) responsable del contenido de (?:los )?sitios (?:externos|de terceros)\b`,
    String.raw`не (?:несет|несёт) ответственности за содержание (?:внешних|других) (?:интернет-)?сайтов`, String.raw`(?:非本网站内容|非本網站內容|外部网站内容|外部網站內容).{0,12}(?:概不负责|概不負責|不负责|不負責)`,
    String.raw`外部サイトの内容.{0,20}責任を負いません`,
  ],
  /** An app's advertisement that calls the reader to get it ("Die X-App … Hier gratis herunterladen"). */
  app: [
    String.raw`^(?:get|download) (?:the|our) .{0,40}\bapp\b`, String.raw`^(?:holen sie sich|laden sie sich|laden sie) (?:die|unsere) .{0,40}app${L}`, String.raw`^(?:hämta|ladda ner|last ned|hent) .{0,40}appen${L}`,
    String.raw`^téléchargez (?:l['’]|notre )`, String.raw`^descarga (?:la|nuestra) .{0,40}app${L}`, String.raw`^baixe o .{0,40}app${L}`,
    String.raw`(?:\bapp\b|-app${L}|アプリ|应用|앱).{0,160}\b(?:hier|here|jetzt|now|gratis|kostenlos|free|här|her|ici|aquí|aqui|qui)\b.{0,20}(?:herunterladen|download|ladda ner|last ned|hent|télécharg|descarg|baix|scaric)`,
  ],
  /** An audio player's note on its machine voice ("Ljuduppspelningen är AI-genererad"). */
  audio: [
    String.raw`^(?:ljuduppspelningen|uppläsningen|opplesningen|oplæsningen|the audio (?:version|playback)|this audio|die audioversion|die vorlesefunktion|la version audio|la lecture audio|el audio)${L}.{0,80}(?:\b(?:ai|ki|ia)\b|\b(?:ai|ki|ia)-|genere|generat|generi|synthe)`,
    String.raw`^(?:listen to this article|hör dir den artikel an|lyssna på artikeln|lytt til artikkelen|écouter cet article|escucha este artículo)${L}`,
  ],
  /** The comment section's disclaimer ("Os comentários não representam a opinião do jornal"). */
  comments: [String.raw`^(?:os comentários|los comentarios|les commentaires|i commenti|the comments|comments|die kommentare|kommentarerna|kommentarene) (?:não|no|ne|non|do not|don['’]t|geben nicht|spiegeln nicht|representerar inte|representerer ikke) (?:representam|representan|représentent|rappresentano|represent|reflect|die meinung|necessarily)`],
  /** A cookie banner: the site says it uses cookies ("Questo sito utilizza cookie", "Ta strona używa plików cookie"). */
  cookies: [
    String.raw`^(?:questo sito|il sito|questo sito web) (?:utilizza|usa) (?:i )?cookie`, String.raw`^(?:este site|este sítio|o site) (?:utiliza|usa) cookies`, String.raw`^(?:usamos|utilizamos) cookies`,
    String.raw`^(?:deze (?:web)?site|wij) (?:gebruikt|gebruiken|maakt gebruik van) cookies`, String.raw`^(?:ta strona|serwis|strona) (?:używa|korzysta z|wykorzystuje) (?:plików )?cookie`,
    String.raw`^(?:этот |наш )?сайт использует (?:файлы )?cookie`, String.raw`^(?:цей |наш )?сайт використовує (?:файли )?cookie`, String.raw`^(?:tento web|tento web používá|tyto stránky používají)(?: používá)? (?:soubory )?cookies`,
    String.raw`^(?:acest site|site-ul nostru) (?:folosește|utilizează) (?:module )?cookie`, String.raw`(?:weboldal|honlap) sütiket használ`, String.raw`^(?:bu (?:web )?site|sitemiz) çerez(?:ler)?`, String.raw`çerez(?:ler)?i? kullan(?:ıyoruz|maktadır|ır)`,
    String.raw`^(?:tämä sivusto|sivustomme) käyttää evästeitä`, String.raw`^(?:denna webbplats|webbplatsen) använder (?:kakor|cookies)`, String.raw`^(?:dette nettstedet|nettstedet) bruker (?:informasjonskapsler|cookies)`,
    String.raw`^(?:this (?:web)?site|our (?:web)?site) uses cookies`, String.raw`^(?:diese (?:web)?seite|wir) (?:verwendet|verwenden|nutzt|nutzen) cookies`, String.raw`^(?:ce site|notre site) (?:utilise|utilisons) (?:des )?cookies`,
    String.raw`^(?:este sitio|nuestro sitio) (?:web )?(?:utiliza|usa) cookies`, String.raw`^(?:αυτός ο ιστότοπος|ο ιστότοπος) χρησιμοποιεί cookies`,
    String.raw`^(?:هذا الموقع|يستخدم هذا الموقع|نستخدم) (?:ملفات )?(?:تعريف الارتباط|الكوكيز|كوكيز)`, String.raw`^(?:אתר זה|האתר) משתמש בעוגיות`, String.raw`(?:本网站|本站|本網站)使用(?:cookie|Cookie)`, String.raw`(?:当サイト|本サイト)(?:では)?.{0,10}(?:cookie|クッキー)`, String.raw`(?:쿠키를 사용|쿠키 사용)`,
  ],
  /** A sign-up whose last words call the reader to it ("Der Newsletter … Hier geht es zur Anmeldung"). */
  signUp: [
    // (the page's imperative that opens the line: "Sign up for our free morning newsletter …", "Abonnez-vous à notre newsletter")
    String.raw`^(?:sign up|subscribe)(?: now| today| free)?(?: for| to)${L}.{0,80}(?:newsletter|briefing|inbox|bulletin|alerts)`, String.raw`^(?:abonnieren sie|melden sie sich)${L}.{0,80}newsletter`,
    String.raw`^(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|la|nos) (?:newsletter|lettre)`, String.raw`^(?:suscríbete|suscribete|regístrate) (?:a|al) (?:nuestr[oa] |el |la )?(?:newsletter|boletín)`,
    String.raw`^(?:assine|inscreva-se|cadastre-se) (?:a|na|em|à) (?:nossa )?newsletter`, String.raw`^подпишитесь на (?:нашу |наш )?(?:рассылку|newsletter)`,
    // (the sign-up's imperative in other languages: "اشترك في نشرتنا", "הירשמו לניוזלטר", "bültenimize abone olun", "뉴스레터 구독하기")
    String.raw`^(?:اشترك|اشتركي|اشتركوا|سجّل|سجل) (?:في|ب|الآن في) (?:نشرت|النشرة)`, String.raw`^הירשמו ל(?:ניוזלטר|עדכונים)`, String.raw`(?:bültenimize|e-bültenimize|bültene) (?:abone ol|kaydol)`,
    String.raw`뉴스레터.{0,20}(?:구독|신청)`, String.raw`(?:ニュースレター|メルマガ).{0,20}(?:登録|購読)`, String.raw`(?:订阅|訂閱).{0,10}(?:新闻简报|电子报|電子報|通讯|通訊)`,
    String.raw`(?:न्यूज़लेटर|न्यूजलेटर).{0,40}(?:सब्सक्राइब|साइन अप|जुड़ें)`, String.raw`(?:خبرنامه).{0,40}(?:عضو شوید|مشترک شوید|ثبت‌نام)`,
    // (the page's own newsletter, "our newsletter", in its voice: "Jetzt unseren Newsletter abonnieren und …")
    String.raw`(?:^|[^\p{L}])(?:unseren|unser|our|notre|nos|nuestro|nuestros|nosso|nossa|nostra|onze|vårt|vores|vårt|naszego|nasz|наш[уа]?|нашу|нашої) (?:\p{L}+ )?(?:newsletters?|nyhetsbrev|nyhedsbrev|nieuwsbrief|uutiskirje|boletín|рассылку|розсилку|e-mail briefing)${L}`,
    String.raw`(?:newsletter|nyhetsbrev|nyhedsbrev|nieuwsbrief|briefing|uutiskirje).{0,200}(?:zur anmeldung|hier anmelden|jetzt anmelden|sign up here|subscribe here|anmäl dig|registrera dig|meld deg på|tilmeld dig|inscrivez-vous|suscríbete|inscreva-se|iscriviti)`,
  ],
};

/** Every page prompt pattern (merged into every lexicon's noise patterns). */
export const pagePromptPatterns = (): string[] => Object.values(pagePrompts).flat();

// (a pattern set, not one alternation: each pattern compiled when a line opens with its words, text/pattern-set.ts)
const openingPrompt = patternSet(pagePromptPatterns().filter((p) => p.startsWith("^")), "u");
/**
 * Whether a line opens as the page's own prompt ("Ich bin damit einverstanden, …", "Why you can
 * trust …", "Os comentários não representam …"): the page speaking of its embeds, players and
 * comments in its own words, which no reported sentence opens with.
 */
export const opensAsPagePrompt = (text: string): boolean => openingPrompt.test(text.trim().toLocaleLowerCase());

/** "Here" in the languages of the table: a closing call to act ("Hier geht es zur Anmeldung", "Mer om oss här", "Sign up here"). */
const hereWords = new Set(["hier", "here", "här", "her", "ici", "aquí", "aqui", "qui", "tästä", "tutaj", "zde", "aici", "ここ", "这里", "這裡", "여기"]);
/**
 * Whether a line's last sentence is a short call to act that points "here" (at most six words):
 * the page asking the reader to click, not a reported sentence.
 */
export function endsWithCallHere(text: string, wordsOf: (text: string) => readonly string[]): boolean {
  const trimmed = text.trim();
  const cut = Math.max(trimmed.lastIndexOf(". ", trimmed.length - 2), trimmed.lastIndexOf("! ", trimmed.length - 2));
  if (cut < 0) return false;
  const last = wordsOf(trimmed.slice(cut + 2));
  return last.length >= 1 && last.length <= 6 && last.some((w) => hereWords.has(w.toLocaleLowerCase()));
}

/** The interface words of every language as one lexicon of whole lines (merged into every article's). */
export const interfaceWords: Lexicon = {
  speechVerbs: [], titles: [], pronouns: [], bylinePrefixes: [], reporterWords: [], creditLabels: [], captionLabels: [],
  relatedTitles: all(boxTitles),
  noise: Object.values(noiseConcepts).flatMap(all),
  noisePatterns: pagePromptPatterns(),
  videoMarkers: [], months: Array.from({ length: 12 }, () => []), updatedWords: [],
};

// (a Turkish "İ" lowers to "i" and a combining dot: the dot is dropped, "İLGİNİZİ" is "ilginizi")
const readKey = (s: string) => s.toLocaleLowerCase().replace(/i\u0307/gu, "i").replace(/[\s:：.…!]+$/u, "").replace(/\s+/gu, " ").trim();
/** Recent lines' keys: every line is asked against several of the tables below (a memo, emptied when it grows). */
const recentKeys = new Map<string, string>();
function lineKey(s: string): string {
  let key = recentKeys.get(s);
  if (key === undefined) {
    if (recentKeys.size >= 4096) recentKeys.clear();
    recentKeys.set(s, (key = readKey(s)));
  }
  return key;
}
const tagLabelKeys = new Set(all(tagLabels).map(lineKey));
/** Whether a whole line is a tags label ("Topics", "Relaterte emner:"), in any language of the table. */
export const isTagLabel = (text: string): boolean => tagLabelKeys.has(lineKey(text));
/** "Topics: olympics, swimming, australia": a tags label and its tags on one line. */
export function isTagLine(text: string): boolean {
  const colon = text.search(/[:：]/u);
  if (colon <= 0 || !isTagLabel(text.slice(0, colon))) return false;
  const tags = text.slice(colon + 1).split(/[,，、;|]/u).map((t) => t.trim()).filter(Boolean);
  return tags.length >= 1 && tags.every((t) => t.length <= 40 && !/[.!?。！？]$/u.test(t));
}

const authorBoxKeys = new Set(all(authorBoxLabels).map(lineKey));
/** Whether a whole line is the title of the author's box ("About the author", "Об авторе", "기자 프로필"). */
export const isAuthorBoxLabel = (text: string): boolean => authorBoxKeys.has(lineKey(text));

/**
 * Words for "links" that close the title of a box of links ("External links", "Weblinks",
 * "BBC以外链接", "関連リンク", "Полезные ссылки"): plural forms only where a language has them
 * (a lone "Link" is a button's: "Copy link").
 */
const linkWords: ByLanguage = {
  en: ["links"], de: ["links", "weblinks"], fr: ["liens"], es: ["enlaces", "vínculos"], pt: ["links", "ligações"], it: ["link", "collegamenti"],
  nl: ["links", "weblinks"], pl: ["linki", "odnośniki"], ru: ["ссылки"], uk: ["посилання"], sv: ["länkar"], no: ["lenker"], da: ["links"], fi: ["linkit"],
  tr: ["bağlantılar", "linkler"], ar: ["روابط"], fa: ["پیوندها", "لینک‌ها"], he: ["קישורים"], hi: ["लिंक"], vi: ["liên kết"], id: ["tautan"],
  ja: ["リンク"], zh: ["链接", "連結", "鏈接"], ko: ["링크"],
};
const linkWordSet = new Set(all(linkWords).map((w) => w.toLocaleLowerCase()));
const unspacedLinkWords = ["リンク", "链接", "連結", "鏈接", "링크"];
const linkWordEnds = new Set([...linkWordSet, ...unspacedLinkWords].map((w) => (w.at(-1) as string).toLocaleLowerCase()));
/**
 * Whether a line titles a box of links by the word "links" at its end ("External links",
 * "BBC以外链接", "与内文相关的链接"): at most six words, no sentence, no colon with a value after it.
 */
export function isLinksTitle(text: string): boolean {
  // (told first by its last letter, past spaces and a colon: most lines end in no link word's letter)
  let end = text.length - 1;
  while (end >= 0 && /[\s:：]/u.test(text[end] as string)) end--;
  if (end < 0 || !linkWordEnds.has((text[end] as string).toLocaleLowerCase())) return false;
  const line = text.trim().replace(/[:：]$/u, "");
  if (line.length === 0 || line.length > 60 || /[.!?。！？]$/u.test(line)) return false;
  if (unspacedLinkWords.some((w) => line.endsWith(w))) return line.length > 2;
  const words = line.split(/\s+/u);
  return words.length >= 2 && words.length <= 6 && linkWordSet.has((words[words.length - 1] as string).toLocaleLowerCase());
}

const boxTitleKeys = new Set(all(boxTitles).map(lineKey));
/** Whether a whole line is the title of a related-links box ("Related", "Veja também", "관련기사"), in any language of the table. */
export const isBoxTitleLine = (text: string): boolean => boxTitleKeys.has(lineKey(text));

const homeKeys = new Set(all(homeLabels).map(lineKey));
/** Whether a line is a breadcrumb from the home page: a home label, a separator, a section ("Home > World", "Trang chủ » Thời sự"). */
export function isHomeCrumb(text: string): boolean {
  const parts = text.split(/\s*(?:\s[/|·•]\s|[›»>→＞〉])\s*/u);
  return parts.length >= 2 && parts.length <= 6 && homeKeys.has(lineKey(parts[0] ?? "")) && parts.every((p) => p.length > 0 && p.length <= 40 && !/[.!?。]$/u.test(p));
}

const adKeys = new Set(Object.values(noiseConcepts.advertisement ?? {}).flat().map(lineKey));
/** Whether a whole line is an advertisement's label ("ADVERTISEMENT", "Anzeige", "Annons", "광고"). */
export const isAdLabel = (text: string): boolean => adKeys.has(lineKey(text));

const imageControlKeys = new Set(Object.values(noiseConcepts.images ?? {}).flat().map(lineKey));
/** Whether a whole line is a control of the page's pictures ("Enlarge this image", "Bild vergrössern", "拡大する", "사진 확대", "Fotos"). */
export const isImageControl = (text: string): boolean => text.length <= 40 && imageControlKeys.has(lineKey(text));

const playerKeys = new Set(Object.values(noiseConcepts.player ?? {}).flat().map(lineKey));
/** A player's control alone on its line ("Sous-titres", "Stummschalten", "재생", "再生"), or its elapsed and total time ("0:00 / 2:31"). */
export const isPlayerControl = (text: string): boolean =>
  text.length <= 40 && (playerKeys.has(lineKey(text)) || (text.includes("/") && /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/u.test(text)));

const siteListKeys = new Set(Object.values(noiseConcepts.siteLists ?? {}).flat().map(lineKey));
/** Whether a whole line is the title of a site-wide list ("Most read", "많이 본 뉴스", "Les plus lus"). */
export const isSiteListLabel = (text: string): boolean => siteListKeys.has(lineKey(text));

const commentKeys = new Set(Object.values(noiseConcepts.comments ?? {}).flat().map(lineKey));
/** Whether a line opens a comments section: a comments label ("Comentar", "Kommentare", "댓글") or a count of comments ("18 comments", "Comments (18)"). */
export function isCommentsLabel(text: string): boolean {
  return commentKeys.has(lineKey(text)) || commentKeys.has(lineKey(text.replace(/^\s*\d+\s+|\s*[(（]\d+[)）]\s*$|\s+\d+\s*$/gu, "")));
}

const prompt = new RegExp(promptOpening, "u");
/** "CLICK HERE TO GET THE APP", "Baixe o app do Jornal": a short line (no sentence) that opens with a call to click or to get the app. */
export const isPromptLine = (text: string, words: number): boolean => words <= 14 && !/[.!?。！？…]$/u.test(text.trim()) && prompt.test(text.trim().toLocaleLowerCase());

/**
 * Words by which a page speaks to its reader ("you", "your", "our", "we"): a prompt ("We use
 * cookies to give you …", "Get the best stories straight to your inbox") addresses the reader; a
 * news sentence that merely names a cookie policy or a newsletter reports on a third party. Lower
 * case, whole words (Intl.Segmenter words), by language.
 */
const readerWords: ByLanguage = {
  en: ["you", "your", "yours", "we", "our", "us"], de: ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "du", "dein", "deine", "dich", "dir", "wir", "unser", "unsere", "unseren", "uns"],
  fr: ["vous", "votre", "vos", "nous", "notre", "nos", "tu"], es: ["usted", "ustedes", "tu", "tus", "te", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras"],
  pt: ["você", "vocês", "seu", "sua", "seus", "suas", "nós", "nosso", "nossa", "nossos", "nossas"], it: ["voi", "vostro", "vostra", "tuo", "tua", "ti", "noi", "nostro", "nostra", "nostri", "nostre"],
  nl: ["u", "uw", "je", "jij", "jouw", "we", "wij", "ons", "onze"], pl: ["ty", "twój", "twoja", "wy", "wasz", "nasz", "nasza", "nasze", "państwo"],
  ru: ["вы", "вас", "вам", "ваш", "ваша", "ваши", "мы", "нас", "наш", "наша", "наши"], uk: ["ви", "вас", "вам", "ваш", "ваша", "ми", "нас", "наш", "наша"],
  sv: ["du", "dig", "din", "ditt", "dina", "ni", "er", "vi", "oss", "vår", "vårt", "våra"], no: ["du", "deg", "din", "ditt", "dine", "vi", "oss", "vår", "vårt", "våre"],
  da: ["du", "dig", "din", "dit", "dine", "jer", "vi", "os", "vores"], fi: ["sinä", "sinun", "te", "teidän", "me", "meidän"], tr: ["siz", "sizin", "sizi", "size", "biz", "bizim", "bizi"],
  cs: ["vy", "váš", "vaše", "náš", "naše"], hu: ["ön", "önnek", "önök"], ro: ["dumneavoastră", "tu", "voi", "noi", "nostru", "noastră"],
  ja: ["あなた", "皆様", "皆さま", "当サイト"], zh: ["您", "你", "我们", "我們", "本站", "本网站"], ko: ["귀하", "여러분", "당신"], ar: ["أنت", "لك", "نحن"], he: ["אתם", "שלכם", "אנחנו", "שלנו"],
  hi: ["आप", "आपके", "आपकी", "आपका", "हम", "हमारे", "हमारी", "हमारा"], bn: ["আপনি", "আপনার", "আমরা", "আমাদের"], ta: ["நீங்கள்", "உங்கள்", "எங்கள்"], ur: ["آپ", "ہم", "ہمارے"], fa: ["شما"], id: ["anda", "kami"], vi: ["bạn", "chúng tôi"], th: ["คุณ", "เรา"], el: ["σας", "μας", "εσείς", "εμείς"],
};
// (a word with a capital is compared as written: German "Sie", "Ihre" address the reader, "sie", "ihre" are she and they)
const readerKeys = new Set(all(readerWords));
/** Whether a word (of Intl.Segmenter) is one by which a page addresses its reader, in some language. */
export const isReaderWord = (word: string): boolean =>
  readerKeys.has(word) || (word.toLocaleUpperCase() !== word && readerKeys.has(word.toLocaleLowerCase())); // ("US", the country, is no "us")
/**
 * The page's own "we" and "our" ("our newsletter", "unserer Seite", "vår podd", "हमारे चैनल"): the
 * possessives by which a page speaks of its own things. A story that tells its reader what to do
 * ("If you have a smartphone, download the council's app …") says "you", not "our".
 */
const pageOwnWords: ByLanguage = {
  en: ["we", "our", "us"], de: ["wir", "unser", "unsere", "unseren", "unserer", "unserem", "uns"], fr: ["nous", "notre", "nos"], es: ["nuestro", "nuestra", "nuestros", "nuestras"],
  pt: ["nosso", "nossa", "nossos", "nossas"], it: ["nostro", "nostra", "nostri", "nostre"], nl: ["we", "wij", "ons", "onze"], sv: ["vi", "oss", "vår", "vårt", "våra"], no: ["vi", "oss", "vår", "vårt", "våre"],
  da: ["vi", "os", "vores"], fi: ["me", "meidän"], pl: ["nasz", "nasza", "nasze"], ru: ["мы", "нас", "наш", "наша", "наши", "нашу"], tr: ["biz", "bizim"], ar: ["نحن"], hi: ["हम", "हमारे", "हमारी", "हमारा"],
  ja: ["当サイト", "弊社"], zh: ["我们", "我們", "本站", "本网站"], ko: ["저희", "우리"],
};
const pageOwnKeys = new Set(all(pageOwnWords));
/** Whether a line speaks as the page, of its own things ("our", "unserer", "हमारे"): one of its words, or in an unspaced script one standing in the line. */
export const speaksAsPage = (text: string, words: readonly string[]): boolean =>
  words.some((w) => pageOwnKeys.has(w.toLocaleLowerCase()) && w !== "US") || all(pageOwnWords).some((w) => /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(w) && text.includes(w));
const unspacedReaderWords = all(readerWords).filter((w) => /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(w));
/** Whether a line addresses its reader: one of its words (`isReaderWord`), or in Korean and Japanese, whose words carry their particles ("당신의", "あなたに"), one standing in the line. */
export const addressesReader = (text: string, words: readonly string[]): boolean => words.some(isReaderWord) || unspacedReaderWords.some((w) => text.includes(w));

/** Network names too common as words to tell a share button or a prompt ("X", "Mail", "Signal", "Threads"). */
const commonNames = new Set(["X", "Mail", "Email", "E-mail", "Copy", "SMS", "Signal", "Pocket", "Threads", "Messenger", "Band", "밴드", "네이버"]);
const networkNames = new Set([...all(noiseConcepts.networks ?? {}).filter((n) => !commonNames.has(n) && !n.includes(" ")), "Google"]);
/**
 * Whether a word (of Intl.Segmenter, as written) names a social network or a messenger
 * ("WhatsApp", "Telegram", "LINE", "Google", "ВКонтакте"): the same in every language, so a prompt
 * to follow the paper there reads the same way in Greek, Romanian or Turkish.
 */
export const isNetworkName = (word: string): boolean => networkNames.has(word);

/**
 * The verbs by which a page calls its reader to follow, subscribe, join, get the app or sign up
 * (text/noise-promo.ts): evidence of a call to action, never proof alone. Lower case, as the line
 * opens with them in languages whose imperative comes first ("Siga o canal …", "Abonnez-vous",
 * "تابعوا …", "扫码关注 …") and as it closes with them where the verb comes last ("ऐप डाउनलोड करें",
 * "구독하기", "アプリで受け取る").
 */
const callVerbs: ByLanguage = {
  en: ["follow", "subscribe", "join", "sign up", "download", "get", "install", "register", "receive", "add"],
  pt: ["siga", "sigam", "assine", "receba", "baixe", "inscreva-se", "entre", "entrar", "participe", "acesse", "cadastre-se", "ative", "clique"],
  es: ["sigue", "síguenos", "suscríbete", "suscribete", "únete", "unete", "recibe", "descarga", "apúntate", "apuntate", "regístrate", "registrate", "inscríbete", "activa", "hazte"],
  fr: ["suivez", "suivez-nous", "abonnez-vous", "recevez", "inscrivez-vous", "téléchargez", "rejoignez", "rejoignez-nous", "je m'inscris", "s'inscrire", "s'abonner", "je m'abonne", "activez"],
  de: ["folgen", "folgt", "abonnieren", "jetzt", "laden", "melden", "registrieren", "erhalten", "holen", "abonniere", "folge"],
  it: ["segui", "seguici", "iscriviti", "ricevi", "scarica", "abbonati", "unisciti", "attiva"],
  nl: ["volg", "abonneer", "download", "ontvang", "schrijf je in", "meld je aan", "word abonnee"],
  ar: ["تابعوا", "تابع", "تابعونا", "حمّل", "حمل", "اشترك", "اشتركوا", "انضم", "انضموا", "نزّل", "حملوا"],
  ru: ["подпишитесь", "подписывайтесь", "читайте", "скачайте", "присоединяйтесь"], tr: ["takip edin", "abone olun", "indirin", "katılın"],
  zh: ["扫码", "关注", "下载", "订阅", "加入", "點擊", "点击", "關注", "下載", "訂閱"],
  hi: ["डाउनलोड करें", "फॉलो करें", "सब्सक्राइब करें", "जुड़ें", "ज्वाइन करें", "क्लिक करें"],
  ko: ["구독하기", "구독", "팔로우", "다운로드", "추가하기", "받아보기", "설치하기", "받아보세요", "설치하세요", "구독하세요", "다운로드하세요"],
  sv: ["följ", "prenumerera", "ladda ner", "anmäl dig", "registrera dig", "hämta", "bli prenumerant"],
  no: ["følg", "abonner", "last ned", "meld deg på", "hent", "bli abonnent"], da: ["følg", "abonnér", "hent", "tilmeld dig", "bliv abonnent"],
  ja: ["フォローする", "フォロー", "登録する", "登録", "ダウンロード", "受け取る", "読む", "友だち追加"],
};
/** The page's channels for its stories: an app, a channel, a newsletter, an official account (with the networks' names, `isNetworkName`). */
const channelWords: ByLanguage = {
  en: ["app", "apps", "channel", "newsletter", "newsletters", "alerts", "briefing"], pt: ["app", "aplicativo", "canal", "newsletter", "celular"], es: ["app", "aplicación", "canal", "newsletter", "boletín"],
  fr: ["app", "appli", "application", "chaîne", "newsletter", "lettre"], de: ["app", "kanal", "newsletter"], it: ["app", "canale", "newsletter"], nl: ["app", "kanaal", "nieuwsbrief"],
  ar: ["التطبيق", "تطبيق", "قناتنا", "قناة", "النشرة"], ru: ["приложение", "канал", "рассылку"], tr: ["uygulama", "kanal", "kanalımız"],
  zh: ["客户端", "公众号", "公眾號", "频道", "頻道", "app", "APP"], hi: ["ऐप", "चैनल"], ko: ["앱", "채널"], ja: ["アプリ", "公式アカウント", "チャンネル"],
};
const callKeys = all(callVerbs).map((v) => v.toLocaleLowerCase());
const channelKeys = new Set(all(channelWords).map((w) => w.toLocaleLowerCase()));
/** Scripts written without spaces: a verb or a channel's word is found inside the line, not as a word. */
const unspacedScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** Whether each call verb is in an unspaced script, and the verbs by their first and last letters (built on first use). */
const callUnspaced = callKeys.map((v) => unspacedScript.test(v));
let callIndexCache: { byFirst: Map<string, number[]>; byLast: Map<string, number[]> } | null = null;
function callIndex(): { byFirst: Map<string, number[]>; byLast: Map<string, number[]> } {
  if (callIndexCache !== null) return callIndexCache;
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  callKeys.forEach((v, at) => {
    if (v === "") return;
    byFirst.set(v.charAt(0), [...(byFirst.get(v.charAt(0)) ?? []), at]);
    byLast.set(v.charAt(v.length - 1), [...(byLast.get(v.charAt(v.length - 1)) ?? []), at]);
  });
  return (callIndexCache = { byFirst, byLast });
}
/** A verb of the table opening the line (after any leading symbols), or closing it. */
export function callVerbAt(text: string): "opens" | "closes" | null {
  const line = text.trim().replace(/^[^\p{L}\p{N}]+/u, "").replace(/[\s!！.。…]+$/u, "").toLocaleLowerCase();
  if (line === "") return null;
  // (only the verbs that begin with the line's first letter or end with its last can match, in the list's order)
  const { byFirst, byLast } = callIndex();
  const first = byFirst.get(line.charAt(0)) ?? [];
  const last = byLast.get(line.charAt(line.length - 1)) ?? [];
  // (both lists are in the list's order: merged as they are walked, no array built per line)
  for (let f = 0, l = 0; f < first.length || l < last.length; ) {
    const a = first[f] ?? Infinity;
    const b = last[l] ?? Infinity;
    const at = a <= b ? a : b;
    if (a <= b) f++;
    if (b <= a) l++;
    const v = callKeys[at] as string;
    const unspaced = callUnspaced[at] as boolean;
    if (line.startsWith(v) && (unspaced || !/[\p{L}\p{M}]/u.test(line.charAt(v.length)))) return "opens";
    if (line.endsWith(v) && (unspaced || line.length === v.length || !/[\p{L}\p{M}]/u.test(line.charAt(line.length - v.length - 1)))) return "closes";
  }
  return null;
}
/** Whether a word (of Intl.Segmenter) names a channel of the page's (an app, a channel, a newsletter) or a network; in an unspaced script, whether the line holds one. */
export function namesChannel(text: string, words: readonly string[]): boolean {
  if (words.some((w) => channelKeys.has(w.toLocaleLowerCase()) || isNetworkName(w) || (/[-‐]/u.test(w) && w.split(/[-‐]/u).some(isNetworkName)))) return true;
  if (!unspacedScript.test(text)) return false;
  for (const w of channelKeys) if (unspacedScript.test(w) && text.includes(w)) return true;
  return false;
}

/**
 * The page's own things, which its furniture names and a story seldom does in the reader's second
 * person: the article itself, its column and edition, the subscription and the free articles left,
 * the comments and their rules, the newsletter and the inbox, the app, the podcast, the cookies,
 * the newsroom's corrections (text/noise-voice.ts). Evidence only, weighed with the reader addressed,
 * the line's place on the page and a call to act. Lower case; in scripts without spaces between
 * words (and Korean, whose words carry their particles) found inside the line.
 */
const pageWords: ByLanguage = {
  en: ["article", "articles", "column", "columns", "columnist", "edition", "newsletter", "newsletters", "inbox", "subscriber", "subscribers", "subscription", "subscribe", "podcast", "podcasts", "comments", "guidelines", "app", "cookies", "briefing", "journalism", "newsroom"],
  de: ["artikel", "artikels", "beitrag", "abo", "abonnement", "abonnenten", "newsletter", "postfach", "kommentare", "kommentarbereich", "ausgabe", "printausgabe", "app", "cookies", "podcast", "redaktion", "website", "webseite"],
  fr: ["article", "articles", "abonné", "abonnés", "abonnement", "newsletter", "lettre", "commentaires", "charte", "édition", "application", "appli", "cookies", "podcast", "rédaction", "corrections", "chronique"],
  es: ["artículo", "artículos", "suscriptor", "suscriptores", "suscripción", "newsletter", "boletín", "correo", "comentarios", "edición", "aplicación", "app", "cookies", "podcast", "canal", "redacción", "columna"],
  it: ["articolo", "articoli", "abbonato", "abbonati", "abbonamento", "newsletter", "casella", "commenti", "commento", "edizione", "app", "cookie", "podcast", "canale", "redazione", "policy"],
  pt: ["artigo", "artigos", "reportagem", "reportagens", "matéria", "texto", "assinante", "assinantes", "assinatura", "newsletter", "e-mail", "comentários", "edição", "aplicativo", "app", "cookies", "podcast", "canal", "redação", "correções", "coluna", "colunista"],
  nl: ["artikel", "artikelen", "abonnee", "abonnees", "abonnement", "nieuwsbrief", "mailbox", "reacties", "krant", "editie", "app", "cookies", "podcast", "huisregels", "correctiepagina", "redactie", "column"],
  sv: ["artikel", "artikeln", "artiklar", "prenumerant", "prenumeranter", "prenumeration", "prenumerera", "nyhetsbrev", "nyhetsbrevet", "inkorg", "kommentarer", "tidningen", "appen", "app", "cookies", "podd", "poddar", "podden", "debattartikel", "texten", "skribent", "skribenten", "skribenternas", "redaktionen", "krönika"],
  no: ["artikkel", "artikkelen", "artikler", "abonnent", "abonnement", "nyhetsbrev", "kommentarer", "kommentarfeltet", "avisen", "appen", "podkast", "podkasten", "redaksjonen"], da: ["artikel", "artiklen", "artikler", "abonnent", "abonnement", "nyhedsbrev", "kommentarer", "avisen", "appen", "podcast", "redaktionen"],
  fi: ["artikkeli", "artikkelin", "artikkeleita", "tilaaja", "tilaus", "uutiskirje", "kommentit", "sovellus", "podcast"], pl: ["artykuł", "artykułu", "artykuły", "subskrypcja", "prenumerata", "newsletter", "komentarze", "aplikacja", "aplikację", "redakcja"],
  ru: ["статья", "статью", "статьи", "материал", "материала", "подписка", "подписку", "рассылка", "рассылку", "комментарии", "комментариев", "комментирования", "приложение", "редакция", "редакции", "редакцией", "канал", "канале"], tr: ["haber", "makale", "abonelik", "bülten", "yorumlar", "uygulama", "uygulamamızı"],
  ar: ["المقال", "مقال", "المقالة", "الصحيفة", "صحيفة", "لصحيفة", "النشرة", "البريد", "بريدك", "التعليقات", "التعليق", "النسخة", "التطبيق", "تطبيق", "الاشتراك", "كاتب", "كاتبها"],
  hi: ["लेख", "न्यूज़लेटर", "न्यूजलेटर", "इनबॉक्स", "टिप्पणियां", "टिप्पणियाँ", "टिप्पणी", "संस्करण", "ऐप", "चैनल", "सब्सक्राइब"],
  ko: ["기사", "구독", "뉴스레터", "메일함", "댓글", "정책", "지면", "앱", "쿠키", "제보", "팟캐스트", "알림"],
  ja: ["記事", "会員", "購読", "ニュースレター", "メール", "コメント", "朝刊", "夕刊", "紙面", "アプリ", "通知", "クッキー"], zh: ["文章", "本文", "订阅", "訂閱", "评论", "評論", "客户端", "公众号", "公眾號"],
};
/**
 * The page speaking of the article itself ("This article was first published …", "Dieser Artikel
 * erschien zuerst …", "この記事は会員限定です", "هذا المقال"): the page's voice, not the reporter's.
 * Lower case, found at a word's start.
 */
const selfReferences: ByLanguage = {
  en: ["this article", "this column", "this story", "this piece"], de: ["dieser artikel", "diesen artikel", "dieses artikels", "dieser beitrag", "diesen beitrag", "dieser text"], fr: ["cet article", "cette chronique", "ce texte"],
  es: ["este artículo", "esta columna", "este texto", "esta noticia"], it: ["questo articolo", "questo testo"], pt: ["este texto", "este artigo", "esta reportagem", "esta coluna", "esta matéria"], nl: ["dit artikel", "deze column", "dit bericht"],
  sv: ["den här artikeln", "denna artikel", "den här texten", "denna text"], no: ["denne artikkelen", "denne teksten"], da: ["denne artikel", "denne tekst"], fi: ["tämä artikkeli", "tämän artikkelin"],
  pl: ["ten artykuł", "tego artykułu", "ten tekst"], ru: ["эта статья", "этой статьи", "эту статью", "этот материал", "этого материала"], tr: ["bu haber", "bu makale"], ar: ["هذا المقال", "هذه المقالة"], hi: ["यह लेख", "इस लेख", "यह खबर", "इस खबर"],
  ko: ["이 기사"], ja: ["この記事", "本記事"], zh: ["本文"],
};
const pageWordKeys = new Set(all(pageWords));
const unspacedPageWords = all(pageWords).filter((w) => unspacedScript.test(w));
/**
 * How many of the page's own things a line names (`pageWords`, a channel's word, a network's name,
 * an e-mail or web address), counted word by word; in an unspaced script (and Korean), every time
 * one stands in the line.
 */
export function pageWordCount(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    // (a word of an unspaced script is counted below, where it stands in the line; an elided article is no part of the word, "l'app", "dell'articolo")
    if (isNetworkName(w)) n++;
    else if (!unspacedScript.test(w)) {
      const lower = w.toLocaleLowerCase();
      const word = /['’]/u.test(lower) ? (lower.split(/['’]/u).at(-1) as string) : lower;
      if (pageWordKeys.has(word) || channelKeys.has(word)) n++;
    }
  }
  if (text.includes("@") && /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u.test(text)) n++;
  else if (/(?:^|\s)(?:https?:\/\/|www\.)?[\p{L}\p{N}-]+\.(?:com|de|fr|es|it|pt|br|nl|se|no|dk|fi|pl|ru|kr|jp|in|uk|org|net|example)(?:\/\S*)?(?=[.\s]|$)/u.test(text)) n++;
  if (unspacedScript.test(text)) for (const w of unspacedPageWords) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++;
  return n;
}
// (a phrase of a spaced script ends at a word's end; Korean and Japanese glue their particles to it: "이 기사는", "この記事は")
const selfReference = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${all(selfReferences).filter((p) => !unspacedScript.test(p)).join("|")})(?![\\p{L}])|${all(selfReferences).filter((p) => unspacedScript.test(p)).join("|")})`,
  "u",
);
/** Whether a line names the article itself ("this article", "dieser Artikel", "この記事"). */
export const refersToItself = (text: string): boolean => selfReference.test(text.toLocaleLowerCase());

/** Reading-time labels ("Reading time", "Lesezeit", "زمان مطالعه", "読了時間"): a label, a number of minutes. */
const readingTimeLabels: ByLanguage = {
  en: ["Reading time", "Read time", "Estimated reading time"], de: ["Lesezeit", "Lesedauer"], fr: ["Temps de lecture", "Lecture"], es: ["Tiempo de lectura", "Lectura"],
  pt: ["Tempo de leitura", "Leitura"], it: ["Tempo di lettura", "Lettura"], nl: ["Leestijd"], pl: ["Czas czytania", "Czas lektury"], ru: ["Время чтения", "Читать", "Чтение"],
  uk: ["Час читання", "Читати"], cs: ["Čas čtení", "Doba čtení"], sk: ["Čas čítania"], hu: ["Olvasási idő"], ro: ["Timp de citire", "Timp de lectură"],
  el: ["Χρόνος ανάγνωσης"], bg: ["Време за четене"], hr: ["Vrijeme čitanja"], sr: ["Време читања", "Vreme čitanja"], sl: ["Čas branja"], lt: ["Skaitymo laikas"],
  lv: ["Lasīšanas laiks"], et: ["Lugemisaeg"], fi: ["Lukuaika"], sv: ["Lästid"], no: ["Lesetid"], da: ["Læsetid"], tr: ["Okuma süresi"],
  he: ["זמן קריאה"], ar: ["وقت القراءة", "مدة القراءة"], fa: ["زمان مطالعه", "زمان خواندن", "مدت زمان مطالعه"], ur: ["پڑھنے کا وقت"],
  hi: ["पढ़ने का समय"], bn: ["পড়ার সময়"], th: ["เวลาอ่าน", "ใช้เวลาอ่าน"], vi: ["Thời gian đọc"], id: ["Waktu baca", "Waktu membaca"], ms: ["Masa membaca"],
  ja: ["読了時間", "この記事は約", "読む時間"], zh: ["阅读时间", "閱讀時間", "预计阅读时间", "閱讀時長"], ko: ["읽는 시간", "읽기 시간", "예상 읽기 시간"],
};
const readingTimeKeys = byFirstChar(all(readingTimeLabels).map(lineKey).sort((a, b) => b.length - a.length));
/**
 * "Reading time: 3 minutes", "زمان مطالعه: ۳ دقیقه", "読了時間：約3分": a whole short line, a
 * reading-time label and a number (any digits) with at most a word or two of unit after it.
 */
export function isReadingTime(text: string): boolean {
  // (a line without a digit is read no further: every line of an article is asked)
  if (text.length > 80 || !/\p{Nd}/u.test(text)) return false;
  const line = lineKey(text);
  if (line.length > 60) return false;
  const label = readingTimeKeys.get(line.charAt(0))?.find((k) => line.startsWith(k));
  return label !== undefined && /^\s*[:：]?\s*(?:\p{L}{1,4}\s*)?\p{Nd}+(?:[-–]\p{Nd}+)?\s*(?:[\p{L}\p{M}.]+\s*){0,2}$/u.test(line.slice(label.length));
}

/**
 * What a rights notice says ("All rights reserved", "무단전재 및 재배포 금지", "版权所有"), lower
 * case: a short line that says it, with or without "©", a year and the owner, is the notice.
 */
const rightsPhrases = [
  "all rights reserved", "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados", "todos os direitos reservados",
  "tutti i diritti riservati", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены", "усі права захищені", "всі права захищені",
  "všechna práva vyhrazena", "všetky práva vyhradené", "minden jog fenntartva", "toate drepturile rezervate", "με επιφύλαξη παντός δικαιώματος",
  "всички права запазени", "sva prava pridržana", "sva prava zadržana", "сва права задржана", "vse pravice pridržane", "visos teisės saugomos",
  "kaikki oikeudet pidätetään", "alla rättigheter förbehållna", "alle rettigheter reservert", "alle rettigheder forbeholdes", "tüm hakları saklıdır",
  "כל הזכויות שמורות", "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "کلیه حقوق", "تمام حقوق", "جملہ حقوق محفوظ", "सर्वाधिकार सुरक्षित", "সর্বস্বত্ব সংরক্ষিত",
  "สงวนลิขสิทธิ์", "bảo lưu mọi quyền", "giữ bản quyền", "hak cipta dilindungi", "hak cipta terpelihara", "無断転載", "無断複製", "版权所有", "版權所有",
  "不得转载", "不得轉載", "禁止转载", "禁止轉載", "무단전재", "무단 전재", "재배포 금지", "재배포금지",
];
/**
 * "© 2026 Busan Ilbo. All rights reserved", "저작권자 © 부산일보 무단전재 및 재배포 금지": a rights
 * notice of at most 20 words (`words` counts them, asked only of a line that says it).
 */
export function isRightsNotice(text: string, words: (text: string) => number): boolean {
  const lower = text.toLocaleLowerCase().replace(/[\s.。!]+$/u, "");
  const marked = /©|\(c\)/u.test(lower);
  // (without the sign, the phrase opens or closes the line: a sentence that mentions rights is no notice;
  // only the phrases that open with the line's first character or close with its last are tried)
  const says = marked ? rightsPhrases.some((p) => lower.includes(p)) : rightsOpening.get(lower.charAt(0))?.some((p) => lower.startsWith(p)) || rightsClosing.get(lower.charAt(lower.length - 1))?.some((p) => lower.endsWith(p));
  return says === true && words(text) <= 20;
}
const rightsOpening = byFirstChar(rightsPhrases);
const rightsClosing = byFirstChar(rightsPhrases, (p) => p.charAt(p.length - 1));

/** Phrases grouped by their first character (or the character `at` gives), each group in the order of `phrases`. */
function byFirstChar(phrases: readonly string[], at = (p: string) => p.charAt(0)): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const group = groups.get(at(p));
    if (group) group.push(p);
    else groups.set(at(p), [p]);
  }
  return groups;
}

/** The languages the table names, for tests and the README. */
export const interfaceLanguages = (): string[] => [...new Set([...Object.values(noiseConcepts).flatMap((t) => Object.keys(t)), ...Object.keys(boxTitles)])].sort();
