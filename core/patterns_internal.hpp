// Building blocks shared by the pattern scanners. Every scanner is called at a
// candidate start position and looks only a bounded distance ahead (or consumes
// a token that the caller then skips), which keeps findPatterns linear.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "patterns.hpp"

namespace recoupe::patterns_detail {

struct ScanContext {
  std::string_view text;
  Language language = Language::Unknown;
  ReferenceDate reference;
};

// ---- Byte and code point primitives (patterns.cpp) ----

// Reading past the end yields 0, so scanners can peek ahead without bounds checks.
inline unsigned char byteAt(std::string_view text, std::size_t index) {
  return index < text.size() ? static_cast<unsigned char>(text[index]) : 0;
}
constexpr bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool isAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool isAsciiAlnum(unsigned char c) { return isDigit(c) || isAsciiAlpha(c); }
constexpr bool isAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr char lowerAscii(unsigned char c) {
  return static_cast<char>(isAsciiUpper(c) ? c + ('a' - 'A') : c);
}

// Malformed sequences decode as U+FFFD with length 1; at the end, 0 with length 0.
char32_t decodeAt(std::string_view text, std::size_t index, std::size_t* length);
// The code point ending just before `index` (0 at the start of the text).
char32_t decodeBefore(std::string_view text, std::size_t index);
bool isWordCodepoint(char32_t cp);
bool isWordBoundaryBefore(std::string_view text, std::size_t index);
bool isWordBoundaryAfter(std::string_view text, std::size_t index);
// Byte length of one space-like character (space, tab, no-break and narrow no-break
// spaces, typographic spaces) at `index`, 0 if there is none.
std::size_t spaceLengthAt(std::string_view text, std::size_t index);
std::size_t skipSpaces(std::string_view text, std::size_t index, int maxSpaces);
// Lowercase ASCII base letter of a Latin letter ('É' -> 'e'), 0 for anything else.
char foldLetter(char32_t cp);
// Matches `phrase` (lowercase, unaccented ASCII; ' ' = one to three spaces, '\'' = ' or ’)
// case- and accent-insensitively. Returns the matched byte length or 0.
std::size_t matchPhrase(std::string_view text, std::size_t index, std::string_view phrase,
                        bool requireBoundaryAfter = true);
std::size_t countDigits(std::string_view text, std::size_t index, std::size_t cap);
int parseDigits(std::string_view text, std::size_t index, std::size_t count);
// The word just before `index`, folded to unaccented lowercase, looking back over at most
// a few spaces or one hyphen/apostrophe; empty if there is none.
std::string previousWordFolded(std::string_view text, std::size_t index);
// Lowercases ASCII and Latin-1 capitals, leaving other bytes as they are.
std::string lowercaseLatin(std::string_view text);
void appendPadded(std::string& out, long long value, int width);
// Where a number may begin: not inside a word, nor continuing a number, date or code.
bool isNumberStart(std::string_view text, std::size_t index);

// ---- Numbers, money, percentages and quantities (patterns_numbers.cpp) ----

struct ParsedNumber {
  std::size_t end = 0;
  std::string integerDigits;
  std::string fractionDigits;
  bool grouped = false;  // written with thousands separators
};

std::optional<ParsedNumber> parseNumber(const ScanContext& context, std::size_t start);
// The number times 10^power as a plain decimal, without superfluous zeros.
std::string formatDecimal(const ParsedNumber& number, int power);
// A lowercase word that plausibly is the noun a number counts ("250 salles").
bool isFollowedByNoun(std::string_view text, std::size_t numberEnd);

std::optional<PatternMatch> scanAmount(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanPrefixedMoney(const ScanContext& context, std::size_t start);

// ---- Dates and times (patterns_dates.cpp) ----

std::optional<PatternMatch> scanNumericDate(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanWordDate(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanTime(const ScanContext& context, std::size_t start);

// ---- Web and contact patterns (patterns_web.cpp) ----

std::optional<PatternMatch> scanEmail(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanUrl(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanHandle(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanHashtag(const ScanContext& context, std::size_t start);
std::optional<PatternMatch> scanPhone(const ScanContext& context, std::size_t start);

// Builds a match; offsets fit in 32 bits because findPatterns never scans beyond 4 GiB.
PatternMatch makeMatch(std::size_t start, std::size_t end, EntityType type, std::string value, float score);

}  // namespace recoupe::patterns_detail
