// What linking needs from the lexicon: the canonical English name (and type)
// of an entry, looked up by its id ("country:KP" -> "North Korea", LOC).
// Linking depends on this small interface rather than on the lexicon itself,
// so unit tests can hand it a fake and the lexicon can change freely.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "types.hpp"

namespace recoupe {

struct KbEntryName {
  std::string name;                // canonical display name, in English
  std::optional<EntityType> type;  // the entry's type, when the lexicon knows it
};

class KbNames {
 public:
  virtual ~KbNames() = default;
  virtual std::optional<KbEntryName> lookup(std::string_view id) const = 0;
};

// The names of the built-in lexicon (lexicon.hpp).
const KbNames& builtinKbNames();

}  // namespace recoupe
