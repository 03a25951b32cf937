// Vocabulary shared by every stage of the pipeline: entity and section kinds,
// languages, and their names in the analysis-v1 JSON contract.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace recoupe {

enum class EntityType : std::uint8_t {
  Person,
  Org,
  Loc,
  Work,
  Event,
  Norp,  // demonyms; a NORP mention points at its country's entity
  Date,
  Time,
  Money,
  Quantity,
  Percent,
  Email,
  Url,
  Phone,
  Handle,
  Hashtag,
};

inline constexpr int kEntityTypeCount = 16;

std::string_view typeName(EntityType type);
std::optional<EntityType> parseEntityType(std::string_view name);

// Named types are the ones that refer to a thing in the world by its name;
// the others are values found by patterns.
bool isNamedType(EntityType type);

enum class SectionKind : std::uint8_t { Header, Body, Comments, Boilerplate };

std::string_view sectionKindName(SectionKind kind);

enum class Language : std::uint8_t { Unknown, French, English };

// BCP 47 primary tag: "fr", "en" or "und".
std::string_view languageTag(Language language);
std::optional<Language> parseLanguageTag(std::string_view tag);

}  // namespace recoupe
