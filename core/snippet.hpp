// Keyword-in-context snippets: the words around a span, on one line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace recoupe {

struct Snippet {
  std::string left;   // up to `context` characters before the span, white space collapsed
  std::string match;  // the span itself
  std::string right;  // up to `context` characters after it
};

inline constexpr std::size_t kSnippetContext = 60;

// `start` and `end` are byte offsets of valid UTF-8 `text` on character boundaries.
Snippet makeSnippet(std::string_view text, std::size_t start, std::size_t end,
                    std::size_t context = kSnippetContext);

}  // namespace recoupe
