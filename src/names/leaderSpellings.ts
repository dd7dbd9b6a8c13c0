/**
 * How French, Italian, Portuguese, Polish and Russian write the names of gazetteer people, where
 * their spelling is not one the gazetteer (leaders.ts) already has. Polish transcribes Russian in its
 * own letters ("Pieskow", "Szojgu", "Kim Dzong Un"); Russian is transliterated by the tokenizer, so
 * only names that do not come back by letters are listed in Cyrillic ("Ван И", "Владимир Зеленский").
 * Keyed by the gazetteer's canonical name; `short` are later mentions that name the person alone.
 */
export const LEADER_SPELLINGS: Readonly<Record<string, { full: string[]; short?: string[] }>> = {
  "Vladimir Putin": { full: ["Władimir Putin", "Vladimiro Putin"] },
  "Sergey Lavrov": { full: ["Siergiej Ławrow", "Sergeï Lavrov", "Serguei Lavrov", "Sergej Lavrov"] },
  "Dmitry Peskov": { full: ["Dmitrij Pieskow", "Dmitri Pieskow"], short: ["Pieskow"] },
  "Maria Zakharova": { full: ["Maria Zacharowa", "Marija Zacharowa", "Maria Zakharova"], short: ["Zacharowa"] },
  "Sergei Shoigu": {
    full: ["Siergiej Szojgu", "Sergueï Choïgou", "Sergej Shoigu", "Serguei Shoigu"],
    short: ["Szojgu"],
  },
  "Andrei Belousov": {
    full: ["Andriej Biełousow", "Andreï Belooussov", "Andrei Belooussov"],
    short: ["Biełousow", "Belooussov"],
  },
  "Dmitry Medvedev": { full: ["Dmitrij Miedwiediew", "Dmitri Medvedev"], short: ["Miedwiediew"] },
  "Yuri Ushakov": {
    full: ["Jurij Uszakow", "Iouri Ouchakov", "Iuri Ushakov", "Jurij Ushakov"],
    short: ["Uszakow", "Ouchakov"],
  },
  "Sergei Ryabkov": { full: ["Siergiej Riabkow", "Sergueï Riabkov", "Sergej Riabkov"], short: ["Riabkow", "Riabkov"] },
  "Vassily Nebenzia": { full: ["Wasilij Niebienzia", "Wassilij Niebienzia"], short: ["Niebienzia"] },
  "Mikhail Mishustin": { full: ["Michaił Miszustin", "Mikhaïl Michoustine"], short: ["Miszustin", "Michoustine"] },
  "Alexander Lukashenko": {
    full: ["Aleksandr Łukaszenka", "Alaksandr Łukaszenka", "Aleksandr Lukachenko"],
    short: ["Łukaszenka", "Lukachenko"],
  },
  // Polish declines the last syllable of a Korean name, which is too short to stem: its cases are listed.
  "Kim Jong Un": {
    full: [
      "Kim Dzong Un",
      "Kim Dżong Un",
      "Kim Dzong Una",
      "Kim Dzong Unem",
      "Kim Dzong Unowi",
      "Kim Dżong Una",
      "Kim Dżong Unem",
      "Kim Jong Una",
      "Kim Jong Unem",
    ],
  },
  "Volodymyr Zelensky": {
    full: ["Wołodymyr Zełenski", "Volodymyr Zelenskyj", "Владимир Зеленский", "Володимир Зеленський"],
  },
  "Wang Yi": { full: ["Ван И"] },
  // Russian writes Korean, Chinese and Japanese names by its own systems (Kontsevich, Palladius,
  // Polivanov), which letters do not bring back to the English forms: "Чвэ Сон Хи" is Choe Son Hui.
  "Kim Yo Jong": { full: ["Kim Jo Dzong", "Kim Jo Dżong", "Ким Ё Чжон", "Ким Е Чжон", "Ким Ё Чен"] },
  "Choe Son Hui": { full: ["Czoe Son Hui", "Ch'oe Son-hui", "Чвэ Сон Хи", "Цой Сон Хи"] },
  "Pak Thae Song": { full: ["Пак Тхэ Сон"] },
  "Kim Tok Hun": { full: ["Ким Док Хун", "Ким Ток Хун"] },
  "Kang Sun Nam": { full: ["Кан Сун Нам"] },
  "No Kwang Chol": { full: ["Но Гван Чхоль", "Но Кван Чхоль", "Ро Гван Чхоль"] },
  "Yoon Suk Yeol": { full: ["Юн Сок Ёль", "Юн Сок Ель", "Jun Suk Jeol"] },
  "Han Duck-soo": { full: ["Хан Док Су"] },
  "Choi Sang-mok": { full: ["Чхве Сан Мок", "Чой Сан Мок"] },
  "Park Jin": { full: ["Пак Чин"] },
  "Cho Tae-yul": { full: ["Чо Тхэ Ёль", "Чо Тэ Ёль"] },
  "Cho Hyun": { full: ["Чо Хён"] },
  "Lee Jong-sup": { full: ["Ли Чон Соп"] },
  "Shin Won-sik": { full: ["Син Вон Сик", "Шин Вон Сик"] },
  "Kim Yong-hyun": { full: ["Ким Ён Хён"] },
  "Ahn Gyu-back": { full: ["Ан Гю Бэк"] },
  "Li Qiang": { full: ["Ли Цян"] },
  "Li Keqiang": { full: ["Ли Кэцян"] },
  "Qin Gang": { full: ["Цинь Ган"] },
  "Li Shangfu": { full: ["Ли Шанфу"] },
  "Dong Jun": { full: ["Дун Цзюнь"] },
  "Wei Fenghe": { full: ["Вэй Фэнхэ"] },
  "Mao Ning": { full: ["Мао Нин"] },
  "Wang Wenbin": { full: ["Ван Вэньбинь"] },
  "Lin Jian": { full: ["Линь Цзянь"] },
  "Zhang Jun": { full: ["Чжан Цзюнь"] },
  "Fu Cong": { full: ["Фу Цун"] },
  "Fumio Kishida": { full: ["Фумио Кисида"], short: ["Кисида"] },
  "Shigeru Ishiba": { full: ["Сигэру Исиба"], short: ["Исиба"] },
  "Yoko Kamikawa": { full: ["Ёко Камикава"] },
  "Takeshi Iwaya": { full: ["Такэси Ивая"] },
  "Sanae Takaichi": { full: ["Санаэ Такаити"], short: ["Такаити"] },
  "Recep Tayyip Erdogan": { full: ["Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган"], short: ["Эрдоган"] },
  "Hakan Fidan": { full: ["Хакан Фидан"], short: ["Фидан"] },
  "Luiz Inacio Lula da Silva": { full: ["Луис Инасиу Лула да Силва", "Лула да Силва"], short: ["Лула"] },
  "Steve Witkoff": { full: ["Стив Уиткофф", "Стивен Уиткофф"], short: ["Уиткофф"] },
  "Keith Kellogg": { full: ["Кит Келлог", "Кит Келлогг"], short: ["Келлог"] },
  "Lee Jae-myung": { full: ["Ли Чжэ Мён", "Ли Чжэ Мен"] },
  "Antonio Guterres": { full: ["Antonio Guterres", "António Guterres"] },
};
