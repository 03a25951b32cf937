// The mentions of one short text analysed whole (analyzeDocument), as
// comparable values, for tests that check what the pipeline adds after
// name finding (nested names, qualified places).
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document_analysis.hpp"

namespace recoupe::testing {

struct FoundMention {
  std::string text;
  EntityType type;
  bool nested;
  bool operator==(const FoundMention&) const = default;
};

inline std::vector<FoundMention> analysedMentions(const std::string& text, Language language) {
  AnalyzerOptions options;
  options.language = language;
  const DocumentAnalysis analysis = analyzeDocument("t.txt", text, DocumentFormat::Text, options);
  std::vector<FoundMention> out;
  for (const Mention& m : analysis.mentions) {
    out.push_back({text.substr(m.start, m.end - m.start), m.type, m.nested});
  }
  return out;
}

}  // namespace recoupe::testing

namespace doctest {

template <>
struct StringMaker<std::vector<recoupe::testing::FoundMention>> {
  static String convert(const std::vector<recoupe::testing::FoundMention>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
      out += (i ? ", \"" : "\"") + values[i].text + "\" " + std::string(recoupe::typeName(values[i].type)) +
             (values[i].nested ? " nested" : "");
    }
    return String((out + "}").c_str());
  }
};

}  // namespace doctest
