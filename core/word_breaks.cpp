#include "word_breaks.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

namespace recoupe {
namespace {

// Word_Break classes as ICU's word rules (word.txt) use them, restricted to
// what this path handles; everything else is kLeaveToIcu.
enum WordClass : std::uint8_t {
  kOther,   // breaks on both sides
  kLetter,  // ALetter outside the dictionary scripts
  kNumeric,
  kMidLetter,     // joins letters only (ICU leaves ':' out of it)
  kMidNumLet,     // joins letters or digits (MidNumLet and Single_Quote)
  kMidNum,        // joins digits only
  kExtendNumLet,  // joins to letters, digits and itself ("_", U+202F)
  kSpace,         // WSegSpace: runs stay together
  kCarriageReturn,
  kNewline,  // LF and Newline: a piece of their own
  kLeaveToIcu,
};

// The classes are read from ICU's own property data, so they follow the
// Unicode version the break rules were built from.
constexpr char32_t kTableSize = 0x3000;

WordClass classFromIcu(char32_t c) {
  const auto code = static_cast<UChar32>(c);
  // The dictionary scripts (Thai, Lao, Khmer, Myanmar, CJK) are broken by
  // dictionaries, and Hebrew letters and kana have rules of their own.
  if (u_getIntPropertyValue(code, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ||
      u_hasBinaryProperty(code, UCHAR_IDEOGRAPHIC)) {
    return kLeaveToIcu;
  }
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(code, &status);
  if (U_FAILURE(status) || script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
      script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL) {
    return kLeaveToIcu;
  }
  switch (u_getIntPropertyValue(code, UCHAR_WORD_BREAK)) {
    case U_WB_DOUBLE_QUOTE:  // joins only Hebrew letters, which go to ICU
    case U_WB_OTHER:
      // word.txt: $ALetter = [\p{Word_Break = ALetter} @], which keeps e-mail addresses whole.
      return c == U'@' ? kLetter : kOther;
    case U_WB_ALETTER:
      return kLetter;
    case U_WB_NUMERIC:
      return kNumeric;
    case U_WB_MIDLETTER:
      // word.txt: $MidLetter = [\p{Word_Break = MidLetter} - [\: \uFE55 \uFF1A]]
      return c == U':' ? kOther : kMidLetter;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return kMidNumLet;
    case U_WB_MIDNUM:
      return kMidNum;
    case U_WB_EXTENDNUMLET:
      return kExtendNumLet;
    case U_WB_WSEGSPACE:
      return kSpace;
    case U_WB_CR:
      return kCarriageReturn;
    case U_WB_LF:
    case U_WB_NEWLINE:
      return kNewline;
    default:
      // Extend, Format, ZWJ, Hebrew_Letter, Katakana, Regional_Indicator.
      return kLeaveToIcu;
  }
}

const std::array<WordClass, kTableSize>& classTable() {
  static const std::array<WordClass, kTableSize> table = [] {
    std::array<WordClass, kTableSize> classes{};
    for (char32_t c = 0; c < kTableSize; ++c) classes[c] = classFromIcu(c);
    return classes;
  }();
  return table;
}

// Reads the character at `offset` of valid UTF-8 and returns its class; `next`
// is the offset after it. Past `to` the class is kOther, which joins nothing.
class ClassReader {
 public:
  ClassReader(std::string_view text, std::size_t to)
      : bytes_(reinterpret_cast<const unsigned char*>(text.data())), to_(to), table_(classTable()) {}

  WordClass at(std::size_t offset, std::size_t& next) const {
    if (offset >= to_) {
      next = offset;
      return kOther;
    }
    const unsigned char lead = bytes_[offset];
    char32_t c;
    if (lead < 0x80) {
      next = offset + 1;
      return table_[lead];
    }
    if (lead < 0xE0) {
      c = (static_cast<char32_t>(lead & 0x1F) << 6) | (bytes_[offset + 1] & 0x3F);
      next = offset + 2;
    } else if (lead < 0xF0) {
      c = (static_cast<char32_t>(lead & 0x0F) << 12) |
          (static_cast<char32_t>(bytes_[offset + 1] & 0x3F) << 6) | (bytes_[offset + 2] & 0x3F);
      next = offset + 3;
    } else {
      next = offset + 4;
      return kLeaveToIcu;
    }
    return c < kTableSize ? table_[c] : kLeaveToIcu;
  }

 private:
  const unsigned char* bytes_;
  std::size_t to_;
  const std::array<WordClass, kTableSize>& table_;
};

bool isWordPart(WordClass c) { return c == kLetter || c == kNumeric || c == kExtendNumLet; }

// A Mid character between two letters (WB6, WB7) or two digits (WB11, WB12).
bool joinsAcross(WordClass before, WordClass mid) {
  if (before == kLetter) return mid == kMidLetter || mid == kMidNumLet;
  if (before == kNumeric) return mid == kMidNum || mid == kMidNumLet;
  return false;
}

// ICU tags a word with the status of the rule that matched its last
// character: a letter gives 200, a digit 100, and a trailing connector ("_")
// that of the character before it (200 after another connector); a lone
// connector matches no word rule.
std::int32_t wordStatus(WordClass last, WordClass beforeLast, bool single) {
  switch (last) {
    case kLetter:
      return 200;
    case kNumeric:
      return 100;
    default:
      if (single) return 0;
      return beforeLast == kNumeric ? 100 : 200;
  }
}

}  // namespace

bool appendWordPieces(std::string_view text, std::size_t from, std::size_t to, std::vector<WordPiece>& out) {
  const std::size_t mark = out.size();
  const ClassReader reader(text, to);
  std::size_t offset = from;
  while (offset < to) {
    std::size_t end = 0;
    const WordClass first = reader.at(offset, end);
    std::int32_t status = 0;
    switch (first) {
      case kLeaveToIcu:
        out.resize(mark);
        return false;
      case kCarriageReturn:
        if (end < to && text[end] == '\n') ++end;  // WB3
        break;
      case kSpace:  // WB3d
        for (std::size_t next = 0; reader.at(end, next) == kSpace;) end = next;
        break;
      case kLetter:
      case kNumeric:
      case kExtendNumLet: {
        WordClass last = first;
        WordClass beforeLast = kOther;
        bool single = true;
        for (;;) {
          std::size_t next = 0;
          const WordClass c = reader.at(end, next);
          if (isWordPart(c)) {  // WB5, WB8, WB9, WB10, WB13a, WB13b
            beforeLast = last;
            last = c;
            end = next;
            single = false;
            continue;
          }
          if (!joinsAcross(last, c)) break;
          std::size_t after = 0;
          if (reader.at(next, after) != last) break;
          beforeLast = c;
          end = after;
          single = false;
        }
        status = wordStatus(last, beforeLast, single);
        break;
      }
      default:  // WB999: one character
        break;
    }
    out.push_back(WordPiece{static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(end), status});
    offset = end;
  }
  return true;
}

}  // namespace recoupe
