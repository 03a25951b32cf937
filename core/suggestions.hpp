// Suggested merges: pairs of entities that the evidence supports but does
// not prove, left for a person to confirm (for instance in the alias file).
//
//  - "translation": the same words once French words are put in English by a
//    small built-in table and articles dropped ("Gardiens de la Paix" /
//    "Guardians of Peace");
//  - "shared-word": two works sharing a content word ("L'interview qui tue" /
//    "The Interview");
//  - "short-form": in a document they share, a one-word organisation and the
//    only longer one that starts with it ("Halvorsen" / "Halvorsen Maritime");
//  - "shared-context": two entities of one type, never in the same sentence,
//    that co-occur with mostly the same other entities.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cooccurrence.hpp"

namespace recoupe {

struct Suggestion {
  std::uint32_t a = 0;  // entity indexes, a < b
  std::uint32_t b = 0;
  double score = 0;  // in [0, 1]
  std::string_view reason;
};

// The content words of a name, in English where the table knows the French
// word, without articles and connectors, sorted: "Corée du Nord" -> {"korea", "north"}.
std::vector<std::string> translatedWords(std::string_view name);

// Sorted by score, best first; at most a few per entity.
std::vector<Suggestion> suggestMerges(const Linking& linking, const std::vector<Link>& links);

}  // namespace recoupe
