#include "lexicon.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "text_fold.hpp"

using namespace recoupe;

namespace recoupe {
extern const unsigned char kLexiconBlob[];
extern const std::size_t kLexiconBlobSize;
}  // namespace recoupe

namespace {

const Lexicon& lex() { return Lexicon::builtin(); }

std::vector<std::string> ids(const std::vector<const LexiconEntry*>& entries) {
  std::vector<std::string> out;
  for (const LexiconEntry* e : entries) out.emplace_back(e->id);
  return out;
}

bool has(const std::vector<const LexiconEntry*>& entries, std::string_view id) {
  return std::any_of(entries.begin(), entries.end(), [&](const LexiconEntry* e) { return e->id == id; });
}

const LexiconEntry* first(std::string_view text, LexiconCategory category) {
  for (const LexiconEntry* e : lex().lookup(foldKey(text))) {
    if (e->category == category) return e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the built-in lexicon loads") {
  CHECK(lex().size() > 50000);
  CHECK(lex().keyCount(LexiconKeySet::Phrases) > 50000);
  CHECK(lex().keyCount(LexiconKeySet::CommonWords) > 100000);
  CHECK(lex().keyCount(LexiconKeySet::ProperNouns) > 1000);
}

TEST_CASE("North Korea in every spelling") {
  for (const char* text :
       {"Corée du Nord", "North Korea", "DPRK", "RPDC", "coree du nord", "Nord-Corée", "Korea DPR"}) {
    CAPTURE(text);
    const LexiconEntry* e = first(text, LexiconCategory::Country);
    REQUIRE(e != nullptr);
    CHECK(e->id == "country:KP");
    CHECK(e->name == "North Korea");
    CHECK(e->country == "KP");
    CHECK(e->type == EntityType::Loc);
  }
  const LexiconEntry* byId = lex().entry("country:KP");
  REQUIRE(byId != nullptr);
  CHECK(byId->name == "North Korea");
  CHECK(byId == first("DPRK", LexiconCategory::Country));
  CHECK(lex().entry("country:XX") == nullptr);
  CHECK(lex().entry("") == nullptr);
}

TEST_CASE("South Korea by its football name") {
  const LexiconEntry* e = first("Korea Republic", LexiconCategory::Country);
  REQUIRE(e != nullptr);
  CHECK(e->id == "country:KR");
}

TEST_CASE("the United States and Japan") {
  for (const char* text : {"États-Unis", "Etats-Unis", "United States", "USA", "U.S."}) {
    CAPTURE(text);
    const LexiconEntry* e = first(text, LexiconCategory::Country);
    REQUIRE(e != nullptr);
    CHECK(e->id == "country:US");
  }
  for (const char* text : {"Japon", "Japan"}) {
    CAPTURE(text);
    const LexiconEntry* e = first(text, LexiconCategory::Country);
    REQUIRE(e != nullptr);
    CHECK(e->id == "country:JP");
    CHECK(e->name == "Japan");
  }
}

TEST_CASE("a name in parentheses is a country's other name, a qualifier is not") {
  for (const char* text : {"Burma", "Birmanie", "Myanmar", "DRC", "RDC", "Islas Malvinas"}) {
    CAPTURE(text);
    CHECK(first(text, LexiconCategory::Country) != nullptr);
  }
  // CLDR writes "Congo (Republic)" and "Saint-Martin (partie néerlandaise)".
  for (const char* text : {"Republic", "République", "partie néerlandaise"}) {
    CAPTURE(text);
    CHECK(first(text, LexiconCategory::Country) == nullptr);
  }
  CHECK(first("Congo-Brazzaville", LexiconCategory::Country)->id == "country:CG");
}

TEST_CASE("demonyms point at their country") {
  for (const char* text : {"nord-coréen", "nord-coréennes", "North Korean", "North Koreans"}) {
    CAPTURE(text);
    const LexiconEntry* e = first(text, LexiconCategory::Demonym);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Norp);
    CHECK(e->target == "country:KP");
    CHECK(e->country == "KP");
  }
  const LexiconEntry* japanese = first("japonais", LexiconCategory::Demonym);
  REQUIRE(japanese != nullptr);
  CHECK(japanese->country == "JP");
  CHECK(japanese->target == "country:JP");
  CHECK(japanese->name == "Japanese");
}

TEST_CASE("cities") {
  const LexiconEntry* pyongyang = first("Pyongyang", LexiconCategory::City);
  REQUIRE(pyongyang != nullptr);
  CHECK(pyongyang->country == "KP");
  CHECK(pyongyang->id.starts_with("city:"));
  for (const char* text : {"Séoul", "Seoul"}) {
    CAPTURE(text);
    const LexiconEntry* seoul = first(text, LexiconCategory::City);
    REQUIRE(seoul != nullptr);
    CHECK(seoul->country == "KR");
    CHECK(seoul->population > 1000000);
  }
  const LexiconEntry* london = first("Londres", LexiconCategory::City);
  REQUIRE(london != nullptr);
  CHECK(london->name == "London");
  CHECK(london->country == "GB");
}

TEST_CASE("an ambiguous key gives every entry") {
  const auto entries = lex().lookup("washington");
  CAPTURE(ids(entries));
  CHECK(entries.size() >= 2);
  CHECK(has(entries, "region:washington"));
  CHECK(std::any_of(entries.begin(), entries.end(), [](const LexiconEntry* e) {
    return e->category == LexiconCategory::City && e->country == "US";
  }));
}

TEST_CASE("organisations and regions") {
  const LexiconEntry* fbi = first("FBI", LexiconCategory::Organisation);
  REQUIRE(fbi != nullptr);
  CHECK(fbi->id == "org:fbi");
  CHECK(fbi->type == EntityType::Org);
  const LexiconEntry* un = first("ONU", LexiconCategory::Organisation);
  REQUIRE(un != nullptr);
  CHECK(un->id == "org:un");
  const LexiconEntry* whiteHouse = first("Maison-Blanche", LexiconCategory::Organisation);
  REQUIRE(whiteHouse != nullptr);
  CHECK(whiteHouse->name == "White House");
  const LexiconEntry* california = first("Californie", LexiconCategory::Region);
  REQUIRE(california != nullptr);
  CHECK(california->id == "region:california");
  CHECK(california->type == EntityType::Loc);
}

TEST_CASE("states and provinces of every country come from ISO 3166-2, in English and French") {
  const LexiconEntry* queensland = first("Queensland", LexiconCategory::Region);
  REQUIRE(queensland != nullptr);
  CHECK(queensland->id == "region:au-qld");
  CHECK(queensland->country == "AU");
  CHECK((queensland->flags & kLexiconSubdivision) != 0);
  const LexiconEntry* tuscany = first("Toscane", LexiconCategory::Region);
  REQUIRE(tuscany != nullptr);
  CHECK(tuscany == first("Toscana", LexiconCategory::Region));
  CHECK(first("Nouvelle-Galles-du-Sud", LexiconCategory::Region) ==
        first("New South Wales", LexiconCategory::Region));
  // A hand-written region keeps its id: no second California.
  CHECK(first("California", LexiconCategory::Region)->id == "region:california");
  // Dictionary words are left out ("Centre", "Nord").
  CHECK(first("Centre", LexiconCategory::Region) == nullptr);
}

TEST_CASE("longest phrase") {
  const std::vector<std::string> words = {"coree", "du", "nord", "a"};
  const PhraseMatch match = lex().longestPhrase(words);
  CHECK(match.words == 3);
  CHECK(has(match.entries, "country:KP"));

  const std::vector<std::string> newYork = {"new", "york", "times", "said"};
  const PhraseMatch nyt = lex().longestPhrase(newYork);
  CHECK(nyt.words == 3);
  CHECK(has(nyt.entries, "org:nyt"));

  // An elision is a word of the text but none of the key ("de l'image").
  const std::vector<std::string> cnc = {"centre", "national", "du",    "cinema", "et",
                                        "de",     "l'",       "image", "animee", "a"};
  const PhraseMatch film = lex().longestPhrase(cnc);
  CHECK(film.words == 9);
  CHECK(has(film.entries, "org:cnc"));

  const std::vector<std::string> none = {"zzqx", "coree"};
  CHECK(lex().longestPhrase(none).words == 0);
  CHECK(lex().longestPhrase(std::span<const std::string>()).words == 0);
}

TEST_CASE("the longest phrase is the longest prefix of the words that is a key, for every phrase") {
  // Each phrase of the lexicon, followed by words that may extend it or not,
  // against a plain search of every prefix.
  std::vector<std::string> phrases;
  lex().forEachKey(LexiconKeySet::Phrases, [&](std::string_view key) {
    phrases.emplace_back(key);
    return true;
  });
  REQUIRE(phrases.size() > 1000);
  const std::vector<std::string> tails = {"", "de", "a", "zzz", "of the", "du nord", "city"};
  std::size_t checked = 0;
  for (std::size_t i = 0; i < phrases.size(); i += 7) {
    for (const std::string& tail : tails) {
      std::string text = phrases[i] + (tail.empty() ? "" : " " + tail);
      std::vector<std::string> words;
      for (std::size_t from = 0; from <= text.size();) {
        const std::size_t space = std::min(text.find(' ', from), text.size());
        words.push_back(text.substr(from, space - from));
        from = space + 1;
      }
      std::size_t expected = 0;
      std::string joined;
      for (std::size_t k = 0; k < words.size() && k < Lexicon::kMaxPhraseWords; ++k) {
        if (words[k].empty()) break;
        joined += (k > 0 ? " " : "") + words[k];
        if (!lex().lookup(joined).empty()) expected = k + 1;
      }
      INFO(text);
      CHECK(lex().longestPhrase(words).words == expected);
      ++checked;
    }
  }
  CHECK(checked > 10000);
}

TEST_CASE("common words and known proper nouns") {
  for (const char* word : {"malgre", "trois"}) {
    CHECK(lex().isCommonWord(word, Language::French));
    CHECK(lex().isCommonWord(word, Language::Unknown));
  }
  for (const char* word : {"speaking", "chief"}) {
    CHECK(lex().isCommonWord(word, Language::English));
    CHECK(lex().isCommonWord(word, Language::Unknown));
  }
  CHECK_FALSE(lex().isCommonWord("speaking", Language::French));
  for (const char* word : {"sony", "pyongyang"}) {
    CAPTURE(word);
    CHECK_FALSE(lex().isCommonWord(word, Language::Unknown));
  }
  CHECK(lex().isKnownProperNoun("pyongyang"));
  CHECK(lex().isKnownProperNoun("sony"));
  CHECK_FALSE(lex().isKnownProperNoun("speaking"));
}

TEST_CASE("keys that every source spells in capitals are acronyms only") {
  for (const char* key : {"eau", "sec", "us", "fbi", "kcna"}) {
    CAPTURE(key);
    CHECK(lex().isAcronymOnly(key));
    CHECK_FALSE(lex().lookup(key).empty());
  }
  // Written as words somewhere: a country's French name, a city, a party's
  // name, a brand the sources spell in lower case too.
  for (const char* key : {"inde", "irak", "nice", "paris", "sony", "coree du nord", "lyon"}) {
    CAPTURE(key);
    CHECK_FALSE(lex().isAcronymOnly(key));
  }
  CHECK(lex().keyCount(LexiconKeySet::AcronymsOnly) > 100);
  CHECK(isAcronymWrittenAsWord(lex(), "eau", "Eau"));
  CHECK(isAcronymWrittenAsWord(lex(), "sec", "sec"));
  CHECK_FALSE(isAcronymWrittenAsWord(lex(), "eau", "EAU"));
  CHECK(isAcronymWrittenAsWord(lex(), "us", "Us"));
  CHECK_FALSE(isAcronymWrittenAsWord(lex(), "us", "U.S."));
  CHECK_FALSE(isAcronymWrittenAsWord(lex(), "nice", "Nice"));
}

TEST_CASE("festivals and cups among the organisations are events") {
  for (const char* name : {"Festival de Cannes", "Berlinale", "FA Cup"}) {
    CAPTURE(name);
    const auto entries = lex().lookup(foldKey(name));
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front()->category == LexiconCategory::Organisation);
    CHECK(entries.front()->type == EntityType::Event);
  }
  CHECK(lex().lookup("fbi").front()->type == EntityType::Org);
}

TEST_CASE("given names") {
  for (const char* word : {"david", "jean", "marie", "francois", "segolene", "emmanuel"}) {
    CAPTURE(word);
    CHECK(lex().isGivenName(word));
  }
  CHECK_FALSE(lex().isGivenName("malgre"));
  const LexiconEntry* marie = first("Marie", LexiconCategory::GivenName);
  REQUIRE(marie != nullptr);
  CHECK(marie->type == EntityType::Person);
  CHECK(marie->name == "Marie");
  CHECK((marie->flags & kLexiconFemale) != 0);
  const LexiconEntry* francois = first("François", LexiconCategory::GivenName);
  REQUIRE(francois != nullptr);
  CHECK(francois->name == "François");
  CHECK(lex().entry(francois->id) == francois);
}

TEST_CASE("every stored key is already folded") {
  for (LexiconKeySet set : {LexiconKeySet::Phrases, LexiconKeySet::CommonWords, LexiconKeySet::ProperNouns,
                            LexiconKeySet::AcronymsOnly}) {
    const std::size_t count = lex().keyCount(set);
    const std::size_t step = std::max<std::size_t>(1, count / 350);
    std::size_t index = 0;
    std::size_t checked = 0;
    std::string previous;
    std::size_t unordered = 0;
    lex().forEachKey(set, [&](std::string_view key) {
      if (!(previous < key)) ++unordered;  // sorted and unique
      previous = key;
      if (index++ % step == 0) {
        CHECK(foldKey(key) == key);
        ++checked;
      }
      return true;
    });
    CHECK(unordered == 0);
    CHECK(index == count);
    CHECK(checked >= std::min<std::size_t>(300, count));
  }
  // Keys with accents and ligatures in their sources.
  for (const char* text : {"Cœur", "Étienne", "Côte d’Ivoire", "Straße", "Zürich"}) {
    CAPTURE(text);
    const std::string key = foldKey(text);
    CHECK(foldKey(key) == key);
  }
  CHECK_FALSE(lex().lookup(foldKey("Côte d’Ivoire")).empty());
}

TEST_CASE("a corrupt blob gives an empty lexicon") {
  const std::span<const unsigned char> good(kLexiconBlob, kLexiconBlobSize);
  CHECK(Lexicon::fromBytes(good).size() == lex().size());

  CHECK(Lexicon::fromBytes({}).empty());
  std::vector<unsigned char> bytes(good.begin(), good.end());
  bytes[0] = 'X';  // magic
  CHECK(Lexicon::fromBytes(bytes).empty());
  bytes.assign(good.begin(), good.end());
  bytes[8] = 99;  // version
  CHECK(Lexicon::fromBytes(bytes).empty());
  bytes.assign(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(good.size() / 2));  // truncated
  CHECK(Lexicon::fromBytes(bytes).empty());
  bytes.assign(good.begin(), good.end());
  bytes[24 + 4] = 0xFF;  // first section offset out of bounds
  bytes[24 + 7] = 0x7F;
  const Lexicon broken = Lexicon::fromBytes(bytes);
  CHECK(broken.empty());
  CHECK(broken.lookup("japon").empty());
  CHECK(broken.entry("country:JP") == nullptr);
  CHECK_FALSE(broken.isCommonWord("trois", Language::Unknown));
  CHECK(broken.longestPhrase(std::vector<std::string>{"japon"}).words == 0);

  // Garbage inside key data must not crash lookups.
  bytes.assign(good.begin(), good.end());
  for (std::size_t i = bytes.size() / 2; i < bytes.size(); i += 97) bytes[i] = 0xFF;
  const Lexicon scrambled = Lexicon::fromBytes(bytes);
  for (const char* key : {"trois", "japon", "zzz", "a", "washington"}) {
    (void)scrambled.lookup(key);
    (void)scrambled.isCommonWord(key, Language::Unknown);
    (void)scrambled.isKnownProperNoun(key);
  }
}
