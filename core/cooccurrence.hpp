// Co-occurrence links: two entities are linked by every sentence that
// mentions both.
#pragma once

#include <cstdint>
#include <vector>

#include "linker.hpp"

namespace recoupe {

struct Link {
  std::uint32_t a = 0;  // entity indexes, a < b
  std::uint32_t b = 0;
  std::uint32_t weight = 0;              // number of sentences
  std::vector<std::uint32_t> documents;  // ascending document indexes
};

// Only named entities take part: dates and figures co-occur with everything
// and would drown the network. Links come sorted by weight, heaviest first.
std::vector<Link> cooccurrenceLinks(const std::vector<const DocumentAnalysis*>& documents,
                                    const Linking& linking);

}  // namespace recoupe
