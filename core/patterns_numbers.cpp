// Numbers as written in French and English news, and the amounts built on them:
// money, percentages, quantities with units and counted nouns.
#include <algorithm>
#include <array>
#include <iterator>

#include "patterns_internal.hpp"

namespace recoupe::patterns_detail {
namespace {

constexpr std::size_t kMaxIntegerDigits = 18;
constexpr std::size_t kMaxFractionDigits = 12;
constexpr int kMaxThousandsGroups = 6;

// Kind is ',' or '.', or 's' for any space-like character (French "47 000", "47 000").
std::size_t groupSeparatorAt(std::string_view text, std::size_t index, char* kind) {
  const unsigned char c = byteAt(text, index);
  if (c == ',' || c == '.') {
    *kind = static_cast<char>(c);
    return 1;
  }
  if (c == '\t') return 0;
  const std::size_t space = spaceLengthAt(text, index);
  if (space > 0) *kind = 's';
  return space;
}

bool isDigitTripleAt(std::string_view text, std::size_t index) { return countDigits(text, index, 4) == 3; }

// matchPhrase behind a one-byte check, since the suffix tables are tried after every number.
std::size_t matchWord(std::string_view text, std::size_t index, std::string_view phrase) {
  const unsigned char c = byteAt(text, index);
  if (c < 0x80 && lowerAscii(c) != phrase.front()) return 0;
  return matchPhrase(text, index, phrase);
}

struct Scale {
  std::size_t end = 0;
  int power = 0;
  bool isWord = false;  // "millions" takes "de"/"d'" before the currency; "M" in "M€" does not
};

struct ScaleForm {
  std::string_view phrase;
  int power;
  bool isWord;
  bool needsCurrency;  // abbreviations that mean something else without a currency
};

struct CurrencyHit {
  std::size_t end = 0;
  std::string_view code;
};

// The ISO 4217 code at `index` ("NOK", "CHF"), as a whole word, or "".
std::string_view currencyCodeAt(std::string_view text, std::size_t index) {
  static constexpr std::array<std::string_view, 30> kCodes = {
      "AED", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP",
      "HKD", "HUF", "ILS", "INR", "JPY", "KRW", "MXN", "NOK", "NZD", "PLN",
      "QAR", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "UAH", "USD", "ZAR"};
  if (index + 3 > text.size() || !isWordBoundaryAfter(text, index + 3)) return {};
  const std::string_view word = text.substr(index, 3);
  const auto found = std::lower_bound(kCodes.begin(), kCodes.end(), word);
  return found != kCodes.end() && *found == word ? *found : std::string_view();
}

std::optional<CurrencyHit> matchCurrencyAt(std::string_view text, std::size_t index) {
  struct Symbol {
    std::string_view surface;
    std::string_view code;
    bool needsBoundary;
  };
  static constexpr std::array<Symbol, 7> kSymbols = {{
      {"US$", "USD", false},
      {"$US", "USD", true},
      {"$", "USD", false},
      {"\xE2\x82\xAC", "EUR", false},
      {"\xC2\xA3", "GBP", false},
      {"\xC2\xA5", "JPY", false},
      {"\xE2\x82\xA9", "KRW", false},
  }};
  for (const Symbol& symbol : kSymbols) {
    if (text.substr(std::min(index, text.size()), symbol.surface.size()) != symbol.surface) continue;
    const std::size_t end = index + symbol.surface.size();
    if (symbol.needsBoundary && !isWordBoundaryAfter(text, end)) continue;
    return CurrencyHit{end, symbol.code};
  }
  if (const std::string_view code = currencyCodeAt(text, index); !code.empty()) {
    return CurrencyHit{index + code.size(), code};
  }
  struct Word {
    std::string_view phrase;
    std::string_view code;
  };
  static constexpr std::array<Word, 13> kWords = {{
      {"livres sterling", "GBP"},
      {"livre sterling", "GBP"},
      {"pounds sterling", "GBP"},
      {"dollars", "USD"},
      {"dollar", "USD"},
      {"euros", "EUR"},
      {"euro", "EUR"},
      {"pounds", "GBP"},
      {"pound", "GBP"},
      {"yens", "JPY"},
      {"yen", "JPY"},
      {"wons", "KRW"},
      {"won", "KRW"},
  }};
  for (const Word& word : kWords) {
    if (const std::size_t length = matchWord(text, index, word.phrase)) {
      return CurrencyHit{index + length, word.code};
    }
  }
  return std::nullopt;
}

std::optional<CurrencyHit> matchCurrencyAfterAmount(std::string_view text, std::size_t index,
                                                    bool allowConnector) {
  const std::size_t pos = skipSpaces(text, index, 1);
  if (auto currency = matchCurrencyAt(text, pos)) return currency;
  if (!allowConnector) return std::nullopt;
  // "4,2 millions d'euros", "100 millions de dollars".
  for (const std::string_view connector : {std::string_view("de "), std::string_view("d'")}) {
    if (const std::size_t length = matchPhrase(text, pos, connector, false)) {
      if (auto currency = matchCurrencyAt(text, pos + length)) return currency;
    }
  }
  return std::nullopt;
}

std::optional<Scale> matchScale(const ScanContext& context, std::size_t index, bool currencyKnown) {
  // A French "billion" is a million millions; an English one a thousand millions.
  const int billionPower = context.language == Language::French ? 12 : 9;
  const std::array<ScaleForm, 14> forms = {{
      {"milliards", 9, true, false},
      {"milliard", 9, true, false},
      {"millions", 6, true, false},
      {"million", 6, true, false},
      {"billions", billionPower, true, false},
      {"billion", billionPower, true, false},
      {"trillions", 12, true, false},
      {"trillion", 12, true, false},
      {"mille", 3, true, false},
      {"bn", 9, false, false},
      {"mds", 9, false, true},
      {"md", 9, false, true},
      {"m", 6, false, true},
      {"k", 3, false, true},
  }};
  const std::size_t pos = skipSpaces(context.text, index, 1);
  for (const ScaleForm& form : forms) {
    const std::size_t length = matchWord(context.text, pos, form.phrase);
    if (length == 0) continue;
    const std::size_t end = pos + length;
    if (form.needsCurrency && !currencyKnown && !matchCurrencyAfterAmount(context.text, end, false)) continue;
    return Scale{end, form.power, form.isWord};
  }
  return std::nullopt;
}

struct UnitHit {
  std::size_t end = 0;
  std::string_view symbol;
};

std::optional<UnitHit> matchUnit(std::string_view text, std::size_t index) {
  struct Unit {
    std::string_view surface;
    std::string_view symbol;
  };
  // Case matters for symbols: "Mo" is a megabyte, "mo" is not a unit.
  static constexpr std::array<Unit, 37> kSymbols = {{
      {"km/h", "km/h"},
      {"km\xC2\xB2", "km\xC2\xB2"},
      {"m\xC2\xB2", "m\xC2\xB2"},
      {"km", "km"},
      {"kg", "kg"},
      {"cm", "cm"},
      {"mm", "mm"},
      {"mg", "mg"},
      {"To", "TB"},
      {"Go", "GB"},
      {"Mo", "MB"},
      {"Ko", "KB"},
      {"Po", "PB"},
      {"TB", "TB"},
      {"GB", "GB"},
      {"MB", "MB"},
      {"KB", "KB"},
      {"kB", "KB"},
      {"PB", "PB"},
      {"\xC2\xB0"
       "C",
       "\xC2\xB0"
       "C"},
      {"\xC2\xB0 C",
       "\xC2\xB0"
       "C"},
      {"\xC2\xB0"
       "F",
       "\xC2\xB0"
       "F"},
      {"kWh", "kWh"},
      {"MWh", "MWh"},
      {"GWh", "GWh"},
      {"TWh", "TWh"},
      {"kW", "kW"},
      {"MW", "MW"},
      {"GW", "GW"},
      {"GHz", "GHz"},
      {"MHz", "MHz"},
      {"Mbit/s", "Mbit/s"},
      {"Gbit/s", "Gbit/s"},
      {"Mbps", "Mbit/s"},
      {"Gbps", "Gbit/s"},
      {"mph", "mph"},
      {"ha", "ha"},
  }};
  static constexpr std::array<Unit, 47> kWords = {{
      {"teraoctets", "TB"},
      {"gigaoctets", "GB"},
      {"megaoctets", "MB"},
      {"kilooctets", "KB"},
      {"terabytes", "TB"},
      {"gigabytes", "GB"},
      {"megabytes", "MB"},
      {"kilobytes", "KB"},
      {"octets", "B"},
      {"bytes", "B"},
      {"kilometres", "km"},
      {"kilometers", "km"},
      {"kilometre", "km"},
      {"kilometer", "km"},
      {"metres", "m"},
      {"meters", "m"},
      {"metre", "m"},
      {"meter", "m"},
      {"miles", "mi"},
      {"mile", "mi"},
      {"kilogrammes", "kg"},
      {"kilograms", "kg"},
      {"kilos", "kg"},
      {"kilo", "kg"},
      {"grammes", "g"},
      {"grams", "g"},
      {"tonnes", "t"},
      {"tonne", "t"},
      {"tons", "t"},
      {"litres", "L"},
      {"liters", "L"},
      {"litre", "L"},
      {"liter", "L"},
      {"hectares", "ha"},
      {"hectare", "ha"},
      {"degres celsius",
       "\xC2\xB0"
       "C"},
      {"degrees celsius",
       "\xC2\xB0"
       "C"},
      {"degres", "\xC2\xB0"},
      {"degrees", "\xC2\xB0"},
      {"pieds", "ft"},
      {"feet", "ft"},
      {"pouces", "in"},
      {"inches", "in"},
      {"megawatts", "MW"},
      {"gigawatts", "GW"},
      {"kilowatts", "kW"},
      {"terawatts", "TW"},
  }};
  const std::size_t pos = skipSpaces(text, index, 1);
  for (const Unit& unit : kSymbols) {
    if (text.substr(std::min(pos, text.size()), unit.surface.size()) != unit.surface) continue;
    if (!isWordBoundaryAfter(text, pos + unit.surface.size())) continue;
    return UnitHit{pos + unit.surface.size(), unit.symbol};
  }
  if (pos == index) return std::nullopt;  // spelled-out units are never glued to the number
  for (const Unit& unit : kWords) {
    if (const std::size_t length = matchWord(text, pos, unit.surface))
      return UnitHit{pos + length, unit.symbol};
  }
  return std::nullopt;
}

bool isStopword(std::string_view word) {
  // Words that follow a number without being what it counts ("en 2014 les ventes", "10 of them").
  static constexpr std::string_view kStopwords[] = {
      "de",      "des",     "du",     "et",     "ou",      "au",     "aux",    "en",      "le",     "la",
      "les",     "un",      "une",    "dans",   "par",     "pour",   "sur",    "sous",    "avec",   "sans",
      "qui",     "que",     "qu",     "est",    "sont",    "ont",    "etait",  "etaient", "avait",  "avaient",
      "a",       "se",      "ne",     "pas",    "plus",    "moins",  "vers",   "chez",    "entre",  "contre",
      "selon",   "depuis",  "apres",  "avant",  "pendant", "comme",  "mais",   "donc",    "car",    "il",
      "elle",    "ils",     "elles",  "on",     "nous",    "vous",   "je",     "tu",      "ce",     "cette",
      "ces",     "son",     "sa",     "ses",    "leur",    "leurs",  "y",      "environ", "soit",   "dont",
      "ainsi",   "aussi",   "deja",   "encore", "puis",    "alors",  "lors",   "jusqu",   "parmi",  "fut",
      "sera",    "seront",  "serait", "the",    "an",      "and",    "or",     "of",      "in",     "on",
      "at",      "to",      "for",    "by",     "with",    "from",   "is",     "are",     "was",    "were",
      "be",      "been",    "has",    "have",   "had",     "that",   "which",  "who",     "it",     "its",
      "he",      "she",     "they",   "we",     "than",    "as",     "per",    "but",     "not",    "more",
      "less",    "into",    "over",   "under",  "after",   "before", "during", "since",   "until",  "about",
      "between", "against", "would",  "will",   "can",     "could",  "may",    "might",   "should", "this",
      "these",   "those",   "their",  "his",    "her",     "our",    "your",   "all",     "also",   "so",
      "if",      "when",    "while",  "there",  "here",    "then",   "out",    "up",      "down",
  };
  return std::find(std::begin(kStopwords), std::end(kStopwords), word) != std::end(kStopwords);
}

std::size_t significantIntegerDigits(const ParsedNumber& number) {
  const std::size_t firstNonZero = number.integerDigits.find_first_not_of('0');
  return firstNonZero == std::string::npos ? 0 : number.integerDigits.size() - firstNonZero;
}

// "47 000 employés": a number counting a noun, as a unit-less quantity.
std::optional<PatternMatch> scanCount(std::string_view text, std::size_t start, const ParsedNumber& number) {
  const bool bigEnough = number.grouped || significantIntegerDigits(number) >= 2;
  // "the 2014 budget", "la saison 2015": an ungrouped number in the range of years is rarely a count.
  const bool looksLikeYear = !number.grouped && number.fractionDigits.empty() &&
                             number.integerDigits.size() == 4 && number.integerDigits >= "1900" &&
                             number.integerDigits <= "2099";
  if (looksLikeYear) return std::nullopt;
  if (bigEnough && isWordBoundaryAfter(text, number.end) && isFollowedByNoun(text, number.end)) {
    return makeMatch(start, number.end, EntityType::Quantity, formatDecimal(number, 0), 0.6f);
  }
  return std::nullopt;
}

}  // namespace

std::optional<ParsedNumber> parseNumber(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const std::size_t firstRun = countDigits(text, start, kMaxIntegerDigits + 1);
  if (firstRun == 0 || firstRun > kMaxIntegerDigits) return std::nullopt;
  ParsedNumber number;
  number.integerDigits.assign(text.substr(start, firstRun));
  std::size_t pos = start + firstRun;
  char groupKind = 0;
  int groups = 0;
  if (firstRun <= 3) {
    while (groups < kMaxThousandsGroups) {
      char kind = 0;
      const std::size_t separatorLength = groupSeparatorAt(text, pos, &kind);
      if (separatorLength == 0 || (groupKind != 0 && kind != groupKind)) break;
      if (!isDigitTripleAt(text, pos + separatorLength)) break;
      groupKind = kind;
      number.integerDigits.append(text.substr(pos + separatorLength, 3));
      pos += separatorLength + 3;
      ++groups;
    }
  }
  const unsigned char next = byteAt(text, pos);
  const bool decimalFollows =
      (next == ',' || next == '.') && next != groupKind && isDigit(byteAt(text, pos + 1));
  // One ',' or '.' group is ambiguous: "1,500" is 1.5 in French and 1500 in English; "1.500" the reverse.
  const bool groupIsDecimal = groups == 1 && !decimalFollows &&
                              ((groupKind == ',' && context.language == Language::French) ||
                               (groupKind == '.' && context.language != Language::French));
  if (groupIsDecimal) {
    number.fractionDigits = number.integerDigits.substr(firstRun);
    number.integerDigits.resize(firstRun);
  } else {
    number.grouped = groups > 0;
    if (decimalFollows) {
      const std::size_t run = countDigits(text, pos + 1, kMaxFractionDigits + 1);
      if (run > kMaxFractionDigits) return std::nullopt;
      number.fractionDigits.assign(text.substr(pos + 1, run));
      pos += 1 + run;
    }
  }
  // "1.2.3" or "192.168.0.1" are versions and addresses, not numbers.
  const unsigned char after = byteAt(text, pos);
  if ((after == ',' || after == '.') && isDigit(byteAt(text, pos + 1))) return std::nullopt;
  number.end = pos;
  return number;
}

std::string formatDecimal(const ParsedNumber& number, int power) {
  std::string integerPart = number.integerDigits;
  std::string fractionPart = number.fractionDigits;
  for (int shifted = 0; shifted < power; ++shifted) {
    if (fractionPart.empty()) {
      integerPart.push_back('0');
    } else {
      integerPart.push_back(fractionPart.front());
      fractionPart.erase(0, 1);
    }
  }
  const std::size_t firstNonZero = integerPart.find_first_not_of('0');
  integerPart = firstNonZero == std::string::npos ? "0" : integerPart.substr(firstNonZero);
  while (!fractionPart.empty() && fractionPart.back() == '0') fractionPart.pop_back();
  return fractionPart.empty() ? integerPart : integerPart + "." + fractionPart;
}

bool isFollowedByNoun(std::string_view text, std::size_t numberEnd) {
  constexpr std::size_t kMaxWordLetters = 24;
  const std::size_t space = spaceLengthAt(text, numberEnd);
  if (space == 0) return false;
  std::size_t pos = numberEnd + space;
  std::size_t length = 0;
  const char32_t first = decodeAt(text, pos, &length);
  const bool startsLowercase =
      (first >= 'a' && first <= 'z') || (first >= 0xDF && first <= 0xFF && first != 0xF7);
  if (!startsLowercase) return false;
  std::string word;
  while (word.size() <= kMaxWordLetters) {
    const char folded = foldLetter(decodeAt(text, pos, &length));
    if (folded == 0) break;
    word.push_back(folded);
    pos += length;
  }
  if (word.size() < 2 || word.size() > kMaxWordLetters) return false;
  const char32_t after = decodeAt(text, pos, &length);
  if (after == '\'' || after == 0x2019 || isWordCodepoint(after)) return false;
  return !isStopword(word);
}

std::optional<PatternMatch> scanAmount(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const auto number = parseNumber(context, start);
  if (!number) return std::nullopt;
  const std::size_t numberEnd = number->end;

  const std::size_t percentPos = skipSpaces(text, numberEnd, 1);
  if (byteAt(text, percentPos) == '%') {
    return makeMatch(start, percentPos + 1, EntityType::Percent, formatDecimal(*number, 0) + "%", 0.97f);
  }
  if (percentPos > numberEnd) {
    for (const std::string_view phrase : {"pour cent", "pourcent", "per cent", "percent"}) {
      if (const std::size_t length = matchWord(text, percentPos, phrase)) {
        return makeMatch(start, percentPos + length, EntityType::Percent, formatDecimal(*number, 0) + "%",
                         0.95f);
      }
    }
  }

  // Every suffix (scale, currency, unit) starts with a letter or a symbol; most numbers have none.
  const unsigned char suffixLead = byteAt(text, percentPos);
  const bool maySuffix = isAsciiAlpha(suffixLead) || suffixLead == '$' || suffixLead >= 0x80;
  if (!maySuffix) return scanCount(text, start, *number);
  const auto scale = matchScale(context, numberEnd, false);
  const int power = scale ? scale->power : 0;
  const std::size_t amountEnd = scale ? scale->end : numberEnd;
  if (const auto currency = matchCurrencyAfterAmount(text, amountEnd, scale && scale->isWord)) {
    std::string value = formatDecimal(*number, power);
    value += ' ';
    value += currency->code;
    return makeMatch(start, currency->end, EntityType::Money, std::move(value), 0.95f);
  }
  if (scale) {
    if (!scale->isWord) return std::nullopt;
    return makeMatch(start, scale->end, EntityType::Quantity, formatDecimal(*number, power), 0.7f);
  }
  if (const auto unit = matchUnit(text, numberEnd)) {
    std::string value = formatDecimal(*number, 0);
    value += ' ';
    value += unit->symbol;
    return makeMatch(start, unit->end, EntityType::Quantity, std::move(value), 0.9f);
  }
  return scanCount(text, start, *number);
}

std::optional<PatternMatch> scanPrefixedMoney(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  struct Prefix {
    std::string_view surface;
    std::string_view code;
    bool isLetterCode;  // "USD 15" needs a space; "$15" does not
  };
  static constexpr std::array<Prefix, 10> kPrefixes = {{
      {"US $", "USD", false},
      {"US$", "USD", false},
      {"C$", "CAD", false},
      {"A$", "AUD", false},
      {"HK$", "HKD", false},
      {"$", "USD", false},
      {"\xE2\x82\xAC", "EUR", false},
      {"\xC2\xA3", "GBP", false},
      {"\xC2\xA5", "JPY", false},
      {"\xE2\x82\xA9", "KRW", false},
  }};
  const unsigned char lead = byteAt(text, start);
  if (isAsciiAlpha(lead) && !isAsciiUpper(lead)) return std::nullopt;
  std::size_t pos = start;
  std::string_view code;
  for (const Prefix& prefix : kPrefixes) {
    if (text.substr(start, prefix.surface.size()) != prefix.surface) continue;
    pos = start + prefix.surface.size();
    code = prefix.code;
    break;
  }
  // "USD 15", "NOK 84.50": a letter code needs a space before the amount.
  if (code.empty()) {
    code = currencyCodeAt(text, start);
    if (code.empty() || spaceLengthAt(text, start + code.size()) == 0) return std::nullopt;
    pos = start + code.size();
  }
  pos = skipSpaces(text, pos, 1);
  if (!isDigit(byteAt(text, pos))) return std::nullopt;
  const auto number = parseNumber(context, pos);
  if (!number) return std::nullopt;
  const auto scale = matchScale(context, number->end, true);
  const std::size_t end = scale ? scale->end : number->end;
  if (!isWordBoundaryAfter(text, end)) return std::nullopt;
  std::string value = formatDecimal(*number, scale ? scale->power : 0);
  value += ' ';
  value += code;
  return makeMatch(start, end, EntityType::Money, std::move(value), 0.95f);
}

}  // namespace recoupe::patterns_detail
