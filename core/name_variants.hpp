// How names vary and how linking compares them: folded keys without titles,
// surnames, acronym shapes and initials, and the typo distance of long names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "types.hpp"

namespace recoupe {

// The surface without the titles before a person's name: "président Obama" ->
// "Obama", "M. Obama" -> "Obama". A title alone is returned unchanged.
std::string_view withoutTitles(std::string_view surface);

// What linking compares: the folded name without titles, hyphens read as
// spaces, so "Kim Jong-Un", "kim jong-un" and "Kim Jong Un" are one key.
std::string nameKey(std::string_view surface);

// Words of a key (split on spaces).
std::vector<std::string_view> keyWords(std::string_view key);

// A short upper-case token that stands for a longer name: "GOP", "GoP",
// "U.S.", "SPE". Two to six letters, at least two of them capitals.
bool looksLikeAcronym(std::string_view surface);

// The letters of an acronym, upper-cased and without dots: "U.S." -> "US", "GoP" -> "GOP".
std::string acronymLetters(std::string_view surface);

// The acronyms a multi-word name may be abbreviated to: initials of its
// capitalised words, with and without its connectors. "Guardians of Peace"
// -> {"GP", "GOP"}; "Sony Pictures Entertainment" -> {"SPE"}. Empty for one word.
std::vector<std::string> initialsOf(std::string_view surface);

// Whether two recognised types may be one entity when only their names agree.
// A person and a place never are ("Washington"); other disagreements are
// recognition noise ("Sony" guessed PERSON in one sentence and ORG in another).
bool typesMayMerge(EntityType a, EntityType b);

// Levenshtein distance on bytes, or max + 1 as soon as it exceeds max.
std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t max);

// Whether two folded keys are the same long name up to small typos:
// "sony pictures entertainement" and "sony pictures entertainment". Both are at
// least 10 bytes, they have the same words except for one or more long words
// (5+ bytes) within one edit per 8 bytes, and the same digits.
bool isTypoVariant(std::string_view a, std::string_view b);

}  // namespace recoupe
