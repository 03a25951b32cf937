// Dates (absolute, partial and relative) and clock times, resolved against the
// document's reference date when one is known.
#include <array>
#include <cstdlib>
#include <initializer_list>
#include <unordered_set>
#include <utility>

#include "patterns_internal.hpp"

namespace recoupe::patterns_detail {
namespace {

// ---- Calendar arithmetic on day numbers, where day 0 is 0001-01-01 (a Monday). ----

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// With an unknown year (0), February may have 29 days.
int daysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && (year == 0 || isLeapYear(year))) return 29;
  return kDays[static_cast<std::size_t>(month - 1)];
}

long long dayNumber(int year, int month, int day) {
  static constexpr std::array<int, 12> kDaysBeforeMonth = {0,   31,  59,  90,  120, 151,
                                                           181, 212, 243, 273, 304, 334};
  const long long previousYears = year - 1;
  long long days = previousYears * 365 + previousYears / 4 - previousYears / 100 + previousYears / 400;
  days += kDaysBeforeMonth[static_cast<std::size_t>(month - 1)];
  if (month > 2 && isLeapYear(year)) ++days;
  return days + day - 1;
}

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

CivilDate civilFromDayNumber(long long days) {
  CivilDate date;
  date.year = static_cast<int>(days * 400 / 146097) + 1;
  while (date.year > 1 && dayNumber(date.year, 1, 1) > days) --date.year;
  while (dayNumber(date.year + 1, 1, 1) <= days) ++date.year;
  date.month = 12;
  while (date.month > 1 && dayNumber(date.year, date.month, 1) > days) --date.month;
  date.day = static_cast<int>(days - dayNumber(date.year, date.month, 1)) + 1;
  return date;
}

int isoWeekday(long long days) { return static_cast<int>(days % 7) + 1; }

bool isValidDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// ISO 8601, as precise as the parts known: "2014-11-24", "2014-11", "2014", "--11-24", "--11".
std::string formatDate(int year, int month, int day) {
  std::string out;
  if (year > 0) {
    appendPadded(out, year, 4);
  } else {
    out += "-";
  }
  if (month > 0) {
    out += '-';
    appendPadded(out, month, 2);
    if (day > 0) {
      out += '-';
      appendPadded(out, day, 2);
    }
  }
  return out;
}

std::string formatDayNumber(long long days) {
  if (days < 0) return {};
  const CivilDate date = civilFromDayNumber(days);
  return formatDate(date.year, date.month, date.day);
}

std::string formatIsoWeek(long long days) {
  if (days < 3) return {};
  const long long thursday = days - (isoWeekday(days) - 1) + 3;
  const int weekYear = civilFromDayNumber(thursday).year;
  const long long week = (thursday - dayNumber(weekYear, 1, 1)) / 7 + 1;
  std::string out;
  appendPadded(out, weekYear, 4);
  out += "-W";
  appendPadded(out, week, 2);
  return out;
}

bool hasReferenceMonth(const ReferenceDate& reference) {
  return reference.known() && reference.month >= 1 && reference.month <= 12;
}

bool hasReferenceDay(const ReferenceDate& reference) {
  return hasReferenceMonth(reference) && isValidDate(reference.year, reference.month, reference.day);
}

long long referenceDayNumber(const ReferenceDate& reference) {
  return dayNumber(reference.year, reference.month, reference.day);
}

std::string formatMonthOffset(const ReferenceDate& reference, int offset) {
  if (!hasReferenceMonth(reference)) return {};
  const long long monthIndex = static_cast<long long>(reference.year) * 12 + reference.month - 1 + offset;
  if (monthIndex < 12) return {};
  return formatDate(static_cast<int>(monthIndex / 12), static_cast<int>(monthIndex % 12) + 1, 0);
}

// ---- Names of months, weekdays and relative expressions. ----

enum NameFlags : unsigned {
  kFrench = 1,
  kEnglish = 2,
  kAbbreviation = 4,
  kCapitalised = 8,  // English names are capitalised; "may" and "march" are verbs
  kAmbiguousAlone = 16,
};

struct NameEntry {
  std::string_view phrase;  // folded: lowercase, no accents
  int number;
  unsigned flags;
};

constexpr unsigned kEnglishName = kEnglish | kCapitalised;

constexpr std::array<NameEntry, 41> kMonthNames = {{
    {"janvier", 1, kFrench},
    {"fevrier", 2, kFrench},
    {"mars", 3, kFrench},
    {"avril", 4, kFrench},
    {"mai", 5, kFrench},
    {"juin", 6, kFrench},
    {"juillet", 7, kFrench},
    {"aout", 8, kFrench},
    {"septembre", 9, kFrench},
    {"octobre", 10, kFrench},
    {"novembre", 11, kFrench},
    {"decembre", 12, kFrench},
    {"january", 1, kEnglishName},
    {"february", 2, kEnglishName},
    {"march", 3, kEnglishName | kAmbiguousAlone},
    {"april", 4, kEnglishName},
    {"may", 5, kEnglishName | kAmbiguousAlone},
    {"june", 6, kEnglishName},
    {"july", 7, kEnglishName},
    {"august", 8, kEnglishName},
    {"september", 9, kEnglishName},
    {"october", 10, kEnglishName},
    {"november", 11, kEnglishName},
    {"december", 12, kEnglishName},
    {"janv", 1, kFrench | kAbbreviation},
    {"fevr", 2, kFrench | kAbbreviation},
    {"fev", 2, kFrench | kAbbreviation},
    {"avr", 4, kFrench | kAbbreviation},
    {"juil", 7, kFrench | kAbbreviation},
    {"jan", 1, kEnglish | kAbbreviation},
    {"feb", 2, kEnglish | kAbbreviation},
    {"mar", 3, kEnglish | kAbbreviation},
    {"apr", 4, kEnglish | kAbbreviation},
    {"jun", 6, kEnglish | kAbbreviation},
    {"jul", 7, kEnglish | kAbbreviation},
    {"aug", 8, kEnglish | kAbbreviation},
    {"sep", 9, kEnglish | kAbbreviation},
    {"sept", 9, kFrench | kEnglish | kAbbreviation},
    {"oct", 10, kFrench | kEnglish | kAbbreviation},
    {"nov", 11, kFrench | kEnglish | kAbbreviation},
    {"dec", 12, kFrench | kEnglish | kAbbreviation},
}};

// Abbreviated weekdays ("Tue, 14 Mar 2023" in a mail's Date header) only
// open a full date: alone, "Sun" and "Sat" are other words.
constexpr std::array<NameEntry, 24> kWeekdayNames = {{
    {"lundi", 1, kFrench},
    {"mardi", 2, kFrench},
    {"mercredi", 3, kFrench},
    {"jeudi", 4, kFrench},
    {"vendredi", 5, kFrench},
    {"samedi", 6, kFrench},
    {"dimanche", 7, kFrench},
    {"monday", 1, kEnglishName},
    {"tuesday", 2, kEnglishName},
    {"wednesday", 3, kEnglishName},
    {"thursday", 4, kEnglishName},
    {"friday", 5, kEnglishName},
    {"saturday", 6, kEnglishName},
    {"sunday", 7, kEnglishName},
    {"mon", 1, kEnglishName | kAbbreviation},
    {"tue", 2, kEnglishName | kAbbreviation},
    {"tues", 2, kEnglishName | kAbbreviation},
    {"wed", 3, kEnglishName | kAbbreviation},
    {"thu", 4, kEnglishName | kAbbreviation},
    {"thur", 4, kEnglishName | kAbbreviation},
    {"thurs", 4, kEnglishName | kAbbreviation},
    {"fri", 5, kEnglishName | kAbbreviation},
    {"sat", 6, kEnglishName | kAbbreviation},
    {"sun", 7, kEnglishName | kAbbreviation},
}};

struct NameHit {
  std::size_t end = 0;
  int number = 0;
  unsigned flags = 0;
  bool capitalised = false;
};

// The letters of the word at a position, folded to unaccented lowercase. Folding the word once
// lets the name tables be compared with plain string equality.
struct FoldedWord {
  static constexpr std::size_t kCapacity = 12;
  std::array<char, kCapacity> letters{};
  std::size_t size = 0;
  std::size_t end = 0;
  bool complete = false;  // the word fits and ends at a word boundary

  std::string_view view() const { return {letters.data(), size}; }
};

FoldedWord foldWordAt(std::string_view text, std::size_t index) {
  FoldedWord word;
  std::size_t pos = index;
  while (true) {
    const unsigned char c = byteAt(text, pos);
    char folded = 0;
    std::size_t length = 1;
    if (isAsciiAlpha(c)) {
      folded = lowerAscii(c);
    } else if (c == 0xC3) {
      folded = foldLetter(decodeAt(text, pos, &length));
    }
    if (folded == 0) break;
    if (word.size == FoldedWord::kCapacity) return word;
    word.letters[word.size++] = folded;
    pos += length;
  }
  word.end = pos;
  word.complete = word.size > 0 && isWordBoundaryAfter(text, pos);
  return word;
}

template <std::size_t N>
std::optional<NameHit> matchName(std::string_view text, std::size_t index, const FoldedWord& word,
                                 const std::array<NameEntry, N>& names) {
  if (!word.complete) return std::nullopt;
  const bool capitalised = isAsciiUpper(byteAt(text, index));
  for (const NameEntry& entry : names) {
    if (entry.phrase.size() != word.size || entry.phrase.front() != word.letters[0]) continue;
    if (entry.phrase != word.view()) continue;
    const bool isAbbreviation = (entry.flags & kAbbreviation) != 0;
    if ((entry.flags & kCapitalised) && !isAbbreviation && !capitalised) continue;
    NameHit hit{word.end, entry.number, entry.flags, capitalised};
    if (isAbbreviation && byteAt(text, hit.end) == '.') ++hit.end;
    return hit;
  }
  return std::nullopt;
}

template <std::size_t N>
std::optional<NameHit> matchName(std::string_view text, std::size_t index,
                                 const std::array<NameEntry, N>& names) {
  return matchName(text, index, foldWordAt(text, index), names);
}

enum class Span { Day, Week, Month, Year };

struct RelativeEntry {
  std::string_view phrase;
  Span span;
  int offset;
};

constexpr std::array<RelativeEntry, 34> kRelativeExpressions = {{
    {"avant-hier", Span::Day, -2},
    {"hier", Span::Day, -1},
    {"aujourd'hui", Span::Day, 0},
    {"demain", Span::Day, 1},
    {"apres-demain", Span::Day, 2},
    {"yesterday", Span::Day, -1},
    {"today", Span::Day, 0},
    {"tomorrow", Span::Day, 1},
    {"la semaine derniere", Span::Week, -1},
    {"la semaine passee", Span::Week, -1},
    {"la semaine prochaine", Span::Week, 1},
    {"cette semaine", Span::Week, 0},
    {"last week", Span::Week, -1},
    {"next week", Span::Week, 1},
    {"this week", Span::Week, 0},
    {"le mois dernier", Span::Month, -1},
    {"le mois passe", Span::Month, -1},
    {"le mois prochain", Span::Month, 1},
    {"ce mois-ci", Span::Month, 0},
    {"last month", Span::Month, -1},
    {"next month", Span::Month, 1},
    {"this month", Span::Month, 0},
    {"l'an dernier", Span::Year, -1},
    {"l'an passe", Span::Year, -1},
    {"l'an prochain", Span::Year, 1},
    {"l'annee derniere", Span::Year, -1},
    {"l'annee passee", Span::Year, -1},
    {"l'annee prochaine", Span::Year, 1},
    {"l'annee en cours", Span::Year, 0},
    {"cette annee", Span::Year, 0},
    {"last year", Span::Year, -1},
    {"next year", Span::Year, 1},
    {"this year", Span::Year, 0},
    {"l'annee d'avant", Span::Year, -1},
}};

// Follows a month name: "mars l'an dernier", "March last year".
constexpr std::array<RelativeEntry, 13> kMonthYearQualifiers = {{
    {"de l'annee derniere", Span::Year, -1},
    {"de l'annee passee", Span::Year, -1},
    {"de l'an dernier", Span::Year, -1},
    {"de l'annee prochaine", Span::Year, 1},
    {"l'annee derniere", Span::Year, -1},
    {"l'annee passee", Span::Year, -1},
    {"l'an dernier", Span::Year, -1},
    {"l'an passe", Span::Year, -1},
    {"l'an prochain", Span::Year, 1},
    {"l'annee prochaine", Span::Year, 1},
    {"last year", Span::Year, -1},
    {"next year", Span::Year, 1},
    {"this year", Span::Year, 0},
}};

std::string resolveRelative(const ReferenceDate& reference, Span span, int offset) {
  switch (span) {
    case Span::Day:
      return hasReferenceDay(reference) ? formatDayNumber(referenceDayNumber(reference) + offset)
                                        : std::string();
    case Span::Week:
      return hasReferenceDay(reference) ? formatIsoWeek(referenceDayNumber(reference) + 7LL * offset)
                                        : std::string();
    case Span::Month:
      return formatMonthOffset(reference, offset);
    case Span::Year:
      return reference.known() && reference.year + offset > 0 ? formatDate(reference.year + offset, 0, 0)
                                                              : std::string();
  }
  return {};
}

// direction 0: the most recent such weekday on or before the reference (news usage of "lundi");
// -1: strictly before ("lundi dernier"); +1: strictly after ("lundi prochain").
std::string resolveWeekday(const ReferenceDate& reference, int weekday, int direction) {
  if (!hasReferenceDay(reference)) return "XXXX-WXX-" + std::to_string(weekday);
  const long long today = referenceDayNumber(reference);
  const int todayWeekday = isoWeekday(today);
  if (direction > 0) {
    const int ahead = (weekday - todayWeekday + 7) % 7;
    return formatDayNumber(today + (ahead == 0 ? 7 : ahead));
  }
  int back = (todayWeekday - weekday + 7) % 7;
  if (direction < 0 && back == 0) back = 7;
  return formatDayNumber(today - back);
}

// direction -1: the latest such month before the reference month ("mars dernier"); +1: the next one.
std::string resolveMonthDirection(const ReferenceDate& reference, int month, int direction) {
  if (!hasReferenceMonth(reference)) return {};
  int year = reference.year;
  if (direction < 0 && month >= reference.month) --year;
  if (direction > 0 && month <= reference.month) ++year;
  return year > 0 ? formatDate(year, month, 0) : std::string();
}

// A day and month without a year take the year that puts them nearest the
// reference day ("January 5" in a paper of 19 December is next January), or
// the reference year when only the year is known.
std::string resolveDayMonth(const ReferenceDate& reference, int month, int day) {
  if (!reference.known()) return formatDate(0, month, day);
  if (!hasReferenceDay(reference)) {
    return isValidDate(reference.year, month, day) ? formatDate(reference.year, month, day)
                                                   : formatDate(0, month, day);
  }
  const long long today = referenceDayNumber(reference);
  int bestYear = 0;
  long long bestDistance = 0;
  for (const int year : {reference.year - 1, reference.year, reference.year + 1}) {
    if (!isValidDate(year, month, day)) continue;
    const long long distance = std::llabs(dayNumber(year, month, day) - today);
    if (bestYear == 0 || distance < bestDistance) {
      bestYear = year;
      bestDistance = distance;
    }
  }
  return formatDate(bestYear, month, day);
}

// A month alone takes the year that puts it nearest the reference month:
// "January" in a mail of December 2014 is January 2015.
std::string resolveLoneMonth(const ReferenceDate& reference, int month) {
  if (!hasReferenceMonth(reference)) return formatDate(reference.known() ? reference.year : 0, month, 0);
  const int here = reference.year * 12 + reference.month;
  int bestYear = reference.year;
  for (const int year : {reference.year - 1, reference.year + 1}) {
    if (std::abs(year * 12 + month - here) < std::abs(bestYear * 12 + month - here)) bestYear = year;
  }
  return formatDate(bestYear, month, 0);
}

// ---- Pieces of written dates. ----

struct YearHit {
  std::size_t end = 0;
  int year = 0;
};

std::optional<YearHit> parseYearAt(std::string_view text, std::size_t index) {
  if (countDigits(text, index, 5) != 4 || !isNumberStart(text, index)) return std::nullopt;
  const int year = parseDigits(text, index, 4);
  const std::size_t end = index + 4;
  if (year < 1000 || year > 2999 || !isWordBoundaryAfter(text, end)) return std::nullopt;
  const unsigned char after = byteAt(text, end);
  if ((after == '.' || after == ',') && isDigit(byteAt(text, end + 1))) return std::nullopt;
  return YearHit{end, year};
}

std::size_t matchOrdinalSuffix(std::string_view text, std::size_t index) {
  for (const std::string_view suffix : {"er", "re", "st", "nd", "rd", "th", "e"}) {
    if (const std::size_t length = matchPhrase(text, index, suffix)) return length;
  }
  return 0;
}

struct DateHit {
  std::size_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  bool yearStaysUnknown = false;  // "11-Septembre" names the 2001 events, not this year's 11 September
  bool namesEvent = false;        // "le 11-Septembre", "le 14-Juillet": hyphen and capital make a day's name
};

std::string dateHitValue(const DateHit& hit, const ReferenceDate& reference) {
  if (hit.year > 0 || hit.day == 0 || hit.yearStaysUnknown) return formatDate(hit.year, hit.month, hit.day);
  return resolveDayMonth(reference, hit.month, hit.day);
}

// "24 novembre 2014", "1er janvier", "24th of November, 2014", "11-Septembre".
std::optional<DateHit> parseDayFirst(std::string_view text, std::size_t start) {
  const std::size_t run = countDigits(text, start, 3);
  if (run == 0 || run > 2) return std::nullopt;
  DateHit hit;
  hit.day = parseDigits(text, start, run);
  if (hit.day < 1 || hit.day > 31) return std::nullopt;
  std::size_t pos = start + run;
  pos += matchOrdinalSuffix(text, pos);
  if (byteAt(text, pos) == '-') {
    hit.yearStaysUnknown = true;
    ++pos;
  } else {
    const std::size_t afterSpace = skipSpaces(text, pos, 3);
    if (afterSpace == pos) return std::nullopt;
    pos = afterSpace + matchPhrase(text, afterSpace, "of ", false);
  }
  const auto month = matchName(text, pos, kMonthNames);
  if (!month) return std::nullopt;
  hit.month = month->number;
  hit.end = month->end;
  hit.namesEvent = hit.yearStaysUnknown && month->capitalised;
  if (!hit.yearStaysUnknown) {
    std::size_t yearPos = hit.end;
    if (byteAt(text, yearPos) == ',') ++yearPos;
    yearPos = skipSpaces(text, yearPos, 2);
    if (yearPos > hit.end) {
      if (const auto year = parseYearAt(text, yearPos)) {
        hit.year = year->year;
        hit.end = year->end;
      }
    }
  }
  if (!isValidDate(hit.year, hit.month, hit.day)) return std::nullopt;
  return hit;
}

// "November 24, 2014", "Nov. 24", "December 2014", "décembre 2014".
std::optional<DateHit> parseMonthFirst(std::string_view text, const NameHit& month) {
  const bool english = (month.flags & kEnglish) != 0 && month.capitalised;
  const bool frenchFull = (month.flags & kFrench) != 0 && (month.flags & kAbbreviation) == 0;
  if (!english && !frenchFull) return std::nullopt;
  const std::size_t pos = skipSpaces(text, month.end, 2);
  if (pos == month.end) return std::nullopt;
  DateHit hit;
  hit.month = month.number;
  if (const auto year = parseYearAt(text, pos)) {
    hit.year = year->year;
    hit.end = year->end;
    return hit;
  }
  if (!english) return std::nullopt;
  const std::size_t run = countDigits(text, pos, 3);
  if (run == 0 || run > 2 || !isNumberStart(text, pos)) return std::nullopt;
  hit.day = parseDigits(text, pos, run);
  std::size_t end = pos + run;
  end += matchOrdinalSuffix(text, end);
  if (!isWordBoundaryAfter(text, end)) return std::nullopt;
  const unsigned char after = byteAt(text, end);
  if ((after == '.' || after == ',' || after == ':') && isDigit(byteAt(text, end + 1))) return std::nullopt;
  hit.end = end;
  std::size_t yearPos = end;
  if (byteAt(text, yearPos) == ',') ++yearPos;
  yearPos = skipSpaces(text, yearPos, 2);
  if (yearPos > end) {
    if (const auto year = parseYearAt(text, yearPos)) {
      hit.year = year->year;
      hit.end = year->end;
    }
  }
  if (!isValidDate(hit.year, hit.month, hit.day)) return std::nullopt;
  return hit;
}

// ---- Ranges: "du 28 au 31 octobre", "12–14 June 2023", "entre mars et juin 2023". ----

// Where the second end of a range starts, after the dash or word that joins
// it to the first ("au", "to", "and", "à", "et", "through", a dash); 0 when
// none follows `pos`.
std::size_t rangeSecondStart(std::string_view text, std::size_t pos) {
  const std::size_t at = skipSpaces(text, pos, 2);
  for (const std::string_view dash : {"-", "\u2013", "\u2014"}) {
    if (text.substr(at).starts_with(dash)) {
      const std::size_t after = skipSpaces(text, at + dash.size(), 2);
      return isDigit(byteAt(text, after)) || isAsciiAlpha(byteAt(text, after)) ? after : 0;
    }
  }
  if (at == pos) return 0;
  for (const std::string_view word : {"au", "to", "and", "a", "et", "through"}) {
    if (const std::size_t length = matchPhrase(text, at, word)) {
      const std::size_t after = skipSpaces(text, at + length, 2);
      if (after > at + length) return after;
    }
  }
  return 0;
}

// The value of a range: an ISO 8601 interval ("2024-10-28/2024-10-31").
std::string formatRange(const DateHit& first, const DateHit& second, const ReferenceDate& reference) {
  return dateHitValue(first, reference) + "/" + dateHitValue(second, reference);
}

// The first end of a range takes the year the second one states, the year
// before when its month comes later ("de novembre à février 2023").
void takeYearFrom(DateHit& first, const DateHit& second) {
  if (first.year > 0 || second.year == 0) return;
  first.year = first.month > second.month ? second.year - 1 : second.year;
}

// "28 au 31 octobre 2024", "12–14 June", "3 and 17 March 2021": a day whose
// month and year the second end gives. `dayEnd` is where the day's digits
// (and ordinal suffix) end.
std::optional<PatternMatch> scanDayRange(const ScanContext& context, std::size_t start, int day,
                                         std::size_t dayEnd) {
  const std::size_t secondStart = rangeSecondStart(context.text, dayEnd);
  if (secondStart == 0 || !isDigit(byteAt(context.text, secondStart))) return std::nullopt;
  const auto second = parseDayFirst(context.text, secondStart);
  if (!second || second->yearStaysUnknown || second->day <= day) return std::nullopt;
  DateHit first = *second;
  first.day = day;
  return makeMatch(start, second->end, EntityType::Date, formatRange(first, *second, context.reference),
                   0.9f);
}

// "28 février au 3 mars 2024", "February–April 2019": a first end without a
// year, completed by the second end's year.
std::optional<PatternMatch> extendToRange(const ScanContext& context, std::size_t start, DateHit first) {
  if (first.year > 0 || first.yearStaysUnknown) return std::nullopt;
  const std::size_t secondStart = rangeSecondStart(context.text, first.end);
  if (secondStart == 0) return std::nullopt;
  std::optional<DateHit> second;
  if (first.day > 0 && isDigit(byteAt(context.text, secondStart))) {
    second = parseDayFirst(context.text, secondStart);
  } else if (const auto month = matchName(context.text, secondStart, kMonthNames)) {
    second = parseMonthFirst(context.text, *month);
  }
  // Both ends name days, or both months only; the second states its year.
  if (!second || second->year == 0 || second->yearStaysUnknown || (second->day == 0) != (first.day == 0))
    return std::nullopt;
  takeYearFrom(first, *second);
  if (!isValidDate(first.year, first.month, std::max(first.day, 1)) ||
      dayNumber(first.year, first.month, std::max(first.day, 1)) >=
          dayNumber(second->year, second->month, std::max(second->day, 1)))
    return std::nullopt;
  return makeMatch(start, second->end, EntityType::Date, formatRange(first, *second, context.reference),
                   0.9f);
}

bool isOneOf(std::string_view word, std::initializer_list<std::string_view> candidates) {
  for (const std::string_view candidate : candidates) {
    if (word == candidate) return true;
  }
  return false;
}

// A lone month name is a date only when it reads as one in the document's language.
bool acceptsLoneMonth(const ScanContext& context, std::size_t start, const NameHit& month) {
  if (month.flags & kAbbreviation) return false;
  const std::string cue = previousWordFolded(context.text, start);
  if (month.flags & kFrench) {
    if (context.language == Language::English) return false;
    return !month.capitalised ||
           isOneOf(cue, {"en", "depuis", "de", "d", "debut", "fin", "mi", "des", "courant", "mois", "jusqu"});
  }
  if (context.language == Language::French) return false;
  // "in May's cabinet": a person's name.
  const std::string_view after = context.text.substr(month.end);
  if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) return false;
  // "March" and "May" are verbs too, and "by May" or "to May" may name a person.
  if (month.flags & kAmbiguousAlone) {
    return isOneOf(cue, {"in", "since", "until", "early", "late", "mid", "during", "through"});
  }
  return isOneOf(cue, {"in", "since", "until", "till", "by", "early", "late", "mid", "during", "through",
                       "from", "to", "before", "after", "for"});
}

struct Clock {
  std::size_t end = 0;
  int hour = 0;
  int minute = 0;
  int second = -1;
};

// "08:59" or "08:59:51"; the caller validates the hour.
std::optional<Clock> parseColonClock(std::string_view text, std::size_t start) {
  const std::size_t run = countDigits(text, start, 3);
  if (run == 0 || run > 2 || byteAt(text, start + run) != ':') return std::nullopt;
  const std::size_t minutePos = start + run + 1;
  if (countDigits(text, minutePos, 3) != 2) return std::nullopt;
  Clock clock;
  clock.hour = parseDigits(text, start, run);
  clock.minute = parseDigits(text, minutePos, 2);
  clock.end = minutePos + 2;
  if (byteAt(text, clock.end) == ':' && countDigits(text, clock.end + 1, 3) == 2) {
    clock.second = parseDigits(text, clock.end + 1, 2);
    clock.end += 3;
  }
  if (clock.minute > 59 || clock.second > 59) return std::nullopt;
  return clock;
}

std::string formatClock(int hour, int minute, int second) {
  std::string out;
  appendPadded(out, hour, 2);
  out += ':';
  appendPadded(out, minute, 2);
  if (second >= 0) {
    out += ':';
    appendPadded(out, second, 2);
  }
  return out;
}

struct Meridiem {
  std::size_t end = 0;
  bool afternoon = false;
};

std::optional<Meridiem> matchMeridiem(std::string_view text, std::size_t index) {
  const std::size_t pos = skipSpaces(text, index, 1);
  for (const std::string_view form : {"a.m.", "p.m.", "am", "pm"}) {
    const std::size_t length = matchPhrase(text, pos, form, form.size() == 2);
    if (length > 0) return Meridiem{pos + length, form.front() == 'p'};
  }
  return std::nullopt;
}

std::optional<PatternMatch> scanBareYear(const ScanContext& context, std::size_t start, int year) {
  const std::string_view text = context.text;
  if (year < 1900 || year > 2099 || !parseYearAt(text, start)) return std::nullopt;
  const std::string cue = previousWordFolded(text, start);
  const bool strongCue = isOneOf(
      cue, {"en",      "in",     "since",   "depuis", "annee",  "year",   "until",   "avant",     "apres",
            "before",  "after",  "fin",     "debut",  "ici",    "vers",   "courant", "mi",        "spring",
            "summer",  "autumn", "winter",  "early",  "late",   "mid",    "circa",   "printemps", "ete",
            "automne", "hiver",  "through", "during", "durant", "pendant"});
  const bool weakCue = isOneOf(
      cue, {"de", "des", "du", "of", "to", "a", "et", "and", "from", "by", "between", "entre", "ou", "or"});
  if (!strongCue && !(weakCue && !isFollowedByNoun(text, start + 4))) return std::nullopt;
  return makeMatch(start, start + 4, EntityType::Date, formatDate(year, 0, 0), 0.75f);
}

std::optional<PatternMatch> scanSlashedDate(const ScanContext& context, std::size_t start,
                                            std::size_t firstRun) {
  const std::string_view text = context.text;
  const unsigned char separator = byteAt(text, start + firstRun);
  if (separator != '/' && separator != '.' && separator != '-') return std::nullopt;
  const std::size_t secondPos = start + firstRun + 1;
  const std::size_t secondRun = countDigits(text, secondPos, 3);
  if (secondRun == 0 || secondRun > 2 || byteAt(text, secondPos + secondRun) != separator)
    return std::nullopt;
  const std::size_t yearPos = secondPos + secondRun + 1;
  if (countDigits(text, yearPos, 5) != 4) return std::nullopt;
  const std::size_t end = yearPos + 4;
  const unsigned char after = byteAt(text, end);
  if (isAsciiAlnum(after) ||
      ((after == separator || after == '.' || after == ',') && isDigit(byteAt(text, end + 1)))) {
    return std::nullopt;
  }
  const int first = parseDigits(text, start, firstRun);
  const int second = parseDigits(text, secondPos, secondRun);
  const int year = parseDigits(text, yearPos, 4);
  // 03/04/2014 is 3 April in French and British usage, March 4 in American; dotted dates are European.
  const bool monthFirst = context.language == Language::English && separator != '.';
  int month = monthFirst ? first : second;
  int day = monthFirst ? second : first;
  if (month > 12 && day <= 12) std::swap(month, day);
  if (year < 1000 || !isValidDate(year, month, day)) return std::nullopt;
  return makeMatch(start, end, EntityType::Date, formatDate(year, month, day), 0.95f);
}

std::optional<PatternMatch> scanIsoDate(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const unsigned char separator = byteAt(text, start + 4);
  if (separator != '-' && separator != '/') return std::nullopt;
  if (countDigits(text, start + 5, 3) != 2 || byteAt(text, start + 7) != separator) return std::nullopt;
  if (countDigits(text, start + 8, 3) != 2) return std::nullopt;
  const int year = parseDigits(text, start, 4);
  const int month = parseDigits(text, start + 5, 2);
  const int day = parseDigits(text, start + 8, 2);
  if (year < 1000 || !isValidDate(year, month, day)) return std::nullopt;
  std::size_t end = start + 10;
  std::string value = formatDate(year, month, day);
  if (separator == '-' && byteAt(text, end) == 'T') {
    if (const auto clock = parseColonClock(text, end + 1); clock && clock->hour <= 23) {
      value += 'T';
      value += formatClock(clock->hour, clock->minute, clock->second);
      end = clock->end;
      if (byteAt(text, end) == 'Z') ++end;
    }
  }
  if (isAsciiAlnum(byteAt(text, end))) return std::nullopt;
  return makeMatch(start, end, EntityType::Date, std::move(value), 0.95f);
}

std::optional<PatternMatch> scanMonthName(const ScanContext& context, std::size_t start,
                                          const NameHit& month) {
  const std::string_view text = context.text;
  if (const auto date = parseMonthFirst(text, month)) {
    return makeMatch(start, date->end, EntityType::Date, dateHitValue(*date, context.reference), 0.9f);
  }
  if (month.flags & kAbbreviation) return std::nullopt;
  const std::size_t next = skipSpaces(text, month.end, 2);
  if (next > month.end) {
    for (const RelativeEntry& qualifier : kMonthYearQualifiers) {
      if (const std::size_t length = matchPhrase(text, next, qualifier.phrase)) {
        std::string value;
        if (context.reference.known() && context.reference.year + qualifier.offset > 0) {
          value = formatDate(context.reference.year + qualifier.offset, month.number, 0);
        }
        return makeMatch(start, next + length, EntityType::Date, std::move(value), 0.8f);
      }
    }
    for (const auto& [phrase, direction] :
         {std::pair<std::string_view, int>{"dernier", -1}, {"prochain", 1}}) {
      if (const std::size_t length = matchPhrase(text, next, phrase)) {
        return makeMatch(start, next + length, EntityType::Date,
                         resolveMonthDirection(context.reference, month.number, direction), 0.8f);
      }
    }
  }
  if ((month.flags & kAbbreviation) == 0) {
    DateHit first;
    first.month = month.number;
    first.end = month.end;
    if (auto range = extendToRange(context, start, first)) return range;
  }
  if (!acceptsLoneMonth(context, start, month)) return std::nullopt;
  return makeMatch(start, month.end, EntityType::Date, resolveLoneMonth(context.reference, month.number),
                   0.7f);
}

// direction: -1 "last Monday", +1 "next Monday", 0 as written; a deadline
// ("by Monday") with no direction of its own is the next one.
std::optional<PatternMatch> scanWeekday(const ScanContext& context, std::size_t start, const NameHit& weekday,
                                        int direction, bool deadline = false) {
  const std::string_view text = context.text;
  const bool abbreviated = (weekday.flags & kAbbreviation) != 0;
  if (abbreviated && !weekday.capitalised) return std::nullopt;
  // "lundi 24 novembre 2014", "Monday, November 24, 2014": the full date gives the value.
  std::size_t pos = weekday.end;
  if (direction == 0) {
    if (byteAt(text, pos) == ',') ++pos;
    std::size_t next = skipSpaces(text, pos, 2);
    if (next > pos) {
      next += matchPhrase(text, next, "le ", false);
      next += matchPhrase(text, next, "the ", false);
      std::optional<DateHit> date;
      if (isDigit(byteAt(text, next))) {
        date = parseDayFirst(text, next);
      } else if (const auto month = matchName(text, next, kMonthNames)) {
        date = parseMonthFirst(text, *month);
      }
      if (date && date->day > 0) {
        return makeMatch(start, date->end, EntityType::Date, dateHitValue(*date, context.reference), 0.95f);
      }
    }
  }
  // Alone, only after a word that sets a day: "on Wed.", "by Fri".
  if (abbreviated &&
      !isOneOf(previousWordFolded(text, start), {"on", "by", "until", "till", "before", "since"}))
    return std::nullopt;
  std::size_t end = weekday.end;
  const std::size_t next = skipSpaces(text, end, 2);
  if (direction == 0 && next > end) {
    for (const auto& [phrase, qualifierDirection] :
         {std::pair<std::string_view, int>{"dernier", -1}, {"prochain", 1}}) {
      if (const std::size_t length = matchPhrase(text, next, phrase)) {
        direction = qualifierDirection;
        end = next + length;
        break;
      }
    }
  }
  if (direction == 0 && deadline) direction = 1;
  return makeMatch(start, end, EntityType::Date, resolveWeekday(context.reference, weekday.number, direction),
                   0.7f);
}

// ---- "three weeks ago", "il y a deux jours". ----

struct CountedUnit {
  std::string_view word;  // folded
  Span span;
};

constexpr std::array<CountedUnit, 17> kCountedUnits = {{
    {"day", Span::Day},
    {"days", Span::Day},
    {"week", Span::Week},
    {"weeks", Span::Week},
    {"month", Span::Month},
    {"months", Span::Month},
    {"year", Span::Year},
    {"years", Span::Year},
    {"jour", Span::Day},
    {"jours", Span::Day},
    {"semaine", Span::Week},
    {"semaines", Span::Week},
    {"mois", Span::Month},
    {"an", Span::Year},
    {"ans", Span::Year},
    {"annee", Span::Year},
    {"annees", Span::Year},
}};

constexpr std::array<std::pair<std::string_view, int>, 26> kCountWords = {{
    {"a", 1},    {"an", 1},    {"one", 1},    {"two", 2},     {"three", 3},  {"four", 4},    {"five", 5},
    {"six", 6},  {"seven", 7}, {"eight", 8},  {"nine", 9},    {"ten", 10},   {"twelve", 12}, {"un", 1},
    {"une", 1},  {"deux", 2},  {"trois", 3},  {"quatre", 4},  {"cinq", 5},   {"sept", 7},    {"huit", 8},
    {"neuf", 9}, {"dix", 10},  {"douze", 12}, {"quinze", 15}, {"vingt", 20},
}};

// A count ("3", "three", "trois") and a unit of time after it, from `start`.
struct Counted {
  int count = 0;
  Span span = Span::Day;
  std::size_t end = 0;
};

std::optional<Counted> parseCountedUnit(std::string_view text, std::size_t start) {
  constexpr std::size_t kMaxCountDigits = 3;
  Counted counted;
  std::size_t pos = start;
  if (const std::size_t digits = countDigits(text, start, kMaxCountDigits + 1);
      digits > 0 && digits <= kMaxCountDigits) {
    counted.count = parseDigits(text, start, digits);
    pos = start + digits;
  } else {
    const FoldedWord word = foldWordAt(text, start);
    if (!word.complete) return std::nullopt;
    for (const auto& [name, value] : kCountWords) {
      if (word.view() == name) counted.count = value;
    }
    pos = word.end;
  }
  if (counted.count <= 0) return std::nullopt;
  const std::size_t unitStart = skipSpaces(text, pos, 1);
  if (unitStart == pos) return std::nullopt;
  const FoldedWord unit = foldWordAt(text, unitStart);
  if (!unit.complete) return std::nullopt;
  for (const CountedUnit& entry : kCountedUnits) {
    if (unit.view() == entry.word) {
      counted.span = entry.span;
      counted.end = unit.end;
      return counted;
    }
  }
  return std::nullopt;
}

// "three weeks ago", "2 days ago", "il y a deux jours", "il y a 3 ans".
std::optional<PatternMatch> scanAgo(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const std::size_t ilYA = matchPhrase(text, start, "il y a");
  const std::size_t french = ilYA > 0 ? skipSpaces(text, start + ilYA, 1) - start : 0;
  if (ilYA > 0 && french == ilYA) return std::nullopt;
  const auto counted = parseCountedUnit(text, start + french);
  if (!counted) return std::nullopt;
  std::size_t end = counted->end;
  if (french == 0) {
    const std::size_t ago = matchPhrase(text, skipSpaces(text, end, 1), "ago");
    if (ago == 0 || skipSpaces(text, end, 1) == end) return std::nullopt;
    end = skipSpaces(text, end, 1) + ago;
  }
  const std::string value = resolveRelative(context.reference, counted->span, -counted->count);
  return makeMatch(start, end, EntityType::Date, value, 0.8f);
}

// Every date scanWordDate finds starts with one of these folded words: the
// first word of a relative expression (up to its first non-letter), "last",
// "next", or a weekday or month name. It is called at every word of the text,
// and most words are none of them.
bool canStartWordDate(std::string_view word) {
  static const std::unordered_set<std::string_view> starts = [] {
    std::unordered_set<std::string_view> words = {"last", "next", "il"};
    for (const auto& entry : kCountWords) words.insert(entry.first);
    for (const RelativeEntry& entry : kRelativeExpressions) {
      const std::string_view phrase = entry.phrase;
      std::size_t letters = 0;
      while (letters < phrase.size() && isAsciiAlpha(static_cast<unsigned char>(phrase[letters]))) ++letters;
      words.insert(phrase.substr(0, letters));
    }
    for (const NameEntry& entry : kMonthNames) words.insert(entry.phrase);
    for (const NameEntry& entry : kWeekdayNames) words.insert(entry.phrase);
    return words;
  }();
  return starts.contains(word);
}

}  // namespace

std::optional<PatternMatch> scanNumericDate(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const std::size_t run = countDigits(text, start, 5);
  if (run == 4) {
    if (auto iso = scanIsoDate(context, start)) return iso;
    return scanBareYear(context, start, parseDigits(text, start, 4));
  }
  if (run != 1 && run != 2) return std::nullopt;
  if (auto ago = scanAgo(context, start)) return ago;
  if (auto slashed = scanSlashedDate(context, start, run)) return slashed;
  if (const auto date = parseDayFirst(text, start)) {
    // The attacks, the national day: what the day is remembered for, named.
    if (date->namesEvent) return makeMatch(start, date->end, EntityType::Event, std::string(), 0.85f);
    if (auto range = extendToRange(context, start, *date)) return range;
    return makeMatch(start, date->end, EntityType::Date, dateHitValue(*date, context.reference),
                     date->year > 0 ? 0.95f : 0.85f);
  }
  const int day = parseDigits(text, start, run);
  if (day >= 1 && day <= 31)
    return scanDayRange(context, start, day, start + run + matchOrdinalSuffix(text, start + run));
  return std::nullopt;
}

std::optional<PatternMatch> scanWordDate(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const FoldedWord word = foldWordAt(text, start);
  if (!word.complete || !canStartWordDate(word.view())) return std::nullopt;
  const char first = word.letters[0];
  if (auto ago = scanAgo(context, start)) return ago;
  for (const RelativeEntry& entry : kRelativeExpressions) {
    const std::string_view phrase = entry.phrase;
    if (phrase.front() != first || phrase.size() < word.size || phrase.substr(0, word.size) != word.view())
      continue;
    if (phrase.size() > word.size && isAsciiAlpha(static_cast<unsigned char>(phrase[word.size]))) continue;
    if (const std::size_t length = matchPhrase(text, start, entry.phrase)) {
      return makeMatch(start, start + length, EntityType::Date,
                       resolveRelative(context.reference, entry.span, entry.offset), 0.8f);
    }
  }
  if (first == 'l' || first == 'n') {
    // "last Monday", "next March".
    const int direction = first == 'l' ? -1 : 1;
    const std::size_t length = matchPhrase(text, start, direction < 0 ? "last " : "next ", false);
    if (length > 0) {
      if (const auto weekday = matchName(text, start + length, kWeekdayNames)) {
        return scanWeekday(context, start, *weekday, direction);
      }
      if (const auto month = matchName(text, start + length, kMonthNames);
          month && (month->flags & kAbbreviation) == 0) {
        return makeMatch(start, month->end, EntityType::Date,
                         resolveMonthDirection(context.reference, month->number, direction), 0.8f);
      }
    }
  }
  if (const auto weekday = matchName(text, start, word, kWeekdayNames)) {
    // A deadline looks ahead: "by Wednesday", "avant mardi"; a bare weekday
    // in news is most often the one just past.
    const bool deadline =
        isOneOf(previousWordFolded(text, start), {"by", "until", "till", "before", "avant", "jusqu"});
    return scanWeekday(context, start, *weekday, 0, deadline);
  }
  if (const auto month = matchName(text, start, word, kMonthNames))
    return scanMonthName(context, start, *month);
  return std::nullopt;
}

namespace {

struct TimeZone {
  std::string_view abbreviation;  // folded
  int offsetMinutes;
};

// Zones news and mail write after a time; "IST" (India or Ireland) and "EST"
// (a French word) are left out.
constexpr std::array<TimeZone, 21> kTimeZones = {{
    {"utc", 0},    {"gmt", 0},    {"wet", 0},    {"bst", 60},   {"cet", 60},   {"west", 60},  {"cest", 120},
    {"eet", 120},  {"eest", 180}, {"msk", 180},  {"hkt", 480},  {"sgt", 480},  {"jst", 540},  {"kst", 540},
    {"aest", 600}, {"aedt", 660}, {"edt", -240}, {"cdt", -300}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
}};

// "15:00 CET" gives "15:00+01:00", "09:30 GMT" "09:30Z".
std::string withOffset(std::string clock, int offsetMinutes) {
  if (offsetMinutes == 0) return clock + "Z";
  clock.push_back(offsetMinutes < 0 ? '-' : '+');
  const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
  appendPadded(clock, magnitude / 60, 2);
  clock.push_back(':');
  appendPadded(clock, magnitude % 60, 2);
  return clock;
}

std::optional<PatternMatch> scanClock(const ScanContext& context, std::size_t start) {
  const std::string_view text = context.text;
  const std::size_t run = countDigits(text, start, 3);
  if (run == 0 || run > 2) return std::nullopt;
  int hour = parseDigits(text, start, run);
  if (const auto clock = parseColonClock(text, start)) {
    if (isDigit(byteAt(text, clock->end))) return std::nullopt;
    // "No. 1:24-cv-00417": a docket number, not a time; "10:30-11:00" is a range.
    if (byteAt(text, clock->end) == '-' &&
        isAsciiAlpha(static_cast<unsigned char>(byteAt(text, clock->end + 1))))
      return std::nullopt;
    std::size_t end = clock->end;
    hour = clock->hour;
    if (const auto meridiem = matchMeridiem(text, end); meridiem && hour >= 1 && hour <= 12) {
      hour = hour % 12 + (meridiem->afternoon ? 12 : 0);
      end = meridiem->end;
    }
    if (hour > 23 || !isWordBoundaryAfter(text, end)) return std::nullopt;
    return makeMatch(start, end, EntityType::Time, formatClock(hour, clock->minute, clock->second), 0.9f);
  }
  const std::size_t numberEnd = start + run;
  // French "14h30", "14 h 30", "9 h".
  const std::size_t hourMark = skipSpaces(text, numberEnd, 1);
  if (byteAt(text, hourMark) == 'h' && hour <= 23) {
    const std::size_t afterMark = hourMark + 1;
    const std::size_t minutePos = skipSpaces(text, afterMark, 1);
    if (countDigits(text, minutePos, 3) == 2 && isWordBoundaryAfter(text, minutePos + 2)) {
      const int minute = parseDigits(text, minutePos, 2);
      if (minute <= 59) {
        return makeMatch(start, minutePos + 2, EntityType::Time, formatClock(hour, minute, -1), 0.9f);
      }
    }
    if (isWordBoundaryAfter(text, afterMark) && !isDigit(byteAt(text, afterMark))) {
      return makeMatch(start, afterMark, EntityType::Time, formatClock(hour, 0, -1), 0.85f);
    }
  }
  // French "à 17 heures", "dès 9 heures 30": a time after a word that sets
  // one; "pendant 17 heures" and "il y a 3 heures" are durations.
  if (hour <= 24 && context.language != Language::English) {
    std::size_t hoursWord = matchPhrase(text, hourMark, "heures");
    if (hoursWord == 0) hoursWord = matchPhrase(text, hourMark, "heure");
    std::string_view before = text.substr(0, start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const bool agoCue = before.ends_with(" y a") || before == "y a";  // "il y a 3 heures"
    if (hoursWord && !agoCue &&
        isOneOf(previousWordFolded(text, start), {"a", "des", "vers", "avant", "apres", "entre", "et"})) {
      std::size_t end = hourMark + hoursWord;
      int minute = 0;
      const std::size_t minutePos = skipSpaces(text, end, 1);
      if (minutePos > end && countDigits(text, minutePos, 3) == 2 &&
          isWordBoundaryAfter(text, minutePos + 2) && parseDigits(text, minutePos, 2) <= 59) {
        minute = parseDigits(text, minutePos, 2);
        end = minutePos + 2;
      }
      return makeMatch(start, end, EntityType::Time, formatClock(hour % 24, minute, -1), 0.85f);
    }
  }
  // English "3 p.m.", "10am".
  if (hour >= 1 && hour <= 12) {
    if (const auto meridiem = matchMeridiem(text, numberEnd)) {
      return makeMatch(start, meridiem->end, EntityType::Time,
                       formatClock(hour % 12 + (meridiem->afternoon ? 12 : 0), 0, -1), 0.9f);
    }
  }
  return std::nullopt;
}

}  // namespace

// A clock time, and the time zone written after it, in capitals ("14:00 BST").
std::optional<PatternMatch> scanTime(const ScanContext& context, std::size_t start) {
  auto time = scanClock(context, start);
  if (!time) return time;
  const std::string_view text = context.text;
  const std::size_t zone = skipSpaces(text, time->end, 1);
  if (zone == time->end || !isAsciiUpper(byteAt(text, zone))) return time;
  std::size_t end = zone;
  while (isAsciiUpper(byteAt(text, end))) ++end;
  if (!isWordBoundaryAfter(text, end)) return time;
  const std::string abbreviation = lowercaseLatin(text.substr(zone, end - zone));
  for (const TimeZone& known : kTimeZones) {
    if (known.abbreviation != abbreviation) continue;
    time->end = static_cast<std::uint32_t>(end);
    time->value = withOffset(std::move(time->value), known.offsetMinutes);
    break;
  }
  return time;
}

}  // namespace recoupe::patterns_detail
