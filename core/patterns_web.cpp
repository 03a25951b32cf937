// Contact and web patterns: e-mail addresses, URLs, @handles, #hashtags and phone numbers.
#include <array>
#include <string_view>

#include "patterns_internal.hpp"

namespace recoupe::patterns_detail {
namespace {

constexpr std::size_t kMaxEmailLocalPart = 64;
constexpr std::size_t kMaxDomainLength = 253;
constexpr std::size_t kMaxDomainLabel = 63;
constexpr std::size_t kMaxHandleLength = 30;
constexpr std::size_t kMaxHashtagBytes = 280;
constexpr std::size_t kMaxPhoneDigits = 15;

constexpr std::array<bool, 256> kEmailLocalChars = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    table[byte] = isAsciiAlnum(byte) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }
  return table;
}();

bool isEmailLocalChar(unsigned char c) { return kEmailLocalChars[c]; }

bool isHandleChar(unsigned char c) { return isAsciiAlnum(c) || c == '_'; }

bool isValidDomain(std::string_view domain) {
  std::size_t labels = 0;
  std::size_t labelStart = 0;
  for (std::size_t i = 0; i <= domain.size(); ++i) {
    if (i < domain.size() && domain[i] != '.') continue;
    const std::string_view label = domain.substr(labelStart, i - labelStart);
    if (label.empty() || label.size() > kMaxDomainLabel || label.front() == '-' || label.back() == '-')
      return false;
    ++labels;
    labelStart = i + 1;
  }
  const std::string_view topLevel = domain.substr(domain.rfind('.') + 1);
  if (labels < 2 || topLevel.size() < 2) return false;
  for (const char c : topLevel) {
    if (!isAsciiAlpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Where a URL stops: spaces (including no-break ones), quotes, guillemets and a few
// characters that never appear unescaped in URLs.
bool endsUrl(std::string_view text, std::size_t index) {
  const unsigned char c = byteAt(text, index);
  if (c <= 0x20 || c == 0x7F) return true;
  switch (c) {
    case '<':
    case '>':
    case '"':
    case '`':
    case '{':
    case '}':
    case '|':
    case '\\':
    case '^':
      return true;
    default:
      break;
  }
  const unsigned char second = byteAt(text, index + 1);
  if (c == 0xC2) return second == 0xA0 || second == 0xAB || second == 0xBB;
  if (c == 0xE2 && second == 0x80) {
    const unsigned char third = byteAt(text, index + 2);
    return third <= 0x8B || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D ||
           third == 0xA6 || third == 0xA8 || third == 0xA9 || third == 0xAF;
  }
  return c == 0xE3 && second == 0x80 && byteAt(text, index + 2) == 0x80;
}

bool isTrailingUrlPunctuation(unsigned char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*';
}

std::size_t phoneSeparatorAt(std::string_view text, std::size_t index) {
  const unsigned char c = byteAt(text, index);
  if (c == '.' || c == '-') return 1;
  return c == '\t' ? 0 : spaceLengthAt(text, index);
}

std::optional<PatternMatch> scanInternationalPhone(std::string_view text, std::size_t start) {
  if (start > 0 && (isAsciiAlnum(byteAt(text, start - 1)) || byteAt(text, start - 1) == '+'))
    return std::nullopt;
  std::size_t pos = start + 1;
  const std::size_t countryRun = countDigits(text, pos, kMaxPhoneDigits + 1);
  if (countryRun == 0 || countryRun > kMaxPhoneDigits || (countryRun > 3 && countryRun < 8))
    return std::nullopt;
  std::string digits(text.substr(pos, countryRun));
  pos += countryRun;
  if (countryRun <= 3) {
    // Known numbering plans have a fixed national length, which stops the scan before a following number.
    const std::size_t nationalLength = digits == "33" ? 9 : digits == "1" ? 10 : 0;
    std::size_t national = 0;
    bool gluedAllowed = false;
    for (int group = 0; group < 8; ++group) {
      std::size_t groupStart = pos + phoneSeparatorAt(text, pos);
      if (groupStart == pos && !gluedAllowed && byteAt(text, pos) != '(') break;
      gluedAllowed = false;
      if (byteAt(text, groupStart) == '(') {
        const std::size_t innerRun = countDigits(text, groupStart + 1, 5);
        if (innerRun == 0 || innerRun > 4 || byteAt(text, groupStart + 1 + innerRun) != ')') break;
        const std::string_view inner = text.substr(groupStart + 1, innerRun);
        pos = groupStart + innerRun + 2;
        gluedAllowed = true;
        if (inner == "0") continue;  // the trunk prefix in "+33 (0)1 ..." is not dialled from abroad
        digits += inner;
        national += innerRun;
        continue;
      }
      const std::size_t run = countDigits(text, groupStart, 5);
      if (run == 0 || run > 4) break;
      if (nationalLength > 0 && national + run > nationalLength) break;
      if (digits.size() + run > kMaxPhoneDigits) break;
      digits += text.substr(groupStart, run);
      national += run;
      pos = groupStart + run;
      if (nationalLength > 0 && national == nationalLength) break;
    }
    if (nationalLength > 0 && national != nationalLength) return std::nullopt;
  }
  if (digits.size() < 8 || digits.size() > kMaxPhoneDigits || isAsciiAlnum(byteAt(text, pos)))
    return std::nullopt;
  return makeMatch(start, pos, EntityType::Phone, "+" + digits, 0.9f);
}

// 01 23 45 67 89, 01.23.45.67.89: ten digits in pairs with one consistent separator.
std::optional<PatternMatch> scanFrenchPhone(std::string_view text, std::size_t start) {
  if (byteAt(text, start) != '0' || byteAt(text, start + 1) < '1' || byteAt(text, start + 1) > '9') {
    return std::nullopt;
  }
  std::size_t pos = start + 2;
  const std::size_t separatorLength = phoneSeparatorAt(text, pos);
  if (separatorLength == 0) return std::nullopt;
  const std::string_view separator = text.substr(pos, separatorLength);
  std::string digits = "+33";
  digits += static_cast<char>(byteAt(text, start + 1));
  for (int pair = 0; pair < 4; ++pair) {
    if (text.substr(pos, separatorLength) != separator || countDigits(text, pos + separatorLength, 3) != 2) {
      return std::nullopt;
    }
    digits += text.substr(pos + separatorLength, 2);
    pos += separatorLength + 2;
  }
  if (isAsciiAlnum(byteAt(text, pos))) return std::nullopt;
  return makeMatch(start, pos, EntityType::Phone, std::move(digits), 0.9f);
}

// (212) 555-0100, 212-555-0100, 212.555.0100.
std::optional<PatternMatch> scanNorthAmericanPhone(std::string_view text, std::size_t start) {
  std::size_t areaPos = start;
  std::size_t pos = 0;
  unsigned char separator = 0;
  if (byteAt(text, start) == '(') {
    if (start > 0 && isAsciiAlnum(byteAt(text, start - 1))) return std::nullopt;
    areaPos = start + 1;
    if (countDigits(text, areaPos, 4) != 3 || byteAt(text, areaPos + 3) != ')') return std::nullopt;
    pos = skipSpaces(text, areaPos + 4, 1);
  } else {
    if (countDigits(text, start, 4) != 3) return std::nullopt;
    separator = byteAt(text, start + 3);
    if (separator != '-' && separator != '.') return std::nullopt;
    pos = start + 4;
  }
  const std::size_t exchangePos = pos;
  if (countDigits(text, exchangePos, 4) != 3) return std::nullopt;
  pos += 3;
  const unsigned char lineSeparator = byteAt(text, pos);
  if (separator != 0 ? lineSeparator != separator : (lineSeparator != '-' && lineSeparator != '.')) {
    return std::nullopt;
  }
  const std::size_t linePos = pos + 1;
  if (countDigits(text, linePos, 5) != 4) return std::nullopt;
  const std::size_t end = linePos + 4;
  if (isAsciiAlnum(byteAt(text, end)) ||
      ((byteAt(text, end) == lineSeparator) && isDigit(byteAt(text, end + 1)))) {
    return std::nullopt;
  }
  if (byteAt(text, areaPos) < '2' || byteAt(text, exchangePos) < '2') return std::nullopt;
  std::string digits = "+1";
  digits += text.substr(areaPos, 3);
  digits += text.substr(exchangePos, 3);
  digits += text.substr(linePos, 4);
  return makeMatch(start, end, EntityType::Phone, std::move(digits), 0.85f);
}

}  // namespace

std::optional<PatternMatch> scanEmail(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  if (!isAsciiAlnum(byteAt(text, start))) return std::nullopt;
  if (start > 0 && (isEmailLocalChar(byteAt(text, start - 1)) || byteAt(text, start - 1) == '@')) {
    return std::nullopt;
  }
  std::size_t at = start;
  while (at - start <= kMaxEmailLocalPart && isEmailLocalChar(byteAt(text, at))) ++at;
  if (byteAt(text, at) != '@' || byteAt(text, at - 1) == '.') return std::nullopt;
  const std::size_t domainStart = at + 1;
  std::size_t end = domainStart;
  while (end - domainStart < kMaxDomainLength) {
    const unsigned char c = byteAt(text, end);
    if (!isAsciiAlnum(c) && c != '-' && c != '.') break;
    ++end;
  }
  while (end > domainStart && (byteAt(text, end - 1) == '.' || byteAt(text, end - 1) == '-')) --end;
  if (!isValidDomain(text.substr(domainStart, end - domainStart))) return std::nullopt;
  if (!isWordBoundaryAfter(text, end) || byteAt(text, end) == '@') return std::nullopt;
  return makeMatch(start, end, EntityType::Email, lowercaseLatin(text.substr(start, end - start)), 0.99f);
}

std::optional<PatternMatch> scanUrl(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  if (start > 0) {
    const unsigned char prev = byteAt(text, start - 1);
    if (prev == '.' || prev == '/' || prev == '@' || prev == '-' || prev == '_' || prev == ':')
      return std::nullopt;
  }
  const char initial = lowerAscii(byteAt(text, start));
  if (initial != 'h' && initial != 'w') return std::nullopt;
  std::size_t schemeLength = 0;
  bool bareWww = false;
  for (const std::string_view scheme : {"https://", "http://"}) {
    schemeLength = matchPhrase(text, start, scheme, false);
    if (schemeLength > 0) break;
  }
  if (schemeLength == 0) {
    schemeLength = matchPhrase(text, start, "www.", false);
    bareWww = true;
  }
  if (schemeLength == 0) return std::nullopt;
  const std::size_t bodyStart = start + schemeLength;
  const unsigned char first = byteAt(text, bodyStart);
  if (!isAsciiAlnum(first) && first < 0x80) return std::nullopt;
  std::size_t end = bodyStart;
  std::size_t openParens = 0;
  std::size_t closeParens = 0;
  while (end < text.size() && !endsUrl(text, end)) {
    openParens += byteAt(text, end) == '(';
    closeParens += byteAt(text, end) == ')';
    ++end;
  }
  // Sentence punctuation after a URL is not part of it, but "(...)" inside a path is.
  while (end > bodyStart) {
    const unsigned char last = byteAt(text, end - 1);
    if (isTrailingUrlPunctuation(last)) {
      --end;
    } else if (last == ')' && closeParens > openParens) {
      --closeParens;
      --end;
    } else if (last == ']' || last == '}') {
      --end;
    } else {
      break;
    }
  }
  std::size_t hostEnd = bodyStart;
  bool hostHasDot = false;
  while (hostEnd < end) {
    const unsigned char c = byteAt(text, hostEnd);
    if (c == '/' || c == '?' || c == '#' || c == ':') break;
    hostHasDot = hostHasDot || c == '.';
    ++hostEnd;
  }
  if (hostEnd == bodyStart || (bareWww && !hostHasDot)) return std::nullopt;
  return makeMatch(start, end, EntityType::Url, std::string(text.substr(start, end - start)), 0.99f);
}

std::optional<PatternMatch> scanHandle(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  if (start > 0) {
    const char32_t prev = decodeBefore(text, start);
    if (isWordCodepoint(prev) || prev == '@' || prev == '.' || prev == '-' || prev == '+' || prev == '/') {
      return std::nullopt;
    }
  }
  std::size_t end = start + 1;
  bool hasLetter = false;
  while (end - start <= kMaxHandleLength + 1 && isHandleChar(byteAt(text, end))) {
    hasLetter = hasLetter || isAsciiAlpha(byteAt(text, end));
    ++end;
  }
  const std::size_t length = end - start - 1;
  if (length == 0 || length > kMaxHandleLength || !hasLetter) return std::nullopt;
  if (!isWordBoundaryAfter(text, end) || byteAt(text, end) == '@') return std::nullopt;
  // "@example.com" is the tail of an address, not a handle.
  if (byteAt(text, end) == '.' && isAsciiAlpha(byteAt(text, end + 1))) return std::nullopt;
  return makeMatch(start, end, EntityType::Handle, lowercaseLatin(text.substr(start + 1, length)), 0.95f);
}

std::optional<PatternMatch> scanHashtag(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  if (start > 0) {
    const char32_t prev = decodeBefore(text, start);
    if (isWordCodepoint(prev) || prev == '#' || prev == '&' || prev == '/') return std::nullopt;
  }
  std::size_t end = start + 1;
  bool hasLetter = false;
  while (end - start <= kMaxHashtagBytes) {
    std::size_t length = 0;
    const char32_t cp = decodeAt(text, end, &length);
    if (length == 0 || !isWordCodepoint(cp)) break;
    hasLetter = hasLetter || cp >= 0x80 || isAsciiAlpha(static_cast<unsigned char>(cp));
    end += length;
  }
  if (end - start > kMaxHashtagBytes || !hasLetter) return std::nullopt;
  return makeMatch(start, end, EntityType::Hashtag, lowercaseLatin(text.substr(start + 1, end - start - 1)),
                   0.95f);
}

std::optional<PatternMatch> scanPhone(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const unsigned char c = byteAt(text, start);
  if (c == '+') return scanInternationalPhone(text, start);
  if (c == '(') return scanNorthAmericanPhone(text, start);
  if (auto french = scanFrenchPhone(text, start)) return french;
  return scanNorthAmericanPhone(text, start);
}

}  // namespace recoupe::patterns_detail
