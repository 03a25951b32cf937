#include "linker.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

namespace recoupe {
namespace {

struct EntityBuilder {
  std::array<std::uint32_t, kEntityTypeCount> typeVotes{};
  std::vector<std::pair<std::string, std::uint32_t>> surfaceCounts;  // in order of first appearance
  std::vector<std::uint32_t> documents;
  std::uint32_t mentionCount = 0;
  EntityType firstType = EntityType::Org;

  void add(std::string_view surface, EntityType type, std::uint32_t document) {
    if (mentionCount == 0) firstType = type;
    ++mentionCount;
    ++typeVotes[static_cast<std::size_t>(type)];
    if (documents.empty() || documents.back() != document) documents.push_back(document);
    for (auto& [form, count] : surfaceCounts) {
      if (form == surface) {
        ++count;
        return;
      }
    }
    surfaceCounts.emplace_back(std::string(surface), 1);
  }

  Entity build() const {
    Entity entity;
    entity.type = firstType;
    std::uint32_t best = 0;
    for (std::size_t t = 0; t < typeVotes.size(); ++t) {
      if (typeVotes[t] > best) {
        best = typeVotes[t];
        entity.type = static_cast<EntityType>(t);
      }
    }
    // The most frequent form, preferring the longer one on ties (it tends to be
    // the most informative: "Sony Pictures Entertainment" over "Sony Pictures").
    const std::pair<std::string, std::uint32_t>* name = nullptr;
    for (const auto& form : surfaceCounts) {
      if (!name || form.second > name->second ||
          (form.second == name->second && form.first.size() > name->first.size())) {
        name = &form;
      }
    }
    if (name) entity.name = name->first;
    for (const auto& form : surfaceCounts) entity.aliases.push_back(form.first);
    entity.documents = documents;
    entity.mentionCount = mentionCount;
    return entity;
  }
};

// Names of any named type share one key space, so "Sony" typed ORG in one
// sentence and PERSON in another is still one entity; values stay per type.
std::string linkKey(const Mention& mention) {
  if (isNamedType(mention.type)) return "name:" + mention.key;
  return mention.key;
}

}  // namespace

Linking linkMentions(const std::vector<const DocumentAnalysis*>& documents) {
  Linking linking;
  std::unordered_map<std::string, std::uint32_t> entityByKey;
  std::vector<EntityBuilder> builders;
  linking.mentionEntity.resize(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const DocumentAnalysis& document = *documents[d];
    auto& entityOfMention = linking.mentionEntity[d];
    entityOfMention.reserve(document.mentions.size());
    for (const Mention& mention : document.mentions) {
      const auto [it, inserted] =
          entityByKey.try_emplace(linkKey(mention), static_cast<std::uint32_t>(builders.size()));
      if (inserted) builders.emplace_back();
      const std::string_view surface =
          std::string_view(document.text).substr(mention.start, mention.end - mention.start);
      builders[it->second].add(surface, mention.type, static_cast<std::uint32_t>(d));
      entityOfMention.push_back(it->second);
    }
  }
  linking.entities.reserve(builders.size());
  for (const EntityBuilder& builder : builders) linking.entities.push_back(builder.build());
  return linking;
}

}  // namespace recoupe
