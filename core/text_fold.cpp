#include "text_fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "utf8.hpp"

namespace recoupe {
namespace {

bool isAsciiOnly(std::string_view text) {
  for (unsigned char byte : text) {
    if (byte >= 0x80) return false;
  }
  return true;
}

// Characters that users type interchangeably in names.
char32_t unifyPunctuation(char32_t c) {
  switch (c) {
    case U'\u2019':
    case U'\u2018':
    case U'\u02BC':
    case U'`':
      return U'\'';
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
      return U'-';
    default:
      return c;
  }
}

void appendFolded(std::string& out, char32_t c, bool& pendingSpace) {
  if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
    pendingSpace = !out.empty();
    return;
  }
  if (pendingSpace) {
    out.push_back(' ');
    pendingSpace = false;
  }
  appendUtf8(out, c);
}

}  // namespace

std::string foldKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;
  if (isAsciiOnly(text)) {
    for (char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
        pendingSpace = !out.empty();
        continue;
      }
      if (pendingSpace) {
        out.push_back(' ');
        pendingSpace = false;
      }
      out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32)
                                               : static_cast<char>(byte == '`' ? '\'' : byte));
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(text), status);
  }
  if (U_FAILURE(status)) decomposed = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case U'\u0153':  // œ
      case U'\u0152':
        appendFolded(out, U'o', pendingSpace);
        appendFolded(out, U'e', pendingSpace);
        continue;
      case U'\u00E6':  // æ
      case U'\u00C6':
        appendFolded(out, U'a', pendingSpace);
        appendFolded(out, U'e', pendingSpace);
        continue;
      default:
        break;
    }
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    if (folded == U'\u00DF') {  // ß folds to "ss" only in full case folding
      appendFolded(out, U's', pendingSpace);
      appendFolded(out, U's', pendingSpace);
      continue;
    }
    appendFolded(out, unifyPunctuation(static_cast<char32_t>(folded)), pendingSpace);
  }
  return out;
}

bool startsWithUpper(std::string_view word) {
  if (word.empty()) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  std::size_t offset = 0;
  const auto c = static_cast<UChar32>(nextCodePoint(word, offset));
  return u_isupper(c) || u_istitle(c);
}

bool isAllUpper(std::string_view word) {
  bool letter = false;
  for (std::size_t offset = 0; offset < word.size();) {
    const auto c = static_cast<UChar32>(nextCodePoint(word, offset));
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letter = true;
  }
  return letter;
}

bool hasLetter(std::string_view word) {
  for (std::size_t offset = 0; offset < word.size();) {
    if (u_isalpha(static_cast<UChar32>(nextCodePoint(word, offset)))) return true;
  }
  return false;
}

}  // namespace recoupe
