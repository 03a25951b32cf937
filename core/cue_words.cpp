#include "cue_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace recoupe::cues {
namespace {

// Sorted at compile time, which keeps the lists easy to check for duplicates.
template <std::size_t N>
constexpr std::array<std::string_view, N> sorted(std::array<std::string_view, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

// An open-addressing hash set over one fixed list. Cue words are looked up
// for nearly every token, and a binary search made about eight string
// comparisons per look-up where this makes one.
class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) {
    std::size_t capacity = 16;
    while (capacity < 2 * N) capacity *= 2;
    slots_.resize(capacity);
    mask_ = capacity - 1;
    for (const std::string_view word : words) {
      std::size_t i = hash(word) & mask_;
      while (slots_[i].data() != nullptr && slots_[i] != word) i = (i + 1) & mask_;
      slots_[i] = word;
    }
  }

  bool contains(std::string_view key) const {
    for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      const std::string_view slot = slots_[i];
      if (slot.data() == nullptr) return false;
      if (slot == key) return true;
    }
  }

 private:
  // FNV-1a: short keys, no need for more.
  static std::size_t hash(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

  std::vector<std::string_view> slots_;  // a null data() marks an empty slot
  std::size_t mask_ = 0;
};

template <const auto& kWords>
bool contains(std::string_view key) {
  static const WordSet set(kWords);
  return set.contains(key);
}

constexpr auto kFunctionWords = sorted(std::to_array<std::string_view>({
    // French
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "son",
    "sa",
    "ses",
    "notre",
    "nos",
    "votre",
    "vos",
    "leur",
    "leurs",
    "je",
    "tu",
    "il",
    "elle",
    "on",
    "nous",
    "vous",
    "ils",
    "elles",
    "qui",
    "que",
    "quoi",
    "dont",
    "ou",
    "où",
    "et",
    "mais",
    "donc",
    "or",
    "ni",
    "car",
    "si",
    "quand",
    "comme",
    "lorsque",
    "puisque",
    "selon",
    "pour",
    "par",
    "avec",
    "sans",
    "sous",
    "sur",
    "dans",
    "en",
    "entre",
    "vers",
    "chez",
    "depuis",
    "pendant",
    "avant",
    "apres",
    "malgre",
    "contre",
    "parmi",
    "a",
    "y",
    "ne",
    "pas",
    "plus",
    "moins",
    "tres",
    "aussi",
    "encore",
    "deja",
    "meme",
    "tout",
    "tous",
    "toute",
    "toutes",
    "aucun",
    "aucune",
    "chaque",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "cela",
    "ceci",
    "ca",
    "celui",
    "celle",
    "ceux",
    "alors",
    "ainsi",
    "enfin",
    "puis",
    "ici",
    "la-bas",
    "oui",
    "non",
    "voici",
    "voila",
    "c'est",
    "il y a",
    "parallelement",
    "cependant",
    "pourtant",
    "toutefois",
    "neanmoins",
    "desormais",
    "aujourd'hui",
    "hier",
    "demain",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    // English
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "my",
    "your",
    "his",
    "her",
    "its",
    "our",
    "their",
    "i",
    "you",
    "he",
    "she",
    "it",
    "we",
    "they",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "and",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "onto",
    "to",
    "with",
    "without",
    "after",
    "before",
    "during",
    "since",
    "until",
    "about",
    "against",
    "among",
    "between",
    "through",
    "over",
    "under",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "any",
    "each",
    "every",
    "both",
    "there",
    "here",
    "then",
    "also",
    "however",
    "meanwhile",
    "instead",
    "although",
    "though",
    "because",
    "according",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // Capitalised common nouns of the web, which no user wants highlighted.
    "internet",
    "web",
    "toile",
    // Interjections of reader comments, which a dictionary may not list.
    "ouep",
    "ouaip",
    "ouais",
    "mouais",
    "bof",
    "mdr",
    "ptdr",
    "lol",
    "haha",
    "hahaha",
    "pfff",
    "yep",
    "nope",
}));

constexpr auto kNameConnectors = sorted(std::to_array<std::string_view>({
    "de",
    "du",
    "des",
    "d'",
    "la",
    "le",
    "of",
    "the",
    "van",
    "von",
    "der",
    "di",
    "da",
    "del",
    "bin",
    "ben",
    "&",
}));

constexpr auto kPersonTitles = sorted(std::to_array<std::string_view>({
    "m",
    "m.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "mme",
    "mme.",
    "mlle",
    "monsieur",
    "madame",
    "mademoiselle",
    "messieurs",
    "mesdames",
    // Forms of address of the period's papers ("le citoyen Le Gall", "veuve Buin").
    "citoyen",
    "citoyenne",
    "sieur",
    "nomme",
    "nommee",
    "veuve",
    "vve",
    "dr",
    "dr.",
    "pr",
    "prof",
    "sir",
    "dame",
    "lord",
    "president",
    "presidente",
    "ministre",
    "minister",
    "secretary",
    "secretaire",
    "senator",
    "senateur",
    "senatrice",
    "depute",
    "deputee",
    "gouverneur",
    "governor",
    "maire",
    "mayor",
    "juge",
    "judge",
    "avocat",
    "avocate",
    "lawyer",
    "attorney",
    "porte-parole",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "directeur",
    "directrice",
    "director",
    "pdg",
    "ceo",
    "chef",
    "chief",
    "dirigeant",
    "dirigeante",
    "leader",
    "roi",
    "reine",
    "king",
    "queen",
    "prince",
    "princesse",
    "princess",
    "pape",
    "pope",
    "journaliste",
    "journalist",
    "premier",
    "premiere",
    "prime",
    "vice",
    "chancellor",
    "chanceliere",
    "chancelier",
    "ambassador",
    "ambassadeur",
    "ambassadrice",
    "commissioner",
    "commissaire",
    "procureur",
    "prosecutor",
    "inspecteur",
    "inspector",
    "capitaine",
    "captain",
    "colonel",
    "lieutenant",
    "sergent",
    "sergeant",
    "abbe",
    "pere",
    "soeur",
    "mgr",
    "monseigneur",
    "cardinal",
    "eveque",
    "bishop",
    "rabbi",
    "rabbin",
    "imam",
    "cheikh",
    "sheikh",
    "mm",
    "mmes",
    "mlles",
    "messrs",
    "me",
    "maitre",
    "docteur",
    "professeur",
    "general",
    "marechal",
    "amiral",
    "abbesse",
    "founder",
    "co-founder",
    "cofounder",
    "fondateur",
    "cofondateur",
    "fondatrice",
    "cofondatrice",
    "chair",
    "chairman",
    "chairwoman",
    // US abbreviations, written with a full stop ("Sen. Richard Burr").
    "sen",
    "sen.",
    "rep",
    "rep.",
    "gov",
    "gov.",
    "sgt",
    "sgt.",
    "lt",
    "lt.",
    "rev",
    "rev.",
    "atty",
    "atty.",
}));

constexpr auto kOrganisationWords = sorted(std::to_array<std::string_view>({
    // Italian, Spanish, Portuguese, German and Dutch institutions, as they
    // appear untranslated in French and English news.
    "ministerie",
    "ministerium",
    "gemeente",
    "rechtbank",
    "instituto",
    "istituto",
    "universidad",
    "universita",
    "universidade",
    "universitat",
    "fundacion",
    "fondazione",
    "fundacao",
    "stiftung",
    "banco",
    "banca",
    "partido",
    "partito",
    "movimento",
    "movimiento",
    "ministerio",
    "ministero",
    "consiglio",
    "consejo",
    "tribunale",
    "bundesbank",
    "verein",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "gmbh",
    "sa",
    "sas",
    "sarl",
    "co",
    "co.",
    "company",
    "compagnie",
    "group",
    "groupe",
    "entertainment",
    "pictures",
    "studios",
    "studio",
    "agency",
    "agence",
    "bank",
    "banque",
    "network",
    "networks",
    "news",
    "times",
    "press",
    "presse",
    "post",
    "party",
    "parti",
    "ministry",
    "ministere",
    "department",
    "departement",
    "university",
    "universite",
    "institute",
    "institut",
    "association",
    "foundation",
    "fondation",
    "council",
    "conseil",
    "commission",
    "committee",
    "comite",
    "cinemas",
    "electronics",
    "records",
    "airlines",
    "motors",
    "systems",
    "technologies",
    "federation",
    "union",
    "office",
    "bureau",
    "police",
    "army",
    "navy",
    "senate",
    "senat",
    "congress",
    "parliament",
    "parlement",
    "armee",
    "tribunal",
    "court",
    "maritime",
    "shipping",
    "airways",
    "holdings",
    "industries",
    "international",
    "capital",
    "partners",
    "labs",
    "health",
    "healthcare",
    "medical",
    "therapeutics",
    "biosciences",
    "biotech",
    "software",
    "robotics",
    "analytics",
    "aerospace",
    "automotive",
    "chemicals",
    "semiconductor",
    "semiconductors",
    "foods",
    "brands",
    "investments",
    "properties",
    "realty",
    "energy",
    "pharma",
    "pharmaceuticals",
    "telecom",
    "media",
    "logistics",
    "consulting",
    "solutions",
    "services",
    "insurance",
    "assurances",
    "bancorp",
    "trust",
    "fund",
    "fonds",
    "securities",
    "ventures",
    "advisors",
    "advisers",
    "authority",
    "autorite",
    "institution",
    "academy",
    "academie",
    "school",
    "ecole",
    "college",
    "lycee",
    "hospital",
    "hopital",
    "clinic",
    "clinique",
    "church",
    "eglise",
    "magazine",
    "journal",
    "gazette",
    "tribune",
    "herald",
    "daily",
    "weekly",
    "channel",
    "radio",
    "television",
    "tv",
    "club",
    "team",
    "fc",
    "government",
    "gouvernement",
    "parliament",
    "parlement",
    "assembly",
    "assemblee",
    "senate",
    "senat",
    "navy",
    "marine",
    "air force",
    "command",
    "organisation",
    "organization",
    "organisations",
    "organizations",
    "society",
    "societe",
    "coalition",
    "alliance",
    "confederation",
    "league",
    "ligue",
    "movement",
    "mouvement",
    "front",
    "brigade",
    "brigades",
    "center",
    "centre",
    "museum",
    "musee",
    "library",
    "bibliotheque",
    "orchestra",
    "orchestre",
    "theatre",
    "theater",
    "airline",
    "railways",
    "cour",
    "congress",
    "cabinet",
    "administration",
    "directorate",
    "direction",
    "secretariat",
}));

constexpr auto kOrganisationCues = sorted(std::to_array<std::string_view>({
    "groupe",    "societe",      "entreprise",  "firme",        "company",      "firm",
    "agence",    "cabinet",      "agency",      "chaine",       "journal",      "quotidien",
    "newspaper", "studio",       "association", "organisation", "organization", "parti",
    "party",     "constructeur", "reseau",      "sondage",      "poll",
}));

constexpr auto kOrganisationFollowers = sorted(std::to_array<std::string_view>({
    "officials",  "official",     "spokesman",    "spokeswoman",     "spokesperson", "employees",
    "employee",   "staff",        "executives",   "executive",       "headquarters", "shareholders",
    "subsidiary", "organization", "organisation", "members",         "management",   "ceo",
    "chairman",   "lawyers",      "attorneys",    "representatives", "board",        "affiliate",
    "salaries",   "dirigeants",   "actionnaires", "filiale",
}));

constexpr auto kMembershipNouns = sorted(std::to_array<std::string_view>({
    "members",      "member",       "officials",     "official",       "employees",
    "employee",     "staff",        "ceo",           "founder",        "co-founder",
    "cofounder",    "chairman",     "chairwoman",    "spokesman",      "spokeswoman",
    "spokesperson", "attorney",     "lawyer",        "lawyers",        "church",
    "shareholders", "executives",   "executive",     "membres",        "membre",
    "salaries",     "employes",     "dirigeants",    "porte-parole",   "fondateur",
    "fondatrice",   "cofondateur",  "pdg",           "patron",         "patronne",
    "actionnaires", "representant", "representants", "representative", "representatives",
}));

constexpr auto kCompanyPossessions = sorted(std::to_array<std::string_view>({
    "shares",     "stock",        "revenue",      "revenues",     "profit",    "profits",     "earnings",
    "sales",      "customers",    "subscribers",  "stores",       "factories", "factory",     "plants",
    "subsidiary", "subsidiaries", "shareholders", "headquarters", "board",     "ceo",         "market",
    "valuation",  "workforce",    "products",     "brand",        "takeover",  "acquisition", "merger",
}));

// Capitalised French nouns that head the name of an institution or an event,
// which goes on in lower case: "Assemblée nationale", "Cour des comptes".
constexpr auto kFrenchInstitutionHeads = sorted(std::to_array<std::string_view>({
    "academie",
    "affaires",
    "agence",
    "archives",
    "armee",
    "assemblee",
    "assurance",
    "autorite",
    "banque",
    "bibliotheque",
    "caisse",
    "chambre",
    "comite",
    "commission",
    "confederation",
    "conseil",
    "cour",
    "direction",
    "ecole",
    "education",
    "federation",
    "fondation",
    "fonds",
    "front",
    "garde",
    "gendarmerie",
    "inspection",
    "institut",
    "ligue",
    "marine",
    "ministere",
    "mouvement",
    "nations",
    "office",
    "organisation",
    "parlement",
    "parquet",
    "parti",
    "police",
    "rassemblement",
    "secretariat",
    "securite",
    "senat",
    "syndicat",
    "tribunal",
    "union",
    // Events whose names go on in lower case: "Seconde Guerre mondiale", "Jeux
    // olympiques", "Coupe du monde", "Révolution française".
    "championnat",
    "coupe",
    "exposition",
    "festival",
    "guerre",
    "jeux",
    "printemps",
    "revolution",
    "salon",
    "sommet",
    "tournoi",
}));

// Lower-case adjectives that go on an institution's name ("nationale",
// "européenne", "des Affaires étrangères"), folded.
constexpr auto kFrenchInstitutionAdjectives = sorted(std::to_array<std::string_view>({
    "administrative", "central",         "centrale",
    "communiste",     "constitutionnel", "constitutionnelle",
    "culturelle",     "culturelles",     "democrate",
    "departemental",  "departementale",  "ecologiste",
    "economique",     "etranger",        "etrangeres",
    "europeen",       "europeenne",      "europeennes",
    "europeens",      "federal",         "federale",
    "financier",      "financiere",      "general",
    "generale",       "interieur",       "international",
    "internationale", "judiciaire",      "militaire",
    "mondial",        "mondiale",        "monetaire",
    "municipal",      "municipale",      "national",
    "nationale",      "nationales",      "nationaux",
    "numerique",      "olympique",       "penale",
    "populaire",      "public",          "publique",
    "publiques",      "regional",        "regionale",
    "republicain",    "republicaine",    "social",
    "sociale",        "sociales",        "sociaux",
    "socialiste",     "socialistes",     "superieur",
    "superieure",     "supreme",         "unies",
    "americaine",     "arabe",           "francaise",
    "industrielle",   "olympiques",      "paralympiques",
    "russe",
}));

constexpr auto kPlaceHeads = sorted(std::to_array<std::string_view>({
    "ville",      "commune",        "maire",       "mairie",     "prefet",    "prefecture", "sous-prefet",
    "depute",     "senateur",       "eveque",      "archeveque", "gare",      "port",       "habitants",
    "canton",     "arrondissement", "diocese",     "environs",   "banlieue",  "pres",       "loin",
    "autour",     "region",         "departement", "faubourg",   "cure",      "city",       "town",
    "mayor",      "governor",       "bishop",      "archbishop", "outskirts", "suburbs",    "residents",
    "population", "tribunal",       "hospice",     "conseiller", "juge",
}));

constexpr auto kLocationPrepositions = sorted(std::to_array<std::string_view>({
    "a",
    "au",
    "aux",
    "en",
    "in",
    "at",
    "near",
    "pres",
    "vers",
    "from",
}));

constexpr auto kSpeechVerbs = sorted(std::to_array<std::string_view>({
    "said",     "says",      "told",       "stated",  "declared",  "added",    "explained",
    "wrote",    "tweeted",   "announced",  "declare", "a declare", "a dit",    "a affirme",
    "a ajoute", "a indique", "a explique", "affirme", "ajoute",    "explique",
}));

constexpr auto kWorkCues = sorted(std::to_array<std::string_view>({
    "film",         "films",         "movie", "movies",  "documentaire", "documentary", "livre",
    "book",         "novel",         "roman", "serie",   "series",       "show",        "emission",
    "album",        "chanson",       "song",  "piece",   "play",         "comedie",     "comedy",
    "opera",        "titre",         "title", "tableau", "painting",     "feuilleton",  "sitcom",
    "long-metrage", "court-metrage", "essai", "biopic",  "thriller",     "blockbuster",
}));

constexpr auto kEventWords = sorted(std::to_array<std::string_view>({
    "festival",     "olympics",      "olympiques",  "games",      "jeux",       "cup",        "coupe",
    "championship", "championships", "championnat", "war",        "guerre",     "summit",     "sommet",
    "conference",   "expo",          "exposition",  "election",   "elections",  "revolution", "fair",
    "foire",        "salon",         "marathon",    "tournament", "tournoi",    "forum",      "congress",
    "congres",      "biennale",      "crisis",      "crise",      "affair",     "affaire",    "scandal",
    "scandale",     "massacre",      "attentat",    "attentats",  "attack",     "attacks",    "bombing",
    "uprising",     "printemps",     "spring",      "world cup",  "grand prix", "mondial",    "week",
    "semaine",      "day",           "journee",     "carnival",   "carnaval",   "show",       "awards",
    "ceremony",     "ceremonie",     "gala",        "parade",     "rally",      "bowl",
}));

constexpr auto kLocationWords = sorted(std::to_array<std::string_view>({
    "street", "st",      "avenue",    "ave",       "road",     "boulevard", "square",    "place",
    "plaza",  "park",    "parc",      "bridge",    "pont",     "river",     "fleuve",    "riviere",
    "lake",   "lac",     "mountain",  "mountains", "mount",    "mont",      "monts",     "valley",
    "vallee", "bay",     "baie",      "sea",       "mer",      "ocean",     "island",    "islands",
    "ile",    "iles",    "county",    "city",      "state",    "province",  "region",    "district",
    "canyon", "desert",  "peninsula", "peninsule", "gulf",     "golfe",     "coast",     "cote",
    "strait", "detroit", "airport",   "aeroport",  "harbour",  "harbor",    "port",      "rue",
    "quai",   "impasse", "chemin",    "hall",      "memorial", "stadium",   "stade",     "arena",
    "forest", "foret",   "canal",     "cape",      "cap",      "heights",   "hills",     "beach",
    "plage",  "village", "town",      "capitol",   "palace",   "palais",    "cathedral", "cathedrale",
    "tower",  "tour",    "castle",    "chateau",   "station",  "gare",      "terminal",  "blvd",
    "rd",     "hwy",     "pkwy",
}));

constexpr auto kLocationHeads = sorted(std::to_array<std::string_view>({
    "rue",  "avenue", "boulevard", "bd",   "place",  "lac",     "mont",   "ile",   "iles", "pont",    "quai",
    "cap",  "golfe",  "baie",      "mer",  "fleuve", "riviere", "canal",  "col",   "lake", "mount",   "fort",
    "port", "cape",   "gulf",      "loch", "isle",   "plateau", "massif", "foret", "bois", "chateau", "gare",
}));

// Lower-case words before the name of a street or a place in an address.
constexpr auto kStreetWords = sorted(std::to_array<std::string_view>({
    "rue",     "ruelle",   "avenue", "boulevard", "bd",      "place",  "quai",      "cours", "allee",
    "impasse", "chemin",   "route",  "faubourg",  "passage", "square", "carrefour", "pont",  "village",
    "hameau",  "lieu-dit", "stade",  "aeroport",  "gare",    "parc",   "jardin",
}));

constexpr auto kMatchWords = sorted(std::to_array<std::string_view>({
    "defeated",  "beat",       "beats",   "drew",    "vs",    "v",        "versus",  "thrashed",
    "edged",     "eliminated", "knocked", "battu",   "bat",   "contre",   "elimine", "scored",
    "equalised", "equalized",  "marque",  "egalise", "led",   "leads",    "trailed", "qualified",
    "qualifie",  "crushed",    "routed",  "face",    "faced", "affronte",
}));

constexpr auto kSportWords = sorted(std::to_array<std::string_view>({
    "match",        "matches",  "goal",       "goals",         "scored",     "scoring",   "penalty",
    "coach",        "captain",  "goalkeeper", "striker",       "midfielder", "defender",  "tournament",
    "championship", "league",   "kick",       "half-time",     "halftime",   "minute",    "possession",
    "squad",        "buts",     "entraineur", "selectionneur", "gardien",    "attaquant", "milieu",
    "championnat",  "mi-temps", "tournoi",    "victoire",      "defaite",    "equipe",    "team",
    "teams",        "players",  "joueurs",    "fans",          "supporters", "referee",   "arbitre",
}));

constexpr auto kReligiousGroupWords = sorted(std::to_array<std::string_view>({
    "muslim",      "muslims",      "islam",        "islamic",      "islamophobia", "christian",
    "christians",  "christianity", "jew",          "jews",         "jewish",       "judaism",
    "catholic",    "catholics",    "protestant",   "protestants",  "buddhist",     "buddhists",
    "hindu",       "hindus",       "sikh",         "sikhs",        "sunni",        "sunnis",
    "shia",        "shiite",       "shiites",      "evangelical",  "evangelicals", "musulman",
    "musulmans",   "musulmane",    "musulmanes",   "chretien",     "chretiens",    "chretienne",
    "chretiennes", "juif",         "juifs",        "juive",        "juives",       "catholique",
    "catholiques", "protestante",  "protestantes", "bouddhiste",   "bouddhistes",  "chiite",
    "chiites",     "sunnite",      "sunnites",     "islamophobie", "antisemitism", "antisemitisme",
}));

constexpr auto kCaptionLabels = sorted(std::to_array<std::string_view>({
    "image",   "images",  "photo",  "photos",       "picture",   "credit",    "credits", "credit photo",
    "source",  "sources", "video",  "illustration", "graphique", "chart",     "map",     "carte",
    "caption", "legende", "update", "edit",         "note",      "copyright",
}));

// Abbreviations that are common nouns or units, in English and French
// ("VIP", "QI", "GMT"), not bodies that an acronym would name.
constexpr auto kCommonAbbreviations = sorted(std::to_array<std::string_view>({
    "vip",  "iq",  "qi",   "gmt", "utc",  "cet",  "tv",  "dvd", "cd",  "pc",  "usb",  "gps", "dna",
    "adn",  "pdf", "faq",  "diy", "asap", "rsvp", "sms", "hd",  "lcd", "led", "atm",  "suv", "ufo",
    "ovni", "vpn", "wifi", "hiv", "vih",  "sida", "pib", "gdp", "hlm", "rtt", "smic", "ttc", "ht",
    "ai",   "ia",  "màj",  "maj", "vod",  "ceo",  "cfo", "coo", "cto", "pdg", "drh",
}));

constexpr auto kLegalForms = sorted(std::to_array<std::string_view>({
    "inc",          "corp",        "ltd",   "llc",   "llp", "plc",   "sa",    "s.a",     "sas", "sarl",
    "ag",           "gmbh",        "nv",    "n.v",   "bv",  "spa",   "s.p.a", "lp",      "co",  "limited",
    "incorporated", "corporation", "l.l.p", "l.l.c", "l.p", "p.l.c", "s.a.s", "s.a.r.l", "b.v",
}));

// Nouns that say what a name is in an apposition after it: "Mandiant, a
// unit of Google", "Jean Martin, un avocat parisien", "Irving, a Dallas suburb".
constexpr auto kOrganisationKinds = sorted(std::to_array<std::string_view>({
    "company",   "firm",         "unit",         "subsidiary",   "group",       "startup",     "start-up",
    "maker",     "manufacturer", "division",     "contractor",   "supplier",    "agency",      "bank",
    "lender",    "insurer",      "retailer",     "publisher",    "newspaper",   "broadcaster", "charity",
    "nonprofit", "non-profit",   "union",        "party",        "consultancy", "carrier",     "airline",
    "studio",    "network",      "organisation", "organization", "societe",     "entreprise",  "filiale",
    "groupe",    "cabinet",      "fabricant",    "editeur",      "association", "banque",      "agence",
    "syndicat",  "parti",        "quotidien",    "hebdomadaire", "chaine",      "operateur",
}));

constexpr auto kPersonKinds = sorted(std::to_array<std::string_view>({
    "spokesman",  "spokeswoman", "spokesperson", "lawyer",    "attorney",   "director",   "executive",
    "analyst",    "professor",   "journalist",   "reporter",  "researcher", "engineer",   "student",
    "teacher",    "doctor",      "nurse",        "officer",   "official",   "senator",    "lawmaker",
    "activist",   "author",      "writer",       "actor",     "actress",    "singer",     "resident",
    "founder",    "co-founder",  "veteran",      "employee",  "avocat",     "avocate",    "directeur",
    "directrice", "analyste",    "journaliste",  "chercheur", "chercheuse", "ingenieur",  "etudiant",
    "etudiante",  "professeur",  "medecin",      "militant",  "militante",  "ecrivain",   "auteur",
    "acteur",     "actrice",     "chanteur",     "chanteuse", "fondateur",  "fondatrice", "habitant",
    "habitante",  "elu",         "elue",         "depute",    "deputee",    "senateur",   "porte-parole",
}));

// Trades and kin, by which papers name people in an apposition ("Bellec,
// notaire", "Le Gall, cultivateur", "Ahmed, a 14-year-old boy").
constexpr auto kPersonTrades = sorted(std::to_array<std::string_view>({
    "notaire",     "pharmacien",  "pharmacienne",  "cultivateur",  "cultivatrice", "agriculteur",
    "ouvrier",     "ouvriere",    "negociant",     "negociante",   "commercant",   "commercante",
    "boulanger",   "boulangere",  "cordonnier",    "menuisier",    "macon",        "marin",
    "pecheur",     "domestique",  "instituteur",   "institutrice", "huissier",     "banquier",
    "cure",        "vicaire",     "recteur",       "pasteur",      "gendarme",     "soldat",
    "marchand",    "marchande",   "proprietaire",  "rentier",      "rentiere",     "employe",
    "tailleur",    "couturiere",  "forgeron",      "mecanicien",   "chauffeur",    "facteur",
    "douanier",    "retraite",    "retraitee",     "veuf",         "epoux",        "epouse",
    "industriel",  "armateur",    "musicien",      "musicienne",   "peintre",      "poete",
    "romancier",   "romanciere",  "historien",     "historienne",  "economiste",   "sociologue",
    "entraineur",  "joueur",      "joueuse",       "candidat",     "candidate",    "conseiller",
    "conseillere", "adjoint",     "adjointe",      "farmer",       "worker",       "banker",
    "merchant",    "pharmacist",  "priest",        "pastor",       "soldier",      "sailor",
    "fisherman",   "musician",    "painter",       "poet",         "novelist",     "historian",
    "economist",   "businessman", "businesswoman", "coach",        "striker",      "goalkeeper",
    "midfielder",  "politician",  "councillor",    "councilor",    "widow",        "boy",
    "girl",        "man",         "woman",         "mother",       "father",       "son",
    "daughter",    "wife",        "husband",       "chairman",     "captain",
}));

constexpr auto kWorkKinds = sorted(std::to_array<std::string_view>({
    "film",    "movie",   "comedy",   "drama",      "thriller",     "documentary", "series",      "sitcom",
    "novel",   "book",    "memoir",   "album",      "song",         "play",        "opera",       "musical",
    "podcast", "comedie", "drame",    "serie",      "documentaire", "roman",       "livre",       "chanson",
    "piece",   "opera",   "emission", "feuilleton", "essai",        "biopic",      "blockbuster",
}));

constexpr auto kPlaceKinds = sorted(std::to_array<std::string_view>({
    "city",     "town",     "village",  "suburb",        "county",       "region",  "province", "state",
    "port",     "island",   "district", "neighbourhood", "neighborhood", "capital", "ville",    "commune",
    "bourgade", "banlieue", "quartier", "departement",   "capitale",     "ile",
}));

constexpr auto kProductNames = sorted(std::to_array<std::string_view>({
    "internet explorer",
    "ie",
    "ie6",
    "ie7",
    "ie8",
    "ie9",
    "ie10",
    "ie11",
    "firefox",
    "mozilla firefox",
    "chrome",
    "google chrome",
    "safari",

    "microsoft edge",

    "windows xp",
    "windows vista",
    "windows 7",
    "windows 8",
    "windows 10",
    "windows 11",
    "mac os",
    "macos",
    "os x",
    "ios",
    "android",
    "linux",
    "iphone",
    "ipad",
    "ipod",
    "macbook",

    "kindle",
    "playstation",
    "playstation vr",
    "playstation 4",
    "playstation 5",
    "ps4",
    "ps5",
    "xbox",
    "xbox one",
    "wii",
    "nintendo switch",
    "gameboy",
    "walkman",
    "html",
    "html5",
    "css",
    "javascript",

    "adobe flash",
    "photoshop",

    "powerpoint",

    "gmail",
    "whatsapp",
    "skype",

    "chatgpt",
    "bitcoin",
}));

}  // namespace

bool isProductName(std::string_view key) { return contains<kProductNames>(key); }
bool isOrganisationKind(std::string_view key) { return contains<kOrganisationKinds>(key); }
bool isPersonKind(std::string_view key) {
  return contains<kPersonKinds>(key) || contains<kPersonTrades>(key);
}
bool isPlaceKind(std::string_view key) { return contains<kPlaceKinds>(key); }
bool isWorkKind(std::string_view key) { return contains<kWorkKinds>(key); }
bool isCommonAbbreviation(std::string_view key) { return contains<kCommonAbbreviations>(key); }
bool endsBodyName(std::string_view key) { return isOrganisationWord(key) || isLegalForm(key); }
bool isLegalForm(std::string_view key) {
  while (!key.empty() && key.back() == '.') key.remove_suffix(1);
  return contains<kLegalForms>(key);
}
bool isReligiousGroupWord(std::string_view key) { return contains<kReligiousGroupWords>(key); }
bool isCaptionLabel(std::string_view key) { return contains<kCaptionLabels>(key); }
bool isMatchWord(std::string_view key) { return contains<kMatchWords>(key); }
bool isSportWord(std::string_view key) { return contains<kSportWords>(key); }
bool isLocationHead(std::string_view key) { return contains<kLocationHeads>(key); }
bool isStreetWord(std::string_view key) { return contains<kStreetWords>(key); }
bool isWorkCue(std::string_view key) { return contains<kWorkCues>(key); }
bool isEventWord(std::string_view key) { return contains<kEventWords>(key); }
bool isLocationWord(std::string_view key) { return contains<kLocationWords>(key); }

bool isFunctionWord(std::string_view key) { return contains<kFunctionWords>(key); }
bool isNameConnector(std::string_view key) { return contains<kNameConnectors>(key); }
bool isPersonTitle(std::string_view key) { return contains<kPersonTitles>(key); }
bool isPersonTitleBefore(std::string_view key, std::string_view nextKey) {
  return isPersonTitle(key) && !isOrganisationWord(nextKey);
}
bool isOrganisationWord(std::string_view key) { return contains<kOrganisationWords>(key); }
bool isOrganisationCue(std::string_view key) { return contains<kOrganisationCues>(key); }
bool isOrganisationFollower(std::string_view key) { return contains<kOrganisationFollowers>(key); }
bool isMembershipNoun(std::string_view key) { return contains<kMembershipNouns>(key); }
bool isCompanyPossession(std::string_view key) { return contains<kCompanyPossessions>(key); }
bool isThingPronoun(std::string_view key) { return key == "its" || key == "itself"; }
bool isPersonPronoun(std::string_view key) {
  // Object forms ("hired her") may be someone else; these refer to the subject.
  return key == "he" || key == "she" || key == "his" || key == "himself" || key == "herself";
}
bool isPlaceHead(std::string_view key) { return contains<kPlaceHeads>(key); }
bool isFrenchInstitutionHead(std::string_view key) { return contains<kFrenchInstitutionHeads>(key); }
bool isFrenchInstitutionAdjective(std::string_view key) {
  return contains<kFrenchInstitutionAdjectives>(key);
}
bool isLocationPreposition(std::string_view key) { return contains<kLocationPrepositions>(key); }
bool isSpeechVerb(std::string_view key) { return contains<kSpeechVerbs>(key); }

}  // namespace recoupe::cues
