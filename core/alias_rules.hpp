// User curation of the linking, shared by a team as a small JSON file and
// applied on every run. Format (version 1), every key optional but "version":
//
//   {
//     "version": 1,
//     "merge":  [["GOP", "Guardians of Peace"]],                  // these names are one entity
//     "split":  [{"alias": "Washington", "from": "George Washington"}],  // this form is its own entity
//     "rename": [{"entity": "Sony", "name": "Sony Corporation"}],  // display name
//     "retype": [{"entity": "Hollywood", "type": "LOC"}],
//     "reject": ["Trois", {"alias": "Parlant"}]                   // a whole entity, or one surface form
//   }
//
// An entity is designated by its name or any of its aliases, compared like
// linking keys (case, accents and titles ignored). Names that match nothing
// in the corpus are ignored, so one file serves a growing corpus.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"
#include "types.hpp"

namespace recoupe {

struct AliasRules {
  struct Split {
    std::string alias;
    std::string from;
  };
  struct Rename {
    std::string entity;
    std::string name;
  };
  struct Retype {
    std::string entity;
    EntityType type = EntityType::Org;
  };

  std::vector<std::vector<std::string>> merge;
  std::vector<Split> split;
  std::vector<Rename> rename;
  std::vector<Retype> retype;
  std::vector<std::string> rejectEntities;
  std::vector<std::string> rejectAliases;

  bool empty() const {
    return merge.empty() && split.empty() && rename.empty() && retype.empty() && rejectEntities.empty() &&
           rejectAliases.empty();
  }
};

// Parses and validates an alias file. A malformed one gives an InvalidAliases
// error whose message says where ("merge[1]: expected an array of at least two names").
Expected<AliasRules> parseAliasRules(std::string_view json);

}  // namespace recoupe
