#include "qualified_places.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysed_mentions.hpp"
#include "document_analysis.hpp"

using namespace recoupe;

namespace {

using Found = testing::FoundMention;

std::vector<Found> placesIn(const std::string& text, Language language) {
  std::vector<Found> out;
  for (const Found& m : testing::analysedMentions(text, language)) {
    if (m.type == EntityType::Loc) out.push_back(m);
  }
  return out;
}

}  // namespace

TEST_CASE("a city and the region or country it lies in are one place, with both parts nested") {
  CHECK(placesIn("A boy from Irving, Texas, was arrested.", Language::English) ==
        std::vector<Found>{{"Irving, Texas", EntityType::Loc, false},
                           {"Irving", EntityType::Loc, true},
                           {"Texas", EntityType::Loc, true}});
  CHECK(placesIn("Il est né à Lorient (Morbihan) en 1920.", Language::French) ==
        std::vector<Found>{{"Lorient (Morbihan)", EntityType::Loc, false},
                           {"Lorient", EntityType::Loc, true},
                           {"Morbihan", EntityType::Loc, true}});
}

TEST_CASE("a list of places is not joined") {
  CHECK(placesIn("Flights to Paris, London and Berlin resumed.", Language::English) ==
        std::vector<Found>{{"Paris", EntityType::Loc, false},
                           {"London", EntityType::Loc, false},
                           {"Berlin", EntityType::Loc, false}});
  // The city is not in that country.
  CHECK(placesIn("Ils ont visité Lyon, Italie et Rome.", Language::French).front() ==
        Found{"Lyon", EntityType::Loc, false});
}
