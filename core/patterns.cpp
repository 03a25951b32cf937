// Text primitives shared by the scanners, and the left-to-right dispatcher that
// picks the longest match at each position.
#include "patterns.hpp"

#include <cstdint>
#include <limits>

#include "patterns_internal.hpp"

namespace recoupe {
namespace patterns_detail {

char32_t decodeAt(std::string_view text, std::size_t index, std::size_t* length) {
  if (index >= text.size()) {
    *length = 0;
    return 0;
  }
  *length = 1;
  const unsigned char lead = byteAt(text, index);
  if (lead < 0x80) return lead;
  const int extra = lead >= 0xF8 ? -1 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
  if (extra < 0 || index + static_cast<std::size_t>(extra) >= text.size()) return 0xFFFD;
  static constexpr unsigned char kLeadMask[4] = {0, 0x1F, 0x0F, 0x07};
  char32_t cp = lead & kLeadMask[extra];
  for (int k = 1; k <= extra; ++k) {
    const unsigned char next = byteAt(text, index + static_cast<std::size_t>(k));
    if ((next & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (next & 0x3F);
  }
  *length = static_cast<std::size_t>(extra) + 1;
  return cp;
}

char32_t decodeBefore(std::string_view text, std::size_t index) {
  if (index == 0 || index > text.size()) return 0;
  std::size_t start = index - 1;
  while (start > 0 && index - start < 4 && (byteAt(text, start) & 0xC0) == 0x80) --start;
  std::size_t length = 0;
  const char32_t cp = decodeAt(text, start, &length);
  return start + length == index ? cp : 0xFFFD;
}

bool isWordCodepoint(char32_t cp) {
  if (cp < 0x80) return isAsciiAlnum(static_cast<unsigned char>(cp)) || cp == '_';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp <= 0xFF) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE10 && cp <= 0xFE6F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;    // includes U+FFFD
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
  return true;
}

bool isWordBoundaryBefore(std::string_view text, std::size_t index) {
  if (index == 0) return true;
  const unsigned char prev = byteAt(text, index - 1);
  if (prev < 0x80) return !isWordCodepoint(prev);
  return !isWordCodepoint(decodeBefore(text, index));
}

bool isWordBoundaryAfter(std::string_view text, std::size_t index) {
  if (index >= text.size()) return true;
  const unsigned char next = byteAt(text, index);
  if (next < 0x80) return !isWordCodepoint(next);
  std::size_t length = 0;
  return !isWordCodepoint(decodeAt(text, index, &length));
}

std::size_t spaceLengthAt(std::string_view text, std::size_t index) {
  const unsigned char c = byteAt(text, index);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2 && byteAt(text, index + 1) == 0xA0) return 2;
  if (c == 0xE2 && byteAt(text, index + 1) == 0x80) {
    const unsigned char third = byteAt(text, index + 2);
    if ((third >= 0x80 && third <= 0x8A) || third == 0xAF) return 3;
  }
  return 0;
}

std::size_t skipSpaces(std::string_view text, std::size_t index, int maxSpaces) {
  for (int count = 0; count < maxSpaces; ++count) {
    const std::size_t length = spaceLengthAt(text, index);
    if (length == 0) break;
    index += length;
  }
  return index;
}

char foldLetter(char32_t cp) {
  if (cp < 0x80) {
    const auto c = static_cast<unsigned char>(cp);
    return isAsciiAlpha(c) ? lowerAscii(c) : 0;
  }
  if (cp < 0xC0 || cp > 0xFF) return 0;
  // Base letters of U+00C0..U+00FF; '\0' marks the two arithmetic signs.
  static constexpr char kLatin1Base[] =
      "aaaaaaaceeeeiiii"
      "dnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiii"
      "dnooooo\0ouuuuyty";
  return kLatin1Base[cp - 0xC0];
}

std::size_t matchPhrase(std::string_view text, std::size_t index, std::string_view phrase,
                        bool requireBoundaryAfter) {
  std::size_t pos = index;
  for (const char expected : phrase) {
    if (expected == ' ') {
      const std::size_t next = skipSpaces(text, pos, 3);
      if (next == pos) return 0;
      pos = next;
    } else if (expected == '\'') {
      if (byteAt(text, pos) == '\'') {
        pos += 1;
      } else if (byteAt(text, pos) == 0xE2 && byteAt(text, pos + 1) == 0x80 &&
                 byteAt(text, pos + 2) == 0x99) {
        pos += 3;
      } else {
        return 0;
      }
    } else if (isAsciiAlpha(static_cast<unsigned char>(expected))) {
      std::size_t length = 0;
      const char32_t cp = decodeAt(text, pos, &length);
      if (length == 0 || foldLetter(cp) != expected) return 0;
      pos += length;
    } else {
      if (byteAt(text, pos) != static_cast<unsigned char>(expected)) return 0;
      pos += 1;
    }
  }
  if (requireBoundaryAfter && !isWordBoundaryAfter(text, pos)) return 0;
  return pos - index;
}

std::size_t countDigits(std::string_view text, std::size_t index, std::size_t cap) {
  std::size_t count = 0;
  while (count < cap && isDigit(byteAt(text, index + count))) ++count;
  return count;
}

int parseDigits(std::string_view text, std::size_t index, std::size_t count) {
  int value = 0;
  for (std::size_t k = 0; k < count; ++k) value = value * 10 + (byteAt(text, index + k) - '0');
  return value;
}

std::string previousWordFolded(std::string_view text, std::size_t index) {
  constexpr std::size_t kMaxWordLetters = 16;
  std::size_t pos = index;
  const char32_t joiner = decodeBefore(text, pos);
  if (joiner == '-' || joiner == '\'' || joiner == 0x2019) {
    pos -= joiner == 0x2019 ? 3 : 1;
  } else {
    for (int count = 0; count < 3 && pos > 0; ++count) {
      const char32_t cp = decodeBefore(text, pos);
      if (cp == ' ' || cp == '\t') {
        pos -= 1;
      } else if (cp == 0xA0) {
        pos -= 2;
      } else if ((cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F) {
        pos -= 3;
      } else {
        break;
      }
    }
    if (pos == index) return {};
  }
  std::string reversed;
  while (pos > 0 && reversed.size() <= kMaxWordLetters) {
    const char32_t cp = decodeBefore(text, pos);
    const char folded = foldLetter(cp);
    if (folded == 0) break;
    reversed.push_back(folded);
    pos -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  if (reversed.size() > kMaxWordLetters) return {};
  return std::string(reversed.rbegin(), reversed.rend());
}

std::string lowercaseLatin(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (isAsciiUpper(c)) {
      out[i] = lowerAscii(c);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

void appendPadded(std::string& out, long long value, int width) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (value < 0) out.push_back('-');
  for (int k = static_cast<int>(digits.size()); k < width; ++k) out.push_back('0');
  out += digits;
}

bool isNumberStart(std::string_view text, std::size_t index) {
  if (index == 0) return true;
  const unsigned char prev = byteAt(text, index - 1);
  if (prev >= 0x80) return !isWordCodepoint(decodeBefore(text, index));
  if (isAsciiAlnum(prev) || prev == '_' || prev == '#' || prev == '@') return false;
  if (prev == '.' || prev == ',' || prev == '-' || prev == '/' || prev == ':') {
    return index < 2 || !isAsciiAlnum(byteAt(text, index - 2));
  }
  return true;
}

PatternMatch makeMatch(std::size_t start, std::size_t end, EntityType type, std::string value, float score) {
  PatternMatch match;
  match.start = static_cast<std::uint32_t>(start);
  match.end = static_cast<std::uint32_t>(end);
  match.type = type;
  match.value = std::move(value);
  match.score = score;
  return match;
}

namespace {

// A digit run this long is an identifier or garbage, never a date, amount or phone number.
constexpr std::size_t kMaxUsefulDigitRun = 24;

// Breaks ties between equally long matches: the more specific reading wins.
int typePriority(EntityType type) {
  switch (type) {
    case EntityType::Email:
    case EntityType::Url:
      return 9;
    case EntityType::Phone:
      return 8;
    case EntityType::Date:
      return 7;
    case EntityType::Time:
      return 6;
    case EntityType::Money:
      return 5;
    case EntityType::Percent:
      return 4;
    case EntityType::Quantity:
      return 3;
    default:
      return 2;
  }
}

class BestMatch {
 public:
  void offer(std::optional<PatternMatch> candidate) {
    if (!candidate || candidate->end <= candidate->start) return;
    if (!best_ || length(*candidate) > length(*best_) ||
        (length(*candidate) == length(*best_) && typePriority(candidate->type) > typePriority(best_->type))) {
      best_ = std::move(candidate);
    }
  }
  std::optional<PatternMatch>& get() { return best_; }

 private:
  static std::uint32_t length(const PatternMatch& match) { return match.end - match.start; }
  std::optional<PatternMatch> best_;
};

bool isCurrencySymbolAt(std::string_view text, std::size_t index) {
  const unsigned char c = byteAt(text, index);
  if (c == '$') return true;
  const unsigned char second = byteAt(text, index + 1);
  if (c == 0xC2) return second == 0xA3 || second == 0xA5;  // £ ¥
  if (c == 0xE2)
    return second == 0x82 && (byteAt(text, index + 2) == 0xAC || byteAt(text, index + 2) == 0xA9);
  return false;
}

}  // namespace
}  // namespace patterns_detail

std::vector<PatternMatch> findPatterns(std::string_view text, Language language, ReferenceDate reference) {
  using namespace patterns_detail;
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max());
  }
  const ScanContext context{text, language, reference};
  std::vector<PatternMatch> matches;
  std::size_t index = 0;
  while (index < text.size()) {
    const unsigned char c = byteAt(text, index);
    BestMatch best;
    if (isDigit(c)) {
      if (!isNumberStart(text, index)) {
        ++index;
        continue;
      }
      const std::size_t run = countDigits(text, index, kMaxUsefulDigitRun + 1);
      if (run > kMaxUsefulDigitRun) {
        index += run;
        while (isDigit(byteAt(text, index))) ++index;
        continue;
      }
      best.offer(scanPhone(context, index));
      best.offer(scanNumericDate(context, index));
      best.offer(scanTime(context, index));
      best.offer(scanAmount(context, index));
      best.offer(scanEmail(context, index));
    } else if (isAsciiAlpha(c)) {
      if (!isWordBoundaryBefore(text, index)) {
        ++index;
        continue;
      }
      best.offer(scanEmail(context, index));
      best.offer(scanUrl(context, index));
      best.offer(scanWordDate(context, index));
      if (isAsciiUpper(c)) best.offer(scanPrefixedMoney(context, index));
    } else if (c == '@') {
      best.offer(scanHandle(context, index));
    } else if (c == '#') {
      best.offer(scanHashtag(context, index));
    } else if (c == '+' || c == '(') {
      best.offer(scanPhone(context, index));
    } else if (isCurrencySymbolAt(text, index)) {
      best.offer(scanPrefixedMoney(context, index));
    }
    if (auto& match = best.get()) {
      index = match->end;
      matches.push_back(std::move(*match));
    } else {
      ++index;
    }
  }
  return matches;
}

}  // namespace recoupe
