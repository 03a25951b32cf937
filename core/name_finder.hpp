// Proper names in a document: candidate spans (name_candidates) typed with
// the lexicon and the context (name_typer).
#pragma once

#include <string_view>
#include <vector>

#include "mention.hpp"
#include "segmenter.hpp"
#include "types.hpp"

namespace recoupe {

class Lexicon;

// Returns named mentions (PERSON, ORG, LOC, WORK, EVENT, and NORP for
// demonyms) sorted by start and non-overlapping. `sentence` of each mention
// indexes segmentation.sentences.
std::vector<Mention> findNames(std::string_view text, const Segmentation& segmentation, Language language,
                               const Lexicon& lexicon);
std::vector<Mention> findNames(std::string_view text, const Segmentation& segmentation, Language language);

}  // namespace recoupe
