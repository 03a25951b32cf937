// Linking: groups the mentions of all documents into entities.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document_analysis.hpp"

namespace recoupe {

struct Entity {
  EntityType type = EntityType::Org;
  std::string name;                      // canonical display name
  std::vector<std::string> aliases;      // distinct surface forms, in order of first appearance
  std::vector<std::uint32_t> documents;  // indexes into the linked documents, ascending
  std::uint32_t mentionCount = 0;
  std::string kb;  // lexicon id, when known
};

struct Linking {
  std::vector<Entity> entities;
  // mentionEntity[d][m] is the entity of mention m of document d.
  std::vector<std::vector<std::uint32_t>> mentionEntity;
};

// Mentions with the same key are one entity; a named entity takes the type
// most of its mentions have, and its most frequent surface form as its name.
Linking linkMentions(const std::vector<const DocumentAnalysis*>& documents);

}  // namespace recoupe
