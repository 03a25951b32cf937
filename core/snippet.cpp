#include "snippet.hpp"

#include "utf8.hpp"

namespace recoupe {
namespace {

bool isBreak(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\t' || c == U'\u00A0'; }

// Line breaks inside a snippet would break the one-line display.
std::string oneLine(std::string_view text) {
  std::string out;
  bool lastSpace = false;
  for (std::size_t offset = 0; offset < text.size();) {
    char32_t c = nextCodePoint(text, offset);
    if (isBreak(c)) c = U' ';
    if (c == U' ' && lastSpace) continue;
    lastSpace = c == U' ';
    appendUtf8(out, c);
  }
  return out;
}

}  // namespace

Snippet makeSnippet(std::string_view text, std::size_t start, std::size_t end, std::size_t context) {
  std::size_t left = start;
  for (std::size_t n = 0; n < context && left > 0; ++n) previousCodePoint(text, left);
  std::size_t right = end;
  for (std::size_t n = 0; n < context && right < text.size(); ++n) nextCodePoint(text, right);
  return Snippet{oneLine(text.substr(left, start - left)), oneLine(text.substr(start, end - start)),
                 oneLine(text.substr(end, right - end))};
}

}  // namespace recoupe
