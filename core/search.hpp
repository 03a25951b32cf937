// Accent- and case-insensitive search over a linked corpus: entities whose
// name or aliases contain the query, and places in the documents where it occurs.
//
//   SearchResult found = searchCorpus(result, "coree du nord");
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "snippet.hpp"

namespace recoupe {

struct CorpusResult;

struct SearchHit {
  std::uint32_t document = 0;
  std::uint32_t start = 0;  // bytes of the original text
  std::uint32_t end = 0;
  Snippet snippet;
};

struct SearchResult {
  std::vector<std::uint32_t> entities;  // entity indexes
  std::vector<SearchHit> hits;          // in document order
  bool truncated = false;               // more hits than maxHits
};

inline constexpr std::size_t kDefaultMaxSearchHits = 500;

// Matches start at a word boundary ("nord" finds "Nord" but not "panorama").
SearchResult searchCorpus(const CorpusResult& result, std::string_view query,
                          std::size_t maxHits = kDefaultMaxSearchHits);

}  // namespace recoupe
