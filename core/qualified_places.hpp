// "Irving, Texas", "Mountain View, California", "Lorient (Morbihan)": a
// place followed by the region or country it lies in names one place. The
// pair becomes one mention, and each part stays as a nested mention, so
// that "Texas" is still found.
#pragma once

#include <string_view>
#include <vector>

#include "mention.hpp"

namespace recoupe {

class Lexicon;

// Joins such pairs in `mentions` (sorted by start, top-level); the lexicon
// must place the first name in the country of the second, so that a list
// ("Paris, Londres") is left alone.
void joinQualifiedPlaces(std::string_view text, std::vector<Mention>& mentions, const Lexicon& lexicon);

}  // namespace recoupe
