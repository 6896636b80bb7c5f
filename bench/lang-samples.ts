/**
 * Short news-like texts written for the language-detection comparison (bench/lang-detect.ts) and
 * the language tests: one headline-length and one paragraph-length sample per language. Written
 * by the team; no corpus text.
 */
export interface LangSample {
  lang: string;
  headline: string;
  paragraph: string;
}

export const langSamples: LangSample[] = [
  { lang: "en", headline: "Council approves new harbour wall after winter storms", paragraph: "The town council voted on Tuesday to rebuild the harbour wall, which was damaged twice last winter. Work is expected to start in the spring and to take about eight months, the mayor said." },
  { lang: "sv", headline: "Kommunen bygger ny skola i centrum", paragraph: "Kommunfullmäktige beslutade i går kväll att bygga en ny skola i centrum. Bygget ska vara klart om tre år, och skolan får plats för 400 elever, säger kommunalrådet." },
  { lang: "no", headline: "Ny bro over fjorden åpner til høsten", paragraph: "Arbeidet med den nye brua har tatt fire år, og trafikken kan kjøre over den fra oktober. Det blir mye enklere for pendlerne, sier ordføreren til avisen." },
  { lang: "da", headline: "Regeringen vil sænke afgiften på el", paragraph: "Regeringen foreslår at sænke elafgiften fra næste år. Det vil give en typisk familie en besparelse på omkring tusind kroner om året, siger ministeren." },
  { lang: "fi", headline: "Kaupunki avaa uuden uimahallin keväällä", paragraph: "Uusi uimahalli avataan huhtikuussa, kertoo kaupungin liikuntajohtaja. Rakennustyöt ovat edenneet aikataulussa, ja hallissa on myös kuntosali ja kahvila." },
  { lang: "de", headline: "Stadtrat beschließt neuen Radweg am Fluss", paragraph: "Der Stadtrat hat am Mittwoch den Bau eines neuen Radwegs entlang des Flusses beschlossen. Die Arbeiten sollen im Sommer beginnen und rund zwei Millionen Euro kosten, sagte die Bürgermeisterin." },
  { lang: "fr", headline: "La mairie annonce la rénovation de la piscine municipale", paragraph: "Les travaux de rénovation commenceront au mois de mars et dureront environ un an. La piscine restera fermée pendant toute cette période, a précisé l'adjoint au maire." },
  { lang: "es", headline: "El ayuntamiento aprueba el nuevo plan de vivienda", paragraph: "El pleno municipal aprobó ayer un plan para construir mil viviendas de alquiler asequible en los próximos cinco años, según explicó la concejala de urbanismo." },
  { lang: "pt", headline: "Prefeitura anuncia novo hospital na zona norte", paragraph: "A obra do novo hospital deve começar no próximo mês e terá capacidade para duzentos leitos, segundo o secretário de saúde do município." },
  { lang: "it", headline: "Il comune approva il nuovo piano per il traffico", paragraph: "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico del centro storico. Le nuove regole entreranno in vigore a partire da settembre, ha spiegato l'assessore." },
  { lang: "nl", headline: "Gemeente bouwt nieuwe fietsbrug over het kanaal", paragraph: "De gemeenteraad heeft dinsdag ingestemd met de bouw van een nieuwe fietsbrug. Volgens de wethouder begint het werk na de zomer en is de brug over twee jaar klaar." },
  { lang: "pl", headline: "Miasto otwiera nową linię tramwajową", paragraph: "Nowa linia tramwajowa połączy centrum z osiedlami na północy miasta. Pierwsze tramwaje pojadą w grudniu, poinformował rzecznik urzędu miasta." },
  { lang: "cs", headline: "Město opraví most přes řeku do konce roku", paragraph: "Oprava mostu začne v květnu a potrvá přibližně půl roku. Během prací bude doprava omezena na jeden jízdní pruh, uvedl mluvčí radnice." },
  { lang: "tr", headline: "Belediye yeni metro hattı için ihaleye çıktı", paragraph: "Belediye başkanı, yeni metro hattının inşaatına önümüzdeki yıl başlanacağını açıkladı. Hattın tamamlanmasının dört yıl sürmesi bekleniyor." },
  { lang: "ru", headline: "В городе откроют новую станцию метро", paragraph: "Новая станция метро начнёт работать в декабре, сообщили в пресс-службе мэрии. Строительство заняло почти три года и обошлось городу в несколько миллиардов рублей." },
  { lang: "uk", headline: "У місті відкриють нову бібліотеку для дітей", paragraph: "Нова бібліотека запрацює вже наступного місяця, повідомили в міській раді. Там будуть книжки, комп'ютери та зали для занять з дітьми." },
  { lang: "el", headline: "Ο δήμος ανακοίνωσε νέο πάρκο στο κέντρο της πόλης", paragraph: "Οι εργασίες για το νέο πάρκο θα ξεκινήσουν τον Μάρτιο και θα διαρκέσουν περίπου έναν χρόνο, δήλωσε ο δήμαρχος σε συνέντευξη τύπου." },
  { lang: "ar", headline: "البلدية تعلن عن افتتاح مستشفى جديد في المدينة", paragraph: "أعلنت البلدية يوم الثلاثاء أن المستشفى الجديد سيفتح أبوابه في الشهر المقبل، وسيضم أكثر من مئتي سرير، بحسب ما قال مدير الصحة في المدينة." },
  { lang: "he", headline: "העירייה תפתח גן ציבורי חדש במרכז העיר", paragraph: "העבודות על הגן החדש יתחילו בחודש הבא ויימשכו כשנה, כך אמר ראש העירייה בישיבת המועצה ביום שלישי." },
  { lang: "fa", headline: "شهرداری از ساخت پل جدید در شمال شهر خبر داد", paragraph: "شهردار روز سه‌شنبه گفت که ساخت پل جدید از ماه آینده آغاز می‌شود و حدود دو سال طول می‌کشد." },
  { lang: "hi", headline: "नगर निगम ने शहर में नए अस्पताल की घोषणा की", paragraph: "नगर निगम के अधिकारियों ने मंगलवार को बताया कि नया अस्पताल अगले महीने से काम शुरू करेगा और इसमें दो सौ बिस्तर होंगे।" },
  { lang: "ja", headline: "市が新しい図書館の建設を発表", paragraph: "市は火曜日、駅前に新しい図書館を建設すると発表した。工事は来年春に始まり、完成までに約二年かかる見通しだと市長は述べた。" },
  { lang: "zh", headline: "市政府宣布在市中心建设新公园", paragraph: "市政府星期二宣布，将在市中心建设一个新公园。工程预计明年春天开工，大约需要两年时间完成，市长在记者会上表示。" },
  { lang: "ko", headline: "시청, 도심에 새 공원 조성 계획 발표", paragraph: "시청은 화요일 도심에 새 공원을 조성할 계획이라고 밝혔다. 공사는 내년 봄에 시작돼 약 2년이 걸릴 것으로 예상된다고 시장은 말했다." },
  { lang: "th", headline: "เทศบาลประกาศสร้างสวนสาธารณะแห่งใหม่", paragraph: "นายกเทศมนตรีกล่าวเมื่อวันอังคารว่า การก่อสร้างสวนสาธารณะแห่งใหม่จะเริ่มในเดือนหน้าและใช้เวลาประมาณสองปี" },
  { lang: "vi", headline: "Thành phố khởi công xây dựng cầu mới qua sông", paragraph: "Chủ tịch thành phố cho biết công trình cầu mới sẽ hoàn thành trong hai năm và giúp giảm ùn tắc giao thông cho người dân." },
  { lang: "id", headline: "Pemerintah kota membangun jalan baru menuju bandara", paragraph: "Wali kota mengatakan pembangunan jalan baru itu akan dimulai bulan depan dan diperkirakan selesai dalam waktu dua tahun." },
];
