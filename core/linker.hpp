// Linking: groups the mentions of all documents into entities.
//
//   LinkOptions options{&builtinKbNames(), &aliasRules};
//   Linking linking = linkMentions(documents, options);
//
// Rules, in order (each documented where it is implemented, in linker.cpp):
//  1. Values (dates, amounts, e-mails, ...) are one entity per type and value.
//  2. Within a document, names with the same key (folded, without titles,
//     hyphens as spaces) are one entity whatever types recognition guessed:
//     a document uses one name for one thing.
//  3. A one-word name is the surname of the only full PERSON name ending with
//     it: in the same document, else in the corpus if it is typed PERSON.
//     Otherwise a one-word PERSON is the given name of the only full name of
//     its document that starts with it ("Amy" in a mail from Amy Pascal).
//  4. Across documents, names with the same key are one entity, except that a
//     one-word PERSON and LOC are never merged by name alone ("Washington");
//     organisations, works and events with that key join whichever of the two
//     exists, and stay apart when both do.
//  5. Mentions matched to the same lexicon id are one entity; demonyms (NORP)
//     carry their country's id and so join the country.
//  6. Long names that differ by a typo are one entity (name_variants.hpp).
//  7. Acronyms join their expansion when the text defines them
//     ("Guardians of Peace (GOP)"), or when exactly one multi-word name of the
//     corpus has their initials ("SPE", "GoP").
//  8. The user's alias rules are applied last (alias_rules.hpp).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "alias_rules.hpp"
#include "document_analysis.hpp"
#include "kb_names.hpp"

namespace recoupe {

struct Entity {
  EntityType type = EntityType::Org;
  std::string name;                             // canonical display name
  std::vector<std::string> aliases;             // distinct surface forms, in order of first appearance
  std::vector<std::uint32_t> documents;         // indexes into the linked documents, ascending
  std::vector<std::uint32_t> documentMentions;  // mentions in each of `documents`
  std::uint32_t mentionCount = 0;
  std::string kb;  // lexicon id, when known
};

// The entity of a mention that the user's alias rules rejected.
inline constexpr std::uint32_t kRejectedMention = std::numeric_limits<std::uint32_t>::max();

struct Linking {
  std::vector<Entity> entities;
  // mentionEntity[d][m] is the entity of mention m of document d, or kRejectedMention.
  std::vector<std::vector<std::uint32_t>> mentionEntity;
};

struct LinkOptions {
  const KbNames* kbNames = nullptr;     // canonical names of lexicon ids; none when null
  const AliasRules* aliases = nullptr;  // user curation; none when null
};

Linking linkMentions(const std::vector<const DocumentAnalysis*>& documents, const LinkOptions& options = {});

// The type a mention is shown with: its entity's, so that "CdN" linked to
// North Korea is a place and a retyped entity retypes its mentions; but a
// demonym stays NORP, and values keep their own types.
EntityType shownType(const Mention& mention, const Entity& entity);

}  // namespace recoupe
