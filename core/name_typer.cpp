#include "name_typer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "cue_words.hpp"
#include "lexicon.hpp"
#include "lexicon_cache.hpp"
#include "sort_by_index.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

constexpr std::array<EntityType, 5> kNameTypes = {EntityType::Person, EntityType::Org, EntityType::Loc,
                                                  EntityType::Work, EntityType::Event};

struct Evidence {
  std::array<float, kNameTypes.size()> score{};

  void add(EntityType type, float weight) {
    for (std::size_t i = 0; i < kNameTypes.size(); ++i) {
      if (kNameTypes[i] == type) score[i] += weight;
    }
  }
  void add(const Evidence& other) {
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += other.score[i];
  }
  // Context cues repeat with every occurrence; past a point, more of the same
  // cue says little more, and must not outweigh what the lexicon knows.
  void addCapped(const Evidence& other, float cap) {
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += std::min(other.score[i], cap);
  }
  EntityType best() const {
    std::size_t best = 1;  // ORG when nothing is known: the commonest unknown capitalised name in news
    for (std::size_t i = 0; i < score.size(); ++i) {
      if (score[i] > score[best]) best = i;
    }
    return kNameTypes[best];
  }
  float total() const {
    float sum = 0;
    for (float s : score) sum += s;
    return sum;
  }
  float of(EntityType type) const {
    for (std::size_t i = 0; i < kNameTypes.size(); ++i) {
      if (kNameTypes[i] == type) return score[i];
    }
    return 0;
  }
};

// What the lexicon says about the whole name. Larger cities weigh more: a
// name that happens to be a village somewhere is weak evidence.
// Small towns of the document's own country are what local news names
// ("Lens", "Vannes" in a French paper); elsewhere a village of that name is a
// coincidence.
bool isDomestic(const LexiconEntry& entry, Language language) {
  if (language == Language::French) return entry.country == "FR" || entry.country == "BE";
  if (language == Language::English) return entry.country == "US" || entry.country == "GB";
  return false;
}

void addLexiconEvidence(const std::vector<const LexiconEntry*>& entries, Language language,
                        Evidence& evidence) {
  for (const LexiconEntry* entry : entries) {
    switch (entry->category) {
      case LexiconCategory::Country:
        evidence.add(EntityType::Loc, 5.0f);
        break;
      case LexiconCategory::Region:
        evidence.add(EntityType::Loc, (entry->flags & kLexiconSubdivision) ? 3.0f : 5.0f);
        break;
      case LexiconCategory::City:
        evidence.add(EntityType::Loc, entry->population >= 1000000   ? 3.5f
                                      : entry->population >= 100000  ? 2.0f
                                      : isDomestic(*entry, language) ? 1.5f
                                                                     : 0.6f);
        break;
      case LexiconCategory::Organisation:
        evidence.add(entry->type, 5.0f);
        break;
      case LexiconCategory::GivenName:
        evidence.add(EntityType::Person, 1.0f);
        break;
      case LexiconCategory::Demonym:
        break;
    }
  }
}

constexpr std::uint32_t kWellKnownCityPopulation = 100000;

// Places the lexicon knows: `anyTown` counts every town, otherwise only
// countries, regions and cities large enough not to be mistaken for a person.
bool namesKnownPlace(const std::vector<const LexiconEntry*>& entries, bool anyTown) {
  bool givenName = false;
  bool town = false;
  for (const LexiconEntry* entry : entries) {
    switch (entry->category) {
      case LexiconCategory::Country:
      case LexiconCategory::Region:
        return true;
      case LexiconCategory::City:
        if (entry->population >= kWellKnownCityPopulation) return true;
        town = true;
        break;
      case LexiconCategory::GivenName:
        givenName = true;
        break;
      default:
        break;
    }
  }
  return town && (anyTown || !givenName);
}

// "M. Dupont", "Dr. Li": a person's title just before the name, or before its full stop.
bool followsTitle(const NameCandidate& candidate) {
  return cues::isPersonTitle(candidate.previous) ||
         (candidate.previous == "." && cues::isPersonTitle(candidate.beforePrevious)) ||
         // "le président chinois Xi Jinping", "son homologue ivoirien, Kacou
         // Adom"; but "le président de sa Commission" names no one.
         (cues::isPersonTitle(candidate.kindBefore) &&
          (candidate.beforePrevious == candidate.kindBefore || candidate.previous == ","));
}

// The type of thing a noun of an apposition says a name is, if any.
std::optional<EntityType> kindNamed(const std::string& word) {
  if (cues::isOrganisationKind(word)) return EntityType::Org;
  if (cues::isPersonKind(word)) return EntityType::Person;
  if (cues::isPlaceKind(word)) return EntityType::Loc;
  if (cues::isWorkKind(word)) return EntityType::Work;
  if (cues::isEventKind(word)) return EntityType::Event;
  return std::nullopt;
}

// "shares in Halvorsen", "Halvorsen shares", "l'action Renault": a company's stock.
bool isTradedShare(const NameCandidate& candidate) {
  const bool sharesOf = (candidate.previous == "in" || candidate.previous == "of") &&
                        (candidate.beforePrevious == "shares" || candidate.beforePrevious == "stake" ||
                         candidate.beforePrevious == "stock");
  const bool sharesAfter = candidate.next == "shares" || candidate.next == "stock";
  const bool frenchShare = candidate.previous == "action" || candidate.previous == "titre" ||
                           (candidate.previous == "de" && candidate.beforePrevious == "actions");
  return sharesOf || sharesAfter || frenchShare;
}

// A noun for someone's role or trade, singular or plural: "analyst",
// "engineers", "spokeswoman", "salariés".
bool namesRole(std::string_view word) {
  if (cues::isMembershipNoun(word) || cues::isPersonKind(word)) return true;
  return word.size() > 3 && word.back() == 's' && cues::isPersonKind(word.substr(0, word.size() - 1));
}

// "face à Eurazeo", "grâce à Airbus", "succède à Martin": words that make
// "à" mean something other than where.
bool isNotPlaceBeforeA(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "face",    "grace",   "quant",  "suite",      "contrairement", "conformement",
      "rapport", "succede", "oppose", "appartient", "appartenant"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool isWinVerb(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "won", "win", "wins", "winning", "awarded", "remporte", "remporter", "decroche", "gagne"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "un cinéma va projeter Team America", "theatres will screen The Interview":
// what a cinema shows is a film.
bool isScreeningVerb(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "projeter", "projette", "projettent", "projettera", "projetteront", "projete",
      "screen",   "screens",  "screened",   "screening",  "re-screen"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool isPlaceOfWorship(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "cathedrale", "basilique", "eglise", "chapelle", "abbaye", "mosquee", "synagogue", "cathedral"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "delta", "archipelago": a place's kind that may follow its name, unlike
// "mayor" or "residents".
bool isLandOrWater(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "delta", "valley", "basin", "island", "islands", "archipelago", "archipel", "massif", "plateau"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Evidence from one occurrence of a name: the words around it.
// `dictionaryWord`: the name is also a word of the dictionary ("Bloc").
Evidence contextEvidence(const NameCandidate& candidate, Language language, bool knownPlace,
                         bool dictionaryWord) {
  Evidence evidence;
  if (candidate.quoted) evidence.add(EntityType::Work, 6.0f);
  // "for The Brutalist", "in The Substance": the finder keeps a capital "The"
  // where no sentence starts only before a title's words.
  const bool sentenceStart = candidate.previous.empty() || candidate.previous == ":" ||
                             candidate.previous == "\"" || candidate.previous == "\u201c" ||
                             candidate.previous == "'" || candidate.previous == "\u2018";
  if (candidate.words.size() >= 2 && candidate.surface.starts_with("The ") && !sentenceStart)
    evidence.add(EntityType::Work, 2.5f);
  // A capitalised phrase in quotation marks is often a title.
  if (candidate.inQuotes && candidate.words.size() >= 2) evidence.add(EntityType::Work, 1.5f);
  // "le film The Interview", "a film called Gravity"; but "le film de Seth
  // Rogen" names its maker, so only a few words may stand between.
  const std::string& between = candidate.previous;
  const bool titleLink =
      between == "intitule" || between == "titled" || between == "called" || between == "nomme";
  if (cues::isWorkCue(candidate.previous) || (titleLink && cues::isWorkCue(candidate.beforePrevious))) {
    evidence.add(EntityType::Work, 4.0f);
  }
  // "Her first novel, The Cold Season, appeared in 1962": the title in an
  // apposition to its kind.
  if (candidate.previous == "," && cues::isWorkCue(candidate.beforePrevious) && candidate.next == ",")
    evidence.add(EntityType::Work, 3.0f);
  if (followsTitle(candidate)) evidence.add(EntityType::Person, 4.0f);
  if (candidate.ageAfter) evidence.add(EntityType::Person, 3.0f);
  // "Kerhostin, 12 mars. Les pêcheurs…": one word that opens its sentence
  // before a date is the dateline's town, though no list may know it.
  if (candidate.datelineAfter && candidate.previous.empty() && candidate.words.size() == 1)
    evidence.add(EntityType::Loc, 2.5f);
  // "la famille Castel", "the Walton family": a family goes by its surname.
  if (candidate.previous == "famille" || candidate.previous == "family" || candidate.next == "family")
    evidence.add(EntityType::Person, 3.0f);
  // "KPMG says": an acronym that speaks is a body's voice, not a person.
  const bool acronym = candidate.words.size() == 1 && isAllUpper(candidate.surface);
  if (!acronym && (cues::isSpeechVerb(candidate.next) ||
                   cues::isSpeechVerb(candidate.next + " " + candidate.afterNext))) {
    evidence.add(EntityType::Person, 2.0f);
  }
  if (cues::isOrganisationCue(candidate.previous) || cues::isOrganisationCue(candidate.kindBefore))
    evidence.add(EntityType::Org, 2.5f);
  if (cues::isEventKind(candidate.previous)) evidence.add(EntityType::Event, 3.0f);
  // "won the Golden Lynx", "a remporté le Vendée Globe": a prize or a race is won.
  if ((candidate.previous == "the" || candidate.previous == "le" || candidate.previous == "la") &&
      isWinVerb(candidate.beforePrevious))
    evidence.add(EntityType::Event, 4.0f);
  // "the BBC's Newsnight programme", "l'émission Quotidien": a show named
  // before its kind. A film's noun is left out: "the Marvel film" is the studio's.
  const bool showAfter = candidate.next == "programme" || candidate.next == "program" ||
                         candidate.next == "show" || candidate.next == "podcast" ||
                         candidate.next == "sitcom";
  if (showAfter) evidence.add(EntityType::Work, 2.0f);
  if (isScreeningVerb(candidate.previous)) evidence.add(EntityType::Work, 5.0f);
  // "la cathédrale Notre-Dame", "l'église Saint-Sulpice": a building named
  // after a saint or a person is the building.
  if (isPlaceOfWorship(candidate.previous)) evidence.add(EntityType::Loc, 4.0f);
  // "the Rotterdam subsidiary", "the Paris police": a known place before
  // such a word says where the body is, not that the place is one.
  if (cues::isOrganisationFollower(candidate.next) && !knownPlace) evidence.add(EntityType::Org, 2.0f);
  // "the Obama administration", "the Monti government": a leader's surname.
  const bool leaderOf =
      candidate.next == "administration" || candidate.next == "government" || candidate.next == "cabinet";
  if (leaderOf && candidate.words.size() == 1) evidence.add(EntityType::Person, 2.0f);
  if (isTradedShare(candidate)) evidence.add(EntityType::Org, 2.5f);
  // "Verizon's shares", "Google's revenue": what a company has.
  const bool chiefOfficer = candidate.next == "chief" &&
                            (candidate.afterNext == "executive" || candidate.afterNext == "financial" ||
                             candidate.afterNext == "operating" || candidate.afterNext == "technology");
  // Its officers say so more surely than a town of the same name: "Meridian's CFO".
  const bool officer = chiefOfficer || candidate.next == "ceo" || candidate.next == "cfo" ||
                       candidate.next == "coo" || candidate.next == "cto" || candidate.next == "chairman" ||
                       candidate.next == "chairwoman";
  if (candidate.possessive && (cues::isCompanyPossession(candidate.next) || officer))
    evidence.add(EntityType::Org, officer ? 4.0f : 2.5f);
  // "Palantir, which sells software", "Montalvo, who left": English relative
  // pronouns tell a thing from a person. A place is a thing too, and the
  // lexicon knows the places that matter.
  if (candidate.next == "," && candidate.afterNext == "which" && !knownPlace)
    evidence.add(EntityType::Org, 1.5f);
  if (candidate.next == "," && candidate.afterNext == "who") evidence.add(EntityType::Person, 1.5f);
  // "analysts at Moffett", "un ingénieur chez Thales": where someone works.
  const bool workplace =
      (candidate.previous == "at" || candidate.previous == "chez") && namesRole(candidate.beforePrevious);
  // Outweighs the speech verb that may follow: "Analysts at Bernstein said".
  if (workplace && !knownPlace) evidence.add(EntityType::Org, 2.5f);
  const bool belongsTo = candidate.previous == "of" || candidate.previous == "for" ||
                         candidate.previous == "de" || candidate.previous == "du" ||
                         candidate.previous == "d'";
  if (belongsTo && cues::isMembershipNoun(candidate.beforePrevious)) evidence.add(EntityType::Org, 2.5f);
  const bool of = candidate.previous == "of" || candidate.previous == "de" || candidate.previous == "d'";
  if (of && cues::isPlaceHead(candidate.beforePrevious)) evidence.add(EntityType::Loc, 2.0f);
  // "du Fouta-Djalon", "du Sine-Saloum": French gives places and bodies an
  // article, not people ("de Pierre"); a word of the dictionary after it
  // names a body as often ("du Bloc", "du Barreau").
  if (language == Language::French && candidate.previous == "du" && candidate.words.size() == 1 &&
      !dictionaryWord && !cues::isPersonTitle(candidate.next))
    evidence.add(EntityType::Loc, 1.0f);
  // "the Hvaler archipelago", "le Sine-Saloum et son delta": a lower-case
  // word of land or water after the name.
  if (isLandOrWater(candidate.next)) evidence.add(EntityType::Loc, 2.0f);
  // "M. Collet, de Tréguier": where someone comes from, after their name.
  if (language == Language::French && candidate.previous == "de" && candidate.beforePrevious == ",")
    evidence.add(EntityType::Loc, 2.0f);
  // "à" folds to "a", which in English is the article ("a Halvorsen contractor").
  const bool englishArticle = candidate.previous == "a" && language == Language::English;
  // "a flaw in Fortinet's firewalls": the preposition governs what the owner has.
  if (cues::isLocationPreposition(candidate.previous) && !englishArticle && !candidate.possessive &&
      !(candidate.previous == "a" && isNotPlaceBeforeA(candidate.beforePrevious))) {
    // French "à"/"au"/"en" before a name nearly always introduce a place;
    // English "in"/"at" just as often introduce an organisation.
    const bool french = candidate.previous == "a" || candidate.previous == "au" ||
                        candidate.previous == "aux" || candidate.previous == "en";
    evidence.add(EntityType::Loc, french ? 2.0f : 1.0f);
  }
  if (candidate.previous == "the" || candidate.previous == "le" || candidate.previous == "la") {
    evidence.add(EntityType::Org, 0.5f);
  }
  // "Mandiant, a unit of Google Cloud", "Jean Martin, un avocat parisien",
  // "Irving, a Dallas suburb": the first kind word of the apposition.
  for (const std::string& word : candidate.apposition) {
    if (const std::optional<EntityType> kind = kindNamed(word)) {
      evidence.add(*kind, 3.0f);
      break;
    }
  }
  return evidence;
}

// "rue Victor Massé", "quai de Barbin", "route de Landivisiau": a name after
// a lower-case street or place word is that place here, whatever it names
// elsewhere in the text (the person the street is named after).
bool isStreetName(const NameCandidate& candidate, Language language) {
  // The words are French; English puts "Street" after the name.
  if (language == Language::English) return false;
  const bool of = candidate.previous == "de" || candidate.previous == "du" || candidate.previous == "des" ||
                  candidate.previous == "d'";
  // "à la place de Pierre" is "instead of Pierre"; "place de la Concorde" is the square.
  // "Il a cité Delacroix": after "avoir", "cité" is the verb.
  static constexpr std::array<std::string_view, 10> kHave = {"a",   "ai",    "as",      "avons",  "avez",
                                                             "ont", "avait", "avaient", "aurait", "ayant"};
  const bool quotedBy = candidate.previous == "cite" &&
                        std::find(kHave.begin(), kHave.end(), candidate.beforePrevious) != kHave.end();
  return (cues::isStreetWord(candidate.previous) && !quotedBy) || candidate.streetOfThe ||
         (of && candidate.beforePrevious != "place" && cues::isStreetWord(candidate.beforePrevious));
}

// A newspaper page of many short articles may use one name for two things:
// "M. Paris, comptable" and "Paris, 22 avril". An occurrence with a cue of its
// own keeps the type that cue gives, whatever the rest of the document says.
std::optional<EntityType> occurrenceType(const NameCandidate& candidate,
                                         const std::vector<const LexiconEntry*>& entries, Language language) {
  if (candidate.words.size() != 1) return std::nullopt;
  if (followsTitle(candidate)) return EntityType::Person;
  // A company here, though the family it is named after is in the same story.
  if (isTradedShare(candidate)) return EntityType::Org;
  if (candidate.datelineAfter && namesKnownPlace(entries, true)) return EntityType::Loc;
  if (language != Language::French) return std::nullopt;
  // "à Paris", "en Bretagne", "d'Hennebont", "archevêque de Paris".
  const bool preposition = candidate.previous == "a" || candidate.previous == "au" ||
                           candidate.previous == "aux" || candidate.previous == "en" ||
                           candidate.previous == "d'";
  const bool ofPlace = candidate.previous == "de" &&
                       (candidate.beforePrevious == "," || cues::isPlaceHead(candidate.beforePrevious));
  if ((preposition || ofPlace) && namesKnownPlace(entries, false)) return EntityType::Loc;
  return std::nullopt;
}

// "Verizon said on Tuesday that its plans…", "On Monday, Hirai said he…": an
// English pronoun after the subject of a sentence refers back to it when no
// other name stands between. Only the subject: in "a member of Scientology
// all his life", "his" is the member's. A known place is a thing too, and
// "its" says nothing against it.
Evidence pronounEvidence(const CandidateScan& scan, std::size_t index, bool knownPlace) {
  Evidence evidence;
  const NameCandidate& candidate = scan.names[index];
  if (candidate.pronounAfter.empty() || scan.language != Language::English) return evidence;
  const bool opensClause = candidate.previous.empty() || candidate.previous == ",";
  const bool firstName = index == 0 || scan.names[index - 1].sentence != candidate.sentence;
  if (!opensClause || !firstName) return evidence;
  if (index + 1 < scan.names.size() && scan.names[index + 1].sentence == candidate.sentence &&
      scan.names[index + 1].start < candidate.pronounStart)
    return evidence;
  if (cues::isPersonPronoun(candidate.pronounAfter)) {
    evidence.add(EntityType::Person, 1.5f);
  } else if (!knownPlace) {
    // Outweighs the speech verb that so often comes between: "Verizon said its…".
    evidence.add(EntityType::Org, 2.5f);
  }
  return evidence;
}

// "Sweden defeated South Korea 1 – 0": places that play matches are teams.
Evidence teamEvidence(const NameCandidate& candidate) {
  Evidence evidence;
  const bool scoreNext = !candidate.next.empty() &&
                         std::isdigit(static_cast<unsigned char>(candidate.next[0])) &&
                         (candidate.afterNext == "-" || candidate.afterNext == "\u2013");
  // "Clermont a battu Toulouse", "Norwich have beaten Leeds".
  const bool auxiliaryThenMatch = (candidate.next == "a" || candidate.next == "has" ||
                                   candidate.next == "have" || candidate.next == "had") &&
                                  cues::isMatchWord(candidate.afterNext);
  // "drew with Burnley", "lost to Hull".
  const bool opponent = (candidate.previous == "with" &&
                         (candidate.beforePrevious == "drew" || candidate.beforePrevious == "draw" ||
                          candidate.beforePrevious == "tied")) ||
                        (candidate.previous == "to" && candidate.beforePrevious == "lost");
  if (cues::isMatchWord(candidate.next) || cues::isMatchWord(candidate.previous) || scoreNext ||
      auxiliaryThenMatch || opponent) {
    evidence.add(EntityType::Org, 2.0f);
  }
  return evidence;
}

// "Norwich City", "Bristol Rovers": a town and the word of a club, which
// outside a match report may be the town itself ("Mexico City").
bool namesTownClub(std::string_view key, const LexiconCache& lexicon) {
  const std::size_t space = key.find(' ');
  if (space == std::string_view::npos || key.find(' ', space + 1) != std::string_view::npos) return false;
  return cues::isClubWord(key.substr(space + 1)) &&
         namesKnownPlace(lexicon.lookup(std::string(key.substr(0, space))), true);
}

constexpr std::size_t kMatchReportSportWords = 8;
constexpr float kMatchReportTeamWeight = 4.0f;

bool isMatchReport(const CandidateScan& scan) {
  std::size_t sportWords = 0;
  for (const WordSpan& word : scan.lowerWords) {
    if (cues::isSportWord(word.key) && ++sportWords >= kMatchReportSportWords) return true;
  }
  return false;
}

bool isCompassPoint(std::string_view key) {
  static constexpr std::array<std::string_view, 12> kPoints = {"nord", "sud",      "est",     "ouest",
                                                               "midi", "north",    "south",   "east",
                                                               "west", "nord-est", "sud-est", "sud-ouest"};
  return std::find(kPoints.begin(), kPoints.end(), key) != kPoints.end();
}

// "II", "LVIII", "2024": what numbers an event after its name.
bool isOrdinalNumeral(std::string_view word) {
  const bool digits =
      !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool roman = !word.empty() && word.size() <= 6 && std::all_of(word.begin(), word.end(), [](char c) {
    return c == 'i' || c == 'v' || c == 'x' || c == 'l';
  });
  return digits || roman;
}

bool isLinkedPlaceName(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kLinks = {"-sur-", "-sous-", "-du-", "-de-",
                                                             "-des-", "-en-",   "-et-", "-les-"};
  return std::any_of(kLinks.begin(), kLinks.end(),
                     [word](std::string_view link) { return word.find(link) != std::string_view::npos; });
}

// "Saint-Nazaire", "St-Servan", "Pont-Aven", "Port-Navalo": a French place
// name opening with a saint or a landmark, joined by a hyphen. People write
// "saint Pierre" apart; "Saint-Exupéry" is rarer than the towns.
bool opensWithPlacePrefix(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kPrefixes = {"saint-", "sainte-",  "st-",    "ste-",
                                                                 "port-",  "pont-",    "mont-",  "fort-",
                                                                 "bourg-", "chateau-", "ville-", "val-"};
  return std::any_of(kPrefixes.begin(), kPrefixes.end(), [word](std::string_view prefix) {
    return word.starts_with(prefix) && word.size() > prefix.size();
  });
}

bool looksLikeBrand(std::string_view surface) {
  // "Disney+", "Apple TV+": a service named with a plus.
  if (surface.size() > 1 && surface.back() == '+') return true;
  // "AT&T", "H&M": an ampersand inside a word.
  if (const std::size_t amp = surface.find('&'); amp != std::string_view::npos && amp > 0 &&
                                                 surface[amp - 1] != ' ' && amp + 1 < surface.size() &&
                                                 surface[amp + 1] != ' ') {
    return true;
  }
  static constexpr std::array<std::string_view, 10> kNamePrefixes = {"Mc", "Mac", "Di",  "De",  "Da",
                                                                     "Le", "La",  "Van", "Von", "Du"};
  std::size_t wordStart = 0;
  for (std::size_t i = 0; i < surface.size(); ++i) {
    const char c = surface[i];
    if (c == ' ' || c == '-' || c == '\'') {
      wordStart = i + 1;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
    // "PRNewswire", "JPMorgan": capitals run into a word in lower case.
    const bool capitalsIntoWord = i >= wordStart + 2 && std::islower(static_cast<unsigned char>(c)) &&
                                  std::isupper(static_cast<unsigned char>(surface[i - 1])) &&
                                  std::isupper(static_cast<unsigned char>(surface[i - 2]));
    if (capitalsIntoWord) return true;
    const bool innerCapital = i > wordStart && std::isupper(static_cast<unsigned char>(c)) &&
                              std::islower(static_cast<unsigned char>(surface[i - 1]));
    if (!innerCapital) continue;
    const std::string_view prefix = surface.substr(wordStart, i - wordStart);
    if (std::find(kNamePrefixes.begin(), kNamePrefixes.end(), prefix) == kNamePrefixes.end()) return true;
  }
  return false;
}

// "Gawker.com", "Mediapart.fr": a site named by its domain is run by a body.
bool namesWebsite(std::string_view surface) {
  static constexpr std::array<std::string_view, 10> kDomains = {".com",   ".org", ".net", ".io",   ".fr",
                                                                ".co.uk", ".gov", ".edu", ".info", ".eu"};
  return std::any_of(kDomains.begin(), kDomains.end(), [surface](std::string_view domain) {
    return surface.size() > domain.size() && surface.ends_with(domain);
  });
}

// Evidence from the name itself, counted once however often it occurs: its
// words and its shape.
Evidence nameEvidence(const NameCandidate& candidate, const LexiconCache& lexicon) {
  Evidence evidence;
  const auto& words = candidate.words;
  if (words.empty()) return evidence;
  const std::string& last = words.back();
  // "Italian Episcopal Conference", "Conference of Catholic Bishops": bishops
  // meet as a standing body, not an event.
  const bool bishops = std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return word == "episcopal" || word == "episcopale" || word == "bishops" || word == "eveques";
  });
  if (bishops && words.size() >= 2) evidence.add(EntityType::Org, 5.0f);
  // The first word is followed by what it is of: "Coupe de", "Bank of".
  const bool ofAfterFirst = words.size() >= 3 && (words[1] == "de" || words[1] == "du" || words[1] == "des" ||
                                                  words[1] == "d'" || words[1] == "of");
  // "Coupe de la Ligue", "Festival d'Avignon", "Battle of Hastings": French
  // and English put the event's word first, before what or where it is of;
  // the body it is of does not make it one. A congress is a body as often
  // ("Congrès des États-Unis").
  const bool eventFirst = ofAfterFirst && cues::isEventWord(words.front()) && words.front() != "congres" &&
                          words.front() != "congress" && !bishops;
  // "Metro Toronto Convention Centre", "Shopping Center": a centre that hosts
  // or sells is a venue; a research or a medical centre is a body.
  static constexpr std::array<std::string_view, 7> kVenueKinds = {
      "convention", "exhibition", "conference", "congress", "shopping", "events", "trade"};
  const bool venue =
      words.size() >= 2 && (last == "centre" || last == "center") &&
      std::find(kVenueKinds.begin(), kVenueKinds.end(), words[words.size() - 2]) != kVenueKinds.end();
  // "Girard Gibbs LLP", "Vernier SA": a legal form ends a company's name.
  if (words.size() >= 2 && cues::endsBodyName(last) && !eventFirst && !venue)
    evidence.add(EntityType::Org, 4.0f);
  // "the Home Secretary", "the Foreign Minister": an office named without its
  // holder stands for the holder.
  static constexpr std::array<std::string_view, 12> kOffices = {
      "secretary",    "minister",  "chancellor",  "governor",   "commissioner", "ambassador",
      "spokesperson", "spokesman", "spokeswoman", "prosecutor", "ministre",     "secretaire"};
  if (words.size() >= 2 && std::find(kOffices.begin(), kOffices.end(), last) != kOffices.end())
    evidence.add(EntityType::Person, 4.0f);
  // "the Navy", "the Senate", "l'Armée": an institution named by its head word alone.
  if (words.size() == 1 && cues::isOrganisationWord(last)) evidence.add(EntityType::Org, 2.5f);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (cues::isOrganisationWord(words[i])) evidence.add(EntityType::Org, 1.5f);
  }
  if (words.size() >= 2 && cues::isLocationWord(last)) evidence.add(EntityType::Loc, 3.0f);
  if (venue) evidence.add(EntityType::Loc, 4.0f);
  // "Ministère de la Mer", "Bank of England": a body's head word before "de"
  // or "of" outweighs the place or the sea its remit names; "Marine Le Pen"
  // has no such preposition.
  const bool preposition = ofAfterFirst || (words.size() >= 3 && words[1] == "for");
  if (preposition && cues::isOrganisationWord(words.front())) evidence.add(EntityType::Org, 3.0f);
  if (words.size() >= 2 && cues::isLocationHead(words.front()) && !cues::isLocationWord(last)) {
    evidence.add(EntityType::Loc, 2.0f);  // "Rue du Pré-Botté", "Lac Léman"
  }
  // "World War II", "Super Bowl LVIII", "Seconde Guerre mondiale", "Coupe du
  // monde": numerals, adjectives and "du monde" may follow the event word.
  std::size_t named = words.size();
  const auto trailsEvent = [](const std::string& word) {
    return isOrdinalNumeral(word) || cues::isFrenchInstitutionAdjective(word) ||
           cues::isNameConnector(word) || word == "monde" || word == "world";
  };
  while (named > 1 && trailsEvent(words[named - 1])) --named;
  // "Fan Expo Canada", "Comic Con Paris": the place an event is held may close its name.
  if (named > 2 && cues::isEventWord(words[named - 2]) &&
      namesKnownPlace(lexicon.lookup(words[named - 1]), true))
    --named;
  // "Chinese New Year", "le Nouvel An chinois": a year's start is a feast.
  const bool newYear =
      std::adjacent_find(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
        return (a == "new" && b == "year") || (a == "nouvel" && b == "an");
      }) != words.end();
  // "Palme d'or", "César du meilleur réalisateur": a prize, as the finder
  // extends it.
  const bool prize = words.size() >= 3 && cues::isPrizeHead(words.front()) &&
                     ((words[1] == "d'" && cues::isPrizeGrade(words[2])) ||
                      std::any_of(words.begin() + 1, words.begin() + std::min<std::size_t>(words.size(), 4),
                                  [](const std::string& word) { return word.starts_with("meilleur"); }));
  if (words.size() >= 2 && (cues::isEventWord(words[named - 1]) || cues::isEventKind(words.front()) ||
                            cues::isAwardHead(words.front()) || prize || newYear))
    evidence.add(EntityType::Event, 3.5f);
  if (eventFirst) evidence.add(EntityType::Event, 4.5f);
  // "the Canadian Open", "the Qatar Open": a tournament open to all comers.
  if (words.size() >= 2 && last == "open") evidence.add(EntityType::Event, 3.5f);
  // "aux Césars", "at the Grammys": the ceremony, in the plural (the lexicon
  // has the Oscars and the Golden Globes).
  static constexpr std::array<std::string_view, 6> kCeremonies = {"cesars", "grammys",  "emmys",
                                                                  "baftas", "molieres", "tonys"};
  if (std::find(kCeremonies.begin(), kCeremonies.end(), candidate.key) != kCeremonies.end())
    evidence.add(EntityType::Event, 4.0f);
  // "Irving Independent School District": the district a school board runs is that board.
  if (words.size() >= 3 && last == "district" &&
      (words[words.size() - 2] == "school" || cues::isOrganisationWord(words[words.size() - 2])))
    evidence.add(EntityType::Org, 4.0f);
  // "Wikinews", "Euronews", "Wikipedia": a newsroom or a wiki, not a person.
  if (words.size() == 1 && last.size() > 5 && (last.ends_with("news") || last.starts_with("wiki")))
    evidence.add(EntityType::Org, 3.0f);
  // "L. Ron Hubbard": initials before the given name. A capital written with
  // its period is an initial even where its letter is a word ("A. Coudron",
  // "Y. Le Goff"), which a bare "A" or "Y" would not be.
  const bool writtenInitial = words.size() >= 2 && words.front().size() == 1 &&
                              candidate.surface.size() > 1 && candidate.surface[1] == '.';
  std::size_t firstName = writtenInitial ? 1 : 0;
  while (firstName + 1 < words.size() && words[firstName].size() <= 2 &&
         !cues::isFunctionWord(words[firstName]))
    ++firstName;
  // "Malaysia Tourism", "Georgia Power": a country or region before a
  // dictionary word names a body, though the name lists give it to people too.
  const bool placeFirst = words.size() >= 2 && namesCountryOrRegion(lexicon.lookup(words[firstName])) &&
                          !namesCountryOrRegion(lexicon.lookup(candidate.key));  // but "Corée du Nord"
  // "Mary Smith", "Georgia Brown": a word the name lists have too is a surname.
  const bool placeBeforeWord =
      placeFirst && lexicon.isCommonWord(last, Language::Unknown) && !lexicon.isGivenName(last);
  // "Nature Climate Change": a given name that is also a word, before two or
  // more other words of the dictionary that are no given names, opens a title
  // or a body; "Marie Le Call" has a particle.
  const bool dictionaryTail =
      words.size() >= firstName + 3 && lexicon.isCommonWord(words[firstName], Language::Unknown) &&
      std::all_of(words.begin() + static_cast<std::ptrdiff_t>(firstName) + 1, words.end(),
                  [&lexicon](const std::string& word) {
                    return !cues::isFunctionWord(word) && lexicon.isCommonWord(word, Language::Unknown) &&
                           !lexicon.isGivenName(word);
                  });
  // "San Candido", "São Carlos": a saint's name in Italian, Spanish or
  // Portuguese names a town far more often than a person.
  const bool saintsTown = words.size() >= 2 && (words.front() == "san" || words.front() == "sao");
  const bool givenNameFirst =
      lexicon.isGivenName(words[firstName]) && !placeBeforeWord && !dictionaryTail && !saintsTown;
  if (saintsTown) evidence.add(EntityType::Loc, 1.5f);
  // "Supreme Court of Appeal", "Grace Church": a word of an institution or a
  // place anywhere in the name outweighs a first word that is also a given name.
  // The given name itself does not count: "Marine Le Pen" is no navy.
  const bool institutionWord =
      std::any_of(words.begin() + static_cast<std::ptrdiff_t>(firstName) + 1, words.end(),
                  [](const std::string& word) { return cues::isBodyPlaceOrEventWord(word); });
  if (words.size() >= 2 && givenNameFirst && !institutionWord) {
    evidence.add(EntityType::Person, 2.5f);
  }
  // "T. Laroche", "J. M. Dauguet": initials before a surname.
  if (writtenInitial && !givenNameFirst && !institutionWord) evidence.add(EntityType::Person, 1.5f);
  // Weak priors from the shape of the name: people's names are rarely made
  // of dictionary words ("Fan Expo", "Sea Org"), organisations often are.
  const bool commonFirstWord = !givenNameFirst && lexicon.isCommonWord(words.front(), Language::Unknown);
  if (placeFirst && !givenNameFirst) evidence.add(EntityType::Org, 1.0f);
  // "Microsoft Threat Intelligence", "Google Cloud": a known company's name
  // opens the name of one of its parts; "Google Science Fair" is its event.
  const auto& firstEntries = lexicon.lookup(words.front());
  const bool bodyFirst = words.size() >= 2 && !cues::isEventWord(last) && !cues::isLocationWord(last) &&
                         std::any_of(firstEntries.begin(), firstEntries.end(), [](const LexiconEntry* entry) {
                           return entry->category == LexiconCategory::Organisation;
                         });
  if (bodyFirst) evidence.add(EntityType::Org, 2.0f);
  // "Air France", "Tennis Australia": a dictionary word before a country
  // names a body; "Anatole France" opens with a given name.
  const bool countryLast = words.size() == 2 && namesCountryOrRegion(lexicon.lookup(last)) &&
                           !namesCountryOrRegion(lexicon.lookup(candidate.key));
  if (countryLast && commonFirstWord) evidence.add(EntityType::Org, 2.0f);
  if ((words.size() == 2 || words.size() == 3) && !commonFirstWord) evidence.add(EntityType::Person, 0.6f);
  if (commonFirstWord) evidence.add(EntityType::Org, 0.5f);
  // "Côtes-du-Nord", "Boulogne-sur-Mer", "Ille-et-Vilaine": French place
  // names join their words with a lower-case link; people's names do not.
  if (std::any_of(words.begin(), words.end(), isLinkedPlaceName)) evidence.add(EntityType::Loc, 2.0f);
  if (words.size() == 1 && opensWithPlacePrefix(words.front())) evidence.add(EntityType::Loc, 1.0f);
  // "le Vieux-Port", "Grand-Port": a hyphenated name ending in a place's word.
  if (const std::size_t hyphen = last.rfind('-');
      words.size() == 1 && hyphen != std::string::npos &&
      cues::isLocationWord(std::string_view(last).substr(hyphen + 1)))
    evidence.add(EntityType::Loc, 2.0f);
  // "The Hague", "La Rochelle": no person's name opens with an article.
  const bool article = words.front() == "the" || words.front() == "le" || words.front() == "la" ||
                       words.front() == "les" || words.front() == "l'";
  if (words.size() >= 2 && article && namesKnownPlace(lexicon.lookup(candidate.key), true))
    evidence.add(EntityType::Loc, 2.0f);
  // "redescendre sur Terre", "left Earth": the planet and its moon, named with
  // a capital where the common word has none.
  if (words.size() == 1 && (last == "terre" || last == "earth" || last == "lune" || last == "moon"))
    evidence.add(EntityType::Loc, 3.0f);
  // "le Nord", "the West": a capitalised compass point names a region.
  if (words.size() == 1 && isCompassPoint(words.front())) evidence.add(EntityType::Loc, 3.0f);
  // "YouTube", "MicroMega", "Cloud9", "4chan", "JPMorgan": brands mix case and digits;
  // people's names only after a prefix ("McCain", "DiCaprio", "LeBron").
  if (looksLikeBrand(candidate.surface)) evidence.add(EntityType::Org, 1.0f);
  if (namesWebsite(candidate.surface)) evidence.add(EntityType::Org, 3.0f);
  if (words.size() == 1 && cues::endsWithPlaceSuffix(last)) evidence.add(EntityType::Loc, 3.0f);
  // "Herrington & Sutcliffe", "Marks & Spencer": partners' names joined by an
  // ampersand make a firm; "de Leith & Falmouth" names ports.
  if (const std::size_t ampersand = candidate.key.find(" & "); ampersand != std::string::npos) {
    const std::string_view key = candidate.key;
    const std::string_view before = key.substr(0, ampersand);
    const std::string_view after = key.substr(ampersand + 3);
    const std::string left(before.substr(before.rfind(' ') + 1));
    const std::string right(after.substr(0, after.find(' ')));
    if (!namesKnownPlace(lexicon.lookup(left), true) && !namesKnownPlace(lexicon.lookup(right), true))
      evidence.add(EntityType::Org, 3.0f);
  }
  // A lone capitalised word that no dictionary knows is most often a
  // surname; a lone acronym is most often an organisation.
  const bool acronym = words.size() == 1 && isAllUpper(candidate.surface);
  if (words.size() == 1 && !acronym && !commonFirstWord) evidence.add(EntityType::Person, 0.5f);
  evidence.add(EntityType::Org, acronym ? 0.8f : 0.4f);
  if (words.size() == 1) evidence.add(EntityType::Loc, 0.2f);
  return evidence;
}

// Of two towns of one name, a French paper means the French one ("Brest" is
// not the Belarusian city) unless the other is a far larger city. English
// news is written in too many countries to have a home.
bool preferredTown(const LexiconEntry& town, const LexiconEntry& other, Language language) {
  constexpr std::uint32_t kForeignSizeRatio = 10;
  const bool domestic = language == Language::French && isDomestic(town, language);
  if (domestic != (language == Language::French && isDomestic(other, language))) {
    return domestic ? static_cast<std::uint64_t>(town.population) * kForeignSizeRatio >= other.population
                    : static_cast<std::uint64_t>(other.population) * kForeignSizeRatio < town.population;
  }
  return town.population > other.population;
}

// The lexicon entry that agrees with the chosen type, for the kb id.
const LexiconEntry* entryForType(const std::vector<const LexiconEntry*>& entries, EntityType type,
                                 Language language) {
  const LexiconEntry* best = nullptr;
  for (const LexiconEntry* entry : entries) {
    if (entry->category == LexiconCategory::GivenName || entry->category == LexiconCategory::Demonym)
      continue;
    const EntityType entryType = isPlace(*entry) ? EntityType::Loc : entry->type;
    if (entryType != type) continue;
    const bool towns =
        best && best->category == LexiconCategory::City && entry->category == LexiconCategory::City;
    if (!best || (towns ? preferredTown(*entry, *best, language) : entry->population > best->population) ||
        (best->category == LexiconCategory::City && entry->category == LexiconCategory::Country)) {
      best = entry;
    }
  }
  return best;
}

// "New Zealand" is both a country and its own adjective; the place wins.
const LexiconEntry* demonymOf(const std::vector<const LexiconEntry*>& entries) {
  const LexiconEntry* demonym = nullptr;
  for (const LexiconEntry* entry : entries) {
    if (entry->category == LexiconCategory::Demonym) demonym = entry;
    if (entry->category == LexiconCategory::Country || entry->category == LexiconCategory::Region)
      return nullptr;
  }
  return demonym;
}

Mention demonymMention(std::uint32_t start, std::uint32_t end, std::uint32_t sentence, const std::string& key,
                       const LexiconEntry& demonym) {
  Mention mention;
  mention.start = start;
  mention.end = end;
  mention.sentence = sentence;
  mention.type = EntityType::Norp;
  mention.source = MentionSource::Lexicon;
  mention.score = 0.9f;
  mention.key = key;
  mention.kb = std::string(demonym.target);
  return mention;
}

bool isListSeparator(const std::string& key) {
  return key == "," || key == "and" || key == "et" || key == "or" || key == "ou";
}

// "Food Standards of Australia and New Zealand": a name with a complement is
// built like a body's or a place's own name, so its neighbour in a list says
// nothing of which.
bool hasComplement(const NameCandidate& candidate) {
  return std::any_of(candidate.words.begin() + (candidate.words.empty() ? 0 : 1), candidate.words.end(),
                     cues::isRemitConnector);
}

// "Regal, AMC, Cinemark et Carmike Cinemas": the items of a list are alike, so
// a name that says little about itself takes the type of a neighbour that
// says a lot.
void addListAgreement(const CandidateScan& scan, std::unordered_map<std::string, Evidence>& pooled) {
  constexpr float kWeakTotal = 3.0f;
  constexpr float kStrongScore = 3.0f;
  constexpr float kNeighbourWeight = 1.5f;
  constexpr std::uint32_t kMaxGapBytes = 5;
  std::unordered_map<std::string, Evidence> agreement;
  for (std::size_t i = 1; i < scan.names.size(); ++i) {
    const NameCandidate& left = scan.names[i - 1];
    const NameCandidate& right = scan.names[i];
    if (left.sentence != right.sentence || right.start - left.end > kMaxGapBytes ||
        !isListSeparator(right.previous))
      continue;
    // "le président de la République, Emmanuel Macron": two names joined by a
    // comma alone are an apposition, not a list, unless the list goes on.
    const bool commaOnly = right.previous == ",";
    const bool listGoesOn =
        (i + 1 < scan.names.size() && scan.names[i + 1].sentence == right.sentence &&
         scan.names[i + 1].start - right.end <= kMaxGapBytes &&
         isListSeparator(scan.names[i + 1].previous)) ||
        (i >= 2 && scan.names[i - 2].sentence == left.sentence &&
         left.start - scan.names[i - 2].end <= kMaxGapBytes && isListSeparator(left.previous));
    if (commaOnly && !listGoesOn) continue;
    const Evidence& leftEvidence = pooled[left.key];
    const Evidence& rightEvidence = pooled[right.key];
    if (rightEvidence.total() < kWeakTotal && leftEvidence.of(leftEvidence.best()) >= kStrongScore &&
        !hasComplement(right))
      agreement[right.key].add(leftEvidence.best(), kNeighbourWeight);
    if (leftEvidence.total() < kWeakTotal && rightEvidence.of(rightEvidence.best()) >= kStrongScore &&
        !hasComplement(left))
      agreement[left.key].add(rightEvidence.best(), kNeighbourWeight);
  }
  for (auto& [key, extra] : agreement) pooled[key].add(extra);
}

// "La Corée du Sud accuse le Nord", "the South said": where a document names
// both halves of a divided country, a compass point alone is the half that
// bears it. Elsewhere "le Nord" stays the French department, and "the
// South" of an American paper is not South Africa.
void resolveCompassPoints(const CandidateScan& scan, std::vector<Mention>& mentions) {
  struct Half {
    std::string compass;
    std::string kb;
  };
  std::unordered_map<std::string, std::vector<Half>> halvesByRest;  // "coree" -> {"nord", country:KP}, ...
  for (std::size_t i = 0; i < scan.names.size(); ++i) {
    const NameCandidate& candidate = scan.names[i];
    if (candidate.words.size() < 2 || !mentions[i].kb.starts_with("country:")) continue;
    std::string compass;
    std::string rest;
    for (const std::string& word : candidate.words) {
      if (isCompassPoint(word)) {
        compass = word;
      } else if (!cues::isNameConnector(word)) {
        rest += rest.empty() ? word : " " + word;
      }
    }
    if (compass.empty() || rest.empty()) continue;
    auto& halves = halvesByRest[rest];
    const bool known =
        std::any_of(halves.begin(), halves.end(), [&](const Half& h) { return h.kb == mentions[i].kb; });
    if (!known) halves.push_back({compass, mentions[i].kb});
  }
  std::unordered_map<std::string, std::string> kbOfCompass;
  std::unordered_set<std::string> ambiguous;
  for (const auto& [rest, halves] : halvesByRest) {
    if (halves.size() < 2) continue;
    for (const Half& half : halves) {
      if (!kbOfCompass.try_emplace(half.compass, half.kb).second && kbOfCompass[half.compass] != half.kb)
        ambiguous.insert(half.compass);
    }
  }
  if (kbOfCompass.empty()) return;
  for (std::size_t i = 0; i < scan.names.size(); ++i) {
    const NameCandidate& candidate = scan.names[i];
    if (candidate.words.size() != 1 || ambiguous.count(candidate.key)) continue;
    const auto it = kbOfCompass.find(candidate.key);
    if (it == kbOfCompass.end()) continue;
    mentions[i].type = EntityType::Loc;
    mentions[i].kb = it->second;
  }
}

}  // namespace

std::vector<Mention> typeNames(const CandidateScan& scan, const Lexicon& builtin) {
  const LexiconCache lexicon(builtin);
  std::vector<Mention> mentions;
  std::vector<std::vector<const LexiconEntry*>> entries(scan.names.size());
  std::vector<std::optional<EntityType>> own(scan.names.size());  // the type an occurrence's own cue gives
  std::vector<bool> street(scan.names.size());                    // "rue Savary": the name of a street
  // What the lexicon knows counts once per name; what the context says adds
  // up over every occurrence.
  std::unordered_map<std::string, Evidence> pooled;
  std::unordered_map<std::string, Evidence> contexts;
  std::unordered_map<std::string, Evidence> teams;
  for (std::size_t i = 0; i < scan.names.size(); ++i) {
    const NameCandidate& candidate = scan.names[i];
    entries[i] = lexicon.lookup(candidate.key);
    // "DAX", "AFA": an acronym is not the small town that it happens to
    // spell, unless it heads a dateline ("BREST, 22 avril"). Nor is "la VAR"
    // of a football match the Var: a region whose name is also a word.
    constexpr std::size_t kMaxAcronymBytes = 5;
    if (!candidate.datelineAfter && candidate.surface.size() <= kMaxAcronymBytes &&
        isAllUpper(candidate.surface)) {
      const bool word = lexicon.isCommonWord(candidate.key, Language::Unknown);
      std::erase_if(entries[i], [word](const LexiconEntry* entry) {
        return (entry->category == LexiconCategory::City && entry->population < kWellKnownCityPopulation) ||
               (entry->category == LexiconCategory::Region && word);
      });
    }
    auto [it, first] = pooled.try_emplace(candidate.key);
    if (first) {
      addLexiconEvidence(entries[i], scan.language, it->second);
      it->second.add(nameEvidence(candidate, lexicon));
    }
    // "M. Paris" is typed on its own, and says nothing of the city elsewhere.
    own[i] = occurrenceType(candidate, entries[i], scan.language);
    const bool knownPlace = namesKnownPlace(entries[i], false);
    if (!(own[i] == EntityType::Person && knownPlace)) {
      contexts[candidate.key].add(contextEvidence(candidate, scan.language, knownPlace,
                                                  lexicon.isCommonWord(candidate.key, Language::Unknown)));
      contexts[candidate.key].add(pronounEvidence(scan, i, namesKnownPlace(entries[i], true)));
    }
    teams[candidate.key].add(teamEvidence(candidate));
    // The street keeps a name of its own, but "Saint-Melaine" of "place
    // Saint-Melaine" is likely a place elsewhere in the text too.
    street[i] = isStreetName(candidate, scan.language);
    if (street[i]) contexts[candidate.key].add(EntityType::Loc, 2.0f);
  }
  // A national team is a country in every other respect, so only repeated
  // evidence of a match turns the name into an organisation; it is not capped.
  // In a match report, one such cue is enough for a country.
  const bool matchReport = isMatchReport(scan);
  for (auto& [key, team] : teams) {
    // Regions field teams of their own too ("England", "Scotland"), and towns
    // their clubs ("Norwich", "Clermont"); a town with a club's word is one
    // whether or not it plays in the sentence ("Norwich City").
    if (matchReport && ((team.of(EntityType::Org) > 0 && namesKnownPlace(lexicon.lookup(key), true)) ||
                        namesTownClub(key, lexicon)))
      team.add(EntityType::Org, kMatchReportTeamWeight);
    pooled[key].add(team);
  }
  constexpr float kContextCap = 4.5f;
  for (auto& [key, context] : contexts) pooled[key].addCapped(context, kContextCap);
  // A surname alone takes the type of the full names it ends, as in "Kazu
  // Hirai ... Hirai said"; the same holds, more weakly, for a first word.
  std::unordered_map<std::string, Evidence> partEvidence;
  // Likewise the first word of an organisation's name is its short form
  // ("Halvorsen" for "Halvorsen Maritime").
  for (const NameCandidate& candidate : scan.names) {
    if (candidate.words.size() < 2) continue;
    const EntityType type = pooled[candidate.key].best();
    if (type == EntityType::Person) {
      partEvidence[candidate.words.back()].add(EntityType::Person, 3.0f);
      partEvidence[candidate.words.front()].add(EntityType::Person, 1.0f);
    } else if (type == EntityType::Org) {
      // "Irving Police Department" is the town's police; "Irving" stays the town.
      if (!namesKnownPlace(lexicon.lookup(candidate.words.front()), false))
        partEvidence[candidate.words.front()].add(EntityType::Org, 1.5f);
      // "Harbor Point" for "Harbor Point Medical": the name without the word
      // that says what kind of body it is.
      const std::string& kind = candidate.words.back();
      if (candidate.words.size() >= 3 && cues::endsBodyName(kind)) {
        std::string shortForm = candidate.words.front();
        for (std::size_t w = 1; w + 1 < candidate.words.size(); ++w) shortForm += " " + candidate.words[w];
        // "United States" of "United States Navy" is the country still.
        if (lexicon.lookup(shortForm).empty()) partEvidence[shortForm].add(EntityType::Org, 3.0f);
      }
    }
  }
  for (auto& [key, extra] : partEvidence) {
    auto it = pooled.find(key);
    if (it != pooled.end()) it->second.add(extra);
  }

  addListAgreement(scan, pooled);

  for (std::size_t i = 0; i < scan.names.size(); ++i) {
    const NameCandidate& candidate = scan.names[i];
    if (const LexiconEntry* demonym = demonymOf(entries[i]); demonym && !candidate.quoted) {
      mentions.push_back(
          demonymMention(candidate.start, candidate.end, candidate.sentence, candidate.key, *demonym));
      continue;
    }
    const Evidence& total = pooled[candidate.key];
    Mention mention;
    mention.start = candidate.start;
    mention.end = candidate.end;
    mention.sentence = candidate.sentence;
    mention.type = candidate.quoted ? EntityType::Work
                   : street[i]      ? EntityType::Loc
                   : own[i]         ? *own[i]
                                    : total.best();
    mention.source = entries[i].empty() ? MentionSource::Rule : MentionSource::Lexicon;
    const float confidence = total.total() > 0 ? total.of(mention.type) / total.total() : 0.5f;
    mention.score =
        std::clamp(0.35f + 0.6f * confidence - (candidate.fromHeadline ? 0.1f : 0.0f), 0.05f, 0.99f);
    mention.key = candidate.key;
    if (const LexiconEntry* entry = entryForType(entries[i], mention.type, scan.language))
      mention.kb = std::string(entry->id);
    // "rue Jean-Jaurès" is a street, not the man, nor "Pont-Aven" the town of "rue de Pont-Aven".
    if (street[i] && !candidate.streetKey.empty()) {
      mention.start = candidate.streetStart;
      mention.key = candidate.streetKey;
      mention.kb.clear();
    }
    mentions.push_back(std::move(mention));
  }
  resolveCompassPoints(scan, mentions);
  for (const WordSpan& word : scan.lowerWords) {
    if (!lexicon.isDemonymKey(word.key)) continue;
    const auto wordEntries = lexicon.lookup(word.key);
    if (const LexiconEntry* demonym = demonymOf(wordEntries)) {
      mentions.push_back(demonymMention(word.start, word.end, word.sentence, word.key, *demonym));
    }
  }
  sortByIndex(mentions, [](const Mention& a, const Mention& b) { return a.start < b.start; });
  return mentions;
}

}  // namespace recoupe
