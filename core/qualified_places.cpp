#include "qualified_places.hpp"

#include <algorithm>

#include "lexicon.hpp"
#include "lexicon_cache.hpp"

namespace recoupe {
namespace {

// The country codes where the lexicon puts a place name, and those of the
// regions or countries a qualifier names.
bool liesIn(const std::vector<const LexiconEntry*>& place,
            const std::vector<const LexiconEntry*>& qualifier) {
  for (const LexiconEntry* outer : qualifier) {
    if (!isCountryOrRegion(*outer) || outer->country.empty()) continue;
    for (const LexiconEntry* inner : place) {
      if (inner->category == LexiconCategory::City && inner->country == outer->country) return true;
    }
  }
  return false;
}

bool isQualifierGap(std::string_view between) { return between == ", " || between == " ("; }

}  // namespace

void joinQualifiedPlaces(std::string_view text, std::vector<Mention>& mentions, const Lexicon& builtin) {
  const LexiconCache lexicon(builtin);
  std::vector<Mention> joined;
  joined.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& place = mentions[i];
    if (i + 1 < mentions.size()) {
      Mention& qualifier = mentions[i + 1];
      const bool bothPlaces = place.type == EntityType::Loc && qualifier.type == EntityType::Loc &&
                              place.sentence == qualifier.sentence && place.end <= qualifier.start;
      if (bothPlaces) {
        const std::string_view between = text.substr(place.end, qualifier.start - place.end);
        const bool closes = between != " (" || (qualifier.end < text.size() && text[qualifier.end] == ')');
        if (isQualifierGap(between) && closes &&
            liesIn(lexicon.lookup(place.key), lexicon.lookup(qualifier.key))) {
          Mention whole = place;
          whole.end = qualifier.end + (between == " (" ? 1 : 0);
          whole.key = place.key + ", " + qualifier.key;
          place.nested = true;
          qualifier.nested = true;
          joined.push_back(std::move(whole));
          joined.push_back(std::move(place));
          joined.push_back(std::move(qualifier));
          ++i;
          continue;
        }
      }
    }
    joined.push_back(std::move(place));
  }
  mentions = std::move(joined);
}

}  // namespace recoupe
