import type { ArticleText } from "../src/extraction/facts";

/**
 * The realistic corpus of the benchmarks (`npm run bench:corpus`, `npm run bench`): Zipf-weighted
 * actors, events reported by several articles in both languages (bench/newsArticles.ts and the
 * news*.ts files beside it). `syntheticArticles` below stays as it is for bench/extract.bench.ts.
 */
export { newsArticles, newsCorpus, type NewsArticle } from "./newsArticles";

/**
 * Deterministic synthetic news articles for benchmarks: Indonesian and English reports of
 * meetings, visits, statements and sanctions, 2–4 KB each, written from the templates below (no
 * real article text). The same seed always gives the same articles, so runs compare.
 */
export function syntheticArticles(count: number, seed = 1): ArticleText[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const out: ArticleText[] = [];
  for (let i = 0; i < count; i++) {
    const lang = random() < 0.5 ? "id" : "en";
    const kit = KITS[lang];
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const year = 2022 + Math.floor(random() * 3);
    const [a, b] = twoDistinct(PEOPLE, pick);
    const fill = (t: string) =>
      t
        .replace(/\{A\}/g, a.name)
        .replace(/\{B\}/g, b.name)
        .replace(/\{Asur\}/g, a.name.split(" ").pop()!)
        .replace(/\{Bsur\}/g, b.name.split(" ").pop()!)
        .replace(/\{CA\}/g, kit.country[a.country])
        .replace(/\{CB\}/g, kit.country[b.country])
        .replace(/\{CITY\}/g, pick(CITIES))
        .replace(/\{DAY\}/g, pick(kit.weekdays))
        .replace(/\{N\}/g, String(2 + Math.floor(random() * 900)));
    const paragraphs: string[] = [fill(pick(kit.leads))];
    let size = paragraphs[0].length;
    const target = 2000 + Math.floor(random() * 2000);
    while (size < target) {
      const p = fill(pick(kit.body)) + (random() < 0.5 ? " " + fill(pick(kit.body)) : "");
      paragraphs.push(p);
      size += p.length + 2;
      if (random() < 0.08) paragraphs.push(fill(pick(kit.furniture)));
    }
    out.push({
      id: `synthetic-${seed}-${i}`,
      language: lang,
      title: fill(pick(kit.leads)).split(/[.,]/)[0],
      publishedAt: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T10:00:00+00:00`,
      text: paragraphs.join("\n\n"),
    });
  }
  return out;
}

interface Person {
  name: string;
  country: Country;
}
type Country = "RU" | "KP" | "US" | "CN" | "KR" | "UA" | "JP" | "IR";

const PEOPLE: readonly Person[] = [
  { name: "Vladimir Putin", country: "RU" },
  { name: "Sergey Lavrov", country: "RU" },
  { name: "Kim Jong Un", country: "KP" },
  { name: "Choe Son Hui", country: "KP" },
  { name: "Joe Biden", country: "US" },
  { name: "Antony Blinken", country: "US" },
  { name: "Xi Jinping", country: "CN" },
  { name: "Wang Yi", country: "CN" },
  { name: "Yoon Suk Yeol", country: "KR" },
  { name: "Volodymyr Zelensky", country: "UA" },
  { name: "Fumio Kishida", country: "JP" },
  { name: "Ebrahim Raisi", country: "IR" },
  { name: "Arman Tulegenov", country: "RU" },
  { name: "Ri Chol Man", country: "KP" },
];
const CITIES = ["Pyongyang", "Moscow", "Beijing", "Seoul", "Tokyo", "Vladivostok", "Kyiv", "Tehran", "Washington"];

interface Kit {
  country: Record<Country, string>;
  weekdays: readonly string[];
  leads: readonly string[];
  body: readonly string[];
  furniture: readonly string[];
}

const KITS: Record<"id" | "en", Kit> = {
  id: {
    country: {
      RU: "Rusia",
      KP: "Korea Utara",
      US: "Amerika Serikat",
      CN: "Tiongkok",
      KR: "Korea Selatan",
      UA: "Ukraina",
      JP: "Jepang",
      IR: "Iran",
    },
    weekdays: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"],
    leads: [
      "{CITY}: Pemimpin {CA} {A} bertemu dengan {B} pada hari {DAY} untuk membahas kerja sama pertahanan kedua negara.",
      "Menlu {CA} {A} dijadwalkan tiba di {CITY} {DAY} besok dalam lawatan dua hari.",
      "Pemerintah {CA} membantah laporan bahwa negaranya mengirim senjata ke {CB}, kata juru bicara {A}.",
    ],
    body: [
      '"Kami tidak pernah melanggar kewajiban internasional kami," kata {A} kepada wartawan di {CITY}.',
      "{Asur} mengatakan bahwa pertemuan dengan {Bsur} berlangsung konstruktif dan membuka peluang baru.",
      "Gedung Putih menuduh {CB} memasok {N} kontainer amunisi kepada {CA} dalam beberapa bulan terakhir.",
      "{CA} dan {CB} masih dikenai sanksi internasional karena program rudal dan serangan terhadap negara tetangga.",
      "Juru bicara Kremlin mengatakan tidak ada bukti atas tuduhan tersebut dan menyebutnya sebagai propaganda.",
      "Kunjungan {A} ke {CB} bulan lalu memicu kekhawatiran di antara pemerintah Barat.",
      "Para analis menilai hubungan kedua negara akan terus menguat dalam beberapa tahun ke depan, terutama di bidang energi dan teknologi.",
      "Dewan Keamanan PBB menjatuhkan sanksi terhadap {CB} sejak {N} karena uji coba nuklir berulang.",
      "Menurut {Bsur}, kerja sama ekonomi menjadi prioritas utama dalam pembicaraan yang digelar di {CITY}.",
      "Presiden {A} memperingatkan bahwa setiap provokasi akan dibalas dengan tegas.",
    ],
    furniture: ["Baca juga: {A} Kunjungi {CITY} Pekan Depan", "Cek Berita terkini lainnya di kanal kami", "TERKAIT"],
  },
  en: {
    country: {
      RU: "Russia",
      KP: "North Korea",
      US: "the United States",
      CN: "China",
      KR: "South Korea",
      UA: "Ukraine",
      JP: "Japan",
      IR: "Iran",
    },
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    leads: [
      "{CITY} - Leaders of {CA} and {CB} met on {DAY} as {A} and {B} discussed defence ties and trade.",
      "Foreign Minister {A} of {CA} is expected to arrive in {CITY} on {DAY} for a two-day visit, officials said.",
      "{CA} denied on {DAY} that it had supplied weapons to {CB}, a spokesman for {A} told reporters.",
    ],
    body: [
      '"We have never broken our international obligations," {A} told reporters in {CITY}.',
      "{Asur} said the talks with {Bsur} were constructive and opened new opportunities for both sides.",
      "The White House accused {CB} of shipping {N} containers of munitions to {CA} in recent months.",
      "Both {CA} and {CB} are under international sanctions over missile programmes and attacks on their neighbours.",
      "A Kremlin spokesman said there was no evidence for the allegations and called them propaganda.",
      "{A}'s visit to {CB} last month raised concern among Western governments.",
      "Analysts expect ties between the two countries to keep growing over the coming years, especially in energy and technology.",
      "The UN Security Council has imposed sanctions on {CB} since {N} over its nuclear tests.",
      "According to {Bsur}, economic cooperation was the main priority of the talks held in {CITY}.",
      "President {A} warned that any provocation would be answered firmly.",
    ],
    furniture: ["Read more: {A} to visit {CITY} next week", "Related articles", "Photo: file picture of {A} (AFP)"],
  },
};

function twoDistinct<T>(xs: readonly T[], pick: (xs: readonly T[]) => T): [T, T] {
  const a = pick(xs);
  let b = pick(xs);
  while (b === a) b = pick(xs);
  return [a, b];
}

/** A small, fast, seedable PRNG (public domain). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
