// Sorting vectors of large elements (mentions: three strings each) by moving
// 4-byte indices instead of the elements.
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace recoupe {

// Sorts `items` with std::sort and `less`, leaving them in exactly the order
// std::sort(items.begin(), items.end(), less) would: std::sort's steps depend
// only on the outcomes of its comparisons, and sorting indices under the same
// comparisons takes the same steps, so equal elements end up where they would
// have. Each element is then moved once, along the cycles of the permutation.
template <typename T, typename Less>
void sortByIndex(std::vector<T>& items, Less less) {
  std::vector<std::uint32_t> order(items.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return less(items[a], items[b]); });
  // Position i receives items[order[i]]; follow each cycle once.
  for (std::uint32_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    T held = std::move(items[start]);
    std::uint32_t position = start;
    while (order[position] != start) {
      const std::uint32_t from = order[position];
      items[position] = std::move(items[from]);
      order[position] = position;
      position = from;
    }
    items[position] = std::move(held);
    order[position] = position;
  }
}

}  // namespace recoupe
