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
  "Kim Yo Jong": { full: ["Kim Jo Dzong", "Kim Jo Dżong"] },
  "Choe Son Hui": { full: ["Czoe Son Hui", "Ch'oe Son-hui"] },
  "Volodymyr Zelensky": {
    full: ["Wołodymyr Zełenski", "Volodymyr Zelenskyj", "Владимир Зеленский", "Володимир Зеленський"],
  },
  "Wang Yi": { full: ["Ван И"] },
  "Lee Jae-myung": { full: ["Ли Чжэ Мён", "Ли Чжэ Мен"] },
  "Antonio Guterres": { full: ["Antonio Guterres", "António Guterres"] },
  "Recep Tayyip Erdogan": { full: ["Recep Tayyip Erdoğan"] },
};
