// A span of a document that refers to an entity, before linking.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "types.hpp"

namespace recoupe {

enum class MentionSource : std::uint8_t { Pattern, Rule, Lexicon, Alias, User };

std::string_view mentionSourceName(MentionSource source);

struct Mention {
  std::uint32_t start = 0;  // UTF-8 byte offsets into the document's plain text, half-open
  std::uint32_t end = 0;
  EntityType type = EntityType::Org;
  MentionSource source = MentionSource::Rule;
  float score = 0.5f;
  std::uint32_t sentence = 0;  // index into the document's sentences
  std::string value;           // normalised value of DATE, TIME, MONEY, ... (empty for names)
  std::string key;             // what linking compares: the folded name, or the type and value
  std::string kb;              // id of the lexicon entry it was matched to ("country:KP"); for a NORP
                               // mention, the id of the country it points at
  bool nested = false;         // lies inside another name ("Texas" in "University of Texas")
};

}  // namespace recoupe
