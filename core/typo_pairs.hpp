// Finding long names that differ by a typo without comparing every pair:
// keys are blocked by their first and by their last three bytes within a
// length band, so each key meets only the few that could be its variant.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace recoupe {

// Index pairs (i < j) of keys that isTypoVariant() accepts.
std::vector<std::pair<std::uint32_t, std::uint32_t>> findTypoPairs(const std::vector<std::string>& keys);

}  // namespace recoupe
