#include "name_finder.hpp"

#include "lexicon.hpp"
#include "name_candidates.hpp"
#include "name_typer.hpp"

namespace recoupe {

std::vector<Mention> findNames(std::string_view text, const Segmentation& segmentation, Language language,
                               const Lexicon& lexicon) {
  return typeNames(findNameCandidates(text, segmentation, language, lexicon), lexicon);
}

std::vector<Mention> findNames(std::string_view text, const Segmentation& segmentation, Language language) {
  return findNames(text, segmentation, language, Lexicon::builtin());
}

}  // namespace recoupe
