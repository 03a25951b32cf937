#include "sort_by_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace recoupe;

namespace {

struct Item {
  int key = 0;
  std::string payload;  // tells apart the items that compare equal
};

}  // namespace

TEST_CASE("sortByIndex leaves equal elements exactly where std::sort does") {
  std::mt19937 random(7);
  for (const int size : {0, 1, 2, 3, 15, 16, 17, 100, 1000, 5000}) {
    for (const int distinctKeys : {1, 3, 50, 100000}) {
      std::vector<Item> items;
      for (int i = 0; i < size; ++i) {
        items.push_back(Item{static_cast<int>(random() % distinctKeys), "item " + std::to_string(i)});
      }
      // Presorted runs too, as mentions mostly are.
      if (distinctKeys == 50) {
        std::sort(items.begin(), items.begin() + size / 2,
                  [](const Item& a, const Item& b) { return a.key < b.key; });
      }
      std::vector<Item> expected = items;
      const auto less = [](const Item& a, const Item& b) { return a.key < b.key; };
      std::sort(expected.begin(), expected.end(), less);
      sortByIndex(items, less);
      REQUIRE(items.size() == expected.size());
      for (std::size_t i = 0; i < items.size(); ++i) {
        INFO("size ", size, ", keys ", distinctKeys, ", position ", i);
        CHECK(items[i].payload == expected[i].payload);
      }
    }
  }
}
