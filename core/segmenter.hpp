// Word and sentence boundaries from ICU's rule-based break iterators (UAX #29
// with the locale's sentence-break suppressions, so "M. Obama" and "Mr. Hirai"
// do not end a sentence).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "types.hpp"

namespace recoupe {

enum class TokenKind : std::uint8_t { Word, Number, Punctuation };

struct Token {
  std::uint32_t start = 0;  // UTF-8 byte offsets, half-open
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Word;
  bool spaceBefore = false;  // white space separates it from the previous token
  bool lineBreakBefore = false;
};

struct Sentence {
  std::uint32_t start = 0;  // bytes
  std::uint32_t end = 0;
  std::uint32_t firstToken = 0;  // tokens [firstToken, endToken)
  std::uint32_t endToken = 0;
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Segments valid UTF-8 text. As in UAX #29, every line break ends a sentence,
// so titles, datelines and list items stand alone.
Segmentation segment(std::string_view text, Language language);

}  // namespace recoupe
