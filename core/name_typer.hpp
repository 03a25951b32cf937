// Typing of proper names: each candidate gathers evidence for PERSON, ORG,
// LOC, WORK and EVENT from the lexicon and the words around it, and all the
// candidates with the same name in a document pool their evidence, since a
// name keeps one sense within a document.
#pragma once

#include <string_view>
#include <vector>

#include "mention.hpp"
#include "name_candidates.hpp"

namespace recoupe {

class Lexicon;

// Returns typed mentions sorted by start: the names, plus NORP mentions for
// demonyms (capitalised or not) that point at their country through `kb`.
std::vector<Mention> typeNames(const CandidateScan& scan, const Lexicon& lexicon);

}  // namespace recoupe
