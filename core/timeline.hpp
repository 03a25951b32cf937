// The timeline: every dated mention with its normalised value and the named
// entities of its sentence, in chronological order.
#pragma once

#include <cstdint>
#include <vector>

#include "linker.hpp"

namespace recoupe {

struct TimelineEvent {
  std::uint32_t document = 0;
  std::uint32_t mention = 0;            // index into that document's mentions (a DATE with a value)
  std::vector<std::uint32_t> entities;  // named entities of the same sentence, ascending
};

// Sorted by value (ISO 8601 sorts as text; "--12-25", of unknown year, comes first), then document order.
std::vector<TimelineEvent> buildTimeline(const std::vector<const DocumentAnalysis*>& documents,
                                         const Linking& linking);

}  // namespace recoupe
