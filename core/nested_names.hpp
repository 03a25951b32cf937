// Names inside names: "Texas" in "University of Texas Arlington", "Google"
// in "Google Science Fair". A reader looking for every document that speaks
// of Texas expects these too, so they become mentions of their own, marked
// nested, alongside the name that contains them.
#pragma once

#include <string_view>
#include <vector>

#include "mention.hpp"

namespace recoupe {

class Lexicon;

// Returns the nested mentions found inside the named mentions of one
// document (`mentions`, top-level and sorted by start). A part qualifies when
// the document also names it on its own, or when the lexicon knows it as a
// country, a region, a large city or an organisation; it must differ in type
// from its container (no "Trump" in "Donald Trump", no "Sony" in "Sony
// Pictures"), except for a place inside a named site ("Mexico" in "Mexico
// City"). A country's adjective inside is a NORP mention of that country
// ("nord-coréen" in "ministère nord-coréen des Affaires étrangères").
// Nothing is nested inside people's names, where places are often given
// names ("Paris Hilton").
std::vector<Mention> findNestedNames(std::string_view text, const std::vector<Mention>& mentions,
                                     const Lexicon& lexicon);

}  // namespace recoupe
