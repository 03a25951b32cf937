#include "kb_names.hpp"

#include "lexicon.hpp"

namespace recoupe {
namespace {

class LexiconKbNames final : public KbNames {
 public:
  std::optional<KbEntryName> lookup(std::string_view id) const override {
    const LexiconEntry* entry = Lexicon::builtin().entry(id);
    if (!entry || entry->name.empty()) return std::nullopt;
    // Mentions carry a demonym's country id, but name the entry itself if asked.
    return KbEntryName{std::string(entry->name), entry->type};
  }
};

}  // namespace

const KbNames& builtinKbNames() {
  static const LexiconKbNames names;
  return names;
}

}  // namespace recoupe
