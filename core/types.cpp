#include "types.hpp"

#include <array>

namespace recoupe {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kTypeNames = {
    "PERSON", "ORG",      "LOC",     "WORK",  "EVENT", "NORP",  "DATE",   "TIME",
    "MONEY",  "QUANTITY", "PERCENT", "EMAIL", "URL",   "PHONE", "HANDLE", "HASHTAG",
};

}  // namespace

std::string_view typeName(EntityType type) { return kTypeNames[static_cast<std::size_t>(type)]; }

std::optional<EntityType> parseEntityType(std::string_view name) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

bool isNamedType(EntityType type) {
  switch (type) {
    case EntityType::Person:
    case EntityType::Org:
    case EntityType::Loc:
    case EntityType::Work:
    case EntityType::Event:
    case EntityType::Norp:
      return true;
    default:
      return false;
  }
}

std::string_view sectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::Header:
      return "header";
    case SectionKind::Body:
      return "body";
    case SectionKind::Comments:
      return "comments";
    case SectionKind::Boilerplate:
      return "boilerplate";
  }
  return "body";
}

std::string_view languageTag(Language language) {
  switch (language) {
    case Language::French:
      return "fr";
    case Language::English:
      return "en";
    case Language::Unknown:
      break;
  }
  return "und";
}

std::optional<Language> parseLanguageTag(std::string_view tag) {
  if (tag == "fr") return Language::French;
  if (tag == "en") return Language::English;
  if (tag == "und") return Language::Unknown;
  return std::nullopt;
}

}  // namespace recoupe
