#include "cooccurrence.hpp"

#include <algorithm>
#include <unordered_map>

namespace recoupe {
namespace {

// A pathological sentence (a list of 10,000 names) would otherwise cost a
// quadratic number of pairs; beyond this many entities a sentence is a list,
// not a statement about how they relate.
constexpr std::size_t kMaxEntitiesPerSentence = 40;

}  // namespace

std::vector<Link> cooccurrenceLinks(const std::vector<const DocumentAnalysis*>& documents,
                                    const Linking& linking) {
  std::unordered_map<std::uint64_t, Link> links;
  std::vector<std::uint32_t> inSentence;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& mentions = documents[d]->mentions;
    const auto& entityOfMention = linking.mentionEntity[d];
    std::size_t m = 0;
    while (m < mentions.size()) {
      const std::uint32_t sentence = mentions[m].sentence;
      inSentence.clear();
      for (; m < mentions.size() && mentions[m].sentence == sentence; ++m) {
        const std::uint32_t entity = entityOfMention[m];
        if (entity == kRejectedMention) continue;
        if (isNamedType(linking.entities[entity].type)) inSentence.push_back(entity);
      }
      std::sort(inSentence.begin(), inSentence.end());
      inSentence.erase(std::unique(inSentence.begin(), inSentence.end()), inSentence.end());
      if (inSentence.size() > kMaxEntitiesPerSentence) continue;
      for (std::size_t i = 0; i < inSentence.size(); ++i) {
        for (std::size_t j = i + 1; j < inSentence.size(); ++j) {
          const std::uint64_t key = (static_cast<std::uint64_t>(inSentence[i]) << 32) | inSentence[j];
          Link& link = links[key];
          link.a = inSentence[i];
          link.b = inSentence[j];
          ++link.weight;
          if (link.documents.empty() || link.documents.back() != d)
            link.documents.push_back(static_cast<std::uint32_t>(d));
        }
      }
    }
  }
  std::vector<Link> result;
  result.reserve(links.size());
  for (auto& [key, link] : links) result.push_back(std::move(link));
  std::sort(result.begin(), result.end(), [](const Link& x, const Link& y) {
    if (x.weight != y.weight) return x.weight > y.weight;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  return result;
}

}  // namespace recoupe
