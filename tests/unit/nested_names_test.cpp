#include "nested_names.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysed_mentions.hpp"
#include "document_analysis.hpp"

using namespace recoupe;

namespace {

using Found = testing::FoundMention;

std::vector<Found> nestedIn(const std::string& text, Language language) {
  std::vector<Found> out;
  for (const Found& m : testing::analysedMentions(text, language)) {
    if (m.nested) out.push_back(m);
  }
  return out;
}

}  // namespace

TEST_CASE("places and organisations inside an organisation's name are nested mentions") {
  CHECK(nestedIn("She studies at the University of Texas Arlington with friends.", Language::English) ==
        std::vector<Found>{{"Texas", EntityType::Loc, true}, {"Arlington", EntityType::Loc, true}});
  CHECK(nestedIn("Hier, la Banque du Canada a parlé.", Language::French) ==
        std::vector<Found>{{"Canada", EntityType::Loc, true}});
  // A name the document uses on its own is found inside a longer one.
  CHECK(nestedIn("Whitmore said so. He thanked the Whitmore Foundation.", Language::English) ==
        std::vector<Found>{{"Whitmore", EntityType::Person, true}});
  // A dictionary word must be used as a name again and again.
  CHECK(nestedIn("Google said so. Google agreed. Google paid. He went to the Google Science Fair.",
                 Language::English) == std::vector<Found>{{"Google", EntityType::Org, true}});
  CHECK(nestedIn("Google said so. He went to the Google Science Fair.", Language::English).empty());
}

TEST_CASE("a place inside a named site is nested, but not a place inside a place") {
  CHECK(nestedIn("The next final takes place in Mexico City in May.", Language::English) ==
        std::vector<Found>{{"Mexico", EntityType::Loc, true}});
  CHECK(nestedIn("The fair opened at the Metro Toronto Convention Centre.", Language::English) ==
        std::vector<Found>{{"Toronto", EntityType::Loc, true}});
  CHECK(nestedIn("He lives in New South Wales with his family.", Language::English).empty());
  CHECK(nestedIn("Elle vit en Corée du Sud depuis deux ans.", Language::French).empty());
}

TEST_CASE("nothing is nested inside people's names or same-type names, nor dictionary words") {
  CHECK(nestedIn("Yesterday Paris Hilton met Donald Trump. Trump smiled.", Language::English).empty());
  CHECK(nestedIn("Sony said so. Sony Pictures Entertainment was hacked.", Language::English).empty());
  // "Court" alone is a common word, not a name, even if it appears once alone.
  CHECK(nestedIn("The Court agreed. Later the Supreme Court of Cassation ruled.", Language::English).empty());
}

TEST_CASE("nested names come right after their container and inside it") {
  AnalyzerOptions options;
  options.language = Language::English;
  const std::string text =
      "Experts at the Massachusetts Institute of Technology and Colorado State University agree.";
  const DocumentAnalysis analysis = analyzeDocument("t.txt", text, DocumentFormat::Text, options);
  REQUIRE(analysis.mentions.size() == 4);
  CHECK(!analysis.mentions[0].nested);
  CHECK(analysis.mentions[1].nested);
  CHECK(analysis.mentions[1].start == analysis.mentions[0].start);
  CHECK(analysis.mentions[1].end < analysis.mentions[0].end);
  CHECK(text.substr(analysis.mentions[3].start, analysis.mentions[3].end - analysis.mentions[3].start) ==
        "Colorado");
}

TEST_CASE("a huge run of capitals is searched in linear time") {
  // Every part of up to six words is tried once per word; trying every part
  // of the whole run would not finish.
  std::string text = "She studies at the University of";
  constexpr int kRepeats = 3000;
  for (int i = 0; i < kRepeats; ++i) text += " Texas Arlington";
  text += " today.";
  CHECK(nestedIn(text, Language::English).size() == 2 * kRepeats);
}

TEST_CASE("a country's name typed as a team has nothing nested inside") {
  const std::string report =
      "The coach praised the team. The captain scored a goal from a penalty in the first minute. "
      "The goalkeeper and the striker were booked; the referee gave a second penalty and the match "
      "ended. Sweden defeated South Korea 1 \u2013 0.";
  CHECK(nestedIn(report, Language::English).empty());
}

TEST_CASE("a nested place is the city of millions rather than the state of the same name") {
  AnalyzerOptions options;
  options.language = Language::English;
  const std::string text = "Shares on the New York Stock Exchange fell.";
  const DocumentAnalysis analysis = analyzeDocument("t.txt", text, DocumentFormat::Text, options);
  bool found = false;
  for (const Mention& m : analysis.mentions) {
    if (text.substr(m.start, m.end - m.start) != "New York") continue;
    found = true;
    CHECK(m.nested);
    CHECK(m.kb.rfind("city:", 0) == 0);
  }
  CHECK(found);
}

TEST_CASE("a town after 'de' inside a body's name is nested, though its name is also a word") {
  CHECK(nestedIn("Un recours devant le tribunal administratif de Rennes est déposé.", Language::French) ==
        std::vector<Found>{{"Rennes", EntityType::Loc, true}});
  CHECK(nestedIn("La Bourse de Paris a reculé hier.", Language::French) ==
        std::vector<Found>{{"Paris", EntityType::Loc, true}});
  // Elsewhere in the name a dictionary word stays a word: "Court" of "Supreme Court".
  CHECK(nestedIn("The Supreme Court of Canada ruled.", Language::English) ==
        std::vector<Found>{{"Canada", EntityType::Loc, true}});
}

TEST_CASE("a word that the lexicon has only as an acronym is not nested in a longer name") {
  CHECK(nestedIn("Hier, la régie Eau de Paris a relevé ses tarifs.", Language::French) ==
        std::vector<Found>{{"Paris", EntityType::Loc, true}});
}

TEST_CASE("a nationality inside a body's name is a nested NORP mention of its country") {
  const auto found = testing::analysedMentions(
      "Le ministère nord-coréen des Affaires étrangères a démenti, puis le ministère sud-coréen des "
      "Affaires étrangères a parlé.",
      Language::French);
  CHECK(found == std::vector<Found>{{"ministère nord-coréen des Affaires étrangères", EntityType::Org, false},
                                    {"nord-coréen", EntityType::Norp, true},
                                    {"ministère sud-coréen des Affaires étrangères", EntityType::Org, false},
                                    {"sud-coréen", EntityType::Norp, true}});
  CHECK(nestedIn("Donations went to the British Red Cross.", Language::English) ==
        std::vector<Found>{{"British", EntityType::Norp, true}});
  // A region's adjective is part of the body's own name.
  CHECK(nestedIn("La Commission européenne a répondu.", Language::French).empty());
}
