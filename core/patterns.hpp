// Pattern-based recognition of value entities (contacts, web addresses, dates,
// times, amounts) in French and English news text.
//
// Value formats (the `value` of a mention in analysis-v1):
//   EMAIL     lowercased address                      "jane.doe@example.org"
//   URL       the URL as written, minus trailing punctuation
//   HANDLE    lowercased, without '@'                 "bikinirobot"
//   HASHTAG   lowercased, without '#'                 "sonyhack"
//   PHONE     E.164-style: '+', country code, digits  "+33123456789", "+12125550100"
//             (French national 0X XX XX XX XX becomes +33..., North American (NXX) NXX-XXXX +1...)
//   DATE      ISO 8601, possibly partial:
//             "2014-11-24", "2014-11", "2014", "--11-24" (year unknown), "--11" (month alone),
//             "2014-W51" (a week), "XXXX-WXX-1" (a weekday with no reference date; 1 = Monday),
//             "2014-12-23T08:59:51" only for a single ISO date-time token;
//             "" for a relative date ("hier", "last month") when no reference date is known.
//             A bracketed log stamp "[23/12/2014 08:59:51]" gives a DATE and a separate TIME.
//   TIME      "HH:MM" or "HH:MM:SS", 24-hour clock
//   MONEY     "<plain decimal> <ISO 4217 code>"      "15000000 USD", "4200000 EUR"
//   PERCENT   "<plain decimal>%"                      "12.5%"
//   QUANTITY  "<plain decimal> <unit>" with a normalised unit symbol ("11 TB" for "11 To"),
//             or "<plain decimal>" alone for a number counting a noun ("47 000 employés" -> "47000",
//             the span covering only the number; never for an ungrouped 1900-2099, which reads as a year).
//   Weekdays resolve to the latest such day on or before the reference date ("lundi" in an article of
//   Tuesday 2014-12-23 is 2014-12-22); "24 novembre" takes the reference year; bare years need a cue
//   word ("en 2014", "in 2014", "depuis 2010"). Numbers: in French "1,500" is 1.5, in English 1500.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "types.hpp"

namespace recoupe {

// A civil date known to the document (e.g. its publication date), used to resolve partial and relative dates.
struct ReferenceDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool known() const { return year > 0; }
};

struct PatternMatch {
  std::uint32_t start = 0;  // UTF-8 byte offsets into the text, half-open
  std::uint32_t end = 0;
  EntityType type = EntityType::Date;
  std::string value;  // normalised value, see above
  float score = 0.9f;
};

// Finds e-mails, URLs, @handles, #hashtags, phone numbers, dates, times, money, percentages and quantities
// with units in UTF-8 text. Matches are sorted by start and never overlap (longest match wins).
std::vector<PatternMatch> findPatterns(std::string_view text, Language language,
                                       ReferenceDate reference = {});

}  // namespace recoupe
