#include "timeline.hpp"

#include <algorithm>

namespace recoupe {

std::vector<TimelineEvent> buildTimeline(const std::vector<const DocumentAnalysis*>& documents,
                                         const Linking& linking) {
  std::vector<TimelineEvent> events;
  for (std::uint32_t d = 0; d < documents.size(); ++d) {
    const auto& mentions = documents[d]->mentions;
    const auto& entityOf = linking.mentionEntity[d];
    // Mentions are sorted, so a sentence's mentions are one run.
    std::size_t runStart = 0;
    while (runStart < mentions.size()) {
      std::size_t runEnd = runStart;
      std::vector<std::uint32_t> named;
      for (; runEnd < mentions.size() && mentions[runEnd].sentence == mentions[runStart].sentence; ++runEnd) {
        const std::uint32_t entity = entityOf[runEnd];
        if (entity != kRejectedMention && isNamedType(linking.entities[entity].type)) named.push_back(entity);
      }
      std::sort(named.begin(), named.end());
      named.erase(std::unique(named.begin(), named.end()), named.end());
      for (std::size_t m = runStart; m < runEnd; ++m) {
        if (mentions[m].type != EntityType::Date || mentions[m].value.empty()) continue;
        if (entityOf[m] == kRejectedMention) continue;
        events.push_back(TimelineEvent{d, static_cast<std::uint32_t>(m), named});
      }
      runStart = runEnd;
    }
  }
  std::stable_sort(events.begin(), events.end(), [&](const TimelineEvent& a, const TimelineEvent& b) {
    return documents[a.document]->mentions[a.mention].value <
           documents[b.document]->mentions[b.mention].value;
  });
  return events;
}

}  // namespace recoupe
