// Cross-references on the seed corpus: every entity that several seeds
// mention must end up as one entity, whatever the language or spelling.
//
// What linking guarantees given the mentions: the surface forms below, when
// recognised, are in one entity. Which forms are recognised, and the lexicon
// ids that make "Corée du Nord" and "North Korea" one (kb country:KP), come
// from recognition and the lexicon; those checks say so.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "result_output.hpp"
#include "seed_corpus.hpp"

using namespace recoupe;
using nlohmann::json;

namespace {

const json& seeds() { return testing::seedCorpusResult(); }

// Ids of the entities that have this exact surface form among their aliases.
std::set<std::string> entitiesWithAlias(const std::string& alias) {
  std::set<std::string> ids;
  for (const auto& entity : seeds()["entities"]) {
    for (const auto& a : entity["aliases"]) {
      if (a == alias) ids.insert(entity["id"].get<std::string>());
    }
  }
  return ids;
}

const json* entityById(const std::string& id) {
  for (const auto& entity : seeds()["entities"]) {
    if (entity["id"] == id) return &entity;
  }
  return nullptr;
}

// All the given forms that occur are in one entity, which spans at least `documents` seeds.
void checkOneEntity(const std::vector<std::string>& forms, std::size_t documents) {
  std::set<std::string> ids;
  for (const std::string& form : forms) {
    const auto found = entitiesWithAlias(form);
    INFO("form: ", form);
    CHECK(found.size() <= 1);
    ids.insert(found.begin(), found.end());
  }
  INFO("forms: ", forms.front());
  REQUIRE(ids.size() == 1);
  const json* entity = entityById(*ids.begin());
  REQUIRE(entity != nullptr);
  CHECK((*entity)["documents"].size() >= documents);
}

}  // namespace

TEST_CASE("seed entities mentioned in several documents are one entity each") {
  // Spelling variants, a typo and an acronym by initials: linking alone.
  checkOneEntity({"Sony Pictures Entertainment", "Sony Pictures Entertainement", "SPE"}, 2);
  checkOneEntity({"Guardians of Peace", "GOP", "GoP"}, 3);
  checkOneEntity({"Kim Jong-un", "Kim Jong-Un"}, 3);
  checkOneEntity({"FBI"}, 3);
  checkOneEntity({"CIA"}, 3);
  checkOneEntity({"Barack Obama", "Obama"}, 2);
  checkOneEntity({"KCNA"}, 2);
  checkOneEntity({"AFP"}, 2);
  checkOneEntity({"Pyongyang"}, 3);
}

TEST_CASE("seed names in French and English join through lexicon ids (depends on recognition)") {
  // "Sony Pictures" and the full name join through kb org:sony-pictures.
  checkOneEntity({"Sony Pictures", "Sony Pictures Entertainment"}, 3);
  checkOneEntity({"Corée du Nord", "North Korea", "nord-coréen"}, 4);
  checkOneEntity({"États-Unis", "Etats-Unis", "United States", "US"}, 3);
  const auto korea = entitiesWithAlias("Corée du Nord");
  REQUIRE(korea.size() == 1);
  const json* entity = entityById(*korea.begin());
  CHECK((*entity)["name"] == "North Korea");
  CHECK((*entity)["type"] == "LOC");
  CHECK((*entity)["kb"] == "country:KP");
  bool demonymPointsAtKorea = false;
  for (const auto& mention : seeds()["mentions"]) {
    if (mention["text"] == "nord-coréen") {
      CHECK(mention["type"] == "NORP");
      demonymPointsAtKorea = mention["entity"] == *korea.begin();
    }
  }
  CHECK(demonymPointsAtKorea);
}

TEST_CASE("the seed result carries the cross-reference additions") {
  const json& result = seeds();
  CHECK(result["suggestions"].is_array());
  CHECK(result["quotes"].size() >= 5);
  CHECK(result["timeline"].size() >= 5);
  std::string previous;
  for (const auto& event : result["timeline"]) {
    CHECK(event["value"].get<std::string>() >= previous);
    previous = event["value"];
  }
}
