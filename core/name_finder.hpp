// Proper-noun detection: runs of capitalised words that are names, typed by
// the cue words around them. It discounts capitals that come from position
// (sentence starts), from style (Title Case headlines, all-caps text) and from
// elision ("l'Interview").
#pragma once

#include <string_view>
#include <vector>

#include "mention.hpp"
#include "segmenter.hpp"
#include "types.hpp"

namespace recoupe {

// Returns named mentions (PERSON, ORG, LOC, WORK, EVENT) sorted by start.
// `sentence` of each mention indexes segmentation.sentences.
std::vector<Mention> findNames(std::string_view text, const Segmentation& segmentation, Language language);

}  // namespace recoupe
