#include "suggestions.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "cue_words.hpp"
#include "name_variants.hpp"

namespace recoupe {
namespace {

// Common words of organisation, place and title names, French -> English,
// folded. Small on purpose: it supports suggestions, never automatic merges.
constexpr auto kFrenchToEnglish = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"affaires", "affairs"},
    {"agence", "agency"},
    {"armee", "army"},
    {"assemblee", "assembly"},
    {"banque", "bank"},
    {"blanche", "white"},
    {"centrale", "central"},
    {"chambre", "chamber"},
    {"commission", "commission"},
    {"conseil", "council"},
    {"coree", "korea"},
    {"cour", "court"},
    {"democratique", "democratic"},
    {"departement", "department"},
    {"enquete", "investigation"},
    {"est", "east"},
    {"etat", "state"},
    {"etats", "states"},
    {"etrangeres", "foreign"},
    {"europeenne", "european"},
    {"federal", "federal"},
    {"federale", "federal"},
    {"gardiens", "guardians"},
    {"gardien", "guardian"},
    {"generale", "general"},
    {"gouvernement", "government"},
    {"guerre", "war"},
    {"internationale", "international"},
    {"justice", "justice"},
    {"maison", "house"},
    {"ministere", "ministry"},
    {"mondiale", "world"},
    {"nationale", "national"},
    {"nations", "nations"},
    {"nord", "north"},
    {"nouvelle", "new"},
    {"ouest", "west"},
    {"paix", "peace"},
    {"parti", "party"},
    {"populaire", "people's"},
    {"presse", "press"},
    {"renseignement", "intelligence"},
    {"republique", "republic"},
    {"royaume", "kingdom"},
    {"securite", "security"},
    {"sud", "south"},
    {"uni", "united"},
    {"unies", "united"},
    {"unis", "united"},
    {"union", "union"},
});

constexpr auto kArticles = std::to_array<std::string_view>(
    {"the", "a", "an", "le", "la", "les", "l'", "un", "une", "de", "du", "des", "d'", "of", "and", "et"});

constexpr std::size_t kMinContentWordBytes = 4;
constexpr std::size_t kMaxBucket = 8;            // larger buckets are common words, not evidence
constexpr std::size_t kMaxNeighbourFanout = 50;  // hubs co-occur with everything
constexpr std::size_t kMaxPerEntity = 3;

std::string_view english(std::string_view word) {
  for (const auto& [french, translation] : kFrenchToEnglish) {
    if (french == word) return translation;
  }
  return word;
}

bool isArticle(std::string_view word) {
  return std::find(kArticles.begin(), kArticles.end(), word) != kArticles.end();
}

std::vector<std::string> contentWords(std::string_view name, bool translate) {
  std::vector<std::string> words;
  const std::string key = nameKey(name);
  for (std::string_view word : keyWords(key)) {
    // "l'interview" -> "interview"
    if (word.size() > 2 && (word.starts_with("l'") || word.starts_with("d'"))) word.remove_prefix(2);
    if (isArticle(word)) continue;
    words.emplace_back(translate ? english(word) : word);
  }
  std::sort(words.begin(), words.end());
  return words;
}

std::vector<std::string> untranslatedWords(std::string_view name) { return contentWords(name, false); }
std::vector<std::string> translatedWordsOf(std::string_view name) { return contentWords(name, true); }

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += word + " ";
  return out;
}

bool mayBeOne(const Entity& a, const Entity& b) {
  if (!isNamedType(a.type) || !isNamedType(b.type) || !typesMayMerge(a.type, b.type)) return false;
  // Two lexicon entries are known to be two things.
  return a.kb.empty() || b.kb.empty() || a.kb == b.kb;
}

class Collector {
 public:
  explicit Collector(const Linking& linking) : linking_(linking) {}

  void add(std::uint32_t a, std::uint32_t b, double score, std::string_view reason) {
    if (a == b || !mayBeOne(linking_.entities[a], linking_.entities[b])) return;
    if (a > b) std::swap(a, b);
    auto [it, inserted] = best_.try_emplace(std::pair{a, b}, Suggestion{a, b, score, reason});
    if (!inserted && score > it->second.score) it->second = Suggestion{a, b, score, reason};
  }

  std::vector<Suggestion> take() {
    std::vector<Suggestion> all;
    for (auto& [pair, suggestion] : best_) all.push_back(suggestion);
    std::stable_sort(all.begin(), all.end(),
                     [](const Suggestion& x, const Suggestion& y) { return x.score > y.score; });
    std::unordered_map<std::uint32_t, std::size_t> perEntity;
    std::vector<Suggestion> kept;
    for (const Suggestion& suggestion : all) {
      if (perEntity[suggestion.a] >= kMaxPerEntity || perEntity[suggestion.b] >= kMaxPerEntity) continue;
      ++perEntity[suggestion.a];
      ++perEntity[suggestion.b];
      kept.push_back(suggestion);
    }
    return kept;
  }

 private:
  const Linking& linking_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, Suggestion> best_;
};

struct Variant {
  std::uint32_t entity;
  bool translated;  // a French word was put in English
};

void byTranslation(const Linking& linking, Collector& collector) {
  std::unordered_map<std::string, std::vector<Variant>> byWords;
  for (std::uint32_t e = 0; e < linking.entities.size(); ++e) {
    const Entity& entity = linking.entities[e];
    if (!isNamedType(entity.type)) continue;
    std::unordered_set<std::string> seen;
    for (const std::string& alias : entity.aliases) {
      const auto words = translatedWordsOf(alias);
      if (words.empty()) continue;
      std::string key = joined(words);
      if (seen.insert(key).second)
        byWords[key].push_back(Variant{e, key != joined(untranslatedWords(alias))});
    }
  }
  for (const auto& [key, variants] : byWords) {
    if (variants.size() < 2 || variants.size() > kMaxBucket) continue;
    for (std::size_t i = 0; i < variants.size(); ++i) {
      for (std::size_t j = i + 1; j < variants.size(); ++j) {
        // Equal once translated, or only once articles are dropped ("The Interview" / "Interview").
        const bool translated = variants[i].translated || variants[j].translated;
        collector.add(variants[i].entity, variants[j].entity, translated ? 0.8 : 0.7,
                      translated ? "translation" : "same-words");
      }
    }
  }
}

void bySharedWord(const Linking& linking, Collector& collector) {
  std::unordered_map<std::string, std::vector<std::uint32_t>> byWord;
  for (std::uint32_t e = 0; e < linking.entities.size(); ++e) {
    const Entity& entity = linking.entities[e];
    if (entity.type != EntityType::Work) continue;
    std::unordered_set<std::string> words;
    for (const std::string& alias : entity.aliases) {
      for (std::string& word : translatedWordsOf(alias)) {
        if (word.size() >= kMinContentWordBytes && !cues::isFunctionWord(word)) words.insert(std::move(word));
      }
    }
    for (const std::string& word : words) byWord[word].push_back(e);
  }
  for (const auto& [word, entities] : byWord) {
    if (entities.size() < 2 || entities.size() > kMaxBucket) continue;
    for (std::size_t i = 0; i < entities.size(); ++i) {
      for (std::size_t j = i + 1; j < entities.size(); ++j)
        collector.add(entities[i], entities[j], 0.5, "shared-word");
    }
  }
}

// "Halvorsen" and "Halvorsen Maritime" in one document: a one-word
// organisation unknown to the lexicon and the only longer organisation that
// starts with it. Only suggested: "groupe Vernier" and its subsidiary "Vernier
// Logistique" are two bodies.
void byShortForm(const Linking& linking, Collector& collector) {
  std::unordered_map<std::string, std::vector<std::uint32_t>> longerByFirstWord;
  std::unordered_map<std::string, std::uint32_t> shortForms;
  for (std::uint32_t e = 0; e < linking.entities.size(); ++e) {
    const Entity& entity = linking.entities[e];
    if (entity.type != EntityType::Org) continue;
    const std::string key = nameKey(entity.name);
    const auto words = keyWords(key);
    if (words.size() >= 2) {
      longerByFirstWord[std::string(words.front())].push_back(e);
    } else if (words.size() == 1 && entity.kb.empty()) {
      shortForms.emplace(key, e);
    }
  }
  for (const auto& [word, shortForm] : shortForms) {
    const auto longer = longerByFirstWord.find(word);
    if (longer == longerByFirstWord.end() || longer->second.size() != 1) continue;
    const Entity& a = linking.entities[shortForm];
    const Entity& b = linking.entities[longer->second.front()];
    const bool together = std::any_of(a.documents.begin(), a.documents.end(), [&](std::uint32_t d) {
      return std::binary_search(b.documents.begin(), b.documents.end(), d);
    });
    if (together) collector.add(shortForm, longer->second.front(), 0.6, "short-form");
  }
}

void bySharedContext(const Linking& linking, const std::vector<Link>& links, Collector& collector) {
  std::vector<std::unordered_set<std::uint32_t>> neighbours(linking.entities.size());
  for (const Link& link : links) {
    neighbours[link.a].insert(link.b);
    neighbours[link.b].insert(link.a);
  }
  std::unordered_map<std::uint64_t, std::uint32_t> shared;
  for (const auto& around : neighbours) {
    if (around.size() > kMaxNeighbourFanout) continue;
    const std::vector<std::uint32_t> list(around.begin(), around.end());
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        const auto [a, b] = std::minmax(list[i], list[j]);
        ++shared[(static_cast<std::uint64_t>(a) << 32) | b];
      }
    }
  }
  for (const auto& [key, count] : shared) {
    const auto a = static_cast<std::uint32_t>(key >> 32);
    const auto b = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
    if (count < 3 || linking.entities[a].type != linking.entities[b].type) continue;
    if (neighbours[a].count(b)) continue;  // named in one sentence: two things
    const std::size_t unionSize = neighbours[a].size() + neighbours[b].size() - count;
    const double jaccard = static_cast<double>(count) / static_cast<double>(unionSize);
    if (jaccard >= 0.6) collector.add(a, b, 0.5 * jaccard, "shared-context");
  }
}

}  // namespace

std::vector<std::string> translatedWords(std::string_view name) { return contentWords(name, true); }

std::vector<Suggestion> suggestMerges(const Linking& linking, const std::vector<Link>& links) {
  Collector collector(linking);
  byTranslation(linking, collector);
  bySharedWord(linking, collector);
  byShortForm(linking, collector);
  bySharedContext(linking, links, collector);
  return collector.take();
}

}  // namespace recoupe
