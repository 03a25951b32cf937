// Quotations: text between « », “ ” or " " of at least three words, and who
// said it when the sentence (or the one before or after) has a speech cue
// ("a déclaré", "selon", "said", "according to") and names a person.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "linker.hpp"

namespace recoupe {

inline constexpr std::uint32_t kNoSpeaker = std::numeric_limits<std::uint32_t>::max();

struct Quote {
  std::uint32_t document = 0;
  std::uint32_t start = 0;  // bytes: the quoted text, without the quotation marks
  std::uint32_t end = 0;
  std::uint32_t speaker = kNoSpeaker;  // entity index
};

std::vector<Quote> findQuotes(const std::vector<const DocumentAnalysis*>& documents, const Linking& linking);

}  // namespace recoupe
