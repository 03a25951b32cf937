// Acronyms defined in the text: "Guardians of Peace (GOP)", "GOP (« Guardians
// of Peace »)", "Sony Pictures Entertainment, or SPE", "X, dit Y", "X aka Y".
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "document_analysis.hpp"

namespace recoupe {

// Whether `acronym` abbreviates the multi-word `expansion` by its initials.
bool abbreviates(std::string_view acronym, std::string_view expansion);

// Pairs of mention indexes (in document order) that one of them defines as
// the other: two consecutive named mentions of one sentence, one shaped like
// an acronym and the other of several words, separated by an opening
// parenthesis, "or"/"ou" (only when the initials agree), "dit", "aka" or
// "alias", and quotes.
std::vector<std::pair<std::size_t, std::size_t>> acronymDefinitions(const DocumentAnalysis& document);

}  // namespace recoupe
