#include "nested_names.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

#include "cue_words.hpp"
#include "lexicon.hpp"
#include "lexicon_cache.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

// A village that shares its name with a word of a company's name says
// nothing; a city this large usually is the place meant.
constexpr std::uint32_t kMinNestedCityPopulation = 100000;
constexpr std::uint32_t kMetropolisPopulation = 1000000;
constexpr int kMinCommonWordOccurrences = 3;
constexpr std::size_t kMaxPartWords = Lexicon::kMaxPhraseWords;

struct Word {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

std::vector<Word> wordsOf(std::string_view text, const Mention& mention) {
  std::vector<Word> words;
  std::uint32_t at = mention.start;
  while (at < mention.end) {
    while (at < mention.end && (text[at] == ' ' || text[at] == '\n' || text[at] == '\t')) ++at;
    const std::uint32_t start = at;
    while (at < mention.end && text[at] != ' ' && text[at] != '\n' && text[at] != '\t') ++at;
    if (at > start) words.push_back(Word{start, at});
  }
  return words;
}

struct Known {
  EntityType type = EntityType::Org;
  std::string kb;
};

// What the lexicon says about a part, if it is a place or an organisation.
std::optional<Known> lexiconKnown(const std::vector<const LexiconEntry*>& entries) {
  const LexiconEntry* best = nullptr;
  const LexiconEntry* region = nullptr;
  for (const LexiconEntry* entry : entries) {
    switch (entry->category) {
      case LexiconCategory::Country:
      case LexiconCategory::Organisation:
        return Known{entry->category == LexiconCategory::Organisation ? entry->type : EntityType::Loc,
                     std::string(entry->id)};
      case LexiconCategory::Region:
        region = region ? region : entry;
        break;
      case LexiconCategory::City:
        if (entry->population >= kMinNestedCityPopulation && (!best || entry->population > best->population))
          best = entry;
        break;
      default:
        break;
    }
  }
  // "New York" in "New York Stock Exchange" is the city of millions, not the state.
  if (best && (!region || best->population >= kMetropolisPopulation))
    return Known{EntityType::Loc, std::string(best->id)};
  if (region) return Known{EntityType::Loc, std::string(region->id)};
  return std::nullopt;
}

// The country a nationality word points at ("nord-coréen", "American"),
// when the word is only that: "New Zealand" is its own adjective and a
// place. A region's adjective is part of the body's own name ("Union
// européenne", "Banque africaine de développement"), not a nationality.
const LexiconEntry* countryDemonymOnly(const std::vector<const LexiconEntry*>& entries) {
  const LexiconEntry* demonym = nullptr;
  for (const LexiconEntry* entry : entries) {
    if (entry->category == LexiconCategory::Demonym && entry->target.starts_with("country:")) demonym = entry;
    if (entry->category == LexiconCategory::Country || entry->category == LexiconCategory::Region)
      return nullptr;
  }
  return demonym;
}

struct Standalone {
  Known known;
  int occurrences = 0;
};

bool mayContainNames(EntityType type) {
  return type == EntityType::Org || type == EntityType::Loc || type == EntityType::Event;
}

bool mayBeNested(EntityType type) {
  return type == EntityType::Person || type == EntityType::Org || type == EntityType::Loc;
}

Mention nestedMention(const Mention& outer, std::uint32_t start, std::uint32_t end, EntityType type,
                      std::string key, std::string kb) {
  Mention mention;
  mention.start = start;
  mention.end = end;
  mention.type = type;
  mention.source = outer.source;
  mention.score = outer.score * 0.9f;
  mention.sentence = outer.sentence;
  mention.key = std::move(key);
  mention.kb = std::move(kb);
  mention.nested = true;
  return mention;
}

}  // namespace

std::vector<Mention> findNestedNames(std::string_view text, const std::vector<Mention>& mentions,
                                     const Lexicon& builtin) {
  const LexiconCache lexicon(builtin);
  // Names the document uses on their own, with the type they were given.
  std::unordered_map<std::string, Standalone> standalone;
  for (const Mention& mention : mentions) {
    if (mention.nested || !mayBeNested(mention.type) || mention.key.empty()) continue;
    auto [it, first] = standalone.try_emplace(mention.key, Standalone{Known{mention.type, mention.kb}, 0});
    ++it->second.occurrences;
  }

  std::vector<Mention> nested;
  for (const Mention& outer : mentions) {
    // "South Korea" typed as a team is still a country's name: nothing inside it.
    if (outer.nested || !mayContainNames(outer.type) || namesCountryOrRegion(lexicon.lookup(outer.key)))
      continue;
    const std::vector<Word> words = wordsOf(text, outer);
    if (words.size() < 2) continue;
    const std::string lastWord =
        foldKey(text.substr(words.back().start, words.back().end - words.back().start));
    // A centre typed as a place is a venue ("Metro Toronto Convention Centre").
    const bool namedSite = outer.type == EntityType::Loc &&
                           (cues::isLocationWord(lastWord) || lastWord == "centre" || lastWord == "center");
    std::size_t first = 0;
    while (first < words.size()) {
      bool found = false;
      const std::string before =
          first > 0
              ? foldKey(text.substr(words[first - 1].start, words[first - 1].end - words[first - 1].start))
              : std::string();
      const bool afterOf = before == "de" || before == "du" || before == "des" || before == "of";
      // The longest part first: "New York" before "York".
      // Parts are no longer than the lexicon's phrases, which keeps a huge
      // run of capitals (a worst case) linear.
      const std::size_t longest = std::min(words.size() - first - (first == 0 ? 1 : 0), kMaxPartWords);
      for (std::size_t count = longest; count >= 1 && !found; --count) {
        const Word& from = words[first];
        const Word& to = words[first + count - 1];
        const std::string_view part = text.substr(from.start, to.end - from.start);
        // "le ministère nord-coréen des Affaires étrangères", "American
        // Airlines": the nationality inside points at its country.
        std::string key;
        if (count <= 2 && outer.type != EntityType::Norp) {
          key = foldKey(part);
          if (const LexiconEntry* demonym = countryDemonymOnly(lexicon.lookup(key))) {
            nested.push_back(nestedMention(outer, from.start, to.end, EntityType::Norp, key,
                                           std::string(demonym->target)));
            first += count;
            found = true;
            continue;
          }
        }
        // Parts start and end on a capitalised word: never "of Texas".
        const std::string_view lastPart = text.substr(to.start, to.end - to.start);
        if (!startsWithUpper(part) || !startsWithUpper(lastPart)) continue;
        if (key.empty()) key = foldKey(part);
        if (isAcronymWrittenAsWord(builtin, key, part)) continue;
        const auto& entries = lexicon.lookup(key);
        // "Court" in "Supreme Court", "Man" in "Man of the Match": a word of
        // the dictionary stands on its own only when it names a country or a region.
        // Unless the document uses it as a name again and again ("Google").
        const auto it = standalone.find(key);
        const std::optional<Known> fromLexicon = lexiconKnown(entries);
        // An acronym the lexicon knows ("LA Weekly") is not the word it spells.
        const bool knownAcronym = isAllUpper(part) && fromLexicon.has_value();
        // "tribunal administratif de Rennes": after "de" or "of", a town the
        // lexicon knows is that town, though "rennes" are reindeer too.
        const bool placeAfterOf = afterOf && fromLexicon && fromLexicon->type == EntityType::Loc;
        if (count == 1 && lexicon.isCommonWord(key, Language::Unknown) && !namesCountryOrRegion(entries) &&
            !knownAcronym && !placeAfterOf &&
            (it == standalone.end() || it->second.occurrences < kMinCommonWordOccurrences))
          continue;
        const std::optional<Known> known =
            it != standalone.end() ? std::optional<Known>(it->second.known) : fromLexicon;
        if (!known || !mayBeNested(known->type)) continue;
        const bool siteOfPlace = namedSite && known->type == EntityType::Loc && first + count < words.size();
        if (known->type == outer.type && !siteOfPlace) continue;
        nested.push_back(nestedMention(outer, from.start, to.end, known->type, key, known->kb));
        first += count;
        found = true;
      }
      if (!found) ++first;
    }
  }
  return nested;
}

}  // namespace recoupe
