// Per-document language identification for French and English, from the
// frequency of each language's function words.
#pragma once

#include <string_view>

#include "types.hpp"

namespace recoupe {

struct LanguageGuess {
  Language language = Language::Unknown;
  double confidence = 0.0;  // share of the function-word hits that went to the winner
};

// Returns Unknown when the text has too few function words to decide.
LanguageGuess detectLanguage(std::string_view text);

}  // namespace recoupe
