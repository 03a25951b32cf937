// Disjoint sets over dense indexes, with path halving and union by size.
#pragma once

#include <cstdint>
#include <numeric>
#include <vector>

namespace recoupe {

class UnionFind {
 public:
  std::uint32_t add() {
    const auto index = static_cast<std::uint32_t>(parent_.size());
    parent_.push_back(index);
    size_.push_back(1);
    return index;
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(parent_.size()); }

  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  // Returns the root of the merged set.
  std::uint32_t unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return a;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
    return a;
  }

  bool same(std::uint32_t a, std::uint32_t b) { return find(a) == find(b); }

 private:
  std::vector<std::uint32_t> parent_;
  std::vector<std::uint32_t> size_;
};

}  // namespace recoupe
