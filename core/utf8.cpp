#include "utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace recoupe {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

inline bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length in UTF-16 units of the character whose lead byte is `lead`.
inline std::uint32_t utf16UnitsForLead(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

}  // namespace

RepairedText repairUtf8(std::string_view bytes) {
  RepairedText result;
  result.text.reserve(bytes.size());
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t offset = 0;
  while (offset < length) {
    // ASCII runs dominate real text; copy them without decoding.
    std::int32_t asciiEnd = offset;
    while (asciiEnd < length && data[asciiEnd] < 0x80) ++asciiEnd;
    result.text.append(bytes.data() + offset, static_cast<std::size_t>(asciiEnd - offset));
    offset = asciiEnd;
    if (offset >= length) break;
    const std::int32_t start = offset;
    UChar32 codePoint = 0;
    U8_NEXT(data, offset, length, codePoint);
    if (codePoint < 0) {
      result.text.append(kReplacement);
      ++result.invalidSequences;
    } else {
      result.text.append(bytes.data() + start, static_cast<std::size_t>(offset - start));
    }
  }
  return result;
}

bool isValidUtf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t offset = 0;
  while (offset < length) {
    if (data[offset] < 0x80) {
      ++offset;
      continue;
    }
    UChar32 codePoint = 0;
    U8_NEXT(data, offset, length, codePoint);
    if (codePoint < 0) return false;
  }
  return true;
}

std::size_t utf16Length(std::string_view text) {
  std::size_t units = 0;
  for (unsigned char byte : text) {
    if (!isContinuation(byte)) units += utf16UnitsForLead(byte);
  }
  return units;
}

Utf16OffsetMap::Utf16OffsetMap(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 2);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::uint32_t units = 0;
  for (std::size_t block = 0; block < text.size(); block += kStride) {
    checkpoints_.push_back(units);
    // Branch-free, so that the compiler vectorises it: a lead byte counts one
    // unit, and a lead of four bytes one more (a surrogate pair).
    const std::size_t end = std::min(text.size(), block + kStride);
    for (std::size_t i = block; i < end; ++i) {
      units += static_cast<std::uint32_t>(!isContinuation(bytes[i])) +
               static_cast<std::uint32_t>(bytes[i] >= 0xF0);
    }
  }
  utf16Size_ = units;
}

std::uint32_t Utf16OffsetMap::toUtf16(std::size_t byteOffset) const {
  if (byteOffset >= text_.size()) return utf16Size_;
  const std::size_t block = byteOffset / kStride;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  // A checkpoint counts every character that starts before it, so counting the
  // lead bytes from the checkpoint on (a branch-free loop the compiler
  // vectorises) counts each character once.
  std::uint32_t units = checkpoints_[block];
  for (std::size_t position = block * kStride; position < byteOffset; ++position) {
    const unsigned char byte = bytes[position];
    units += static_cast<std::uint32_t>(!isContinuation(byte)) + static_cast<std::uint32_t>(byte >= 0xF0);
  }
  // byteOffset inside a character maps to its start: that character was
  // counted, by the loop or by the checkpoint when it straddles it; drop it.
  if (isContinuation(bytes[byteOffset])) {
    std::size_t lead = byteOffset;
    while (lead > 0 && isContinuation(bytes[lead])) --lead;
    units -= utf16UnitsForLead(bytes[lead]);
  }
  return units;
}

std::size_t Utf16OffsetMap::toUtf8(std::uint32_t utf16Offset) const {
  if (utf16Offset >= utf16Size_) return text_.size();
  // The last checkpoint at or before the target.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), utf16Offset);
  std::size_t block = static_cast<std::size_t>(it - checkpoints_.begin()) - 1;
  std::size_t position = block * kStride;
  std::uint32_t units = checkpoints_[block];
  while (position < text_.size() && isContinuation(static_cast<unsigned char>(text_[position]))) ++position;
  while (position < text_.size()) {
    const std::uint32_t width = utf16UnitsForLead(static_cast<unsigned char>(text_[position]));
    if (units + width > utf16Offset) break;
    units += width;
    ++position;
    while (position < text_.size() && isContinuation(static_cast<unsigned char>(text_[position]))) ++position;
  }
  return position;
}

char32_t nextCodePoint(std::string_view text, std::size_t& offset) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
  auto position = static_cast<std::int32_t>(offset);
  UChar32 codePoint = 0;
  U8_NEXT_OR_FFFD(data, position, static_cast<std::int32_t>(text.size()), codePoint);
  offset = static_cast<std::size_t>(position);
  return static_cast<char32_t>(codePoint);
}

char32_t previousCodePoint(std::string_view text, std::size_t& offset) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
  auto position = static_cast<std::int32_t>(offset);
  UChar32 codePoint = 0;
  U8_PREV_OR_FFFD(data, 0, position, codePoint);
  offset = static_cast<std::size_t>(position);
  return static_cast<char32_t>(codePoint);
}

void appendUtf8(std::string& out, char32_t codePoint) {
  char buffer[4];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), length, 4, static_cast<UChar32>(codePoint), error);
  if (error) {
    out.append(kReplacement);
    return;
  }
  out.append(buffer, static_cast<std::size_t>(length));
}

}  // namespace recoupe
