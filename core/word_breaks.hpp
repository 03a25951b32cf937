// Word boundaries of UAX #29 as ICU's word break iterator finds them, computed
// directly for the characters of Western text: ASCII, Latin, Greek, Cyrillic
// and the common punctuation, spaces and symbols below U+3000. ICU's iterator
// is a general table-driven automaton and was a fifth of the pipeline's time;
// this path gives the same pieces and rule statuses for such text, and says
// when it cannot, so that the caller asks ICU instead.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace recoupe {

// One piece between two word boundaries, with the rule status ICU's
// getRuleStatus() gives it (UBRK_WORD_NONE 0, UBRK_WORD_NUMBER 100,
// UBRK_WORD_LETTER 200).
struct WordPiece {
  std::uint32_t start = 0;  // UTF-8 byte offsets, half-open
  std::uint32_t end = 0;
  std::int32_t status = 0;
};

// Appends the pieces of text[from, to) to `out`. The run must start where ICU
// always breaks (the start of the text, or just after a line feed) and end
// where it always breaks (just after a line feed, or the end of the text); the
// text must be valid UTF-8. Returns false, with `out` as it was, when the run
// holds a character this path leaves to ICU (combining marks, format
// characters, Hebrew, kana, ideographs, scripts without spaces, ...).
bool appendWordPieces(std::string_view text, std::size_t from, std::size_t to, std::vector<WordPiece>& out);

}  // namespace recoupe
