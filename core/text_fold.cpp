#include "text_fold.hpp"

#include <array>
#include <cstdint>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "utf8.hpp"

namespace recoupe {
namespace {

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

// Folded forms of U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A), which cover French and most Western European names; "" marks
// the few that need ICU (Ð, Ø, Þ, ł, ...). Derived from NFD without marks,
// then case folding, as the ICU path below does.
constexpr std::array<std::string_view, 0x180 - 0xC0> kLatinFolds = {
    "a", "a", "a", "a", "a", "a", "ae", "c",  "e", "e", "e", "e",  "i", "i", "i", "i", "",  "n", "o",  "o",
    "o", "o", "o", "",  "",  "u", "u",  "u",  "u", "y", "",  "ss", "a", "a", "a", "a", "a", "a", "ae", "c",
    "e", "e", "e", "e", "i", "i", "i",  "i",  "",  "n", "o", "o",  "o", "o", "o", "",  "",  "u", "u",  "u",
    "u", "y", "",  "y", "a", "a", "a",  "a",  "a", "a", "c", "c",  "c", "c", "c", "c", "c", "c", "d",  "d",
    "",  "",  "e", "e", "e", "e", "e",  "e",  "e", "e", "e", "e",  "g", "g", "g", "g", "g", "g", "g",  "g",
    "h", "h", "",  "",  "i", "i", "i",  "i",  "i", "i", "i", "i",  "i", "",  "",  "",  "j", "j", "k",  "k",
    "",  "l", "l", "l", "l", "l", "l",  "",   "",  "",  "",  "n",  "n", "n", "n", "n", "n", "",  "",   "",
    "o", "o", "o", "o", "o", "o", "oe", "oe", "r", "r", "r", "r",  "r", "r", "s", "s", "s", "s", "s",  "s",
    "s", "s", "t", "t", "t", "t", "",   "",   "u", "u", "u", "u",  "u", "u", "u", "u", "u", "u", "u",  "u",
    "w", "w", "y", "y", "y", "z", "z",  "z",  "z", "z", "z", "s",
};

// How the general path below treats a character on its own, for those below
// U+3000 outside ASCII: kept as it is (no decomposition, no case folding, no
// mark, nothing unified), a space between words, or anything else, which
// sends the whole text down that path. Read from ICU once, so that text with
// curly quotes, ellipses, bullets or lower-case Greek folds without it.
enum class Fold : std::uint8_t { General, Kept, Space };
constexpr char32_t kFoldTableSize = 0x3000;

const std::array<Fold, kFoldTableSize>& foldTable() {
  static const std::array<Fold, kFoldTableSize> table = [] {
    std::array<Fold, kFoldTableSize> folds{};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return folds;
    icu::UnicodeString decomposition;
    for (char32_t c = 0x80; c < kFoldTableSize; ++c) {
      const auto code = static_cast<UChar32>(c);
      if (u_isUWhiteSpace(code)) {
        folds[c] = Fold::Space;
      } else if (!nfd->getDecomposition(code, decomposition) && u_getCombiningClass(code) == 0 &&
                 u_charType(code) != U_NON_SPACING_MARK && u_foldCase(code, U_FOLD_CASE_DEFAULT) == code &&
                 unifyPunctuation(c) == c && c != U'\u0153' && c != U'\u0152' && c != U'\u00E6' &&
                 c != U'\u00C6' && !(c >= 0xD800 && c < 0xE000)) {
        folds[c] = Fold::Kept;
      }
    }
    return folds;
  }();
  return table;
}

// ASCII bytes folded: capitals to lower case, the backquote to an apostrophe;
// 0 marks the white space that folds to a single space between words.
constexpr std::array<char, 128> kAsciiFolds = [] {
  std::array<char, 128> folds{};
  for (int c = 0; c < 128; ++c) folds[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  folds['`'] = '\'';
  for (const char space : {' ', '\t', '\n', '\r', '\f', '\v'}) folds[static_cast<unsigned char>(space)] = 0;
  return folds;
}();

// Folds text made of ASCII and Latin letters without ICU; returns false,
// leaving `out` unspecified, when a character needs the general path. No
// character folds to more bytes than it has, so the text's size bounds the
// result and it is written in place.
bool foldLatin(std::string_view text, std::string& out) {
  out.resize(text.size());
  char* const begin = out.data();
  char* dest = begin;
  bool pendingSpace = false;
  for (std::size_t offset = 0; offset < text.size();) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
      ++offset;
      const char folded = kAsciiFolds[byte];
      if (folded == 0 && byte != 0) {
        pendingSpace = dest != begin;
        continue;
      }
      if (pendingSpace) {
        *dest++ = ' ';
        pendingSpace = false;
      }
      *dest++ = folded;
      continue;
    }
    const std::size_t start = offset;
    const char32_t c = nextCodePoint(text, offset);
    std::string_view folded;
    if (c >= 0xC0 && c < 0x180) {
      folded = kLatinFolds[c - 0xC0];
      if (folded.empty()) return false;
    } else if (c == U'\u00A0' || c == U'\u202F' || c == U'\u2009') {
      pendingSpace = dest != begin;
      continue;
    } else if (c == U'\u2019' || c == U'\u2018' || c == U'\u02BC') {
      folded = "'";
    } else if (c >= U'\u2010' && c <= U'\u2014') {
      folded = "-";
    } else if (c < kFoldTableSize && foldTable()[c] == Fold::Kept) {
      folded = text.substr(start, offset - start);
    } else if (c < kFoldTableSize && foldTable()[c] == Fold::Space) {
      pendingSpace = dest != begin;
      continue;
    } else {
      return false;
    }
    if (pendingSpace) {
      *dest++ = ' ';
      pendingSpace = false;
    }
    for (const char f : folded) *dest++ = f;
  }
  out.resize(static_cast<std::size_t>(dest - begin));
  return true;
}

// "l' Etat", "d' honneur": old French print, and its OCR, set a space after
// an elision; the key is the one of "l'etat" as written today.
void joinSpacedElisions(std::string& key) {
  std::size_t apostrophe = key.find("' ");
  if (apostrophe == std::string::npos) return;
  std::string joined;
  joined.reserve(key.size());
  std::size_t copied = 0;
  for (; apostrophe != std::string::npos; apostrophe = key.find("' ", apostrophe + 1)) {
    std::size_t stem = apostrophe;
    while (stem > 0 && key[stem - 1] >= 'a' && key[stem - 1] <= 'z') --stem;
    const bool wordStart = stem == 0 || key[stem - 1] == ' ';
    if (!wordStart || !isElisionKey(std::string_view(key).substr(stem, apostrophe + 1 - stem))) continue;
    joined.append(key, copied, apostrophe + 1 - copied);
    copied = apostrophe + 2;
  }
  if (copied == 0) return;
  joined.append(key, copied);
  key = std::move(joined);
}

std::string foldCharacters(std::string_view text) {
  std::string out;
  bool pendingSpace = false;
  if (foldLatin(text, out)) return out;
  out.clear();
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

}  // namespace

bool isElisionKey(std::string_view foldedWord) {
  if (!foldedWord.ends_with('\'')) return false;
  if (foldedWord.size() == 2)
    return std::string_view("cdjlmnst").find(foldedWord[0]) != std::string_view::npos;
  return foldedWord.ends_with("qu'") &&
         (foldedWord.size() == 3 || foldedWord == "jusqu'" || foldedWord == "lorsqu'" ||
          foldedWord == "puisqu'" || foldedWord == "quoiqu'" || foldedWord == "presqu'");
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string foldKey(std::string_view text) {
  std::string key = foldCharacters(text);
  joinSpacedElisions(key);
  return key;
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
    const auto byte = static_cast<unsigned char>(word[offset]);
    if (byte < 0x80) {  // what ICU says of ASCII, without asking it
      ++offset;
      if (byte >= 'a' && byte <= 'z') return false;
      if (byte >= 'A' && byte <= 'Z') letter = true;
      continue;
    }
    const auto c = static_cast<UChar32>(nextCodePoint(word, offset));
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letter = true;
  }
  return letter;
}

bool hasLetter(std::string_view word) {
  for (std::size_t offset = 0; offset < word.size();) {
    const auto byte = static_cast<unsigned char>(word[offset]);
    if (byte < 0x80) {
      ++offset;
      if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') return true;
      continue;
    }
    if (u_isalpha(static_cast<UChar32>(nextCodePoint(word, offset)))) return true;
  }
  return false;
}

}  // namespace recoupe
