// Integration checks on the shared seed corpus (../shared/corpus/seeds).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "result_output.hpp"
#include "seed_corpus.hpp"

using namespace recoupe;
using nlohmann::json;

namespace {

const json& analyzeSeeds() { return testing::seedCorpusResult(); }

}  // namespace

TEST_CASE("the seeds are five documents, four French and one English") {
  const json& result = analyzeSeeds();
  REQUIRE(result["documents"].size() == 5);
  int french = 0;
  int english = 0;
  for (const auto& document : result["documents"]) {
    CHECK_FALSE(document.contains("error"));
    french += document["language"] == "fr";
    english += document["language"] == "en";
  }
  CHECK(french == 4);
  CHECK(english == 1);
  CHECK(result["mentions"].size() >= 100);
}

TEST_CASE("seed mentions stay inside their document; only nested names overlap, inside their container") {
  const json& result = analyzeSeeds();
  std::map<std::string, std::int64_t> lengths;
  for (const auto& document : result["documents"]) lengths[document["id"]] = document["length"];
  std::map<std::string, std::int64_t> lastStart;
  std::map<std::string, std::int64_t> lastEnd;
  std::size_t nested = 0;
  for (const auto& mention : result["mentions"]) {
    const std::string doc = mention["doc"];
    const std::int64_t start = mention["start"];
    const std::int64_t end = mention["end"];
    CHECK(start < end);
    CHECK(end <= lengths[doc]);
    if (mention.value("nested", false)) {
      ++nested;
      CHECK(start >= lastStart[doc]);
      CHECK(end <= lastEnd[doc]);
      continue;
    }
    CHECK(start >= lastEnd[doc]);
    lastStart[doc] = start;
    lastEnd[doc] = end;
  }
  // "America" in the film "Team America" at least.
  CHECK(nested >= 1);
}

TEST_CASE("names shared by several seeds are one entity") {
  const json& result = analyzeSeeds();
  // The number of documents of the entity that has this surface form among its aliases.
  auto documentsOfAlias = [&](const std::string& alias) -> std::size_t {
    for (const auto& entity : result["entities"]) {
      for (const auto& form : entity["aliases"]) {
        if (form == alias) return entity["documents"].size();
      }
    }
    return 0;
  };
  CHECK(documentsOfAlias("Sony Pictures Entertainment") >= 2);
  CHECK(documentsOfAlias("Guardians of Peace") >= 3);
  CHECK(documentsOfAlias("Sony") >= 3);
}
