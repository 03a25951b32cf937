// Recognition on the article bodies of the seed corpus, scored against our
// own annotation (tests/shared/seed-gold.json): the issue asks for recall
// >= 0.90 and precision >= 0.85 on the named mentions there.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "seed_corpus.hpp"

using namespace recoupe;
using nlohmann::json;

namespace {

const std::set<std::string> kNamedTypes = {"PERSON", "ORG", "LOC", "WORK", "EVENT"};

json readGold() {
  std::ifstream stream(RECOUPE_SEED_GOLD);
  REQUIRE(stream.good());
  return json::parse(stream);
}

bool inside(const json& ranges, std::int64_t offset) {
  for (const auto& range : ranges) {
    if (range[0].get<std::int64_t>() <= offset && offset < range[1].get<std::int64_t>()) return true;
  }
  return false;
}

struct Score {
  int gold = 0;
  int predicted = 0;
  int spanMatches = 0;
  int typedMatches = 0;
  // For linking: per matched mention, its gold entity and the predicted one.
  std::vector<std::pair<std::string, std::string>> linked;
};

Score scoreSeedBodies() {
  const json gold = readGold();
  const json& result = testing::seedCorpusResult();
  std::map<std::string, std::int64_t> lengths;
  for (const auto& document : result["documents"]) lengths[document["id"]] = document["length"];
  Score score;
  for (const auto& [name, annotated] : gold["documents"].items()) {
    INFO("seed ", name);
    // A seed file that changed no longer matches its annotation.
    REQUIRE(lengths.count(name) == 1);
    REQUIRE(lengths[name] == annotated["length"].get<std::int64_t>());
    std::map<std::pair<std::int64_t, std::int64_t>, json> goldBySpan;
    for (const auto& mention : annotated["mentions"]) {
      goldBySpan[{mention[0].get<std::int64_t>(), mention[1].get<std::int64_t>()}] = mention;
      score.gold += mention.size() < 5;
    }
    std::set<std::pair<std::int64_t, std::int64_t>> matched;
    for (const auto& mention : result["mentions"]) {
      if (mention["doc"] != name || !kNamedTypes.count(mention["type"].get<std::string>()) ||
          !inside(annotated["body"], mention["start"].get<std::int64_t>()))
        continue;
      const auto found =
          goldBySpan.find({mention["start"].get<std::int64_t>(), mention["end"].get<std::int64_t>()});
      const bool optional = found != goldBySpan.end() && found->second.size() == 5;
      if (optional) continue;
      ++score.predicted;
      if (found == goldBySpan.end()) {
        MESSAGE("not in the annotation: ", mention["type"].get<std::string>(), " ",
                mention["text"].get<std::string>());
        continue;
      }
      matched.insert(found->first);
      ++score.spanMatches;
      if (found->second[2] == mention["type"]) {
        ++score.typedMatches;
        score.linked.emplace_back(found->second[3].get<std::string>(), mention["entity"].get<std::string>());
      } else {
        MESSAGE("typed apart: ", mention["text"].get<std::string>(), " ", mention["type"].get<std::string>(),
                " (", found->second[2].get<std::string>(), ")");
      }
    }
    for (const auto& [span, mention] : goldBySpan) {
      if (mention.size() < 5 && !matched.count(span))
        MESSAGE("missed: ", mention[2].get<std::string>(), " at ", span.first, "-", span.second, " (",
                mention[3].get<std::string>(), ")");
    }
  }
  return score;
}

// B-cubed F1 of the predicted entities against the gold ones, over the
// mentions matched with their type.
double bCubedF1(const std::vector<std::pair<std::string, std::string>>& linked) {
  double precision = 0;
  double recall = 0;
  for (const auto& [goldEntity, predictedEntity] : linked) {
    int sameGold = 0;
    int samePredicted = 0;
    int both = 0;
    for (const auto& [otherGold, otherPredicted] : linked) {
      sameGold += otherGold == goldEntity;
      samePredicted += otherPredicted == predictedEntity;
      both += otherGold == goldEntity && otherPredicted == predictedEntity;
    }
    precision += static_cast<double>(both) / samePredicted;
    recall += static_cast<double>(both) / sameGold;
  }
  precision /= static_cast<double>(linked.size());
  recall /= static_cast<double>(linked.size());
  return 2 * precision * recall / (precision + recall);
}

}  // namespace

TEST_CASE("named mentions in the seeds' article bodies meet the issue's recall and precision") {
  const Score score = scoreSeedBodies();
  REQUIRE(score.gold > 150);
  REQUIRE(score.predicted > 0);
  const double precision = static_cast<double>(score.typedMatches) / score.predicted;
  const double recall = static_cast<double>(score.typedMatches) / score.gold;
  MESSAGE("seed bodies: gold ", score.gold, ", predicted ", score.predicted, ", span matches ",
          score.spanMatches, ", typed precision ", precision, ", typed recall ", recall);
  CHECK(recall >= 0.90);
  CHECK(precision >= 0.85);
  // "DPRK", "North Korea" and "Corée du Nord" are one entity; so are the
  // film and its French title.
  const double linking = bCubedF1(score.linked);
  MESSAGE("seed bodies: linking B-cubed F1 ", linking);
  CHECK(linking >= 0.90);
}
