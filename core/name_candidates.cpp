#include "name_candidates.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <unordered_set>

#include "cue_words.hpp"
#include "lexicon.hpp"
#include "lexicon_cache.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

// A word as names see it: hyphenated compounds joined ("Jong-un"), dotted
// abbreviations completed ("U.S."), French elisions split off ("d'" +
// "Obama"), English possessives dropped ("Sony's").
struct Unit {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool isWord = false;
  bool capitalised = false;
  bool allCaps = false;
  bool spaceBefore = false;
  bool possessive = false;  // "Sony's": the name ends here
  std::string key;          // folded
};

// "y'" is spoken French ("Y'a enquête").
constexpr std::array<std::string_view, 15> kElisions = {
    "l'", "d'",  "j'",     "m'",      "n'",      "s'",      "t'",      "y'",
    "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'",
};

bool isHyphen(std::string_view token) { return token == "-" || token == "\u2011" || token == "\u2010"; }

std::size_t elisionLength(std::string_view word) {
  // Every elision ends in an apostrophe, straight or curly (whose UTF-8 starts with 0xE2).
  if (word.find_first_of("'\xE2") == std::string_view::npos) return 0;
  for (std::string_view elision : kElisions) {
    const std::size_t stem = elision.size() - 1;  // without the apostrophe
    if (word.size() <= stem + 1) continue;
    bool match = true;
    for (std::size_t i = 0; i < stem && match; ++i) {
      const char c = word[i];
      match = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == elision[i];
    }
    if (!match) continue;
    const std::string_view rest = word.substr(stem);
    if (rest.starts_with("'") && rest.size() > 1) return stem + 1;
    if (rest.starts_with("\u2019") && rest.size() > 3) return stem + 3;
  }
  return 0;
}

std::size_t possessiveLength(std::string_view word) {
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) return 2;
  if (word.size() > 4 && word.ends_with("\u2019s")) return 4;
  return 0;
}

// The abbreviations that close a name with their full stop.
bool isAbbreviatedSuffix(std::string_view key) {
  static constexpr std::array<std::string_view, 8> kSuffixes = {"inc", "corp", "co",   "ltd",
                                                                "jr",  "sr",   "bros", "cie"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), key) != kSuffixes.end();
}

bool isDottedInitials(std::string_view word) {
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i % 2 == 0 ? !std::isalpha(static_cast<unsigned char>(word[i])) : word[i] != '.') return false;
  }
  return true;
}

Unit makeUnit(std::string_view text, std::uint32_t start, std::uint32_t end, bool isWord, bool spaceBefore) {
  Unit unit;
  unit.start = start;
  unit.end = end;
  unit.isWord = isWord;
  unit.spaceBefore = spaceBefore;
  const std::string_view surface = text.substr(start, end - start);
  unit.key = foldKey(surface);
  if (isWord && hasLetter(surface)) {
    unit.capitalised = startsWithUpper(surface);
    unit.allCaps = surface.size() >= 2 && isAllUpper(surface);
  }
  return unit;
}

std::string_view tokenText(std::string_view text, const Token& token) {
  return text.substr(token.start, token.end - token.start);
}

// "d' honneur", "l' Etat": old French print, and its OCR, set a space after
// the elision. Returns whether `word` is such an elision's stem with its
// apostrophe in the next token; "s'" is left out, as it also ends an English
// plural's possessive.
bool isSpacedElision(std::string_view text, const std::vector<Token>& tokens, std::uint32_t word,
                     std::uint32_t last) {
  if (word + 2 >= last || tokens[word + 1].spaceBefore || !tokens[word + 2].spaceBefore ||
      tokens[word + 2].kind == TokenKind::Punctuation)
    return false;
  const std::string_view mark = tokenText(text, tokens[word + 1]);
  if (mark != "'" && mark != "\u2019") return false;
  const std::string_view stem = tokenText(text, tokens[word]);
  constexpr std::size_t kLongestStem = 6;  // "lorsqu", "puisqu"
  if (stem.empty() || stem.size() > kLongestStem) return false;
  const std::string key = lowerAscii(stem) + '\'';
  return key != "s'" && isElisionKey(key);
}

// "Guy's Hospital", "St Thomas' Hospital", "King's College": a body named
// after a saint or a founder, the possessive in its name.
bool isInstitutionHead(std::string_view key) {
  static constexpr std::array<std::string_view, 9> kHeads = {
      "hospital", "college", "school", "church", "cathedral", "chapel", "infirmary", "university", "academy"};
  return std::find(kHeads.begin(), kHeads.end(), key) != kHeads.end();
}

// "Thomas' Hospital": the apostrophe alone marks the possessive of a name
// that ends in "s". Only before an institution's head, as elsewhere it
// closes a quotation ("the 'Anonymous' hackers").
bool isBareApostrophePossessive(std::string_view text, const std::vector<Token>& tokens, std::uint32_t word,
                                std::uint32_t last) {
  const std::string_view owner = tokenText(text, tokens[word]);
  if (word + 2 >= last || owner.size() < 2 || (owner.back() != 's' && owner.back() != 'S')) return false;
  const std::string_view mark = tokenText(text, tokens[word + 1]);
  if (tokens[word + 1].spaceBefore || (mark != "'" && mark != "\u2019")) return false;
  // An opening quotation mark shortly before makes the apostrophe its end.
  constexpr std::uint32_t kMaxQuotedWords = 4;
  for (std::uint32_t back = word; back > 0 && word - back < 2 * kMaxQuotedWords; --back) {
    const std::string_view before = tokenText(text, tokens[back - 1]);
    if ((before == "'" || before == "\u2018") && !tokens[back].spaceBefore) return false;
  }
  const std::string_view head = tokenText(text, tokens[word + 2]);
  if (!tokens[word + 2].spaceBefore || head.empty() || !std::isupper(static_cast<unsigned char>(head[0])))
    return false;
  return isInstitutionHead(lowerAscii(head));
}

// "Scientology-related", "Paris-based", "US-led": the name is the part
// before the hyphen, and the rest makes an adjective of it.
bool isAdjectiveSuffix(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kSuffixes = {
      "related", "based", "led",    "backed", "owned",      "funded",     "born",
      "style",   "made",  "linked", "bound",  "affiliated", "controlled", "registered"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), word) != kSuffixes.end();
}

std::vector<Unit> buildUnits(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                             std::uint32_t last) {
  std::vector<Unit> units;
  units.reserve(last - first);
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& token = tokens[i];
    if (token.kind == TokenKind::Punctuation) {
      units.push_back(makeUnit(text, token.start, token.end, false, token.spaceBefore));
      continue;
    }
    if (isSpacedElision(text, tokens, i, last)) {
      units.push_back(makeUnit(text, token.start, tokens[i + 1].end, true, token.spaceBefore));
      units.back().capitalised = false;
      ++i;
      continue;
    }
    std::uint32_t end = token.end;
    // "Jean-Paul", and "AT&T", "H&M": an ampersand between letters makes a brand.
    while (i + 2 < last && !tokens[i + 1].spaceBefore && !tokens[i + 2].spaceBefore &&
           (isHyphen(tokenText(text, tokens[i + 1])) || tokenText(text, tokens[i + 1]) == "&") &&
           tokens[i + 2].kind != TokenKind::Punctuation &&
           !isAdjectiveSuffix(tokenText(text, tokens[i + 2]))) {
      end = tokens[i + 2].end;
      i += 2;
    }
    if (isDottedInitials(text.substr(token.start, end - token.start)) && i + 1 < last &&
        !tokens[i + 1].spaceBefore && tokenText(text, tokens[i + 1]) == ".") {
      end = tokens[++i].end;
    }
    // "Canal+", "Disney+": a plus sign stuck to the end of a word is part of the brand.
    if (i + 1 < last && !tokens[i + 1].spaceBefore && tokenText(text, tokens[i + 1]) == "+" &&
        (i + 2 >= last || tokens[i + 2].spaceBefore || tokens[i + 2].kind == TokenKind::Punctuation)) {
      end = tokens[++i].end;
    }
    std::uint32_t start = token.start;
    const std::string_view word = text.substr(start, end - start);
    if (const std::size_t elision = elisionLength(word)) {
      units.push_back(
          makeUnit(text, start, start + static_cast<std::uint32_t>(elision), true, token.spaceBefore));
      units.back().capitalised = false;
      start += static_cast<std::uint32_t>(elision);
      units.push_back(makeUnit(text, start, end, true, false));
      continue;
    }
    const std::size_t possessive = possessiveLength(word);
    units.push_back(
        makeUnit(text, start, end - static_cast<std::uint32_t>(possessive), true, token.spaceBefore));
    units.back().possessive = possessive > 0;
    if (!possessive && isBareApostrophePossessive(text, tokens, i, last)) {
      units.back().possessive = true;
      ++i;
    }
    // OCR of old French print reads "M." (monsieur) as "NI .", and nothing
    // else is written so.
    if (word == "NI" && i + 1 < last && tokenText(text, tokens[i + 1]) == ".")
      units.back().key.assign(1, 'm');
  }
  return units;
}

// All-caps text ("BREAKING NEWS FROM SEOUL") says nothing about names.
bool isShouting(const std::vector<Unit>& units) {
  int words = 0;
  int caps = 0;
  for (const Unit& unit : units) {
    if (!unit.isWord || unit.key.size() < 2) continue;
    ++words;
    if (unit.allCaps) ++caps;
  }
  return words >= 4 && caps * 10 >= words * 6;
}

// Title Case headlines capitalise common words ("Sony Chief Condemns Cyber-Assault").
// A headline has no final full stop; a sentence that has one and is full of
// names is just a sentence about many things.
bool isTitleCase(const std::vector<Unit>& units) {
  if (!units.empty() && !units.back().isWord && (units.back().key == "." || units.back().key == "!")) {
    // "Experts Warn Of More Attacks.": with a full stop, only when even the
    // small words of an English headline are capitalised, which running text
    // never does. Lists of names ("Izenic, Le Mauff, Pierre.") have commas.
    static constexpr std::array<std::string_view, 12> kHeadlineSmallWords = {
        "of", "to", "in", "for", "on", "with", "at", "by", "from", "and", "the", "as"};
    int words = 0;
    bool capitalisedSmallWord = false;
    for (const Unit& unit : units) {
      if (!unit.isWord) {
        if (unit.key == ",") return false;
        continue;
      }
      if (!unit.capitalised || unit.allCaps) return false;
      ++words;
      capitalisedSmallWord = capitalisedSmallWord ||
                             (words > 1 && std::find(kHeadlineSmallWords.begin(), kHeadlineSmallWords.end(),
                                                     unit.key) != kHeadlineSmallWords.end());
    }
    return words >= 3 && capitalisedSmallWord;
  }
  // Headline style leaves only short words in lower case, and some
  // prepositions; a verb in lower case ("de Sean Baker remporte la Palme")
  // is a sentence with many names.
  static constexpr std::array<std::string_view, 10> kLowerCaseInHeadlines = {
      "with", "from", "into", "onto", "over", "upon", "than", "that", "amid", "after"};
  int longWords = 0;
  int capitalised = 0;
  for (const Unit& unit : units) {
    if (!unit.isWord || unit.key.size() < 4) continue;
    ++longWords;
    if (unit.capitalised) {
      ++capitalised;
    } else if (std::find(kLowerCaseInHeadlines.begin(), kLowerCaseInHeadlines.end(), unit.key) ==
                   kLowerCaseInHeadlines.end() &&
               std::any_of(unit.key.begin(), unit.key.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return false;
    }
  }
  return longWords >= 3 && capitalised * 10 >= longWords * 7;
}

bool isOpeningQuote(std::string_view key) {
  return key == "\u00ab" || key == "\u201c" || key == "\"" || key == "\u2018" || key == "\u201e";
}

bool isClosingQuote(std::string_view key) {
  return key == "\u00bb" || key == "\u201d" || key == "\"" || key == "\u2019";
}

bool allDigits(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Positions where any word is capitalised, name or not: the start of the
// sentence, and the first word after a colon, a dash or an opening quote.
std::vector<bool> capitalisedByPosition(const std::vector<Unit>& units) {
  std::vector<bool> byPosition(units.size(), false);
  bool expectStart = true;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].isWord) {
      const std::string_view key = units[i].key;
      if (key == ":" || key == "-" || key == "\u2014" || key == "\u2013" || isOpeningQuote(key) ||
          key == "(" || key == "[" || key == "?" || key == "!" || key == "." || key == "\u2022" ||
          key == "*" || key == "#" || key == "\u2026") {
        // "M. Le Pen", "J. K. Rowling": the full stop of a title or an
        // initial does not start a sentence.
        const bool abbreviation = key == "." && i > 0 && units[i - 1].isWord &&
                                  (cues::isPersonTitle(units[i - 1].key) || units[i - 1].key.size() == 1);
        if (!abbreviation) expectStart = true;
      }
      continue;
    }
    byPosition[i] = expectStart;
    // "#35 Please, soyez sérieux": the number of a comment does not start it.
    const bool commentNumber = i > 0 && units[i - 1].key == "#" && allDigits(units[i].key);
    // "PAQUEBOTS Arrivés à Lisbonne": a heading in capitals, run into its
    // text where the scan lost the line break, starts the sentence after it.
    const bool heading = units[i].allCaps && units[i].key.size() >= 6 && !allDigits(units[i].key);
    if (!commentNumber) expectStart = heading;
  }
  return byPosition;
}

struct Span {
  std::size_t first = 0;  // unit indexes, inclusive
  std::size_t last = 0;
  // Where the name began before a sentence's start took its first word:
  // "Internet" of "Internet Explorer's market share…"; npos when it did not.
  std::size_t beforeStart = std::string::npos;
};

// Particles that, capitalised between two capitalised words, belong to a
// surname whatever comes before ("Claudio De Vincenti", "Rio De Janeiro");
// "Le" and "La" do only after a known given name ("Marine Le Pen").
bool isSurnameParticle(std::string_view key) {
  static constexpr std::array<std::string_view, 16> kParticles = {"de",  "di",  "da",  "van", "von", "der",
                                                                  "den", "del", "ben", "bin", "ibn", "dos",
                                                                  "ter", "ten", "abu", "abou"};
  return std::find(kParticles.begin(), kParticles.end(), key) != kParticles.end();
}

bool isSmallNumber(std::string_view key) { return key.size() <= 2 && allDigits(key); }

// "Jr.", "Sr.": after a surname.
bool isNameSuffix(std::string_view key) { return key == "jr" || key == "sr" || key == "jr." || key == "sr."; }

// "al-Assad", "el-Sissi": a surname with the Arabic article.
bool isArabicArticleName(std::string_view key) {
  return key.size() > 4 && (key.starts_with("al-") || key.starts_with("el-"));
}

bool isRomanNumeral(std::string_view key) {
  return !key.empty() && key.find_first_not_of("ivxlcdm") == std::string_view::npos;
}

// "Q3", "H1", "FY2023", "T4": quarters, halves and fiscal years, not names.
bool isPeriodLabel(std::string_view key) {
  const bool quarterOrHalf = key.size() == 2 &&
                             (key[0] == 'q' || key[0] == 'h' || key[0] == 't' || key[0] == 's') &&
                             key[1] >= '1' && key[1] <= '4';
  const bool fiscalYear =
      (key.size() == 4 || key.size() == 6) && key.starts_with("fy") && allDigits(key.substr(2));
  return quarterOrHalf || fiscalYear;
}

// A person's title comes just before the unit, or before the full stop of its
// abbreviation: "M. Li", "Dr Li". A title in the possessive owns what follows
// ("Prime Minister's Questions").
bool followsTitle(const std::vector<Unit>& units, std::size_t index) {
  if (index > 0 && cues::isPersonTitle(units[index - 1].key)) return !units[index - 1].possessive;
  return index > 1 && units[index - 1].key == "." && cues::isPersonTitle(units[index - 2].key);
}

// A title is followed, after its abbreviation's full stop if any, by a
// capitalised word: "Mr. Toccafondi", "Dr Li".
bool introducesName(const std::vector<Unit>& units, std::size_t title) {
  std::size_t next = title + 1;
  if (next < units.size() && units[next].key == ".") ++next;
  return next < units.size() && units[next].isWord && units[next].capitalised;
}

// Titles that only address a person ("M.", "Mrs", "Me"), and never end a name.
bool isFormOfAddress(std::string_view key) {
  static constexpr std::array<std::string_view, 12> kForms = {"m",  "mm",  "mme", "mmes", "mlle",   "mlles",
                                                              "mr", "mrs", "ms",  "dr",   "messrs", "me"};
  return std::find(kForms.begin(), kForms.end(), key) != kForms.end();
}

// "T-shirt", "X-ray", "E-mail", "E-meter": a capital letter joined to a
// lower-case word is a common noun; "T-Mobile" and "X-Men" keep their capital.
bool isLetterCompound(std::string_view surface) {
  if (surface.size() < 4 || surface[0] < 'A' || surface[0] > 'Z' || surface[1] != '-') return false;
  return std::all_of(surface.begin() + 2, surface.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool isPartyMember(std::string_view key) {
  return key == "republican" || key == "republicans" || key == "democrat" || key == "democrats" ||
         key == "democratic" || key == "tory" || key == "tories";
}

bool isIndefiniteOrDefiniteArticle(std::string_view key) {
  return key == "a" || key == "an" || key == "the" || key == "un" || key == "une" || key == "le" ||
         key == "la" || key == "l'";
}

// "R-N.C.", "D-Calif.": an American legislator's party and state.
bool isPartyStateTag(std::string_view key) {
  constexpr std::size_t kMaxStateLetters = 6;
  if (key.size() < 3 || (key[0] != 'r' && key[0] != 'd' && key[0] != 'i') || key[1] != '-') return false;
  const std::string_view state = key.substr(2);
  return state.size() <= kMaxStateLetters &&
         std::all_of(state.begin(), state.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '.'; });
}

// The nouns of "chef d'État", "coup d'État", "homme d'État", "raison d'État".
bool isStatePhraseHead(std::string_view key) {
  static constexpr std::array<std::string_view, 12> kHeads = {
      "chef",  "chefs",  "coup",       "coups",       "homme",  "hommes",
      "femme", "femmes", "secretaire", "secretaires", "raison", "affaire"};
  return std::find(kHeads.begin(), kHeads.end(), key) != kHeads.end();
}

bool isMonthName(std::string_view key) {
  static constexpr std::array<std::string_view, 27> kMonths = {
      "january", "february",  "march",   "april",    "may",      "june",    "july",
      "august",  "september", "october", "november", "december", "janvier", "fevrier",
      "février", "mars",      "avril",   "mai",      "juin",     "juillet", "aout",
      "août",    "septembre", "octobre", "novembre", "decembre", "décembre"};
  return std::find(kMonths.begin(), kMonths.end(), key) != kMonths.end();
}

// "Sept.", "Nov.", "janv.": a month cut short before its full stop.
bool isMonthAbbreviation(std::string_view key) {
  static constexpr std::array<std::string_view, 15> kAbbreviations = {"jan", "janv", "feb", "fev",  "fevr",
                                                                      "apr", "avr",  "jul", "juil", "aug",
                                                                      "sep", "sept", "oct", "nov",  "dec"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), key) != kAbbreviations.end();
}

bool isWeekdayOrMonth(std::string_view key) {
  static constexpr std::array<std::string_view, 14> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday",   "saturday", "sunday",
      "lundi",  "mardi",   "mercredi",  "jeudi",    "vendredi", "samedi",   "dimanche"};
  return isMonthName(key) || std::find(kWeekdays.begin(), kWeekdays.end(), key) != kWeekdays.end();
}

// "Paris, 22 avril", "Brest, le 3 mai", "London, 4 March": a dateline after a name.
bool isDatelineAfter(const std::vector<Unit>& units, std::size_t last) {
  const auto at = [&](std::size_t offset) -> std::string_view {
    return last + offset < units.size() ? std::string_view(units[last + offset].key) : std::string_view();
  };
  if (at(1) != ",") return false;
  const bool dayMonth = !at(2).empty() && allDigits(at(2)) && isMonthName(at(3));
  const bool leDayMonth = at(2) == "le" && !at(3).empty() && allDigits(at(3)) && isMonthName(at(4));
  const bool monthDay = isMonthName(at(2)) && !at(3).empty() && allDigits(at(3));  // "Kabul, March 3"
  return dayMonth || leDayMonth || monthDay;
}

// "Jean Péniguel, 42 ans", "Daniel Montalvo, 19, a member": an age after a
// comma. Only people are given one.
bool isAgeAfter(const std::vector<Unit>& units, std::size_t last) {
  const auto at = [&](std::size_t offset) -> std::string_view {
    return last + offset < units.size() ? std::string_view(units[last + offset].key) : std::string_view();
  };
  if (at(1) != "," || at(2).empty() || at(2).size() > 3 || !allDigits(at(2))) return false;
  const int age = std::stoi(std::string(at(2)));
  return age > 0 && age < 120 && (at(3) == "ans" || at(3) == "an" || at(3) == ",");
}

// "CVE-2024-21762", "ISO-8601-1": a catalogue's reference, with two groups
// of digits or more, names no one; "COVID-19" and "F-35" have one.
bool isReferenceNumber(std::string_view key) {
  int digitGroups = 0;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t end = key.find('-', start);
    if (end == std::string_view::npos) end = key.size();
    if (allDigits(key.substr(start, end - start))) ++digitGroups;
    start = end + 1;
  }
  return digitGroups >= 2;
}

bool isPlural(std::string_view word) {
  return word.size() > 3 && word.back() == 's' && !word.ends_with("ss");
}

// "MPs", "NGOs", "SUVs": capitals and a final lower-case "s".
bool isPluralAcronym(std::string_view text, const Unit& unit) {
  const std::string_view word = text.substr(unit.start, unit.end - unit.start);
  if (word.size() < 3 || word.back() != 's') return false;
  return std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A body's head word, "of" or "for", then capitalised dictionary words up to
// `last`: the remit of "Department of Health", "Center for Strategic".
template <typename CommonWordPredicate>
bool isRemitOfBody(const std::vector<Unit>& units, std::size_t first, std::size_t last,
                   const CommonWordPredicate& isCommonWord) {
  std::size_t head = first;
  while (head < last && cues::isFunctionWord(units[head].key)) ++head;
  if (head + 2 > last || !cues::isOrganisationWord(units[head].key)) return false;
  const std::string& link = units[head + 1].key;
  if (units[head + 1].capitalised || (link != "of" && link != "for")) return false;
  for (std::size_t i = head + 2; i <= last; ++i) {
    if (!units[i].isWord || !units[i].capitalised || units[i].allCaps || !isCommonWord(units[i].key))
      return false;
  }
  return true;
}

// "the U.S. Attorney's Office", "the Sheriff's Department": an office named
// after the officer it serves is one name, the possessive in it.
bool isOfficersOffice(const std::vector<Unit>& units, std::size_t possessor) {
  if (possessor + 1 >= units.size()) return false;
  const Unit& office = units[possessor + 1];
  if (!office.capitalised || (office.key != "office" && office.key != "department")) return false;
  const std::string& officer = units[possessor].key;
  return cues::isPersonTitle(officer) || officer == "sheriff" || officer == "prosecutor" ||
         officer == "coroner" || officer == "general" || officer == "comptroller" || officer == "auditor";
}

bool isInstitutionNamedAfter(const std::vector<Unit>& units, std::size_t possessor) {
  return possessor + 1 < units.size() && units[possessor].capitalised && units[possessor + 1].capitalised &&
         isInstitutionHead(units[possessor + 1].key);
}

bool hasOfficersOffice(const std::vector<Unit>& units, Span span) {
  for (std::size_t i = span.first; i < span.last; ++i) {
    if (units[i].possessive && isOfficersOffice(units, i)) return true;
  }
  return false;
}

// Extends a run of capitalised words over connectors and initials.
// `isGivenName` lets a capitalised particle continue a person's name
// ("Kevin De Bruyne", "Farouk Ben Mustapha"); `isCommonWord` ends it before
// a heading word.
template <typename GivenNamePredicate, typename CommonWordPredicate>
std::size_t extendName(const std::vector<Unit>& units, std::size_t first, Language language,
                       const GivenNamePredicate& isGivenName, const CommonWordPredicate& isCommonWord) {
  std::size_t last = first;
  std::size_t next = first + 1;
  while (next < units.size() &&
         (!units[last].possessive || isOfficersOffice(units, last) || isInstitutionNamedAfter(units, last))) {
    const Unit& unit = units[next];
    const bool particleOfSurname =
        unit.isWord && unit.capitalised && !unit.allCaps && cues::isNameConnector(unit.key) &&
        unit.key != "the" && unit.key != "of" && next + 1 < units.size() && units[next + 1].isWord &&
        units[next + 1].capitalised &&
        (isGivenName(units[last].key) || isSurnameParticle(unit.key) ||
         // "J. Le Bras", "A. La Fontaine": after an initial.
         (units[last].key.size() == 1 && next == last + 2 && (unit.key == "le" || unit.key == "la")));
    // "Holdinvest SA": a company's legal form, though "sa" is a small word too.
    const bool legalForm = unit.allCaps && cues::isLegalForm(unit.key) && !units[last].allCaps;
    // "le Nouvel An": the French year, not the English article.
    const bool frenchYear = unit.key == "an" && units[last].key == "nouvel";
    // "Kestrel Holdings S.à r.l.": the Luxembourg form goes on in lower case.
    if (unit.isWord && units[last].key == "s.a" && (unit.key == "r.l" || unit.key == "r.l.")) {
      last = next++;
      continue;
    }
    if (unit.isWord && unit.capitalised &&
        (!cues::isFunctionWord(unit.key) || particleOfSurname || legalForm || frenchYear)) {
      // Text without punctuation (OCR, lists) runs names into all-caps labels
      // ("Saint-Malo DESIGNATION"): a switch between a long all-caps word and
      // a mixed-case word ends the name. Short acronyms ("D.C.", "FBI") do not.
      auto isLongCaps = [](const Unit& word) {
        return word.allCaps &&
               std::count_if(word.key.begin(), word.key.end(), [](char c) { return c != '.'; }) >= 4;
      };
      // "Super Bowl LVIII", "Vernier Logistique SARL".
      const bool longCaps = isLongCaps(unit) && !isRomanNumeral(unit.key) && !cues::isLegalForm(unit.key);
      const bool lastLongCaps = isLongCaps(units[last]);
      if ((longCaps && !units[last].allCaps) || (lastLongCaps && !unit.allCaps)) break;
      // "Erbrée VOL": a short all-caps dictionary word after a name in mixed
      // case starts a heading.
      if (unit.allCaps && !units[last].allCaps && unit.key.size() >= 3 && isCommonWord(unit.key) &&
          !legalForm)
        break;
      last = next++;
      continue;
    }
    // "la Corée du nord": the compass point is often written in lower case.
    const bool lowerCompassPoint = unit.key == "du" && next + 1 < units.size() && units[next + 1].isWord &&
                                   (units[next + 1].key == "nord" || units[next + 1].key == "sud");
    if (lowerCompassPoint) {
      last = next + 1;
      break;
    }
    // "Ursula von der Leyen", "Bashar al-Assad", "Abu Bakr al-Baghdadi": the
    // lower-case particles of a person's surname, after a given name.
    const auto afterGivenName = [&] {
      for (std::size_t i = first; i <= last; ++i)
        if (isGivenName(units[i].key)) return true;
      return false;
    };
    if (unit.isWord && !unit.capitalised && (isArabicArticleName(unit.key) || isSurnameParticle(unit.key)) &&
        afterGivenName()) {
      if (isArabicArticleName(unit.key)) {
        last = next;
        break;
      }
      std::size_t particles = next;
      while (particles < units.size() && particles < next + 2 && units[particles].isWord &&
             !units[particles].capitalised && isSurnameParticle(units[particles].key))
        ++particles;
      if (particles > next + 1 && particles < units.size() && units[particles].isWord &&
          units[particles].capitalised && !units[particles].allCaps) {
        last = particles;
        next = particles + 1;
        continue;
      }
    }
    // "Banque de la République", "Place de la Concorde", "Church of the
    // Nazarene", "Joint Council for the Welfare of Immigrants": an article
    // between the connector and the next capital.
    const bool remitOf = unit.key == "de" || unit.key == "of" ||
                         (unit.key == "for" && cues::isOrganisationWord(units[last].key));
    const bool ofThe =
        remitOf && !unit.capitalised && next + 2 < units.size() && units[next + 1].isWord &&
        !units[next + 1].capitalised &&
        (units[next + 1].key == "la" || units[next + 1].key == "l'" || units[next + 1].key == "the") &&
        units[next + 2].isWord && units[next + 2].capitalised && !units[next + 2].allCaps &&
        !cues::isPersonTitle(units[next + 2].key);
    if (ofThe) {
      next += 2;
      continue;
    }
    const bool followedByCapital =
        next + 1 < units.size() && units[next + 1].isWord && units[next + 1].capitalised;
    if (!followedByCapital) break;
    // "Food and Drug Administration", "Defense Counterintelligence and
    // Security Agency": dictionary words joined by "and" up to a body's head
    // word are one name; names of their own ("Arcturus and Brightwater Labs")
    // make a list.
    if (unit.key == "and") {
      const auto dictionaryWords = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i <= to; ++i) {
          if (!units[i].isWord || !units[i].capitalised || units[i].allCaps || !isCommonWord(units[i].key))
            return false;
        }
        return true;
      };
      std::size_t end = next + 1;
      while (end + 1 < units.size() && units[end + 1].isWord && units[end + 1].capitalised) ++end;
      if (dictionaryWords(first, last) && dictionaryWords(next + 1, end) &&
          cues::isOrganisationWord(units[end].key) && !cues::isOrganisationWord(units[last].key)) {
        last = end;
        next = end + 1;
        continue;
      }
      // "Union of Rationalist Atheists and Agnostics", "Department of Health
      // and Human Services": a body's remit of dictionary words goes on past
      // "and" over two such words, or one plural like the word before "and",
      // or one that ends the clause ("the Bureau of Industry and Security,").
      // "the Bank of England and Treasury officials" names two.
      constexpr std::size_t kMaxRemitUnits = 12;  // longer runs are lists, and rescanning them would cost
      const bool endsClause = end + 1 >= units.size() || !units[end + 1].isWord;
      if (last - first <= kMaxRemitUnits && isRemitOfBody(units, first, last, isCommonWord) &&
          dictionaryWords(next + 1, end) &&
          (end > next + 1 || endsClause || (isPlural(units[end].key) && isPlural(units[last].key)))) {
        last = end;
        next = end + 1;
        continue;
      }
    }
    // "Movimento 5 Stelle": a small number between an organisation word and
    // a capitalised word; not a version ("Internet Explorer 6 Countdown") nor
    // a score ("Manchester United 2 Liverpool 1").
    if (isSmallNumber(unit.key) && !units[last].allCaps && cues::isOrganisationWord(units[last].key)) {
      std::size_t after = next + 1;
      while (after < units.size() && units[after].isWord && units[after].capitalised) ++after;
      if (after >= units.size() || !isSmallNumber(units[after].key)) {
        last = next + 1;
        next += 2;
        continue;
      }
    }
    // "Alexander the Great", but not "According to Rathbun the Scientology ...".
    // "Council on Foreign Relations", "Centers for Disease Control": "on" and
    // "for" join an organisation's head word to its remit, but not to a date
    // ("the Commission on March 3").
    const bool remit = (unit.key == "on" || unit.key == "for") && cues::isOrganisationWord(units[last].key) &&
                       !isMonthName(units[next + 1].key);
    // "Maria do Céu Faria": Portuguese particles; in French OCR "do" is a misread "de".
    const bool portuguese =
        language != Language::French && (unit.key == "do" || unit.key == "dos" || unit.key == "das");
    // "Erik ten Hag", "Gerard ter Borch", "Hendrik van den Berg": Dutch
    // particles, which are English words too, after a given name or "van".
    const bool dutch = (unit.key == "ten" || unit.key == "ter" || unit.key == "den") &&
                       (isGivenName(units[last].key) || units[last].key == "van");
    const bool connector =
        unit.isWord && !unit.capitalised &&
        ((cues::isNameConnector(unit.key) && (unit.key != "the" || isGivenName(units[last].key))) || remit ||
         portuguese || dutch);
    // "John F. Kennedy", "J. R. R. Tolkien": an initial opens a name or
    // follows a given name or another initial; "Station F. Bpifrance" ends a
    // sentence.
    const bool initialDot = unit.key == "." && !unit.spaceBefore && units[last].key.size() == 1 &&
                            (last == first || units[last - 1].key == "." || units[last - 1].key.size() == 1 ||
                             isGivenName(units[last - 1].key));
    const bool ampersand = unit.key == "&";
    if (!connector && !initialDot && !ampersand) break;
    // "à l'Élysée la Première ministre": a title after the connector starts
    // another phrase.
    if (connector && next + 1 < units.size() && cues::isPersonTitle(units[next + 1].key)) break;
    next += 1;
  }
  return last;
}

class CandidateFinder {
 public:
  CandidateFinder(std::string_view text, const Segmentation& segmentation, Language language,
                  const Lexicon& lexicon)
      : text_(text),
        segmentation_(segmentation),
        language_(language),
        sentenceLanguage_(language),
        lexicon_(lexicon) {
    collectLowerCaseVocabulary();
  }

  CandidateScan run() {
    struct SentenceNames {
      std::vector<Unit> units;
      std::vector<Span> spans;
      std::vector<Span> quotedTitles;
      bool titleCase = false;
    };
    std::vector<SentenceNames> sentences(segmentation_.sentences.size());
    // Names found in running text vouch for the same names in headlines.
    std::unordered_set<std::string> runningTextKeys;
    // Words that also occur inside longer names ("Smith" of "John Smith").
    std::unordered_set<std::string> partsOfLongerNames;
    // Titles found in quotation marks after a cue ("la comédie « … »").
    std::unordered_set<std::string> quotedTitleKeys;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const Sentence& sentence = segmentation_.sentences[s];
      SentenceNames& names = sentences[s];
      names.units = buildUnits(text_, segmentation_.tokens, sentence.firstToken, sentence.endToken);
      sentenceLanguage_ = languageOfSentence(names.units);
      if (isShouting(names.units)) {
        // Capitals say nothing here, but a heading or a dateline in capitals
        // still names its places ("RENNES", "LOIRE-INFERIEURE NANTES").
        names.spans = knownPlacesIn(names.units);
        // Text in mixed case after a heading in capitals keeps its own
        // capitals ("PAYS-BAS LA SUCCESSION AU TRONE Amsterdam, 24 juillet"),
        // vouched for like a headline's.
        for (const Span& span : spansIn(names.units)) {
          const bool mixedCase =
              std::none_of(names.units.begin() + static_cast<std::ptrdiff_t>(span.first),
                           names.units.begin() + static_cast<std::ptrdiff_t>(span.last) + 1,
                           [](const Unit& unit) { return unit.allCaps; });
          if (mixedCase) names.spans.push_back(span);
        }
        std::sort(names.spans.begin(), names.spans.end(),
                  [](const Span& a, const Span& b) { return a.first < b.first; });
        names.titleCase = true;
        continue;
      }
      names.titleCase = isTitleCase(names.units) || isCapitalisedLabel(names.units);
      names.spans = spansIn(names.units);
      names.quotedTitles = quotedTitlesIn(names.units, {});
      for (const Span& title : names.quotedTitles) quotedTitleKeys.insert(keyOf(names.units, title));
      for (const Span& span : names.spans) {
        if (span.last > span.first) {
          for (std::size_t i = span.first; i <= span.last; ++i) partsOfLongerNames.insert(names.units[i].key);
        }
      }
      if (names.titleCase) continue;
      for (const Span& span : names.spans) {
        if (span.last > span.first && names.units[span.first].isWord)
          openersOfLongerNames_.insert(names.units[span.first].key);
        for (std::size_t i = span.first; i <= span.last; ++i) runningTextKeys.insert(names.units[i].key);
        runningTextKeys.insert(keyOf(names.units, span));
      }
    }
    // The same title quoted again without its cue is still the title.
    if (!quotedTitleKeys.empty()) {
      for (SentenceNames& names : sentences)
        names.quotedTitles = quotedTitlesIn(names.units, quotedTitleKeys);
    }
    for (SentenceNames& names : sentences) {
      std::erase_if(names.spans, [&](const Span& span) {
        return (span.first == span.last && !isWholeElsewhere(names.units, span, runningTextKeys) &&
                isCapitalisedCommonNoun(names.units, span.first, partsOfLongerNames)) ||
               endsFrenchOfficeTitle(names.units, span);
      });
    }
    CandidateScan scan;
    scan.language = language_;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      SentenceNames& names = sentences[s];
      const auto sentenceIndex = static_cast<std::uint32_t>(s);
      std::vector<Span> accepted;
      for (Span span : names.spans) {
        // "edit : The Interview : un cinéma …": an article that a sentence's
        // start took away comes back when the running text has the title with it.
        if (span.first > 0 && names.units[span.first - 1].capitalised &&
            isArticle(names.units[span.first - 1].key) &&
            runningTextKeys.count(keyOf(names.units, Span{span.first - 1, span.last}))) {
          --span.first;
        }
        // "Internet Explorer's market share…": so does a name's first word
        // when the running text has the whole name elsewhere.
        if (isWholeElsewhere(names.units, span, runningTextKeys)) span.first = span.beforeStart;
        if (!names.titleCase || isKnownBeyondGivenNames(keyOf(names.units, span)) ||
            runningTextKeys.count(keyOf(names.units, span)) || isSelfEvidentName(names.units, span)) {
          accepted.push_back(span);
          continue;
        }
        for (std::size_t i = span.first; i <= span.last; ++i) {
          const Unit& unit = names.units[i];
          // "Harbor Point Medical Partners With Lindqvist Health": the longest
          // names inside the headline's run of capitals that the running text has.
          if (const std::size_t known = longestKnownRun(names.units, i, span.last, runningTextKeys);
              known > i) {
            accepted.push_back(Span{i, known});
            i = known;
            continue;
          }
          // "© Aleksandar Mijatovic": a given name and the word after it that
          // no dictionary has make a person's name, even in a headline.
          if (i < span.last && lexicon_.isGivenName(unit.key) && names.units[i + 1].capitalised &&
              !lexicon_.isCommonWord(names.units[i + 1].key, Language::Unknown)) {
            accepted.push_back(Span{i, i + 1});
            ++i;
            continue;
          }
          if (unit.capitalised && !cues::isFunctionWord(unit.key) &&
              (runningTextKeys.count(unit.key) || isKnownBeyondGivenNames(unit.key))) {
            accepted.push_back(Span{i, i});
          }
        }
      }
      // A quoted title replaces the names inside it.
      for (const Span& title : names.quotedTitles) {
        std::erase_if(accepted,
                      [&](const Span& span) { return span.last >= title.first && span.first <= title.last; });
        accepted.push_back(title);
      }
      std::sort(accepted.begin(), accepted.end(),
                [](const Span& a, const Span& b) { return a.first < b.first; });
      for (const Span& span : accepted) {
        const bool quoted =
            std::any_of(names.quotedTitles.begin(), names.quotedTitles.end(),
                        [&](const Span& t) { return t.first == span.first && t.last == span.last; });
        scan.names.push_back(makeCandidate(names.units, span, sentenceIndex, names.titleCase, quoted));
      }
      // The candidates have read the words around them; the keys of the
      // words outside names are no longer needed here and move out.
      std::size_t nextUnit = 0;
      for (const Span& span : accepted) {
        collectLowerWords(names.units, nextUnit, span.first, sentenceIndex, scan.lowerWords);
        nextUnit = span.last + 1;
      }
      collectLowerWords(names.units, nextUnit, names.units.size(), sentenceIndex, scan.lowerWords);
      std::vector<Unit>().swap(names.units);
    }
    return scan;
  }

 private:
  void collectLowerCaseVocabulary() {
    const auto& tokens = segmentation_.tokens;
    // Words glued to URL or e-mail punctuation ("halvorsen-maritime.example")
    // are parts of addresses, not evidence that a word is common.
    auto gluedToAddress = [&](std::size_t neighbour, bool before) {
      if (neighbour >= tokens.size()) return false;
      const Token& other = tokens[neighbour];
      const std::string_view piece = tokenText(text_, other);
      const bool attached = before ? !tokens[neighbour + 1].spaceBefore : !other.spaceBefore;
      return attached && (piece == "/" || piece == "@" || piece == "." || piece == "-" || piece == "_" ||
                          piece == ":" || piece.find('.') != std::string_view::npos);
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& token = tokens[i];
      if (token.kind != TokenKind::Word) continue;
      if ((i > 0 && gluedToAddress(i - 1, true)) || gluedToAddress(i + 1, false)) continue;
      const std::string_view word = tokenText(text_, token);
      if (!startsWithUpper(word) && hasLetter(word)) lowerVocabulary_.insert(foldKey(word));
    }
  }

  static Language otherLanguage(Language language) {
    if (language == Language::French) return Language::English;
    if (language == Language::English) return Language::French;
    return Language::Unknown;
  }

  // Words written with a capital where their position does not explain it:
  // after a lower-case word or a comma, and the capitalised words that
  // follow such a word ("Blanc" in "said Jean Blanc"). Built on first use:
  // only a word of the other language at a sentence's start asks.
  const std::unordered_set<std::string>& capitalisedInRunningText() const {
    if (capitalisedInRunningText_) return *capitalisedInRunningText_;
    capitalisedInRunningText_.emplace();
    const auto& tokens = segmentation_.tokens;
    bool runInText = false;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      const std::string_view word = tokenText(text_, tokens[i]);
      if (tokens[i].kind != TokenKind::Word || tokens[i].lineBreakBefore || !startsWithUpper(word)) {
        runInText = false;
        continue;
      }
      const std::string_view previous = tokenText(text_, tokens[i - 1]);
      const bool afterLowerWord = tokens[i - 1].kind == TokenKind::Word && !startsWithUpper(previous);
      runInText = runInText || afterLowerWord || previous == ",";
      if (runInText) capitalisedInRunningText_->insert(foldKey(word));
    }
    return *capitalisedInRunningText_;
  }

  // Words that follow a given name as its surname ("Sinner" of "Jannik
  // Sinner won"), which the text goes on to use alone at a sentence's start
  // ("Sinner now heads to Toronto"), though the dictionary has them. The
  // words of bodies and places are left out: "Grace Church". Built on first use.
  const std::unordered_set<std::string>& surnamesAfterGivenNames() const {
    if (surnamesAfterGivenNames_) return *surnamesAfterGivenNames_;
    surnamesAfterGivenNames_.emplace();
    const auto& tokens = segmentation_.tokens;
    const auto capitalisedWord = [&](std::size_t i) {
      return i < tokens.size() && tokens[i].kind == TokenKind::Word &&
             startsWithUpper(tokenText(text_, tokens[i]));
    };
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      if (!capitalisedWord(i) || !capitalisedWord(i - 1) || tokens[i].lineBreakBefore ||
          capitalisedWord(i + 1))
        continue;
      std::string surname = foldKey(tokenText(text_, tokens[i]));
      if (cues::isFunctionWord(surname) || cues::isBodyPlaceOrEventWord(surname) ||
          !lexicon_.isGivenName(foldKey(tokenText(text_, tokens[i - 1]))))
        continue;
      surnamesAfterGivenNames_->insert(std::move(surname));
    }
    return *surnamesAfterGivenNames_;
  }

  // The first words of companies named with their legal form ("Meridian" of
  // "Meridian Capital Partners LLC"), which the text goes on to call by that
  // word alone, at a sentence's start too. Built on first use.
  const std::unordered_set<std::string>& companyFirstWords() const {
    if (companyFirstWords_) return *companyFirstWords_;
    companyFirstWords_.emplace();
    const auto& tokens = segmentation_.tokens;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      const std::string_view form = tokenText(text_, tokens[i]);
      // Legal forms are short and in ASCII: most words need no folding to be ruled out.
      std::array<char, 12> lower{};
      if (tokens[i].kind != TokenKind::Word || form.size() > lower.size() || !startsWithUpper(form)) continue;
      bool ascii = true;
      for (std::size_t c = 0; c < form.size(); ++c) {
        const auto byte = static_cast<unsigned char>(form[c]);
        ascii = ascii && byte < 0x80;
        lower[c] = static_cast<char>(std::tolower(byte));
      }
      if (!ascii || !cues::isLegalForm(std::string_view(lower.data(), form.size()))) continue;
      std::size_t first = i;
      while (first > 0 && !tokens[first].lineBreakBefore && tokens[first - 1].kind == TokenKind::Word &&
             startsWithUpper(tokenText(text_, tokens[first - 1])))
        --first;
      const std::string key = foldKey(tokenText(text_, tokens[first]));
      if (first < i && !cues::isFunctionWord(key)) companyFirstWords_->insert(key);
    }
    return *companyFirstWords_;
  }

  static std::string keyOf(const std::vector<Unit>& units, const Span& span) {
    std::string key;
    for (std::size_t i = span.first; i <= span.last; ++i) {
      // "d' honneur" is keyed as "d'honneur" is written.
      const bool afterElision = i > span.first && isElisionKey(units[i - 1].key);
      if (i > span.first && units[i].spaceBefore && !afterElision) key.push_back(' ');
      key.append(units[i].key);
    }
    return key;
  }

  // A capitalised word whose capital its position explains is a common word
  // when the dictionary or the document itself has it in lower case, unless
  // it is also a known name.
  bool isCommonWordByPosition(const std::vector<Unit>& units, std::size_t index) const {
    const Unit& unit = units[index];
    if (unit.allCaps && unit.key.size() >= 2 && unit.key.size() <= 5 &&
        (!cues::isFunctionWord(unit.key) || isWellKnownName(unit.key))) {
      return false;  // acronyms keep their capitals
    }
    // "The Hague", "La Rochelle", "Le Havre": an article that the lexicon
    // has as part of the name.
    if (cues::isFunctionWord(unit.key)) {
      const bool nameFollows = index + 1 < units.size() && units[index + 1].capitalised;
      return !(nameFollows && opensKnownPhrase(units, index));
    }
    // "Somme toute, …": an idiom that opens with a department's name.
    if (unit.key == "somme" && index + 1 < units.size() && units[index + 1].key == "toute") return true;
    if (isWellKnownName(unit.key) && !isAcronymWrittenAsWord(lexicon_.lexicon(), unit.key,
                                                             text_.substr(unit.start, unit.end - unit.start)))
      return false;
    // A given name that is also a word ("Pierre", "Hope") stays a name when a
    // surname follows it.
    // "Jean de la Fontaine", "Pieter de Vries": after a particle too.
    std::size_t after = index + 1;
    while (after < units.size() && after <= index + 2 && units[after].isWord && !units[after].capitalised &&
           (isSurnameParticle(units[after].key) || units[after].key == "la" || units[after].key == "l'"))
      ++after;
    const bool nameFollows = after < units.size() && units[after].isWord && units[after].capitalised;
    if (nameFollows && lexicon_.isGivenName(unit.key)) return false;
    // "United" opens "United States": a known name that starts with a common word.
    if (opensKnownPhrase(units, index)) return false;
    if (speaksAsKnownName(units, index)) return false;
    if (opensNamedInstitution(units, index)) return false;
    if (lowerVocabulary_.count(unit.key) > 0) return true;
    if (lexicon_.isCommonWord(unit.key, sentenceLanguage_))
      return !companyFirstWords().contains(unit.key) && !surnamesAfterGivenNames().contains(unit.key);
    // "Please, soyez sérieux": a word of the other language set apart at a
    // sentence's start is an interjection; it is a name only if the text
    // also writes it with a capital where no sentence starts ("entre Speed
    // et Gravity"). "Labour has a plan" has no pause: the word may be a name.
    const bool setApart = index + 1 == units.size() || units[index + 1].key == "," ||
                          units[index + 1].key == "!" || units[index + 1].key == "?";
    if (const Language other = otherLanguage(sentenceLanguage_);
        setApart && other != Language::Unknown && lexicon_.isCommonWord(unit.key, other) &&
        !lexicon_.isGivenName(unit.key) && !isKnownBeyondGivenNames(unit.key) &&
        !capitalisedInRunningText().contains(unit.key))
      return true;
    // "Co-founder": a compound of common words is common; "Côtes-du-Nord",
    // with a capital inside, is a name.
    if (unit.key.find('-') == std::string::npos) return false;
    const std::string_view surface = text_.substr(unit.start, unit.end - unit.start);
    for (std::size_t dash = surface.find('-'); dash != std::string_view::npos;
         dash = surface.find('-', dash + 1)) {
      if (startsWithUpper(surface.substr(dash + 1))) return false;
    }
    std::size_t from = 0;
    while (from <= unit.key.size()) {
      const std::size_t dash = std::min(unit.key.find('-', from), unit.key.size());
      const std::string_view part = std::string_view(unit.key).substr(from, dash - from);
      if (!part.empty() && !lexicon_.isCommonWord(std::string(part), language_) &&
          !cues::isFunctionWord(part))
        return false;
      from = dash + 1;
    }
    return true;
  }

  // "Lantern Festival in Taipei lights up the night", "Science Museum staff
  // said": a word that opens the sentence before the capitalised head of an
  // event or a body is the first word of its name, though the text also
  // writes it in lower case ("the Taipei lantern festival"). A quantifier
  // is not: "Many Church leaders".
  static bool opensNamedInstitution(const std::vector<Unit>& units, std::size_t index) {
    static constexpr std::array<std::string_view, 12> kQuantifiers = {"many", "most",   "several",  "other",
                                                                      "such", "few",    "more",     "last",
                                                                      "next", "former", "nombreux", "autres"};
    if (index + 1 >= units.size() || !units[index + 1].isWord || !units[index + 1].capitalised) return false;
    const std::string& head = units[index + 1].key;
    const bool institutionHead =
        head == "festival" || head == "museum" || head == "musee" || head == "university" ||
        head == "universite" || head == "foundation" || head == "fondation" || head == "institute" ||
        head == "institut" || head == "court" || head == "tribunal" || head == "society" || head == "council";
    return institutionHead && !cues::isFunctionWord(units[index].key) &&
           std::find(kQuantifiers.begin(), kQuantifiers.end(), units[index].key) == kQuantifiers.end();
  }

  // The longest phrase the lexicon knows in the run of words from `first`,
  // up to the first unit that is not a word.
  PhraseMatch longestPhraseOfWordsFrom(const std::vector<Unit>& units, std::size_t first) const {
    // Views, not copies: this runs for most names.
    std::array<std::string_view, Lexicon::kMaxPhraseUnits> words;
    std::size_t count = 0;
    for (std::size_t i = first; i < units.size() && units[i].isWord && count < words.size(); ++i)
      words[count++] = units[i].key;
    return lexicon_.longestPhrase(std::span<const std::string_view>(words.data(), count));
  }

  // "les îles Vierges britanniques", "le golfe Persique": French writes the
  // head of a place's name in lower case, and sometimes an adjective after
  // it; the whole is the name when the lexicon knows it as a place.
  std::optional<Span> knownPlaceWithLowerCaseHead(const std::vector<Unit>& units, const Span& span) const {
    if (span.first == 0) return std::nullopt;
    const Unit& head = units[span.first - 1];
    if (!head.isWord || head.capitalised || !cues::isLocationHead(head.key)) return std::nullopt;
    const PhraseMatch known = longestPhraseOfWordsFrom(units, span.first - 1);
    if (known.words < 2 || !namesPlaceInCapitals(known.entries)) return std::nullopt;
    const std::size_t last = span.first - 1 + known.words - 1;
    if (last < span.first) return std::nullopt;
    return Span{span.first - 1, std::max(last, span.last)};
  }

  // "le Nouvel An chinois", "les Cahiers du cinéma", "Europe Écologie Les
  // Verts": a body, a country or a feast that the lexicon knows goes on over
  // a nationality in lower case, or over small words, to its end.
  std::size_t knownLongerName(const std::vector<Unit>& units, const Span& span) const {
    const std::size_t next = span.last + 1;
    const auto smallWord = [](const std::string& key) {
      return cues::isFunctionWord(key) || cues::isNameConnector(key);
    };
    if (next >= units.size() || !units[next].isWord) return span.last;
    // « La France insoumise »: a body the lexicon knows may go on over any
    // word in lower case; a country or a feast only over a nationality.
    const bool smallOrNationality =
        smallWord(units[next].key) || (!units[next].capitalised && lexicon_.isDemonymKey(units[next].key));
    if (!smallOrNationality && units[next].capitalised) return span.last;
    const bool onlyBodies = !smallOrNationality;
    // Most names are followed by a lower-case word: only a body's head, a
    // dictionary word (« Communauté économique… ») or a name the lexicon
    // knows ("France" of « La France insoumise ») is worth a search from the
    // start of the span; people's names are not.
    std::size_t head = span.first;
    if (onlyBodies) {
      if (head < span.last && cues::isFunctionWord(units[head].key)) ++head;
      const std::string& word = units[head].key;
      if (!cues::isOrganisationWord(word) && !cues::isFrenchInstitutionHead(word) &&
          !lexicon_.isCommonWord(word, Language::Unknown) && !isWellKnownName(word))
        return span.last;
    }
    // "Selon le Journal du dimanche": the known name may open inside the
    // span, after the words that a sentence's capital took in.
    for (std::size_t start = span.first; start <= (onlyBodies ? head : span.last); ++start) {
      if (!units[start].capitalised) continue;
      const PhraseMatch known = longestPhraseOfWordsFrom(units, start);
      const std::size_t end = start + known.words;
      // A weekday is a small word of sentences, but may close a title (« Journal du dimanche »).
      if (end <= next || cues::isNameConnector(units[end - 1].key)) continue;
      const bool body =
          std::any_of(known.entries.begin(), known.entries.end(), [onlyBodies](const LexiconEntry* entry) {
            return entry->category == LexiconCategory::Organisation ||
                   (!onlyBodies && (entry->category == LexiconCategory::Country ||
                                    entry->category == LexiconCategory::Region));
          });
      if (body) return end - 1;
    }
    return span.last;
  }

  // "Securities and Exchange Commission", "Department of Health and Human
  // Services": a name that the lexicon knows goes on past "and", which
  // otherwise ends a run of capitals. The last unit of the longer name, or
  // of the span as it is. The span may open with "The".
  std::size_t knownNameAcrossAnd(const std::vector<Unit>& units, const Span& span) const {
    const std::size_t link = span.last + 1;
    if (link + 1 >= units.size() || (units[link].key != "and" && units[link].key != "et") ||
        !units[link + 1].capitalised)
      return span.last;
    std::size_t first = span.first;
    if (first < span.last && cues::isFunctionWord(units[first].key)) ++first;
    const PhraseMatch known = longestPhraseOfWordsFrom(units, first);
    const std::size_t last = first + known.words - 1;
    return known.words > 0 && last > link ? last : span.last;
  }

  // The capital initials of the words from `from` to `to`, lower-case
  // words too when `lowerCase` ("La France insoumise" is LFI).
  std::string initialsOf(const std::vector<Unit>& units, std::size_t from, std::size_t to,
                         bool lowerCase) const {
    std::string letters;
    for (std::size_t i = from; i <= to; ++i) {
      const std::string_view surface = text_.substr(units[i].start, units[i].end - units[i].start);
      if (units[i].isWord && (units[i].capitalised || lowerCase) && !surface.empty())
        letters.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(surface[0]))));
    }
    return letters;
  }

  // The letters of an acronym defined in parentheses at `open` ("(LFI)"), or "".
  std::string acronymAt(const std::vector<Unit>& units, std::size_t open) const {
    if (open + 2 >= units.size() || units[open].key != "(" || units[open + 2].key != ")") return {};
    const Unit& acronym = units[open + 1];
    if (!acronym.allCaps || acronym.key.size() < 3) return {};
    std::string spelled(text_.substr(acronym.start, acronym.end - acronym.start));
    std::erase(spelled, '.');
    return spelled;
  }

  // "La France insoumise (LFI)", "Agence nationale de sécurité (ANS)": a name
  // goes on over the lower-case words, and takes back its article, that the
  // acronym defined after them spells.
  void extendToDefinedAcronym(const std::vector<Unit>& units, std::vector<Span>& spans) const {
    constexpr std::size_t kMaxLowerCaseWords = 4;
    for (std::size_t j = 0; j < spans.size(); ++j) {
      Span& span = spans[j];
      std::size_t open = span.last + 1;
      while (open < units.size() && open <= span.last + kMaxLowerCaseWords && units[open].isWord &&
             !units[open].capitalised)
        ++open;
      if (j + 1 < spans.size() && spans[j + 1].first <= open) continue;
      const std::string acronym = acronymAt(units, open);
      if (acronym.empty()) continue;
      if (open > span.last + 1 && initialsOf(units, span.first, open - 1, true) == acronym) {
        span.last = open - 1;
      } else if (span.first > 0 && isArticle(units[span.first - 1].key) &&
                 units[span.first - 1].capitalised && (j == 0 || spans[j - 1].last < span.first - 1) &&
                 initialsOf(units, span.first - 1, open - 1, true) == acronym) {
        span.first -= 1;
        span.last = open - 1;
      }
    }
  }

  // True when `acronym` is `initials`, or at least three of them in order
  // with the first and the last.
  static bool abbreviates(std::string_view acronym, std::string_view initials) {
    if (acronym == initials) return true;
    if (acronym.size() < 3 || initials.size() <= acronym.size() || acronym.front() != initials.front() ||
        acronym.back() != initials.back())
      return false;
    std::size_t matched = 0;
    for (const char c : initials)
      if (matched < acronym.size() && c == acronym[matched]) ++matched;
    return matched == acronym.size();
  }

  // "Organized Crime and Corruption Reporting Project (OCCRP)": two names
  // joined by a connector are one when the acronym defined after them
  // abbreviates both together, and neither alone.
  void joinBeforeDefinedAcronym(const std::vector<Unit>& units, std::vector<Span>& spans) const {
    const auto initials = [&](std::size_t from, std::size_t to) {
      return initialsOf(units, from, to, false);
    };
    for (std::size_t j = 1; j < spans.size(); ++j) {
      const Span& left = spans[j - 1];
      const Span& right = spans[j];
      const std::string spelled = acronymAt(units, right.last + 1);
      if (spelled.empty()) continue;
      const bool oneConnector = left.last + 2 == right.first && units[left.last + 1].isWord &&
                                !units[left.last + 1].capitalised &&
                                (units[left.last + 1].key == "and" || units[left.last + 1].key == "et" ||
                                 cues::isRemitConnector(units[left.last + 1].key));
      if (!oneConnector) continue;
      // "National Institute for Health and Care Research (NIHR)": an acronym
      // may skip a word, but it opens and closes with the name.
      if (initials(right.first, right.last) == spelled || initials(left.first, left.last) == spelled ||
          !abbreviates(spelled, initials(left.first, right.last)))
        continue;
      spans[j - 1].last = right.last;
      spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(j));
      --j;
    }
  }

  // Ramesh "Sunny" Balwani: a nickname in quotation marks between a given
  // name and a surname is part of the person's name.
  void joinAcrossNicknames(const std::vector<Unit>& units, std::vector<Span>& spans) const {
    constexpr std::size_t kMaxNicknameWords = 2;
    for (std::size_t j = 0; j < spans.size(); ++j) {
      const Span& left = spans[j];
      const std::size_t open = left.last + 1;
      if (!lexicon_.isGivenName(units[left.last].key) || open >= units.size() ||
          !isOpeningQuote(units[open].key))
        continue;
      std::size_t close = open + 1;
      while (close < units.size() && close <= open + kMaxNicknameWords && units[close].isWord &&
             units[close].capitalised)
        ++close;
      if (close == open + 1 || close + 1 >= units.size() || !isClosingQuote(units[close].key)) continue;
      const auto right = std::find_if(spans.begin() + static_cast<std::ptrdiff_t>(j) + 1, spans.end(),
                                      [&](const Span& span) { return span.first > close; });
      if (right == spans.end() || right->first != close + 1) continue;
      spans[j].last = right->last;
      spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(j) + 1, right + 1);
    }
  }

  // "Orrick, Herrington & Sutcliffe", "Skadden, Arps, Slate, Meagher & Flom":
  // single names before one joined by an ampersand are partners of the same firm.
  void joinFirmPartners(const std::vector<Unit>& units, std::vector<Span>& spans) const {
    for (std::size_t j = 1; j < spans.size(); ++j) {
      const Span& firm = spans[j];
      bool ampersand = false;
      for (std::size_t i = firm.first; i <= firm.last; ++i) ampersand = ampersand || units[i].key == "&";
      if (!ampersand) continue;
      std::size_t merged = j;
      while (merged > 0) {
        const Span& partner = spans[merged - 1];
        const std::size_t comma = partner.last + 1;
        const bool adjacent = partner.first == partner.last && comma + 1 == spans[merged].first &&
                              units[comma].key == "," && !isWellKnownName(units[partner.first].key);
        if (!adjacent) break;
        --merged;
      }
      if (merged == j) continue;
      spans[merged].last = firm.last;
      spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(merged) + 1,
                  spans.begin() + static_cast<std::ptrdiff_t>(j) + 1);
      j = merged;
    }
  }

  // "l'association Habitat et Humanisme", "la société Pierre et Vacances":
  // after a body's kind, two capitalised words of the dictionary joined by
  // "et" or "and" are one name. Names of their own make a list ("les
  // sociétés Renault et Stellantis").
  void joinCuedPairs(const std::vector<Unit>& units, std::vector<Span>& spans) const {
    for (std::size_t j = 1; j < spans.size(); ++j) {
      const Span& left = spans[j - 1];
      const Span& right = spans[j];
      if (left.first != left.last || right.first != right.last || right.first != left.last + 2 ||
          left.first == 0)
        continue;
      const Unit& link = units[left.last + 1];
      const Unit& cue = units[left.first - 1];
      if (link.capitalised || (link.key != "et" && link.key != "and") || cue.capitalised ||
          !cues::isOrganisationCue(cue.key))
        continue;
      const auto dictionaryWord = [&](const Unit& unit) {
        return unit.capitalised && !unit.allCaps && lexicon_.isCommonWord(unit.key, Language::Unknown) &&
               !isWellKnownName(unit.key);
      };
      if (!dictionaryWord(units[left.first]) || !dictionaryWord(units[right.first])) continue;
      spans[j - 1].last = right.last;
      spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(j));
    }
  }

  // "The Interview, a comedy starring ...", "Parasite, le film de Bong
  // Joon-ho": an apposition that names a kind of work.
  static bool isTitleOfWork(const std::vector<Unit>& units, const Span& span) {
    const std::size_t comma = span.last + 1;
    if (comma + 2 >= units.size() || units[comma].key != "," ||
        !isIndefiniteOrDefiniteArticle(units[comma + 1].key))
      return false;
    for (std::size_t i = comma + 2; i < units.size() && i <= comma + 4 && units[i].isWord; ++i) {
      if (cues::isWorkKind(units[i].key)) return true;
    }
    return false;
  }

  // "Get updates and learn from the best" on a French site, a French quote
  // in an English story: a sentence whose small words are clearly of the
  // other language is read with that language's dictionary.
  Language languageOfSentence(const std::vector<Unit>& units) const {
    static constexpr std::array<std::string_view, 16> kEnglish = {"the", "and",  "of",  "to",  "from", "with",
                                                                  "is",  "are",  "was", "for", "that", "this",
                                                                  "you", "your", "our", "we"};
    static constexpr std::array<std::string_view, 16> kFrench = {"le",   "la",   "les",  "et",  "est", "une",
                                                                 "du",   "dans", "pour", "que", "qui", "sur",
                                                                 "avec", "pas",  "nous", "sont"};
    if (language_ != Language::English && language_ != Language::French) return language_;
    const bool french = language_ == Language::French;
    const auto& own = french ? kFrench : kEnglish;
    const auto& other = french ? kEnglish : kFrench;
    constexpr std::size_t kLongestSmallWord = 4;
    constexpr int kClearCount = 2;
    int otherCount = 0;
    for (const Unit& unit : units) {
      if (!unit.isWord || unit.capitalised || unit.key.size() > kLongestSmallWord) continue;
      // One small word of the document's own language settles it, and most
      // sentences have one early.
      if (std::find(own.begin(), own.end(), unit.key) != own.end()) return language_;
      otherCount += std::find(other.begin(), other.end(), unit.key) != other.end();
    }
    if (otherCount < kClearCount) return language_;
    return french ? Language::English : Language::French;
  }

  bool opensKnownPhrase(const std::vector<Unit>& units, std::size_t index) const {
    std::vector<std::string> words;
    for (std::size_t i = index; i < units.size() && words.size() < Lexicon::kMaxPhraseWords; ++i) {
      if (units[i].isWord) words.push_back(units[i].key);
    }
    return lexicon_.longestPhrase(words).words >= 2;
  }

  // Names that vouch for themselves on a line of capitals, as in a mail's
  // signature: a line that is only a given name and a surname ("Rachel
  // Stein"), and a body's name that ends with its kind or legal form and has
  // a word of its own ("Brightwater Capital Partners", not "Shipping Group").
  bool isSelfEvidentName(const std::vector<Unit>& units, const Span& span) const {
    std::size_t words = 0;
    for (const Unit& unit : units) words += unit.isWord;
    const std::size_t spanWords = span.last - span.first + 1;
    const bool signature = words == spanWords && (spanWords == 2 || spanWords == 3) &&
                           lexicon_.isGivenName(units[span.first].key) && units[span.last].capitalised;
    if (signature) return true;
    const std::string& last = units[span.last].key;
    if (spanWords < 2 || !cues::endsBodyName(last)) return false;
    // "Partners With Lindqvist Health": a headline's small word is no part of the name.
    if (cues::isFunctionWord(units[span.first].key)) return false;
    // "Meridian Capital Partners LLP" in a signature: a legal form vouches
    // for a company's whole name, dictionary words and all.
    if (cues::isLegalForm(last)) return true;
    for (std::size_t i = span.first; i < span.last; ++i) {
      if (units[i].isWord && !lexicon_.isCommonWord(units[i].key, Language::Unknown)) return true;
    }
    return false;
  }

  // "Trump said", "Brown a déclaré": a word that is also a proper noun of the
  // dictionary, and speaks, is the person, unless the document writes it in
  // lower case too. "Fairway said", after "Fairway Foods": a word that opened
  // a longer name earlier in the text, and speaks, is that name's short form.
  bool speaksAsKnownName(const std::vector<Unit>& units, std::size_t index) const {
    const bool speaks = index + 1 < units.size() && cues::isSpeechVerb(units[index + 1].key);
    if (!speaks) return false;
    const std::string& key = units[index].key;
    return (lexicon_.lexicon().isKnownProperNoun(key) && lowerVocabulary_.count(key) == 0) ||
           openersOfLongerNames_.count(key) > 0;
  }

  // "the Internet", "the State", "GAMEPLAY": in English, a lone capitalised
  // word that the dictionary has in lower case is a common noun written with
  // a capital for emphasis, unless something marks it as a name: the lexicon,
  // a title before it, or a longer name that contains it. French capitalises
  // such nouns to name institutions ("l'État", "la Chambre"), and its town
  // names are often words ("Fougères", "Vannes"), so French keeps them.
  bool isCapitalisedCommonNoun(const std::vector<Unit>& units, std::size_t index,
                               const std::unordered_set<std::string>& partsOfLongerNames) const {
    if (language_ != Language::English) return false;
    const Unit& unit = units[index];
    if (unit.allCaps && unit.key.size() <= 5) return false;  // acronyms
    if (!lexicon_.isCommonWord(unit.key, language_) || isWellKnownName(unit.key)) return false;
    if (lexicon_.isGivenName(unit.key) || partsOfLongerNames.count(unit.key)) return false;
    if (speaksAsKnownName(units, index)) return false;
    // "Also, Halcyon's CFO": a body or a person that owns something; "the
    // Internet's" is still the common noun, and so is the end of "Internet
    // Explorer's" once a sentence's start has taken its first word.
    if (unit.possessive && index > 0 && units[index - 1].key != "the" && !units[index - 1].capitalised)
      return false;
    // "Suite 2100", "Room 12": a part of an address.
    static constexpr std::array<std::string_view, 8> kAddressWords = {
        "suite", "room", "floor", "apartment", "apt", "building", "unit", "gate"};
    if (index + 1 < units.size() && allDigits(units[index + 1].key) &&
        std::find(kAddressWords.begin(), kAddressWords.end(), unit.key) != kAddressWords.end())
      return true;
    // "the Senate", "the Navy": an institution named by its head word.
    if (cues::isOrganisationWord(unit.key) && index > 0 && units[index - 1].key == "the") return false;
    if (followsTitle(units, index)) return false;
    // "the papal thriller Conclave", "the novel Atonement": a title after its kind.
    if (index > 0 && cues::isWorkCue(units[index - 1].key)) return false;
    return cues::isPersonTitle(unit.key) || !listedWithName(units, index);
  }

  static bool hasInstitutionWord(const std::vector<Unit>& units, const Span& span) {
    for (std::size_t i = span.first; i <= span.last && i < units.size(); ++i) {
      const std::string& key = units[i].key;
      if (cues::isBodyPlaceOrEventWord(key) || cues::isLegalForm(key)) return true;
    }
    return false;
  }

  // "Regal and AMC", "AMC, Regal": a word listed next to a name that is no
  // dictionary word is a name like it.
  bool listedWithName(const std::vector<Unit>& units, std::size_t index) const {
    const auto isLink = [](const std::string& key) { return key == "," || key == "and" || key == "or"; };
    const auto isName = [&](std::size_t i) {
      const Unit& unit = units[i];
      return unit.isWord && unit.capitalised &&
             ((unit.allCaps && unit.key.size() >= 2) || !lexicon_.isCommonWord(unit.key, language_) ||
              isWellKnownName(unit.key));
    };
    const bool before = index >= 2 && isLink(units[index - 1].key) && isName(index - 2);
    const bool after = index + 2 < units.size() && isLink(units[index + 1].key) && isName(index + 2);
    return before || after;
  }

  // French capitals drop their accents, so "Arrivés A Lisbonne" is "à
  // Lisbonne"; and a heading in capitals runs into the name after it
  // ("CENTRE DE Vannes", "UN DISCOURS"). Neither small word opens a name,
  // unless the lexicon knows the whole ("LE HAVRE", "LA ROCHELLE").
  std::size_t afterShoutedSmallWords(const std::vector<Unit>& units, const Span& span) const {
    static constexpr std::array<std::string_view, 13> kSmallWords = {
        "a", "au", "aux", "de", "des", "du", "en", "et", "la", "le", "les", "un", "une"};
    std::size_t first = span.first;
    while (first < span.last) {
      const Unit& unit = units[first];
      const bool small = std::find(kSmallWords.begin(), kSmallWords.end(), unit.key) != kSmallWords.end();
      const bool accentlessA =
          unit.key == "a" && units[first + 1].key != ".";  // not the initial of "A. Le Bras"
      if (!unit.isWord || !small || !(unit.allCaps || accentlessA)) break;
      if (isKnownBeyondGivenNames(keyOf(units, Span{first, span.last}))) break;
      ++first;
    }
    return first;
  }

  // "The Interview" and "The Verge" are made of common words and keep their
  // article; "the Huffington Post" has a word of its own and drops it.
  bool hasProperWord(const std::vector<Unit>& units, const Span& span) const {
    for (std::size_t i = span.first + 1; i <= span.last; ++i) {
      if (units[i].isWord && units[i].capitalised &&
          !lexicon_.isCommonWord(units[i].key, Language::Unknown)) {
        return true;
      }
    }
    return false;
  }

  // A country, a region or a town of some size: a place that a heading in
  // capitals names ("LOIRE-INFERIEURE", "LE HAVRE"), where a village that
  // shares a heading's words ("LA FORCE") would be a coincidence.
  static bool namesPlaceInCapitals(const std::vector<const LexiconEntry*>& entries) {
    constexpr std::uint32_t kMinShoutedCityPopulation = 50000;
    return std::any_of(entries.begin(), entries.end(), [](const LexiconEntry* entry) {
      return entry->category == LexiconCategory::Country || entry->category == LexiconCategory::Region ||
             (entry->category == LexiconCategory::City && entry->population >= kMinShoutedCityPopulation);
    });
  }

  // Runs of all-caps words that the lexicon knows as such a place, or as a body.
  std::vector<Span> knownPlacesIn(const std::vector<Unit>& units) const {
    std::vector<Span> spans;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (!units[i].isWord || !units[i].allCaps || cues::isFunctionWord(units[i].key)) continue;
      std::vector<std::string> words;
      for (std::size_t j = i;
           j < units.size() && units[j].isWord && units[j].allCaps && words.size() < Lexicon::kMaxPhraseWords;
           ++j) {
        words.push_back(units[j].key);
      }
      const PhraseMatch known = lexicon_.longestPhrase(words);
      // "NORTH KOREA DENIES ROLE IN SONY HACK": places, and bodies whose name
      // is no word ("SONY", not "ORANGE").
      const bool body = std::any_of(known.entries.begin(), known.entries.end(),
                                    [](const LexiconEntry* entry) {
                                      return entry->category == LexiconCategory::Organisation;
                                    }) &&
                        !(known.words == 1 && lexicon_.isCommonWord(words.front(), Language::Unknown));
      if (known.words == 0 || !(namesPlaceInCapitals(known.entries) || body)) continue;
      spans.push_back(Span{i, i + known.words - 1});
      i += known.words - 1;
    }
    return spans;
  }

  // "Subscribe To Our Newsletter", "Articles Récents": a short line where every
  // word is capitalised and some are dictionary words is a label, to be read
  // like a Title Case headline.
  bool isCapitalisedLabel(const std::vector<Unit>& units) const {
    int words = 0;
    bool commonWord = false;
    for (const Unit& unit : units) {
      if (!unit.isWord) {
        if (unit.key == "." || unit.key == "," || unit.key == ";") return false;
        continue;
      }
      if (!unit.capitalised || unit.allCaps) return false;
      ++words;
      commonWord =
          commonWord || (unit.key.size() >= 4 && lexicon_.isCommonWord(unit.key, Language::Unknown) &&
                         !lexicon_.isGivenName(unit.key));
    }
    return words >= 2 && words <= 5 && commonWord;
  }

  // "Consumer Electronics Show (CES)": an acronym defined in parentheses
  // right after a name is one even when it spells a word.
  static bool isDefinedAcronym(const std::vector<Unit>& units, const Span& span) {
    return span.first == span.last && units[span.first].allCaps && span.first >= 2 &&
           span.last + 1 < units.size() && units[span.first - 1].key == "(" &&
           units[span.last + 1].key == ")" && units[span.first - 2].isWord &&
           units[span.first - 2].capitalised;
  }

  // "A LOUER", "ETUDE", "DE GUERRE": all-caps headings made of dictionary
  // words. Acronyms ("FBI", "KCNA") are not dictionary words, and the known
  // ones that are ("WHO", "US") are in the lexicon.
  bool isAllCapsCommonWords(const std::vector<Unit>& units, const Span& span) const {
    const std::string whole = keyOf(units, span);
    if (isWellKnownName(whole) || namesPlaceInCapitals(lexicon_.lookup(whole))) return false;
    for (std::size_t i = span.first; i <= span.last; ++i) {
      const Unit& unit = units[i];
      if (!unit.isWord) continue;
      if (!unit.allCaps) return false;
      // "REUNION MOUVEMENTEE": in a heading of several words, a long common
      // word is that word, though it also names a place ("Réunion").
      const bool headingWord =
          span.last > span.first && unit.key.size() >= 4 && lexicon_.isCommonWord(unit.key, language_);
      if (isWellKnownName(unit.key) && !headingWord) return false;
      // "DE L' OUEST": an elided letter; "ETAT-CIVIL": a compound of words.
      if (unit.key.size() == 1 || isCommonCompound(unit.key)) continue;
      if (!cues::isFunctionWord(unit.key) && !lexicon_.isCommonWord(unit.key, language_)) return false;
    }
    return true;
  }

  bool isCommonCompound(std::string_view key) const {
    if (key.find('-') == std::string_view::npos) return false;
    for (std::size_t start = 0; start <= key.size();) {
      const std::size_t dash = std::min(key.find('-', start), key.size());
      const std::string_view part = key.substr(start, dash - start);
      if (part.empty() || !lexicon_.isCommonWord(std::string(part), language_)) return false;
      start = dash + 1;
    }
    return true;
  }

  // "“The Salt Orchard,” a drama": American style puts the comma or the
  // full stop inside the closing quote.
  static bool isEnclosedInQuotes(const std::vector<Unit>& units, const Span& span) {
    if (span.first == 0 || span.last + 1 >= units.size() || span.first >= span.last ||
        !isOpeningQuote(units[span.first - 1].key))
      return false;
    std::size_t close = span.last + 1;
    if ((units[close].key == "," || units[close].key == ".") && close + 1 < units.size()) ++close;
    return isClosingQuote(units[close].key);
  }

  static bool isArticle(std::string_view key) {
    return key == "la" || key == "le" || key == "les" || key == "l'" || key == "the";
  }

  // Countries, organisations, regions and large cities: names even when the
  // same string is also a word. Villages and given names do not count, since
  // the lexicon has one for nearly every word.
  bool isWellKnownName(const std::string& key) const {
    for (const LexiconEntry* entry : lexicon_.lookup(key)) {
      switch (entry->category) {
        case LexiconCategory::Country:
        case LexiconCategory::Organisation:
        case LexiconCategory::Region:
        case LexiconCategory::Demonym:
          return true;
        case LexiconCategory::City:
          if (entry->population >= 200000) return true;
          break;
        case LexiconCategory::GivenName:
          break;
      }
    }
    return false;
  }

  std::vector<Span> spansIn(const std::vector<Unit>& units) const {
    std::vector<Span> spans;
    const std::vector<bool> byPosition = capitalisedByPosition(units);
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (!units[i].isWord || !units[i].capitalised) continue;
      Span span{i,
                extendName(
                    units, i, language_,
                    // The name lists give people "Texas" and "Malaysia" too.
                    [&](const std::string& key) {
                      return lexicon_.isGivenName(key) && !namesCountryOrRegion(lexicon_.lookup(key));
                    },
                    [&](const std::string& key) { return lexicon_.isCommonWord(key, Language::Unknown); })};
      span.last = extendFrenchInstitution(units, span);
      span.last = extendPrize(units, span);
      span.last = knownNameAcrossAnd(units, span);
      span.last = knownLongerName(units, span);
      i = span.last;
      // "Priya Raghunathan KC", "Jane Hollis MP": the letters after a
      // person's name are no part of it.
      if (span.last >= span.first + 2 && units[span.last].allCaps &&
          cues::isPostNominal(units[span.last].key) && !units[span.last - 1].allCaps)
        --span.last;
      // A common word capitalised by its position is not part of the name
      // ("Malgré", "Les", "Speaking"); neither are the connectors after it.
      // “The Interview”: a whole phrase in quotation marks keeps its article.
      const bool enclosed = isEnclosedInQuotes(units, span);
      // "Bank of America", "Gulf of Mexico": a head word before "of" or "de"
      // opens the name even where every sentence has a capital.
      // "Insurance Council of Australia": so does the word before such a head.
      const bool headOfName =
          (span.first + 2 <= span.last && cues::isNameConnector(units[span.first + 1].key) &&
           (cues::isOrganisationWord(units[span.first].key) ||
            cues::isLocationHead(units[span.first].key))) ||
          (span.first + 3 <= span.last && cues::isNameConnector(units[span.first + 2].key) &&
           cues::isOrganisationWord(units[span.first + 1].key) &&
           !cues::isFunctionWord(units[span.first].key));
      // "(Vernier Logistique SARL)": a company's legal form vouches for its
      // first word; "The Interview, a comedy": so does what the apposition says.
      // "Halcyon Biotech has accepted": so does the word that makes a body.
      const bool bodyWordLast =
          cues::isLegalForm(units[span.last].key) ||
          (cues::isOrganisationWord(units[span.last].key) && !cues::isFunctionWord(units[span.first].key) &&
           !cues::isPersonTitle(units[span.first].key));
      const bool company = span.first < span.last && bodyWordLast &&
                           std::all_of(units.begin() + static_cast<std::ptrdiff_t>(span.first),
                                       units.begin() + static_cast<std::ptrdiff_t>(span.last) + 1,
                                       [](const Unit& unit) { return unit.capitalised; });
      if (byPosition[span.first] && !enclosed && !headOfName && !company && !isTitleOfWork(units, span) &&
          !isDefinedAcronym(units, span) && !opensListOfNames(units, span) &&
          isCommonWordByPosition(units, span.first)) {
        span.beforeStart = span.first;
        ++span.first;
        while (span.first <= span.last &&
               (!units[span.first].capitalised || cues::isFunctionWord(units[span.first].key))) {
          ++span.first;
        }
      }
      if (span.first > span.last) continue;
      // "Labour MPs", "the NGOs": an acronym in the plural names a kind of thing.
      while (span.first < span.last && isPluralAcronym(text_, units[span.last]) &&
             !isWellKnownName(units[span.last].key))
        --span.last;
      if (span.first == span.last && isPluralAcronym(text_, units[span.first]) &&
          !isWellKnownName(units[span.first].key))
        continue;
      if (span.first == span.last && isReferenceNumber(units[span.first].key)) continue;
      // "chefs d'État", "coup d'État", "secrétaire d'État": a set phrase, not the State.
      if (span.first == span.last && span.first >= 2 && units[span.first].key == "etat" &&
          units[span.first - 1].key == "d'" && isStatePhraseHead(units[span.first - 2].key))
        continue;
      // "every September", "Août 46 25": a month alone is a date's word. "May"
      // and "Mars" are names as often, and so is any after a title ("le
      // maréchal Juin").
      if (span.first == span.last && isMonthName(units[span.first].key) && units[span.first].key != "may" &&
          units[span.first].key != "mars" &&
          !(span.first > 0 && cues::isPersonTitle(units[span.first - 1].key)))
        continue;
      // "CAC 40", "S&P 500", "FTSE 100": a number that the lexicon has in the name.
      if (span.last + 1 < units.size() && allDigits(units[span.last + 1].key) &&
          isKnownBeyondGivenNames(keyOf(units, Span{span.first, span.last + 1}))) {
        ++span.last;
        i = std::max(i, span.last);
      }
      // "London W1S 1JY": a postcode after a town is no part of its name.
      if (span.first < span.last && isPostcodeAt(units, span.last)) --span.last;
      if (language_ == Language::French) span.first = afterShoutedSmallWords(units, span);
      if (const std::optional<Span> known = knownPlaceWithLowerCaseHead(units, span)) {
        spans.push_back(*known);
        i = std::max(i, known->last);
        continue;
      }
      // "A Quiberon S' adresser": OCR parts an elided letter from its
      // apostrophe, and the letter is not the end of the name.
      if (span.first < span.last && units[span.last].key.size() == 1 && span.last + 1 < units.size() &&
          (units[span.last + 1].key == "'" || units[span.last + 1].key == "’")) {
        --span.last;
      }
      // "La Corée du Nord" in the middle of a line: the article is not part
      // of a name the lexicon knows without it.
      if (span.first < span.last && isArticle(units[span.first].key) &&
          isWellKnownName(keyOf(units, Span{span.first + 1, span.last}))) {
        ++span.first;
      }
      // "On Saturday Mary Smith won", "In March Apple said": the weekday or
      // the month before a name is the date's, unless the two are one name
      // ("the Sunday Times", "June Carter").
      if (span.first < span.last && isWeekdayOrMonth(units[span.first].key) &&
          !lexicon_.isGivenName(units[span.first].key) &&
          !(span.first > 0 && units[span.first - 1].key == "the") &&
          !isKnownBeyondGivenNames(keyOf(units, span)))
        ++span.first;
      // "Health Correspondent", "Sports Reporter Ann Lee": a desk and a job
      // in the newsroom are no name, and no part of the one after them.
      if (const std::size_t job = newsroomJobAt(units, span); job != kNoUnit) {
        if (job == span.last) continue;
        span.first = job + 1;
      }
      // A capitalised title before a name is a cue, not part of it ("Président Obama").
      const std::size_t beforeTitles = span.first;
      // "the Attorney General's Office" keeps its titles.
      const bool officersOffice = hasOfficersOffice(units, span);
      while (!officersOffice && span.first < span.last &&
             (isTitleAt(units, span.first) || !units[span.first].isWord)) {
        ++span.first;
      }
      // "Co-founder of Google": nor the connector after the title.
      while (span.first > beforeTitles && span.first < span.last && !units[span.first].capitalised)
        ++span.first;
      // "the Chief Executive": what is left after the title is a kind of person.
      if (span.first > beforeTitles && span.first == span.last && cues::isPersonKind(units[span.first].key))
        continue;
      // English names do not include "the" ("the Church of Scientology"),
      // except titles of works ("the film The Interview").
      // "The Hague" and "the Bronx" keep theirs, as the lexicon has them.
      // "an Oscar for The Brutalist": a capital "The" where no sentence starts
      // opens a title too, unless a body's or a place's word follows it.
      const auto titleArticle = [&] {
        return units[span.first].capitalised && !byPosition[span.first] &&
               !hasInstitutionWord(units, Span{span.first + 1, span.last});
      };
      if (span.first < span.last && units[span.first].key == "the" && !titleArticle() &&
          !(span.first > 0 && cues::isWorkCue(units[span.first - 1].key)) && hasProperWord(units, span) &&
          !isKnownBeyondGivenNames(keyOf(units, span))) {
        ++span.first;
      }
      if (span.first == span.last) {
        const Unit& only = units[span.first];
        // An acronym that spells a function word is still an acronym when the
        // lexicon knows it ("WHO", "US"); in all-caps text "DE" or "IL" is a word.
        const bool knownAcronym =
            only.allCaps && (isDefinedAcronym(units, span) || isWellKnownName(only.key));
        // "M. Herr", "M. L. Herr": after a title or an initial, the German
        // form of address is a surname.
        const bool surnameAfterTitle =
            (only.key == "herr" || only.key == "frau") && span.first > 1 &&
            units[span.first - 1].key == "." &&
            (units[span.first - 2].key.size() == 1 || followsTitle(units, span.first));
        if ((cues::isFunctionWord(only.key) && !knownAcronym) ||
            (cues::isPersonTitle(only.key) && !surnameAfterTitle) || only.key.size() < 2 ||
            (only.allCaps && isRomanNumeral(only.key) && !knownAcronym)) {
          continue;
        }
        if (only.key == "i" || only.key.starts_with("i'")) continue;  // "I", "I'm", "I've"
        if (isPeriodLabel(only.key) || isPartyStateTag(only.key)) continue;
        if (isMonthAbbreviation(only.key) && span.last + 1 < units.size() && units[span.last + 1].key == ".")
          continue;
        if (cues::isCommonAbbreviation(only.key) && !isDefinedAcronym(units, span)) continue;
        if (isLetterCompound(text_.substr(only.start, only.end - only.start))) continue;
        // "FW:", "Fwd:", "RE:", "TR:" before an e-mail's subject.
        const bool mailPrefix =
            (only.key == "fw" || only.key == "fwd" || only.key == "re" || only.key == "tr") &&
            span.last + 1 < units.size() && units[span.last + 1].key == ":";
        // "Subject:", "Objet :", "Attachments:": the fields of a mail's header.
        const bool mailField =
            (only.key == "subject" || only.key == "objet" || only.key == "attachments" || only.key == "cc" ||
             only.key == "bcc" || only.key == "sent" || only.key == "envoye") &&
            span.last + 1 < units.size() && units[span.last + 1].key == ":";
        if (mailPrefix || mailField) continue;
        // "Ah", "Qu", OCR debris: two letters in mixed case are no name unless
        // a title vouches for them ("M. Li").
        if (only.key.size() <= 2 && !only.allCaps && !followsTitle(units, span.first)) continue;
      }
      if (isAllCapsCommonWords(units, span) && !isDefinedAcronym(units, span)) continue;
      if (cues::isProductName(keyOf(units, span)) || cues::isReligiousGroupWord(keyOf(units, span))) continue;
      // "... Ahmed Mohamed Image: ..." in captions: a label word before a
      // colon is not part of the name before it.
      if (span.first < span.last && span.last + 1 < units.size() && units[span.last + 1].key == ":" &&
          cues::isCaptionLabel(units[span.last].key)) {
        --span.last;
      }
      // "a Mississippi Republican", "Democrats": members of a party, not a
      // name; "Republican Party" goes on past them and is kept.
      if (isPartyMember(units[span.last].key) && !units[span.last].allCaps) {
        if (span.first == span.last) continue;
        --span.last;
      }
      if (isRemitOfTitle(units, span)) continue;
      // "ministère du Travail", "tribunal administratif de Rennes": the
      // institution is named from its lower-case head.
      if (const std::size_t ministry = frenchInstitutionStart(units, span); ministry < span.first) {
        // "ministère de la Transition écologique": its remit may take an adjective.
        const std::size_t remitEnd = isInstitutionAdjective(units, span.last + 1) ? span.last + 1 : span.last;
        spans.push_back(Span{ministry, afterSecondComplement(units, remitEnd)});
        continue;
      }
      // "le Paris Saint-Germain de Luis Enrique": a team, then whose it is;
      // "Sen. Elizabeth Warren of Massachusetts": a person, then where from.
      std::size_t link = ownerAfterDe(units, span);
      if (link == 0) link = personOfPlace(units, span);
      if (link != 0) {
        splitAtInnerTitle(units, Span{span.first, link - 1}, spans);
        const bool article = units[link + 1].key == "the" && !units[link + 1].capitalised;
        spans.push_back(Span{link + (article ? 2 : 1), span.last});
        continue;
      }
      splitAtInnerTitle(units, span, spans);
    }
    joinBeforeDefinedAcronym(units, spans);
    joinAcrossNicknames(units, spans);
    joinFirmPartners(units, spans);
    joinCuedPairs(units, spans);
    extendToDefinedAcronym(units, spans);
    // What splitting leaves of a heading may be only small words ("& DE L'
    // OUEST" gives "DE L").
    std::erase_if(spans, [&](const Span& span) {
      for (std::size_t i = span.first; i <= span.last; ++i) {
        const Unit& unit = units[i];
        if (unit.isWord && unit.key.size() > 1 && !cues::isFunctionWord(unit.key)) return false;
      }
      // "WHO" and "US" spell small words, and so may an acronym in brackets ("CES").
      for (std::size_t i = span.first; i <= span.last; ++i) {
        if (units[i].allCaps && units[i].key.size() > 1 && isWellKnownName(units[i].key)) return false;
      }
      return !isDefinedAcronym(units, span);
    });
    return spans;
  }

  // The index of "de" in "Paris Saint-Germain de Luis Enrique" or "le PSG de
  // Luis Enrique": a name of two words or an acronym, then a given name and
  // one or two more words, the person whose team, party or firm it is.
  // "Charles de Gaulle" and "Simone de Beauvoir" have one word before "de".
  // 0 when the span is not so made.
  std::size_t ownerAfterDe(const std::vector<Unit>& units, const Span& span) const {
    constexpr std::size_t kMaxOwnerWords = 3;
    for (std::size_t de = span.first + 1; de + 2 <= span.last; ++de) {
      if (units[de].key != "de" || units[de].capitalised) continue;
      const bool nameBefore =
          de >= span.first + 2 || (units[span.first].allCaps && units[span.first].key.size() >= 2);
      if (!nameBefore || span.last - de > kMaxOwnerWords || units[de + 1].allCaps ||
          !lexicon_.isGivenName(units[de + 1].key))
        return 0;
      for (std::size_t i = span.first; i <= span.last; ++i) {
        if (i != de && (!units[i].isWord || !units[i].capitalised || cues::isNameConnector(units[i].key)))
          return 0;
      }
      return de;
    }
    return 0;
  }

  // The index of "of" in "John Smith of Texas" or "Marcus Webb of Clifford
  // Chance": at least two words of a person's name (a given name first, or a
  // title before), then a place or a body the lexicon knows, or a name of
  // two words or more. 0 when the span is not so made ("University of Texas").
  std::size_t personOfPlace(const std::vector<Unit>& units, const Span& span) const {
    for (std::size_t of = span.first + 2; of < span.last; ++of) {
      if (units[of].key != "of" || units[of].capitalised) continue;
      // "Barbora Krejcikova of the Czech Republic".
      const std::size_t place = units[of + 1].key == "the" && !units[of + 1].capitalised ? of + 2 : of + 1;
      if (place > span.last) return 0;
      const auto entries = lexicon_.lookup(keyOf(units, Span{place, span.last}));
      const bool known = std::any_of(entries.begin(), entries.end(), [](const LexiconEntry* e) {
        return e->category == LexiconCategory::Country || e->category == LexiconCategory::Region ||
               e->category == LexiconCategory::City || e->category == LexiconCategory::Organisation;
      });
      const bool longName =
          span.last >= place + 1 && std::all_of(units.begin() + static_cast<std::ptrdiff_t>(place),
                                                units.begin() + static_cast<std::ptrdiff_t>(span.last) + 1,
                                                [](const Unit& unit) { return unit.capitalised; });
      // "Jeffrey Coopersmith of Orrick, Herrington": one word no dictionary
      // has, and the firm's name goes on after the comma.
      const bool firmGoesOn = span.last == of + 1 && span.last + 2 < units.size() &&
                              units[span.last + 1].key == "," && units[span.last + 2].capitalised &&
                              !lexicon_.isCommonWord(units[span.last].key, Language::Unknown);
      if (!known && !longName && !firmGoesOn) return 0;
      // "Barbora Krejcikova of the Czech Republic": a given name the lists
      // lack, when two words no dictionary has come before a country.
      const bool country = std::any_of(entries.begin(), entries.end(), [](const LexiconEntry* e) {
        return e->category == LexiconCategory::Country;
      });
      const bool unknownWordsBeforeCountry =
          country && of == span.first + 2 &&
          !lexicon_.isCommonWord(units[span.first].key, Language::Unknown) &&
          !lexicon_.isCommonWord(units[span.first + 1].key, Language::Unknown);
      if (!followsTitle(units, span.first) && !lexicon_.isGivenName(units[span.first].key) &&
          !unknownWordsBeforeCountry)
        return 0;
      for (std::size_t i = span.first; i < of; ++i) {
        const Unit& unit = units[i];
        if (!unit.isWord || !unit.capitalised || cues::isOrganisationWord(unit.key) ||
            cues::isLocationWord(unit.key) || cues::isNameConnector(unit.key))
          return 0;
      }
      return of;
    }
    return 0;
  }

  // "la ministre de la Mer", "le ministre de l'Intérieur", "secrétaire d'État
  // aux Affaires étrangères": dictionary words after a person's title and "de"
  // are its remit, not a name. "ministère de la Mer" names a body, and its
  // head is no person's title.
  bool isRemitOfTitle(const std::vector<Unit>& units, Span span) const {
    std::size_t i = span.first;
    if (i > 0 && isArticle(units[i - 1].key)) --i;
    if (i < 2) return false;
    const std::string& of = units[i - 1].key;
    if (of != "de" && of != "du" && of != "des" && of != "d'" && of != "aux" && of != "a") return false;
    // Ministers' remits only: "procureur de la République", "évêque de Vannes"
    // and "maire de Paris" name a body or a place.
    // "ministre déléguée chargée de l'Intelligence artificielle et du
    // Numérique": the remit follows the charge, and goes on after "et".
    // A union's "délégué de la Confédération" and "à la charge de la Ville"
    // have no minister before them.
    const auto minister = [](const std::string& key) { return key == "ministre" || key == "secretaire"; };
    const auto ministerial = [&](std::size_t at) {
      constexpr std::size_t kMaxTitleUnits = 4;
      const std::string& key = units[at].key;
      if (minister(key)) return true;
      if (key != "charge" && key != "chargee" && key != "delegue" && key != "deleguee") return false;
      for (std::size_t j = at; j > 0 && at - j < kMaxTitleUnits; --j)
        if (minister(units[j - 1].key)) return true;
      return false;
    };
    const auto secondRemit = [&] {
      constexpr std::size_t kMaxRemitUnits = 8;
      if (units[i - 2].key != "et") return false;
      for (std::size_t j = i - 2; j > 0 && i - 2 - j < kMaxRemitUnits; --j)
        if (ministerial(j - 1)) return true;
      return false;
    };
    if (!ministerial(i - 2) && !(units[i - 2].key == "etat" && i >= 4 && ministerial(i - 4)) &&
        !secondRemit())
      return false;
    if (isWellKnownName(keyOf(units, span))) return false;  // "ministre de la Guyane"
    for (std::size_t w = span.first; w <= span.last; ++w) {
      const Unit& unit = units[w];
      if (unit.isWord && !cues::isFunctionWord(unit.key) &&
          !lexicon_.isCommonWord(unit.key, Language::French))
        return false;
    }
    return true;
  }

  // "Minister of Education Mr Toccafondi", "Shadow Home Secretary Yvette
  // Cooper": a title inside a run of capitals starts the person's name. What
  // comes before it is a name of its own unless it is only words of the
  // title ("Shadow Home").
  void splitAtInnerTitle(const std::vector<Unit>& units, Span span, std::vector<Span>& out) const {
    // "the Attorney General's Office" is the office, titles and all.
    if (hasOfficersOffice(units, span)) return splitAdjacentNames(units, span, out);
    for (std::size_t t = span.first + 1; t <= span.last; ++t) {
      if (!units[t].isWord || !isTitleAt(units, t)) continue;
      // "Undersecretary for Education Mr. Toccafondi": the run stops at the
      // abbreviation's full stop, and the title belongs to the name after it.
      const bool titleEndsRun = t == span.last;
      if (titleEndsRun && !introducesName(units, t)) {
        // "FACULTE DE DROIT DE RENNES MM. les étudiants": a form of address
        // never ends a name, though "Burger King" ends with a title.
        if (isFormOfAddress(units[t].key)) span.last = t - 1;
        break;
      }
      // "Martin Luther King Jr.": a surname, not a title, before "Jr." or "Sr.".
      if (!titleEndsRun && isNameSuffix(units[t + 1].key)) continue;
      std::size_t rest = t;
      while (rest < span.last && (cues::isPersonTitle(units[rest].key) || !units[rest].isWord)) ++rest;
      // "Secretary of State Antony Blinken", "Minister for Europe Nathalie
      // Loiseau": the remit after the title is part of it, up to the person.
      if (!titleEndsRun && !units[rest].capitalised && cues::isRemitConnector(units[rest].key)) {
        std::size_t person = rest + 1;
        while (person < span.last && !lexicon_.isGivenName(units[person].key)) ++person;
        if (person < span.last && person > rest + 1) rest = person;
      }
      if (!titleEndsRun && !units[rest].capitalised) return splitAdjacentNames(units, span, out);
      bool titleWordsOnly = true;
      for (std::size_t i = span.first; i < t && titleWordsOnly; ++i) {
        // "US President Barack Obama": "US" spells a word but is a country.
        const bool knownAcronym = units[i].allCaps && isWellKnownName(units[i].key);
        // "Turkish Foreign Minister Hakan Fidan": a nationality qualifies it too.
        titleWordsOnly =
            !units[i].isWord ||
            (!knownAcronym && (lexicon_.isCommonWord(units[i].key, Language::Unknown) ||
                               cues::isFunctionWord(units[i].key) || lexicon_.isDemonymKey(units[i].key)));
      }
      // "U.S. District Judge Rebecca Holloway": a court's level, and the
      // country before it, qualify the title.
      if (t > span.first && units[t - 1].isWord && isCourtLevel(units[t - 1].key)) titleWordsOnly = true;
      if (!titleWordsOnly) splitAdjacentNames(units, Span{span.first, t - 1}, out);
      if (titleEndsRun) return;
      return splitAdjacentNames(units, Span{rest, span.last}, out);
    }
    splitAdjacentNames(units, span, out);
  }

  static bool namesPlaceOnly(const std::vector<const LexiconEntry*>& entries) {
    return !entries.empty() && std::all_of(entries.begin(), entries.end(),
                                           [](const LexiconEntry* entry) { return isPlace(*entry); });
  }

  // "Sony David Boies", "Twitter Jivaya Gadde", "U.S. President Donald
  // Trump", "United States Hamdullah Mohib": a known name followed by a
  // given name, a title, or a name of two words or more starts a new name.
  void splitAdjacentNames(const std::vector<Unit>& units, Span span, std::vector<Span>& out) const {
    // "Keller Rohrback L.L.P.": a legal form makes the whole run one company.
    if (span.last > span.first && cues::isLegalForm(units[span.last].key)) {
      out.push_back(span);
      return;
    }
    // The last word of the run that makes a body, found once: asking at
    // every split would rescan the run ("Barack Obama Barack Obama ...").
    std::size_t lastBodyWord = span.first;
    for (std::size_t i = span.last; i > span.first; --i) {
      if (units[i].capitalised && cues::isOrganisationWord(units[i].key)) {
        lastBodyWord = i;
        break;
      }
    }
    // The first unit at or after `rest` that cannot start a separate name,
    // remembered so that a long run of names is scanned once, not once per split.
    std::size_t scannedFrom = span.last + 1;
    std::size_t firstNonName = span.last + 1;
    while (span.first < span.last) {
      std::vector<std::string> words;
      for (std::size_t i = span.first; i <= span.last && words.size() < Lexicon::kMaxPhraseWords; ++i) {
        words.push_back(units[i].key);
      }
      const PhraseMatch known = lexicon_.longestPhrase(words);
      const std::size_t split = span.first + known.words;
      if (known.words == 0 || split > span.last) break;
      // "Hernan Dario Gomez", "Marie Le Gal": a given name and two more words
      // are one person. Longer runs are lists ("Amélie Hoche Henri Barat").
      const auto givenNameEntry = [](const LexiconEntry* entry) {
        return entry->category == LexiconCategory::GivenName;
      };
      const bool givenNameOnly = std::all_of(known.entries.begin(), known.entries.end(), givenNameEntry);
      // "Shirley Ayorkor Botchwey": in English, a given name that is also a
      // town opens a person all the same. French lists of births and deaths
      // run a town into a person ("Paris Edouard Naulet").
      const bool givenNameFirst =
          language_ == Language::English &&
          std::any_of(known.entries.begin(), known.entries.end(), givenNameEntry) &&
          std::none_of(known.entries.begin(), known.entries.end(), [](const LexiconEntry* entry) {
            return isCountryOrRegion(*entry) || entry->category == LexiconCategory::Organisation;
          });
      if ((givenNameOnly || givenNameFirst) && span.last - split < 2) break;
      // "João Pedro dos Santos", "Mary Anne Smith": two given names and a
      // surname, a particle before it maybe, are one person (in English:
      // French joins its given names with a hyphen).
      if (givenNameFirst && known.words == 1 && span.last - split <= 3 &&
          lexicon_.isGivenName(units[split].key) && isSurnameAfter(units, split + 1, span.last))
        break;
      // "Bordeaux de Pauillac", "Dunkerque de Marseille": a known place
      // before "de" or "of" is a name of its own, as in a shipping list.
      if ((units[split].key == "de" || units[split].key == "of") && !units[split].capitalised &&
          split < span.last && known.words == 1 &&
          !lexicon_.isCommonWord(units[span.first].key, Language::Unknown) &&
          // "Dominique de Villepin", but "Alger de Bordeaux" in a shipping list.
          !(lexicon_.isGivenName(units[span.first].key) && lexicon_.lookup(units[split + 1].key).empty()) &&
          std::any_of(known.entries.begin(), known.entries.end(), [](const LexiconEntry* entry) {
            return entry->category == LexiconCategory::City || entry->category == LexiconCategory::Country;
          })) {
        out.push_back(Span{span.first, split - 1});
        span.first = split + 1;
        continue;
      }
      if (!units[split].capitalised) break;
      std::size_t rest = split;
      const bool title = isTitleAt(units, rest);
      while (rest < span.last && isTitleAt(units, rest)) ++rest;
      // "p. Rotterdam Aline": in a list without punctuation a place may run
      // into a given name. "Florence Nightingale" and "Jordan Peterson" open
      // with a given name, so they stay whole.
      const bool placeThenGivenName = !title && rest == span.last && namesPlaceOnly(known.entries) &&
                                      !lexicon_.isCommonWord(units[span.first].key, Language::Unknown) &&
                                      lexicon_.isGivenName(units[rest].key) &&
                                      !lexicon_.isCommonWord(units[rest].key, language_);
      // "Boston General Hospital": no person's name ends with the word that
      // makes a body. "James Martin Center for Nonproliferation Studies":
      // after a given name, nor goes on to one; the body is named after the person.
      const bool bodyWordAfter =
          cues::endsBodyName(units[span.last].key) || (givenNameOnly && lastBodyWord > rest);
      const bool person =
          (lexicon_.isGivenName(units[rest].key) && rest < span.last && !bodyWordAfter) || placeThenGivenName;
      if (scannedFrom > rest || firstNonName < rest) {
        scannedFrom = rest;
        firstNonName = rest;
        while (firstNonName <= span.last) {
          const Unit& unit = units[firstNonName];
          const bool nameWord = unit.isWord && unit.capitalised && !cues::isOrganisationWord(unit.key) &&
                                !cues::isLocationWord(unit.key) && !cues::isEventWord(unit.key) &&
                                !lexicon_.isCommonWord(unit.key, Language::Unknown);
          if (!nameWord) break;
          ++firstNonName;
        }
      }
      const bool separateName = span.last - rest >= 1 && firstNonName > span.last;
      if (!title && !person && !separateName) break;
      // "Martin Luther King Jr.", "Abu Bakr al-Baghdadi": one person, though
      // "Martin" is also a town and "Bakr" a given name.
      if (!title && (isNameSuffix(units[span.last].key) || units[span.first].key == "abu" ||
                     units[span.first].key == "abou"))
        break;
      out.push_back(Span{span.first, split - 1});
      span.first = rest;
    }
    pushSplittingTrailingPerson(units, span, out);
  }

  // In the lexicon as something else than a given name: "Will" in a headline
  // is a verb as often as a name.
  bool isKnownBeyondGivenNames(const std::string& key) const {
    const auto& entries = lexicon_.lookup(key);
    return std::any_of(entries.begin(), entries.end(), [](const LexiconEntry* entry) {
      return entry->category != LexiconCategory::GivenName;
    });
  }

  // The unit of a lower-case "ministère", "tribunal" or "conseil" that
  // names an institution with the name at `first`: "ministère du Travail",
  // "tribunal administratif de Rennes", "chambre de commerce et d'industrie
  // de Bretagne Ouest"; `first` itself when there is none.
  std::size_t frenchInstitutionStart(const std::vector<Unit>& units, const Span& span) const {
    const std::size_t first = span.first;
    if (language_ != Language::French) return first;
    const std::size_t i = frenchOfBefore(units, first);
    if (i == first) return first;
    // Back over what qualifies the head: adjectives ("administratif") and
    // complements ("de commerce et d'industrie", "d'appel").
    constexpr std::size_t kMaxQualifierUnits = 6;
    std::size_t head = i;
    bool qualified = false;
    while (head > 0 && i - head < kMaxQualifierUnits) {
      const Unit& unit = units[head - 1];
      if (!unit.isWord || unit.capitalised) break;
      if (isLowerCaseInstitutionHead(unit.key)) break;
      if (lexicon_.isDemonymKey(unit.key)) {
        qualified = true;
        --head;
        continue;
      }
      const bool link =
          unit.key == "de" || unit.key == "d'" || unit.key == "des" || unit.key == "du" || unit.key == "et";
      if (!link && !cues::isFrenchInstitutionAdjective(unit.key) &&
          !lexicon_.isCommonWord(unit.key, Language::French))
        return first;
      qualified = qualified || !link;
      --head;
    }
    if (head == 0 || units[head - 1].capitalised || !isLowerCaseInstitutionHead(units[head - 1].key))
      return first;
    const std::string& noun = units[head - 1].key;
    if (noun == "ministere") return head - 1;
    // "le conseil national de sécurité de la Maison Blanche": a body the
    // lexicon knows keeps its own name.
    const std::string name(text_.substr(units[first].start, units[span.last].end - units[first].start));
    const auto& entries = lexicon_.lookup(foldKey(name));
    if (std::any_of(entries.begin(), entries.end(), [](const LexiconEntry* entry) {
          return entry->category == LexiconCategory::Organisation;
        }))
      return first;
    // "la cour de l'Élysée" is a courtyard, "la chambre de Marie" a bedroom,
    // and "le conseil de Pierre" advice: a bare head needs a place after it.
    if (!qualified && (noun == "cour" || noun == "chambre" ||
                       std::none_of(entries.begin(), entries.end(),
                                    [](const LexiconEntry* entry) { return isPlace(*entry); })))
      return first;
    return head - 1;
  }

  // The unit that opens "de", "du", "des", "d'", "de la" or "de l'" right
  // before `first`; `first` itself when none does.
  static std::size_t frenchOfBefore(const std::vector<Unit>& units, std::size_t first) {
    if (first >= 2 && (units[first - 1].key == "la" || units[first - 1].key == "l'") &&
        units[first - 2].key == "de")
      return first - 2;
    if (first >= 1 && (units[first - 1].key == "de" || units[first - 1].key == "du" ||
                       units[first - 1].key == "des" || units[first - 1].key == "d'"))
      return first - 1;
    return first;
  }

  static bool isLowerCaseInstitutionHead(std::string_view key) {
    static constexpr std::array<std::string_view, 10> kHeads = {
        "ministere",  "conseil", "tribunal", "cour",     "chambre",
        "prefecture", "mairie",  "parquet",  "rectorat", "universite"};
    return std::find(kHeads.begin(), kHeads.end(), key) != kHeads.end();
  }

  // "à cinq : Regal, AMC, Cinemark et Carmike", "Apple and IBM": a word that
  // opens a list of names is a name too, whatever its capital owes to its
  // place, when two names follow it, or one acronym.
  static bool opensListOfNames(const std::vector<Unit>& units, const Span& span) {
    constexpr int kMinFollowingNames = 2;
    int names = 0;
    bool acronym = false;
    std::size_t i = span.last + 1;
    while (i + 1 < units.size() && (units[i].key == "," || units[i].key == "et" || units[i].key == "and") &&
           units[i + 1].isWord && units[i + 1].capitalised) {
      ++names;
      const std::string& next = units[i + 1].key;
      acronym = units[i + 1].allCaps && next.size() >= 2 &&
                std::all_of(next.begin(), next.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      i += 2;
      while (i < units.size() && units[i].isWord && units[i].capitalised) ++i;  // "Carmike Cinemas"
    }
    return names >= kMinFollowingNames || (names == 1 && acronym);
  }

  // "Assemblée nationale", "Banque centrale européenne", "Cour des comptes",
  // "Organisation mondiale de la santé": a French institution's name goes on
  // in lower case after its capitalised head noun, with adjectives of a short
  // list and one complement ("de la santé").
  std::size_t extendFrenchInstitution(const std::vector<Unit>& units, const Span& span) const {
    // "the French competition authority (Autorité de la concurrence)": a
    // French complement says the name is French, whatever the text's language.
    if (language_ != Language::French && frenchComplementEnd(units, span.last + 1, false) == 0)
      return span.last;
    const auto hasHead = [&] {
      for (std::size_t i = span.first; i <= span.last; ++i) {
        if (units[i].isWord && units[i].capitalised && cues::isFrenchInstitutionHead(units[i].key))
          return true;
      }
      return false;
    };
    if (units[span.last].allCaps || !hasHead()) return span.last;
    std::size_t last = span.last;
    constexpr int kMaxAdjectives = 2;
    for (int n = 0; n < kMaxAdjectives && isInstitutionAdjective(units, last + 1); ++n) ++last;
    if (last == span.last && isNationalityAdjective(units, last + 1)) ++last;  // "Union africaine"
    // One complement: "des comptes", "de la santé", "de sécurité", "pour
    // l'action extérieure", then an adjective; and a second one after "et":
    // "ministère de l'Europe et des affaires étrangères".
    if (const std::size_t complement = frenchComplementEnd(units, last + 1, true); complement > last) {
      last = complement;
      if (isInstitutionAdjective(units, last + 1) || isNationalityAdjective(units, last + 1)) ++last;
      last = afterSecondComplement(units, last);
    }
    return std::max(last, endSpelledByAcronym(units, span.first, last));
  }

  // "Palme d'or", "Ours d'argent", "César du meilleur réalisateur", "Oscar
  // du meilleur film en langue étrangère", "Prix d'interprétation féminine":
  // a prize's name goes on in lower case after its capitalised head.
  static std::size_t extendPrize(const std::vector<Unit>& units, const Span& span) {
    // The head alone, or after the sentence's capitalised article ("Le César").
    if (!cues::isPrizeHead(units[span.last].key)) return span.last;
    for (std::size_t i = span.first; i < span.last; ++i) {
      if (!isArticle(units[i].key)) return span.last;
    }
    const auto lowerWordAt = [&](std::size_t i) {
      return i < units.size() && units[i].isWord && !units[i].capitalised &&
             !cues::isFunctionWord(units[i].key);
    };
    const auto withQualifier = [&](std::size_t last) {
      // "en langue étrangère", "féminin", "international"
      if (last + 3 < units.size() && units[last + 1].key == "en" && units[last + 2].key == "langue" &&
          lowerWordAt(last + 3))
        return last + 3;
      return last + 1 < units.size() && cues::isPrizeQualifier(units[last + 1].key) ? last + 1 : last;
    };
    std::size_t next = span.last + 1;
    if (next + 1 < units.size() && units[next].key == "d'" && cues::isPrizeGrade(units[next + 1].key))
      return withQualifier(next + 1);
    if (next + 1 < units.size() && units[next].key == "de" && units[next + 1].key == "la") {
      next += 2;
    } else if (next < units.size() && units[next].key == "du") {
      next += 1;
    } else {
      return span.last;
    }
    const bool best = next < units.size() && units[next].key.starts_with("meilleur");
    if (!best || !lowerWordAt(next + 1)) return span.last;
    return withQualifier(next + 1);
  }

  static bool isInstitutionAdjective(const std::vector<Unit>& units, std::size_t i) {
    return i < units.size() && units[i].isWord && !units[i].capitalised &&
           cues::isFrenchInstitutionAdjective(units[i].key);
  }

  // "Union africaine", "Banque espagnole de crédit", "Société des voiliers
  // français": an adjective of nationality inside the name. After the whole
  // name it only describes the body ("le Conseil constitutionnel français").
  bool isNationalityAdjective(const std::vector<Unit>& units, std::size_t i) const {
    return i < units.size() && units[i].isWord && !units[i].capitalised &&
           lexicon_.isDemonymKey(units[i].key);
  }

  // The end of "et des affaires étrangères" after `last`; `last` itself
  // when no such complement follows.
  std::size_t afterSecondComplement(const std::vector<Unit>& units, std::size_t last) const {
    if (last + 1 >= units.size() || units[last + 1].key != "et") return last;
    const std::size_t second = frenchComplementEnd(units, last + 2, false);
    if (second == 0) return last;
    return isInstitutionAdjective(units, second + 1) ? second + 1 : second;
  }

  // The lower-case word of a complement opened at `from` by "de", "des",
  // "du", "d'" (or "pour" and an article when `pourToo`), after "la" or "l'"
  // if any; 0 when there is none.
  std::size_t frenchComplementEnd(const std::vector<Unit>& units, std::size_t from, bool pourToo) const {
    std::size_t next = from;
    if (next >= units.size()) return 0;
    const std::string& opener = units[next].key;
    if (opener != "de" && opener != "des" && opener != "du" && opener != "d'" &&
        !(pourToo && opener == "pour"))
      return 0;
    ++next;
    const bool article = next < units.size() && (units[next].key == "la" || units[next].key == "l'" ||
                                                 (opener == "pour" && isArticle(units[next].key)));
    // "pour être": after "pour", an article tells a noun from a verb.
    if (opener == "pour" && !article) return 0;
    if (article) ++next;
    if (next >= units.size() || !units[next].isWord || units[next].capitalised ||
        cues::isFunctionWord(units[next].key) || !lexicon_.isCommonWord(units[next].key, Language::French))
      return 0;
    // "le Conseil de l'Ordre de statuer": a verb, not the body's remit.
    if (!article && looksLikeFrenchInfinitive(units[next].key)) return 0;
    return next;
  }

  // "statuer", "plaider": long words in -er, but not the nouns in -ier
  // ("quartier", "métier"). Short ones are nouns as often ("fer", "mer").
  static bool looksLikeFrenchInfinitive(std::string_view key) {
    constexpr std::size_t kMinBytes = 6;
    return key.size() >= kMinBytes && key.ends_with("er") && !key.ends_with("ier");
  }

  // "Agence nationale de la sécurité des systèmes d'information (ANSSI)": the
  // lower-case words up to an acronym in parentheses belong to the name when
  // the initials of its words spell the acronym. `last` when they do not.
  std::size_t endSpelledByAcronym(const std::vector<Unit>& units, std::size_t first, std::size_t last) const {
    constexpr std::size_t kMaxExtraUnits = 10;
    std::size_t open = last + 1;
    while (open < units.size() && open <= last + kMaxExtraUnits && units[open].isWord &&
           !units[open].capitalised)
      ++open;
    if (open == last + 1 || open + 2 >= units.size() || units[open].key != "(" || !units[open + 1].allCaps ||
        units[open + 2].key != ")") {
      return last;
    }
    // "Service départemental-métropolitain d'incendie et de secours (SDMIS)":
    // the parts of a hyphenated word may each give their initial.
    std::string initials;
    std::string initialsOfParts;
    for (std::size_t i = first; i < open; ++i) {
      const std::string& key = units[i].key;
      if (!units[i].isWord || key.empty() || cues::isFunctionWord(key) || cues::isNameConnector(key))
        continue;
      initials.push_back(key.front());
      initialsOfParts.push_back(key.front());
      for (std::size_t hyphen = key.find('-'); hyphen != std::string::npos && hyphen + 1 < key.size();
           hyphen = key.find('-', hyphen + 1))
        initialsOfParts.push_back(key[hyphen + 1]);
    }
    std::string acronym;
    for (const char c : units[open + 1].key)
      if (c != '.') acronym.push_back(c);
    return initials == acronym || initialsOfParts == acronym ? open - 1 : last;
  }

  // A capitalised word, not in capitals, that no dictionary has and that
  // makes no body or place: the stuff of people's names.
  bool isPlainNameWord(const Unit& unit) const {
    return unit.isWord && unit.capitalised && !unit.allCaps && !cues::isOrganisationWord(unit.key) &&
           !cues::isLocationWord(unit.key) && !lexicon_.isCommonWord(unit.key, Language::Unknown);
  }

  // units[from..last] read as a surname: capitalised words that are no
  // dictionary words, after one particle maybe ("dos Santos", "de la Tour").
  bool isSurnameAfter(const std::vector<Unit>& units, std::size_t from, std::size_t last) const {
    if (from > last) return false;
    for (std::size_t i = from; i <= last; ++i) {
      const Unit& unit = units[i];
      const bool particle = i < last && !unit.capitalised &&
                            (isSurnameParticle(unit.key) || unit.key == "la" || unit.key == "l'");
      if (!particle && !isPlainNameWord(unit)) return false;
    }
    return true;
  }

  // "the Refugee Council Enver Solomon", "Human Rights Watch Kenneth Roth",
  // "Kerglaw Marie Benalnis" (a hamlet in a register): a word that is no one's
  // given name, then a given name and one or two more name words, ends one
  // name and starts a person's. Given names in a row stay together
  // ("Jean Marie Morvan").
  void pushSplittingTrailingPerson(const std::vector<Unit>& units, Span span, std::vector<Span>& out) const {
    constexpr std::size_t kMaxPersonWords = 3;
    const auto isNameWord = [this](const Unit& unit) {
      if (unit.isWord && isArabicArticleName(unit.key)) return true;
      return isPlainNameWord(unit) && !cues::isEventWord(unit.key);
    };
    const std::size_t from =
        std::max(span.first + 1, span.last + 1 - std::min(span.last + 1, kMaxPersonWords));
    for (std::size_t given = from; given < span.last && span.last - span.first >= 2; ++given) {
      const Unit& before = units[given - 1];
      if (!units[given].isWord || !units[given].capitalised || !lexicon_.isGivenName(units[given].key) ||
          namesCountryOrRegion(lexicon_.lookup(units[given].key)) || !before.isWord || !before.capitalised ||
          before.allCaps || lexicon_.isGivenName(before.key) || cues::isPersonTitle(before.key) ||
          isSurnameParticle(before.key) ||
          // "Banco Delta Asia": a body's head word opens the name.
          (given - 1 == span.first && cues::isOrganisationWord(before.key))) {
        continue;
      }
      // "Kerguer Anne Le Chenadec": a particle may open the surname.
      bool personTail = true;
      for (std::size_t i = given + 1; i <= span.last && personTail; ++i) {
        const bool particle = i < span.last && (isSurnameParticle(units[i].key) || units[i].key == "le" ||
                                                units[i].key == "la");
        personTail = isNameWord(units[i]) || particle;
      }
      if (!personTail) continue;
      // "Rajesh Kumar Iyer": in English, an unknown word, a given name and a
      // surname are one person. French lists of births and deaths write a
      // hamlet before the person ("Polvern Louis Guiéuen").
      if (language_ == Language::English && given - 1 == span.first && given == span.last - 1 &&
          lexicon_.lookup(before.key).empty() && isPlainNameWord(before)) {
        break;
      }
      // "Minister of Education Stefania Giannini": one dictionary word left
      // is the end of a title, not a name.
      const bool titleEnd = given - 1 == span.first && lexicon_.isCommonWord(before.key, Language::Unknown);
      if (!titleEnd) out.push_back(Span{span.first, given - 1});
      out.push_back(Span{given, span.last});
      return;
    }
    out.push_back(span);
  }

  // « L'interview qui tue », "The Interview": short quoted phrases right
  // after a word such as "film" or "book" are titles, capitalised or not.
  // Also the quoted phrases whose key is one of `knownTitles`, cue or not.
  std::vector<Span> quotedTitlesIn(const std::vector<Unit>& units,
                                   const std::unordered_set<std::string>& knownTitles) const {
    std::vector<Span> titles;
    for (std::size_t open = 0; open < units.size(); ++open) {
      if (units[open].isWord || !isOpeningQuote(units[open].key)) continue;
      bool cued = precededByWorkCue(units, open);
      std::size_t close = open + 1;
      int words = 0;
      // Bounded in units too: a run of marks without words must not be
      // rescanned from every quote in it.
      constexpr std::size_t kMaxTitleUnits = 40;
      while (close < units.size() && !isClosingQuote(units[close].key) && words <= 10 &&
             close - open <= kMaxTitleUnits) {
        words += units[close].isWord;
        ++close;
      }
      if (close >= units.size() || !isClosingQuote(units[close].key) || words == 0 || words > 10 ||
          close == open + 1)
        continue;
      std::size_t last = close - 1;
      while (last > open + 1 && !units[last].isWord) --last;  // « L'interview qui tue ! »
      const Span title{open + 1, last};
      cued = cued || (looksLikeTitle(units, title) && followedByMakerOrMaking(units, close));
      // A straight quote may close an earlier quotation: only a title moves past it.
      if (!cued && !knownTitles.count(keyOf(units, title))) continue;
      titles.push_back(title);
      open = close;
    }
    return titles;
  }

  // A British postcode: its district ("W1S", "EC2A", "SW19": one or two
  // letters, a digit, then perhaps a digit or a letter), then the rest of
  // it ("1JY": a digit and two letters). "G20" alone is a summit.
  static bool isPostcodeAt(const std::vector<Unit>& units, std::size_t index) {
    if (index + 1 >= units.size() || !units[index].allCaps || !isPostcodeDistrict(units[index].key))
      return false;
    const std::string_view rest = units[index + 1].key;
    return rest.size() == 3 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
           std::isalpha(static_cast<unsigned char>(rest[1])) &&
           std::isalpha(static_cast<unsigned char>(rest[2]));
  }

  static bool isPostcodeDistrict(std::string_view key) {
    if (key.size() < 2 || key.size() > 4) return false;
    std::size_t letters = 0;
    while (letters < key.size() && std::isalpha(static_cast<unsigned char>(key[letters]))) ++letters;
    if (letters == 0 || letters > 2 || letters == key.size()) return false;
    if (!std::isdigit(static_cast<unsigned char>(key[letters]))) return false;
    return std::all_of(key.begin() + static_cast<std::ptrdiff_t>(letters) + 1, key.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  }

  // Whether the running text has, elsewhere, the whole name whose first word
  // a sentence's start took.
  static bool isWholeElsewhere(const std::vector<Unit>& units, const Span& span,
                               const std::unordered_set<std::string>& runningTextKeys) {
    return span.beforeStart < span.first &&
           runningTextKeys.count(keyOf(units, Span{span.beforeStart, span.last})) > 0;
  }

  // The court's level in a judge's title: "District Judge", "Circuit Judge".
  static bool isCourtLevel(std::string_view key) {
    static constexpr std::array<std::string_view, 9> kLevels = {"district",   "circuit", "magistrate",
                                                                "bankruptcy", "appeals", "superior",
                                                                "county",     "federal", "supreme"};
    return std::find(kLevels.begin(), kLevels.end(), key) != kLevels.end();
  }

  static constexpr std::size_t kNoUnit = static_cast<std::size_t>(-1);

  // The index of the job in a span that opens with a newsroom desk and job
  // ("Health Correspondent", "Political Editor"): up to two capitalised
  // dictionary words, then the job. `kNoUnit` when the span does not.
  std::size_t newsroomJobAt(const std::vector<Unit>& units, const Span& span) const {
    constexpr std::size_t kMaxDeskWords = 2;
    const std::size_t lastCandidate = std::min(span.last, span.first + kMaxDeskWords);
    // Spans without a job, nearly all, are told apart without the dictionary.
    bool anyJob = false;
    for (std::size_t i = span.first; i <= lastCandidate; ++i)
      anyJob = anyJob || cues::isNewsroomJob(units[i].key);
    if (!anyJob) return kNoUnit;
    for (std::size_t i = span.first; i <= span.last && i <= span.first + kMaxDeskWords; ++i) {
      const Unit& unit = units[i];
      if (!unit.isWord || !unit.capitalised || unit.allCaps) return kNoUnit;
      // The desk may have been set apart as a sentence's first word.
      const bool afterDesk = i > span.first || (i > 0 && units[i - 1].isWord && units[i - 1].capitalised &&
                                                lexicon_.isCommonWord(units[i - 1].key, Language::Unknown));
      if (afterDesk && cues::isNewsroomJob(unit.key)) return i;
      if (!lexicon_.isCommonWord(unit.key, Language::Unknown) || isWellKnownName(unit.key)) return kNoUnit;
    }
    return kNoUnit;
  }

  // A person's title, unless the word that makes a body follows it:
  // "Massachusetts General Hospital", "General Motors". "Lorna M. Patterson":
  // in English, a capital M after a given name is a middle initial, not the
  // French "M." (French lists write "Mimi Toinon, M. Combarelle").
  bool isTitleAt(const std::vector<Unit>& units, std::size_t index) const {
    const bool wordAfter = index + 1 < units.size() && units[index + 1].isWord;
    const bool middleInitial = sentenceLanguage_ == Language::English && units[index].key == "m" &&
                               index > 0 && units[index - 1].isWord && units[index - 1].capitalised &&
                               lexicon_.isGivenName(units[index - 1].key);
    return !middleInitial && cues::isPersonTitleBefore(
                                 units[index].key, wordAfter ? std::string_view(units[index + 1].key) : "");
  }

  // The last unit of the longest run of two words or more from `first`, up to
  // `last`, that the running text names; `first` itself when there is none.
  static std::size_t longestKnownRun(const std::vector<Unit>& units, std::size_t first, std::size_t last,
                                     const std::unordered_set<std::string>& runningTextKeys) {
    if (!units[first].isWord || !units[first].capitalised || cues::isFunctionWord(units[first].key))
      return first;
    for (std::size_t end = last; end > first; --end) {
      if (units[end].isWord && runningTextKeys.count(keyOf(units, Span{first, end}))) return end;
    }
    return first;
  }

  // "le président de la République", "le procureur de la République", "le
  // garde des Sceaux": the capital word ends the title of an office, and
  // names neither the state nor the town of Sceaux.
  static bool endsFrenchOfficeTitle(const std::vector<Unit>& units, const Span& span) {
    if (span.first != span.last || span.first < 3) return false;
    const std::string& word = units[span.first].key;
    const std::string& office = units[span.first - 3].key;
    if (word == "sceaux") return units[span.first - 1].key == "des" && units[span.first - 2].key == "garde";
    if (word != "republique" || units[span.first - 1].key != "la" || units[span.first - 2].key != "de")
      return false;
    return office == "president" || office == "presidente" || office == "procureur" ||
           office == "procureure" || office == "presidence";
  }

  // A quoted phrase shaped like a title: a capital first, at most six words,
  // no sentence's punctuation before its end. Quoted speech is mostly longer
  // or starts in lower case.
  static bool looksLikeTitle(const std::vector<Unit>& units, const Span& title) {
    constexpr int kMaxTitleWords = 6;
    if (!units[title.first].isWord || !units[title.first].capitalised) return false;
    int words = 0;
    for (std::size_t i = title.first; i <= title.last; ++i) {
      if (units[i].isWord) {
        ++words;
        continue;
      }
      const std::string& key = units[i].key;
      if (key == "." || key == "," || key == ";" || key == ":" || key == "!" || key == "?") return false;
    }
    return words <= kMaxTitleWords;
  }

  // « Parasite » de Bong Joon-ho, "Beloved" by Toni Morrison, « Mémoires
  // d'un faussaire », adapté du roman: a work's maker, or its making, right
  // after the closing quote.
  static bool followedByMakerOrMaking(const std::vector<Unit>& units, std::size_t close) {
    static constexpr std::array<std::string_view, 16> kMaking = {
        "adapte", "adaptee", "adapted", "realise",   "realisee", "directed", "tourne", "written",
        "ecrit",  "publie",  "publiee", "published", "released", "sorti",    "sortie", "signe"};
    std::size_t next = close + 1;
    if (next < units.size() && units[next].key == ",") ++next;
    if (next >= units.size() || !units[next].isWord) return false;
    const std::string& word = units[next].key;
    if (std::find(kMaking.begin(), kMaking.end(), word) != kMaking.end()) return true;
    const bool of = next == close + 1 && (word == "de" || word == "du" || word == "d'" || word == "by");
    return of && next + 1 < units.size() && units[next + 1].isWord && units[next + 1].capitalised;
  }

  // "le film « … »", "the new film, “…”", "le film intitulé « … »"; but in
  // "praised the film for its “patience”" the quote is the film's quality.
  static bool precededByWorkCue(const std::vector<Unit>& units, std::size_t quote) {
    for (std::size_t back = 1; back <= 3 && back <= quote; ++back) {
      const Unit& unit = units[quote - back];
      // « L'exposition "Vermeer et les maîtres" »: a show's title is a work's.
      const bool show = unit.key == "exposition" || unit.key == "exhibition" || unit.key == "spectacle";
      if (unit.isWord && (cues::isWorkCue(unit.key) || show)) return true;
      if (!unit.isWord && unit.key != ",") return false;
      if (unit.isWord && cues::isFunctionWord(unit.key)) return false;
    }
    return false;
  }

  NameCandidate makeCandidate(const std::vector<Unit>& units, const Span& span, std::uint32_t sentence,
                              bool fromHeadline, bool quoted) const {
    NameCandidate candidate;
    candidate.start = units[span.first].start;
    candidate.end = units[span.last].end;
    // "Apple Inc.", "Martin Luther King Jr.": the abbreviation's full stop is the name's.
    if (span.last > span.first && span.last + 1 < units.size() && isAbbreviatedSuffix(units[span.last].key) &&
        units[span.last + 1].key == "." && !units[span.last + 1].spaceBefore)
      candidate.end = units[span.last + 1].end;
    candidate.sentence = sentence;
    candidate.surface = std::string(text_.substr(candidate.start, candidate.end - candidate.start));
    candidate.key = foldKey(candidate.surface);
    for (std::size_t i = span.first; i <= span.last; ++i) {
      if (units[i].isWord) candidate.words.push_back(units[i].key);
    }
    if (span.first >= 1) candidate.previous = units[span.first - 1].key;
    if (span.first >= 2) candidate.beforePrevious = units[span.first - 2].key;
    if (span.last + 1 < units.size()) candidate.next = units[span.last + 1].key;
    if (span.last + 2 < units.size()) candidate.afterNext = units[span.last + 2].key;
    candidate.datelineAfter = isDatelineAfter(units, span.last);
    candidate.ageAfter = isAgeAfter(units, span.last);
    candidate.streetOfThe = span.first >= 3 &&
                            (units[span.first - 1].key == "la" || units[span.first - 1].key == "l'") &&
                            units[span.first - 2].key == "de" && !units[span.first - 3].capitalised &&
                            cues::isStreetWord(units[span.first - 3].key);
    candidate.streetStart = candidate.start;
    if (const std::size_t street = thoroughfareBefore(units, span.first); street < span.first) {
      candidate.streetStart = units[street].start;
      candidate.streetKey =
          foldKey(text_.substr(candidate.streetStart, candidate.end - candidate.streetStart));
    }
    // "In Frankfurt, the European Central Bank…": after an opening adverbial
    // phrase, the comma leads to the sentence's subject, not an apposition.
    const bool openingPhrase = span.first == 1 && cues::isLocationPreposition(units[0].key);
    if (span.last + 2 < units.size() && units[span.last + 1].key == "," && !openingPhrase) {
      const Unit& afterComma = units[span.last + 2];
      if (isIndefiniteOrDefiniteArticle(afterComma.key)) {
        // "Mandiant, the Google-owned security firm": a hyphen joins a word
        // to the phrase, so the kind word may come fourth.
        constexpr std::size_t kMaxAppositionWords = 4;
        for (std::size_t i = span.last + 3;
             i < units.size() && candidate.apposition.size() < kMaxAppositionWords &&
             (units[i].isWord || isHyphen(units[i].key));
             ++i) {
          // "Jan Hatzius, the bank's chief economist": the owner is not the kind.
          if (units[i].isWord && !units[i].possessive) candidate.apposition.push_back(units[i].key);
        }
      } else if (afterComma.isWord && !afterComma.capitalised) {
        candidate.apposition.push_back(afterComma.key);
      }
    }
    if (language_ == Language::French) candidate.kindBefore = kindBeforeModifier(units, span.first);
    candidate.possessive = units[span.last].possessive;
    constexpr std::size_t kPronounReach = 12;  // units; a pronoun further on seldom refers back
    for (std::size_t i = span.last + 1; i < units.size() && i <= span.last + kPronounReach; ++i) {
      if (units[i].isWord && (cues::isThingPronoun(units[i].key) || cues::isPersonPronoun(units[i].key))) {
        candidate.pronounAfter = units[i].key;
        candidate.pronounStart = units[i].start;
        break;
      }
    }
    candidate.fromHeadline = fromHeadline;
    candidate.inQuotes = isEnclosedInQuotes(units, span);
    candidate.quoted = quoted;
    return candidate;
  }

  // The unit of the lower-case "rue", "quai" or "place" whose name starts
  // at `first`, through "de", "du", "des", "de la" or "de l'"; `first`
  // itself when there is none. A village or a quarter is not part of its
  // name, and "route de Vannes" or "gare de Lens" are the town's.
  static std::size_t thoroughfareBefore(const std::vector<Unit>& units, std::size_t first) {
    const std::size_t i = frenchOfBefore(units, first);
    if (i == 0) return first;
    const Unit& word = units[i - 1];
    static constexpr std::array<std::string_view, 9> kNotPartOfName = {
        "village", "hameau", "lieu-dit", "quartier", "cite", "route", "gare", "chemin", "aeroport"};
    const bool partOfName =
        std::find(kNotPartOfName.begin(), kNotPartOfName.end(), word.key) == kNotPartOfName.end();
    return word.isWord && !word.capitalised && cues::isStreetWord(word.key) && partOfName ? i - 1 : first;
  }

  // "la société madrilène El Deseo", "le fonds d'investissement Ardian":
  // French puts an adjective or a "de" complement between a kind and the
  // name. The kind's word, when one of these stands between; else "".
  std::string kindBeforeModifier(const std::vector<Unit>& units, std::size_t first) const {
    // "son homologue ivoirien, Kacou Adom": a person's title may end at a
    // comma (one comma: a run of them must not be walked back one by one).
    if (first >= 3 && units[first - 1].key == "," && units[first - 2].key != ",") {
      std::string kind = kindBeforeModifier(units, first - 1);
      return cues::isPersonTitle(kind) ? kind : std::string();
    }
    if (first < 2) return {};
    std::size_t kind = first - 1;
    const Unit& modifier = units[kind];
    if (!modifier.isWord || modifier.capitalised) return {};
    if (units[kind - 1].key == "d'" || units[kind - 1].key == "de") {
      if (kind < 2) return {};
      kind -= 2;
    } else if (looksLikeFrenchAdjective(modifier.key) || lexicon_.isDemonymKey(modifier.key)) {
      kind -= 1;
    } else {
      return {};
    }
    return units[kind].isWord && !units[kind].capitalised ? units[kind].key : std::string();
  }

  // Folded endings of French adjectives of place, nationality and trade
  // ("lyonnais", "madrilène", "américaine", "pharmaceutique", "bancaire").
  // Verbs between a kind and a name ("la société emploie") end otherwise.
  static bool looksLikeFrenchAdjective(std::string_view word) {
    static constexpr std::array<std::string_view, 18> kEndings = {
        "ais",  "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "ene",
        "ique", "aire", "ier", "iere", "al",  "ale",   "if",  "ive",  "mobile"};
    if (word.size() < 4) return false;
    return std::any_of(kEndings.begin(), kEndings.end(),
                       [word](std::string_view ending) { return word.ends_with(ending); }) ||
           word == "suisse" || word == "belge";
  }

  static void collectLowerWords(std::vector<Unit>& units, std::size_t from, std::size_t to,
                                std::uint32_t sentence, std::vector<WordSpan>& out) {
    for (std::size_t i = from; i < to && i < units.size(); ++i) {
      Unit& unit = units[i];
      if (!unit.isWord || unit.key.size() < 3) continue;
      out.push_back(WordSpan{unit.start, unit.end, sentence, std::move(unit.key)});
    }
  }

  std::string_view text_;
  const Segmentation& segmentation_;
  Language language_;
  Language sentenceLanguage_ = Language::Unknown;  // the sentence being read; see languageOfSentence
  LexiconCache lexicon_;
  std::unordered_set<std::string> lowerVocabulary_;
  mutable std::optional<std::unordered_set<std::string>> capitalisedInRunningText_;
  mutable std::optional<std::unordered_set<std::string>> companyFirstWords_;
  // The first words of names of two words or more, as the running text has
  // read them so far ("fairway" of "Fairway Foods").
  std::unordered_set<std::string> openersOfLongerNames_;
  mutable std::optional<std::unordered_set<std::string>> surnamesAfterGivenNames_;
};

}  // namespace

CandidateScan findNameCandidates(std::string_view text, const Segmentation& segmentation, Language language,
                                 const Lexicon& lexicon) {
  return CandidateFinder(text, segmentation, language, lexicon).run();
}

}  // namespace recoupe
