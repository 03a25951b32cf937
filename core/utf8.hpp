// UTF-8 repair and the mapping between UTF-8 byte offsets (used inside the
// core) and UTF-16 code unit offsets (used at every boundary, because that is
// what JavaScript string indices count).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

struct RepairedText {
  std::string text;
  std::size_t invalidSequences = 0;  // each one became U+FFFD
};

// Replaces every ill-formed UTF-8 sequence with U+FFFD, following ICU's
// "maximal subpart" rule so the result matches what a browser's TextDecoder gives.
RepairedText repairUtf8(std::string_view bytes);

bool isValidUtf8(std::string_view bytes);

// Number of UTF-16 code units needed for valid UTF-8 text.
std::size_t utf16Length(std::string_view text);

// Converts byte offsets of one valid UTF-8 text to UTF-16 offsets and back in
// O(1) amortised time, using a checkpoint every kStride bytes.
//
//   Utf16OffsetMap map(text);
//   std::uint32_t jsIndex = map.toUtf16(byteOffset);
class Utf16OffsetMap {
 public:
  explicit Utf16OffsetMap(std::string_view text);

  // A byte offset inside a multi-byte sequence maps to the start of that character.
  std::uint32_t toUtf16(std::size_t byteOffset) const;
  // A UTF-16 offset inside a surrogate pair maps to the start of that character.
  std::size_t toUtf8(std::uint32_t utf16Offset) const;
  std::uint32_t utf16Size() const { return utf16Size_; }

 private:
  static constexpr std::size_t kStride = 256;
  std::string_view text_;
  std::vector<std::uint32_t> checkpoints_;  // UTF-16 offset at byte i * kStride (or the char start before it)
  std::uint32_t utf16Size_ = 0;
};

// Decodes one code point at `offset` of valid UTF-8 and advances `offset`.
char32_t nextCodePoint(std::string_view text, std::size_t& offset);
// Decodes the code point that ends at `offset` and moves `offset` to its start.
char32_t previousCodePoint(std::string_view text, std::size_t& offset);

void appendUtf8(std::string& out, char32_t codePoint);

}  // namespace recoupe
