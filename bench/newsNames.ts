/**
 * Invented names for the generated officials of the synthetic cast (bench/newsOfficials.ts): a
 * small list of given and family names per region, written for the corpus, so that a Peruvian
 * minister is called like a Peruvian and a Kenyan one like a Kenyan. The names are combined at
 * random; no list is anyone's real name. Words that extraction reads as something else are left
 * out: titles ("King", "Raja"), months ("May", "June"), places and countries ("Jordan", "Sofia",
 * "Victoria", "Lima") and Indonesian words it skips ("Agung", "Besar", "Pak" and "Tuan", which are "Mr", "Yang", which is "which").
 */
export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
  /** A woman's form of a family name where the language has one ("Sokolov" → "Sokolova"). */
  feminine: (family: string) => string;
  /** Chinese, Korean, Vietnamese and Khmer names put the family name first ("Zhang Weiming", "Ri Chol-su"). */
  familyFirst: boolean;
}

const same = (family: string) => family;
/** Russian, Bulgarian, Macedonian and Central Asian family names: "-ov" → "-ova", "-ski" → "-ska". */
const slavic = (family: string) =>
  family
    .replace(/(ov|ev|in)$/, "$1a")
    .replace(/sky$/, "skaya")
    .replace(/ski$/, "ska");

/** `given` lists men's names, then women's after a "|". */
function pool(
  countries: string,
  given: string,
  family: string,
  options: { feminine?: (family: string) => string; familyFirst?: boolean } = {},
) {
  const [male, female] = given.split("|").map((names) => names.trim().split(" "));
  return {
    countries: countries.split(" "),
    pool: {
      male,
      female,
      family: family.split(" "),
      feminine: options.feminine ?? same,
      familyFirst: options.familyFirst ?? false,
    },
  };
}

const POOLS = [
  pool(
    "US GB IE AU NZ CA AG BS BB DM GD JM KN LC TT VC BZ GY LR SL",
    "Thomas Michael Andrew Peter Simon Daniel Richard Mark Stephen Graham Patrick Owen | Sarah Helen Rachel Laura Claire Fiona Joanne Karen Alison Megan Nicola Brenda",
    "Whitfield Harrow Pemberton Caldwell Ashworth Blakemore Thornton Fairbanks Holloway Kendrick Lockwood Marlowe Prescott Radcliffe Sheridan Tillman Waverly Brockton Dunmore Ellison Garrity Hartwell Mulgrew Sutcliffe",
  ),
  pool(
    "ES MX CU DO GT HN NI PA SV CR AR BO CL CO EC PE PY UY VE PH GQ AD",
    "Tomas Ernesto Javier Rodrigo Gustavo Alfonso Hernan Ricardo Mauricio Esteban Fernando Julio | Lucia Marisol Adriana Paola Veronica Carolina Beatriz Silvia Gabriela Rocio Ines Lorena",
    "Valdivia Arismendi Quiroga Echeverri Montalvo Salcedo Barrientos Cifuentes Zambrano Villalobos Arguello Bustamante Carvajal Ledesma Olmedo Paredes Rebolledo Santillan Urquiza Anchorena Benavides Figueroa Maldonado Sepulveda",
  ),
  pool(
    "BR PT AO MZ CV GW ST TL",
    "Joao Paulo Sergio Rui Nuno Helder Vasco Domingos | Ana Mariana Fernanda Beatriz Teresa Graca Luisa Celeste",
    "Albuquerque Magalhaes Figueiredo Carvalhal Loureiro Bettencourt Sarmento Quintela Meireles Vasconcelos Tavares Nogueira Sequeira Barreto Pimentel Resende",
  ),
  pool(
    "FR BE LU MC HT MU SC KM MG",
    "Etienne Olivier Benoit Laurent Mathieu Gilles Thierry Yannick | Claire Nathalie Sylvie Helene Isabelle Corinne Agnes Martine",
    "Lefebvre Marchand Duvivier Beaulieu Chevallier Delacroix Fontaine Lambertin Mercier Rousseau Vasseur Giraudeau Labarthe Perrault Thibodeau Brassard",
  ),
  pool(
    "DE AT CH LI NL SR",
    "Matthias Jurgen Tobias Florian Markus Stefan Ruud | Katrin Sabine Annette Ulrike Heike Birgit Marieke",
    "Brandstetter Hollenbach Kessler Lindemann Oberhauser Reinholt Schellenberg Wiesinger Vanderbeek Dijkstra Achterberg Steinmetz Falkenrath Grunewald Hartung Ebersbach",
  ),
  pool(
    "DK NO SE FI IS EE",
    "Henrik Lars Mikael Jukka Gunnar Jonas Tarmo | Ingrid Sigrid Astrid Liisa Solveig Katrin Helga",
    "Lindqvist Haugland Sandberg Virtanen Kristiansen Nyberg Aaltonen Gudmundsson Holmgren Thorsager Tammsaar Eriksdal Solheim Bergstrand Lundgren Halvorsen",
    { feminine: (family) => family.replace(/sson$/, "sdottir") },
  ),
  pool(
    "IT SM VA MT",
    "Giovanni Alessandro Stefano Massimo Davide Lorenzo | Francesca Chiara Elena Valeria Silvana Rosaria",
    "Bellandi Castellucci Ferraresi Galimberti Lombardini Marcheselli Pagliarini Rinaldi Scarpellini Tedeschi Vitale Borg Moretti Barbieri Santoro Gallo",
  ),
  pool(
    "GR CY",
    "Nikos Dimitris Yannis Stavros Kostas | Eleni Katerina Vasiliki Despina Anna",
    "Papadakis Karamanlidis Theodorou Vlachopoulos Georgiadis Antoniou Stylianou Christodoulou Mavridis Economides Konstantinou Nikolaidis Alexiou Panagiotopoulos Zervas Kyriakou",
    { feminine: (family) => family.replace(/is$/, "i").replace(/(os|es)$/, "ou") },
  ),
  pool(
    "RU UA BY",
    "Andrei Mikhail Pavel Oleksandr Yuri Viktor | Olga Yelena Irina Natalia Svetlana Tatiana",
    "Kovalenko Sokolov Tarasenko Belyaev Morozov Hrytsenko Voronin Zhukovsky Melnychuk Orlov Lebedev Savchenko Kuzmenko Bondarenko Zaitsev Gromov",
    { feminine: slavic },
  ),
  pool(
    "PL",
    "Tomasz Marek Piotr Krzysztof Pawel Grzegorz | Agnieszka Katarzyna Monika Ewa Malgorzata Joanna",
    "Wisniewski Kowalczyk Zielinski Kaminski Nowicki Lewandowski Mazur Wozniak Krawczyk Sikora Pawlak Kubiak Wojcik Kaczmarek Olszewski Jablonski",
    { feminine: slavic },
  ),
  pool(
    "CZ SK",
    "Pavel Jakub Lukas Martin Ondrej Tomas | Jana Zuzana Petra Lucie Veronika Katerina",
    "Novotny Dvorak Prochazka Svoboda Benes Cerny Kral Holub Hajek Kolar Pospisil Vesely Kucera Sedlacek Horak Ruzicka",
    // Czech and Slovak: "Novotny" → "Novotna", "Svoboda" → "Svobodova", "Dvorak" → "Dvorakova".
    { feminine: (family) => (family.endsWith("y") ? `${family.slice(0, -1)}a` : `${family.replace(/a$/, "")}ova`) },
  ),
  pool(
    "SI HR BA RS ME MK BG",
    "Milan Dragan Goran Ivan Zoran Bojan Nikola | Jelena Vesna Snezana Mirjana Tanja Daniela Petya",
    "Kovacevic Petrovic Jankovic Horvatic Stojanovski Dimitrov Markovic Radulovic Babic Todorov Hadzic Ilievski Vukovic Georgiev Kostic Pavlovic",
    { feminine: slavic },
  ),
  pool(
    "RO MD",
    "Mihai Andrei Bogdan Sorin Vlad | Ioana Cristina Raluca Adina Simona",
    "Dumitrescu Constantinescu Popescu Munteanu Ionescu Stanciu Ciobanu Rusu Vasilescu Moldovanu Georgescu Marinescu Dobre Neagu Barbu Lungu",
  ),
  pool(
    "HU",
    "Gabor Zoltan Laszlo Tamas Balazs | Katalin Eszter Judit Orsolya Reka",
    "Kovacs Szabo Farkas Molnar Balogh Takacs Juhasz Meszaros Simon Lukacs Nemeth Varga Toth Horvath Papp Kiss",
  ),
  pool(
    "AL",
    "Arben Besnik Ilir Gent Fatos | Elira Mirela Entela Anila Blerta",
    "Hoxha Shehu Kola Gjoka Dervishi Basha Leka Marku Prifti Xhafa Hysa Kastrati Bregu Cela Muca Dema",
  ),
  pool(
    "LT LV",
    "Mantas Darius Andris Janis Tomas | Ruta Ilze Egle Laima Inga",
    "Kazlauskas Berzins Petrauskas Ozolins Jankauskas Kalnins Zukauskas Liepins Vaitkus Grinbergs Paulauskas Butkus Urbonas Krumins Vitols Kalejs",
    // Lithuanian "Kazlauskas" → "Kazlauskiene", Latvian "Berzins" → "Berzina".
    { feminine: (family) => family.replace(/(as|us)$/, "iene").replace(/s$/, "a") },
  ),
  pool(
    "SA AE QA KW BH OM YE IQ SY JO LB EG LY TN DZ MA SD MR DJ SO",
    "Khalid Tariq Yousef Omar Karim Fadi Walid Hisham Nabil Majid Adel Bassam | Layla Noura Rania Huda Samira Mona Dalia Salma Amal Leena Hanan Dina",
    "Haddad Mansour Khatib Qassem Sharif Abboud Darwish Hamdan Jaber Karam Nassar Rahal Saleh Taweel Zoubi Bakri Daher Hijazi Khoury Mahfouz Obeid Sabbagh Tamimi Yassin",
  ),
  pool(
    "IL",
    "Avi Yossi Eitan Oren Gilad | Noa Tamar Michal Shira Yael",
    "Carmeli Rosenthal Tzur Navon Levinson Harel Peretz Shalev Mizrahi Amsalem Biton Ohana Friedman Azoulay Segal Ashkenazi",
  ),
  pool(
    "IR AF TJ",
    "Reza Mehdi Hamid Farhad Dariush Behrouz | Maryam Zahra Parisa Shirin Azadeh Nasrin",
    "Farahani Mohammadi Rahimi Karimi Sadeghi Jafari Hosseini Ahmadzai Rostami Safavi Nazari Kazemi Ghorbani Moradi Naderi Sharifi",
  ),
  pool(
    "TR",
    "Murat Emre Serkan Kaan Burak | Aylin Zeynep Elif Ebru Selin",
    "Ozturk Kaplan Demirci Aksoy Celik Yavuz Korkmaz Sahin Tekin Polat Arslan Dogan Ozdemir Kilic Erdem Cetin",
  ),
  pool(
    "AZ KZ KG TM UZ",
    "Rustam Nurlan Timur Bakhtiyar Elchin Daniyar | Dilnoza Aigerim Gulnara Leyla Madina Saule",
    "Guliyev Mammadov Nurpeisov Abdullayev Tokhtarov Rakhimov Sultanov Ismailov Bekov Yusupov Omarov Jumabayev Hasanov Kurmanov Saidov Tursunov",
    { feminine: slavic },
  ),
  pool(
    "AM",
    "Aram Tigran Gevorg Hayk | Ani Lusine Anahit Mariam",
    "Petrosyan Hakobyan Galstyan Grigoryan Avetisyan Harutyunyan Mkrtchyan Vardanyan Sahakyan Margaryan Ghazaryan Stepanyan Karapetyan Manukyan Hovhannisyan Danielyan",
  ),
  pool(
    "GE",
    "Giorgi Levan Irakli David | Nino Tamari Salome Eka",
    "Beridze Kapanadze Tsiklauri Lomidze Gelashvili Chkheidze Abashidze Maisuradze Japaridze Meladze Dolidze Tabatadze Bakradze Khutsishvili Sharashidze Gogoladze",
  ),
  pool(
    "IN PK BD LK NP BT MV",
    "Arjun Rahul Vikram Imran Farhan Suresh Tenzin Ravi | Priya Anjali Sunita Ayesha Nadia Kavita Dilani Meera",
    "Mehta Sharma Iyer Chatterjee Deshpande Qureshi Siddiqui Chowdhury Rahman Perera Fernando Thapa Dorji Bhattarai Karunaratne Malhotra",
  ),
  pool(
    "CN SG",
    "Weiming Jianguo Haitao Zhiqiang Guohua Dongsheng | Lihua Xiaoling Yanping Meiling Xiuying Ruixin",
    "Zhang Liu Chen Tang Zhao Huang Zhou Wu Xu Sun Gao Lin",
    { familyFirst: true },
  ),
  pool(
    "KP KR",
    "Chol-su Kwang-il Hyon-chol Min-jun Sung-ho Dong-hyun Jae-won | Myong-ok Song-ae Ji-yeon Eun-ji Hye-jin",
    "Ri Kwon Choe Jang Kang Ryu Han Jeon Baek Seo Hwang Yoo",
    { familyFirst: true },
  ),
  pool(
    "JP",
    "Kenji Takashi Hiroshi Satoshi Daisuke | Yumiko Naoko Keiko Emiko Tomoko",
    "Morimoto Takahara Nishimura Fujisawa Kawaguchi Hayashida Ishikawa Okamura Tsuchiya Yoshinaga Hasegawa Matsuda Kobayashi Shimizu Sakamoto Ueda",
  ),
  pool(
    "MN",
    "Bat-Erdene Ganbold Tumurbaatar Enkhbayar | Oyuntsetseg Narantuya Sarangerel Munkhzul",
    "Dorj Batbayar Ganzorig Gansukh Purev Baatar Ochir Tserendorj",
  ),
  pool("VN", "Hung Minh Quang Khanh Dung | Lan Thu Huong Mai Linh", "Nguyen Tran Pham Hoang Vu Dang Bui Ly Ngo Duong", {
    familyFirst: true,
  }),
  pool(
    "TH LA",
    "Somsak Prasert Thanawat Anan Wichai | Malee Siriporn Kanya Ratana Pensri",
    "Srisuk Chaiyaporn Boonmee Kittisak Rattanakul Phommavong Keomany Vongsay Thammavong Saengchan Suwannarat Kaewmanee Phanthavong Inthavong Siriwat Chantarasombat",
  ),
  pool("KH", "Vuthy Rithy Sambath Sokha | Chanthou Sophea Bopha Kunthea", "Chhim Sok Heng Chea Keo Meas Prak Ouk", {
    familyFirst: true,
  }),
  pool("MM", "Kyaw Zaw Myint Htun | Thandar Khin Nilar Moe", "Naing Oo Htet Lwin Soe Aung Thein Win"),
  pool(
    "ID MY BN",
    "Budi Rudi Hendra Fajar Arif Hafiz | Siti Dewi Ratna Nurul Aisyah Intan",
    "Santoso Wibowo Hidayat Kusuma Saputra Nasution Harahap Rahmat Ismail Hamzah Rosli Yusof Siregar Pratama Wijaya Halim",
  ),
  pool(
    "NG GH SN CI ML BF NE TG BJ GN GM",
    "Amadou Kwame Chinedu Ousmane Moussa Ibrahima Kofi Seydou Emeka | Fatou Aissatou Ngozi Akosua Adjoa Mariama Yetunde Awa Kadiatou",
    "Diallo Traore Ouedraogo Mensah Okafor Adeyemi Keita Camara Coulibaly Sanogo Boateng Asante Nwosu Abubakar Toure Agyeman Sawadogo Dossou",
  ),
  pool(
    "CM CF TD CD CG GA",
    "Patrice Didier Serge Blaise Gervais Aime Fabrice | Josiane Clarisse Pelagie Odile Brigitte Solange Honorine",
    "Mbala Nkoulou Ngoma Mbemba Mabiala Okemba Ndong Moussavou Essomba Allamaye Lukusa Kalonji Ekwalla Nzouzi Tshibanda Mavoungou",
  ),
  pool(
    "KE TZ UG ET ER SS RW BI",
    "Joseph Samuel Tesfaye Daniel Yohannes Emmanuel Dawit Francis | Wanjiru Amina Mercy Halima Grace Rehema Esther Neema",
    "Otieno Kamau Mwangi Njoroge Mutua Wekesa Okello Mugisha Bekele Alemu Haile Niyonzima Kiprotich Wafula Lokuji Mengesha",
  ),
  pool(
    "ZA BW LS NA SZ ZM ZW MW",
    "Thabo Sipho Tshepo Kagiso Themba Mpho Tendai Kondwani | Lerato Nomvula Palesa Zanele Chipo Thandiwe Lungile Boitumelo",
    "Dlamini Nkosi Mokoena Khumalo Molefe Moyo Ncube Sibanda Banda Phiri Mwale Chirwa Shikongo Sebego Ramoeli Zulu",
  ),
  pool(
    "FJ PG SB VU FM KI MH NR PW TO TV WS",
    "Sione Tevita Viliami Iosefa Joeli Semisi Taniela Mosese | Losana Mele Salote Lavinia Ruth Kalena Seini Akanesi",
    "Fonua Vake Tuilagi Leota Faleolo Moli Malvatu Koroi Naivalu Wamala Siaosi Ravula Jibas Tamapua Rengiil Seluka",
  ),
];

const byCountry = new Map(POOLS.flatMap(({ countries, pool }) => countries.map((code) => [code, pool] as const)));

/** The names a country's officials are drawn from. */
export function namePool(code: string): NamePool {
  const found = byCountry.get(code);
  if (!found) throw new Error(`bench/newsNames.ts: no name list for ${code}`);
  return found;
}
