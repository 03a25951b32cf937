#include "typo_pairs.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "name_variants.hpp"

namespace recoupe {
namespace {

constexpr std::size_t kMinKeyBytes = 10;
constexpr std::size_t kBlockBytes = 3;
constexpr std::size_t kBandBytes = 4;
// A block this crowded is a list of near-identical generated names; comparing
// inside it would be quadratic for little gain.
constexpr std::size_t kMaxComparisonsPerBlock = 64;

std::string blockKey(char side, std::string_view bytes, std::size_t band) {
  std::string key(1, side);
  key.append(bytes);
  key.push_back(':');
  key.append(std::to_string(band));
  return key;
}

}  // namespace

std::vector<std::pair<std::uint32_t, std::uint32_t>> findTypoPairs(const std::vector<std::string>& keys) {
  std::unordered_map<std::string, std::vector<std::uint32_t>> blocks;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    const std::string_view key = keys[i];
    if (key.size() < kMinKeyBytes) continue;
    const std::size_t band = key.size() / kBandBytes;
    const std::string_view prefix = key.substr(0, kBlockBytes);
    const std::string_view suffix = key.substr(key.size() - kBlockBytes);
    // A typo spoils at most one end; look for neighbours by both ends in adjacent bands.
    for (const auto& [side, bytes] : {std::pair{'<', prefix}, std::pair{'>', suffix}}) {
      for (std::size_t b = band == 0 ? 0 : band - 1; b <= band + 1; ++b) {
        const auto block = blocks.find(blockKey(side, bytes, b));
        if (block == blocks.end()) continue;
        std::size_t compared = 0;
        for (const std::uint32_t j : block->second) {
          if (++compared > kMaxComparisonsPerBlock) break;
          if (isTypoVariant(keys[j], key)) pairs.emplace_back(j, i);
        }
      }
      auto& own = blocks[blockKey(side, bytes, band)];
      if (own.size() <= kMaxComparisonsPerBlock) own.push_back(i);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace recoupe
