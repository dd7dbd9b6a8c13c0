import { AMBIGUOUS_COUNTRY_NAMES } from "../src/names/countryNames";
import type { Kit } from "./newsKit";

/** Indonesian templates of the synthetic corpus, written for it (see newsKit.ts for the slots). */
export const id: Kit = {
  months: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  on: (day, month, year) => `pada ${day} ${month}${year ? ` ${year}` : ""}`,
  // A country that is also a name (Chad, Kuba, Georgia) counts only with no capitalised word beside
  // it (src/names/countryNames.ts): there the portfolio is in lower case and the name set off by commas.
  styled: (title, country, name) =>
    AMBIGUOUS_COUNTRY_NAMES.has(country.toLowerCase())
      ? `${title[0].toUpperCase()}${title.slice(1).toLowerCase()} ${country}, ${name},`
      : `${title[0].toUpperCase()}${title.slice(1)} ${country} ${name}`,
  meeting: {
    occurred: [
      "{CITY} - {SA} bertemu dengan {SB} di {CITY} {DATE} dalam pembicaraan yang disebut kedua pihak produktif.",
      "{A} dan {B} menggelar pembicaraan di {CITY} {DATE}, pertemuan tatap muka pertama mereka dalam beberapa bulan.",
      "{SA} menerima kunjungan {B} di {CITY} {DATE} untuk membahas {TOPIC}.",
      "{SB} tiba di {CITY} {DATE} untuk menghadiri pertemuan puncak dengan {A}, kata pejabat setempat.",
    ],
    planned: [
      "{SA} dijadwalkan bertemu dengan {B} di {CITY} {DATE}, kata sejumlah pejabat.",
      "{SB} akan berkunjung ke {CITY} {DATE} untuk membahas {TOPIC} dengan {A}, menurut pengumuman pemerintah.",
    ],
  },
  visit: {
    occurred: [
      "{SA} tiba di {CITY} {DATE} untuk kunjungan dua hari ke {HOST}.",
      "{CITY} - {SA} mengunjungi {HOST} {DATE}, kunjungan pertama dalam beberapa tahun terakhir.",
    ],
    planned: [
      "{SA} dijadwalkan tiba di {CITY} {DATE} untuk kunjungan dua hari ke {HOST}, lapor media pemerintah.",
      "{SA} akan mengunjungi {HOST} {DATE}, kata kementerian luar negeri.",
    ],
  },
  statement: {
    accuse: [
      "{SA} {DATE} menuduh {CB} merusak keamanan kawasan.",
      "{SA} {DATE} menuduh {CB} melanggar kewajiban internasionalnya.",
    ],
    deny: [
      "{SA} {DATE} membantah laporan bahwa {CA} memasok senjata ke {CB}.",
      "{SA} {DATE} membantah bahwa {CA} membantu {CB} menghindari sanksi.",
    ],
    warn: [
      "{SA} {DATE} memperingatkan {CB} agar tidak melakukan provokasi lebih lanjut.",
      "{SA} {DATE} memperingatkan bahwa tindakan {CB} akan membawa konsekuensi.",
    ],
    support: ["{SA} {DATE} menyatakan dukungan kepada {CB} dan memuji hubungan kedua negara."],
  },
  sanction: [
    "{IMP} menjatuhkan sanksi baru terhadap {CT} {DATE} atas {REASON}.",
    "{IMP} {DATE} mengumumkan sanksi terhadap {CT} atas {REASON}, yang menyasar bank dan perusahaan pelayaran.",
  ],
  quoteLines: [
    '"{Q}," kata {A} kepada wartawan di {CITY}.',
    '"{Q}," ujar {As} seusai pembicaraan.',
    'Dalam pernyataannya, {As} mengatakan: "{Q}."',
  ],
  quotes: [
    "Kerja sama kami dengan {C} melayani perdamaian dan stabilitas di kawasan",
    "Kami tidak pernah memasok senjata ke {C} dan tidak akan pernah",
    "{C} melanggar hukum internasional dan harus dimintai pertanggungjawaban",
    "Setiap provokasi oleh {C} akan dibalas dengan tegas",
    "Hubungan dengan {C} telah mencapai tingkat baru",
    "Sanksi terhadap {C} ilegal dan tidak akan mengubah arah kami",
    "Kami siap memperdalam kemitraan dengan {C} di segala bidang",
    "Kami tidak akan menerima ancaman dari {C}",
    "Dialog dengan {C} tetap menjadi satu-satunya jalan ke depan",
    "Tidak ada bukti atas tuduhan tentang {C} tersebut",
  ],
  reactions: [
    "{SX} memperingatkan bahwa hubungan yang makin erat antara {CA} dan {CB} mengancam keamanan kawasan.",
    "{SX} menuduh {CA} dan {CB} melanggar resolusi Perserikatan Bangsa-Bangsa.",
    "{SX} mengatakan pertemuan antara {CA} dan {CB} dipantau dengan saksama.",
  ],
  background: [
    "{CT} berada di bawah sanksi sejak {YEAR} atas {REASON}.",
    "{IMP} pertama kali menjatuhkan sanksi terhadap {CT} pada {YEAR} atas {REASON}.",
    "{CA} dan {CB} sama-sama berada di bawah sanksi internasional, yang mereka sebut ilegal.",
  ],
  context: [
    "Perdagangan kedua negara tumbuh {N} persen tahun lalu menurut data resmi, terutama didorong oleh energi dan bahan mentah.",
    "Para analis menilai pembicaraan itu kecil kemungkinan menghasilkan terobosan, tetapi simbolisme pertemuan penting bagi kedua pemerintah.",
    "Kedua pihak menandatangani sejumlah perjanjian di bidang transportasi, kesehatan, dan pendidikan, meski rinciannya tidak diumumkan.",
    "Pengamanan di sekitar lokasi pertemuan diperketat, polisi menutup beberapa ruas jalan dan bandara sempat ditutup untuk penerbangan komersial.",
    "Para pejabat tidak menjelaskan apakah pembicaraan menyentuh isu-isu paling sensitif, dan tidak ada pernyataan bersama yang dirilis.",
    "Menurut para diplomat, persiapan pertemuan memakan waktu beberapa bulan dan melibatkan sedikitnya {N} putaran konsultasi tingkat rendah.",
    "Para ekonom memperingatkan kenaikan harga pangan dan bahan bakar akan membebani pertumbuhan kawasan hingga akhir tahun.",
    "Televisi pemerintah menayangkan para delegasi berjabat tangan sebelum pembicaraan yang berlangsung lebih dari {N} menit.",
    "Pengamat mencatat jadwal kunjungan dirahasiakan hingga saat terakhir dengan alasan keamanan.",
    "Kementerian menerbitkan ringkasan singkat pertemuan itu di situs webnya pada malam hari.",
    "Kedua pemerintah mencari pasar baru untuk ekspor mereka, dan pejabat menyebut volume angkutan kereta barang meningkat dua kali lipat.",
    "Pertemuan itu berlangsung ketika kawasan bersiap menghadapi serangkaian latihan militer dalam beberapa pekan mendatang.",
    "Surat kabar lokal memuat kunjungan itu di halaman depan, dan beberapa di antaranya menerbitkan wawancara panjang dengan pejabat yang terlibat dalam persiapannya.",
    "Para pengusaha yang ikut dalam rombongan berharap mendapat kontrak baru di bidang konstruksi, pertanian, dan telekomunikasi, tetapi mengingatkan masalah pembayaran belum selesai.",
    "Pembicaraan dilanjutkan dengan makan siang kerja dan program budaya singkat, menurut jadwal yang dibagikan kepada wartawan sehari sebelumnya.",
    "Politikus oposisi mengkritik pemerintah karena dinilai kurang transparan, dan meminta agar seluruh isi perjanjian dipublikasikan.",
    "Pasar mata uang nyaris tidak bergerak menanggapi kabar itu, karena pelaku pasar lebih memperhatikan data inflasi yang akan dirilis akhir pekan serta harga minyak.",
    "Para pejabat mengatakan kelompok kerja akan kembali bertemu dalam {N} hari untuk menindaklanjuti keputusan yang diambil, dan putaran pembicaraan berikutnya direncanakan tahun depan.",
    "Citra satelit yang dipublikasikan peneliti independen bulan lalu menunjukkan peningkatan aktivitas di sejumlah pelabuhan dan terminal kereta di sepanjang perbatasan.",
    "Kelompok hak asasi manusia mendesak kedua pemerintah membahas nasib tahanan politik, permintaan yang tidak ditanggapi para pejabat secara terbuka.",
    "Kementerian luar negeri menyebut kedua pihak juga membahas urusan konsuler, termasuk visa pelajar dan pembukaan kembali penerbangan langsung.",
    "Komentator di televisi pemerintah menyebut pembicaraan itu sukses, sementara analis independen lebih berhati-hati menilai apa yang sebenarnya disepakati.",
  ],
  topics: [
    "kerja sama pertahanan",
    "pasokan energi",
    "perdagangan dan investasi",
    "keamanan kawasan",
    "ketahanan pangan",
    "energi nuklir",
    "teknologi antariksa",
    "ekspor gandum",
    "jalur transportasi",
    "kebijakan iklim",
  ],
  reasons: [
    "program senjata nuklirnya",
    "uji coba rudal balistiknya",
    "perang di Ukraina",
    "pelanggaran hak asasi manusia",
    "pengiriman senjata",
    "serangan siber",
  ],
  furniture: [
    "Baca juga: Pembicaraan di {CITY} Berakhir Tanpa Pernyataan Bersama",
    "Cek Berita terbaru kami di kanal Google News",
    "TERKAIT",
    "Editor: Redaksi",
  ],
  titles: {
    meeting: [
      "{A} dan {B} Bertemu di {CITY}",
      "{As} Terima {Bs} Bahas {TOPIC}",
      "{As} dan {Bs} Sepakat Perkuat Hubungan",
    ],
    visit: ["{As} Akan Kunjungi {HOST}", "{As} Tiba di {CITY}"],
    statement: ["{As} Kecam {CB}", "{CA} Tanggapi Tudingan soal {CB}"],
    sanction: ["Sanksi Baru untuk {CT}", "{IMP} Jatuhkan Sanksi ke {CT}"],
  },
};
