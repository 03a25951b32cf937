// The cross-reference index: snippets, search, quotes, timeline and suggestions.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus.hpp"
#include "result_output.hpp"
#include "snippet.hpp"
#include "suggestions.hpp"

using namespace recoupe;
using nlohmann::json;

namespace {

std::string entityIdOf(const json& result, const std::string& alias) {
  for (const auto& entity : result["entities"]) {
    for (const auto& a : entity["aliases"]) {
      if (a == alias) return entity["id"];
    }
  }
  return {};
}

}  // namespace

TEST_CASE("snippets keep about sixty characters each side, on one line") {
  const std::string text = std::string(100, 'a') + "\nCorée\tdu Nord\n" + std::string(100, 'b');
  const Snippet snippet = makeSnippet(text, 101, 101 + std::string("Corée\tdu Nord").size());
  CHECK(snippet.left == std::string(59, 'a') + " ");
  CHECK(snippet.match == "Corée du Nord");
  CHECK(snippet.right == " " + std::string(59, 'b'));
}

TEST_CASE("search ignores accents and case, and finds entities and places in documents") {
  Corpus corpus;
  corpus.add("a.txt", "Selon Pyongyang, la Corée du Nord dément. La CORÉE DU NORD encore.",
             DocumentFormat::Text);
  corpus.analyze();
  const SearchResult found = corpus.search("coree du nord");
  REQUIRE(found.hits.size() == 2);
  CHECK(corpus.text("a.txt").substr(found.hits[0].start, found.hits[0].end - found.hits[0].start) ==
        "Corée du Nord");
  CHECK(found.hits[1].snippet.match == "CORÉE DU NORD");
  CHECK_FALSE(found.entities.empty());
  CHECK(corpus.search("ord").hits.empty());  // matches start at a word boundary
  CHECK(corpus.search("  ").hits.empty());
  const json asJson = json::parse(searchResultToJson(corpus.result(), found));
  CHECK(asJson["hits"][0]["start"] == 20);  // UTF-16
  CHECK(asJson["truncated"] == false);
}

TEST_CASE("an entity's mentions come with their context and UTF-16 offsets") {
  Corpus corpus;
  corpus.add("a.txt", "Émoi : le FBI enquête. Le FBI a conclu.", DocumentFormat::Text);
  const json result = json::parse(resultToJson(corpus.analyze()));
  const std::string fbi = entityIdOf(result, "FBI");
  REQUIRE_FALSE(fbi.empty());
  const auto index = static_cast<std::uint32_t>(std::stoul(fbi.substr(1)) - 1);
  const json mentions = json::parse(entityMentionsToJson(corpus.result(), corpus.entityMentions(index)));
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0]["start"] == 10);
  CHECK(mentions[0]["left"] == "Émoi : le ");
  CHECK(mentions[0]["match"] == "FBI");
  CHECK(mentions[1]["sentence"] == 1);
  CHECK(corpus.entityMentions(100000).empty());
}

TEST_CASE("the result lists quotes with their speaker, a timeline and the entity x document matrix") {
  Corpus corpus;
  corpus.add("a.txt",
             "Le 24 novembre 2014, Barack Obama a déclaré : « Nous allons répondre de façon proportionnée ». "
             "Le FBI et Sony Pictures enquêtent depuis le 1er décembre 2014.",
             DocumentFormat::Text);
  const json result = json::parse(resultToJson(corpus.analyze()));
  REQUIRE(result["quotes"].size() == 1);
  const json& quote = result["quotes"][0];
  const std::string text = corpus.text("a.txt").data();
  CHECK(quote["speaker"] == entityIdOf(result, "Barack Obama"));
  REQUIRE(result["timeline"].size() == 2);
  CHECK(result["timeline"][0]["value"] == "2014-11-24");
  CHECK(result["timeline"][1]["value"] == "2014-12-01");
  CHECK(result["timeline"][1]["entities"].size() >= 1);
  for (const auto& entity : result["entities"]) {
    CHECK(entity["documentMentions"].size() == entity["documents"].size());
  }
  CHECK(result["suggestions"].is_array());
}

TEST_CASE("translated names and works sharing a word are suggested, not merged") {
  CHECK(translatedWords("Gardiens de la Paix") == translatedWords("Guardians of Peace"));
  CHECK(translatedWords("Corée du Nord") == std::vector<std::string>{"korea", "north"});
  Linking linking;
  auto add = [&](std::string name, EntityType type, std::string kb = {}) {
    Entity entity;
    entity.type = type;
    entity.name = name;
    entity.aliases = {name};
    entity.kb = std::move(kb);
    linking.entities.push_back(entity);
  };
  add("Gardiens de la Paix", EntityType::Org);          // 0
  add("Guardians of Peace", EntityType::Org);           // 1
  add("L'interview qui tue", EntityType::Work);         // 2
  add("The Interview", EntityType::Work);               // 3
  add("Washington", EntityType::Person);                // 4
  add("Washington", EntityType::Loc);                   // 5
  add("Corée du Nord", EntityType::Loc, "country:KP");  // 6
  add("North Korea", EntityType::Loc, "country:KR");    // 7: two lexicon entries are two things
  const auto suggestions = suggestMerges(linking, {});
  auto suggested = [&](std::uint32_t a, std::uint32_t b, std::string_view reason) {
    for (const Suggestion& s : suggestions) {
      if (s.a == a && s.b == b && s.reason == reason) return true;
    }
    return false;
  };
  CHECK(suggested(0, 1, "translation"));
  CHECK(suggested(2, 3, "shared-word"));
  CHECK_FALSE(suggested(4, 5, "same-words"));
  CHECK_FALSE(suggested(6, 7, "translation"));
}

TEST_CASE("a one-word organisation and the only longer one it starts are suggested when they meet") {
  Linking linking;
  auto add = [&](std::string name, std::vector<std::uint32_t> documents, std::string kb = {}) {
    Entity entity;
    entity.type = EntityType::Org;
    entity.name = name;
    entity.aliases = {name};
    entity.documents = std::move(documents);
    entity.kb = std::move(kb);
    linking.entities.push_back(entity);
  };
  add("Halvorsen", {0, 2});                        // 0
  add("Halvorsen Maritime", {1, 2});               // 1
  add("Nordhavn", {0});                            // 2
  add("Nordhavn Securities", {0});                 // 3
  add("Nordhavn Capital", {0});                    // 4: two longer names, ambiguous
  add("Brightwater", {3});                         // 5
  add("Brightwater Labs", {4});                    // 6: never in one document
  add("Sony", {5}, "org:sony");                    // 7
  add("Sony Pictures", {5}, "org:sony-pictures");  // 8: two lexicon entries
  const auto suggestions = suggestMerges(linking, {});
  auto suggested = [&](std::uint32_t a, std::uint32_t b) {
    return std::any_of(suggestions.begin(), suggestions.end(),
                       [&](const Suggestion& s) { return s.a == a && s.b == b && s.reason == "short-form"; });
  };
  CHECK(suggested(0, 1));
  CHECK_FALSE(suggested(2, 3));
  CHECK_FALSE(suggested(2, 4));
  CHECK_FALSE(suggested(5, 6));
  CHECK_FALSE(suggested(7, 8));
}

TEST_CASE("entities with the same neighbours, never together, are suggested by context") {
  Linking linking;
  for (const char* name : {"Pyongyang regime", "North Korean regime", "Sony", "FBI", "Obama", "CIA"}) {
    Entity entity;
    entity.type = EntityType::Org;
    entity.name = name;
    entity.aliases = {name};
    linking.entities.push_back(entity);
  }
  std::vector<Link> links;
  for (std::uint32_t around : {2u, 3u, 4u}) {
    links.push_back(Link{0, around, 1, {0}});
    links.push_back(Link{1, around, 1, {0}});
  }
  const auto suggestions = suggestMerges(linking, links);
  REQUIRE_FALSE(suggestions.empty());
  CHECK(suggestions[0].a == 0);
  CHECK(suggestions[0].b == 1);
  CHECK(suggestions[0].reason == "shared-context");
}
