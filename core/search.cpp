#include "search.hpp"

#include <algorithm>
#include <string>

#include "corpus.hpp"
#include "text_fold.hpp"
#include "utf8.hpp"

namespace recoupe {
namespace {

// A folded copy of a text that remembers, for each folded byte, the
// character of the original it came from.
struct FoldedText {
  std::string text;
  std::vector<std::uint32_t> charStart;
  std::vector<std::uint32_t> charEnd;
};

bool isWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

FoldedText foldWithOrigins(std::string_view original) {
  FoldedText folded;
  folded.text.reserve(original.size());
  bool lastSpace = true;
  std::string piece;
  for (std::size_t offset = 0; offset < original.size();) {
    const std::size_t start = offset;
    const char32_t c = nextCodePoint(original, offset);
    if (c < 0x80) {
      const char ascii = static_cast<char>(c);
      const bool space = ascii == ' ' || ascii == '\n' || ascii == '\r' || ascii == '\t';
      piece.clear();
      piece.push_back(space ? ' ' : (ascii >= 'A' && ascii <= 'Z' ? static_cast<char>(ascii + 32) : ascii));
    } else {
      piece = foldKey(original.substr(start, offset - start));
      if (piece.empty()) piece.push_back(' ');  // white space folds to nothing on its own
    }
    if (piece == " ") {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    for (const char byte : piece) {
      folded.text.push_back(byte);
      folded.charStart.push_back(static_cast<std::uint32_t>(start));
      folded.charEnd.push_back(static_cast<std::uint32_t>(offset));
    }
  }
  return folded;
}

bool containsKey(std::string_view haystack, std::string_view folded) {
  return foldKey(haystack).find(folded) != std::string::npos;
}

}  // namespace

SearchResult searchCorpus(const CorpusResult& result, std::string_view query, std::size_t maxHits) {
  SearchResult found;
  const std::string key = foldKey(query);
  if (key.empty()) return found;
  const auto& entities = result.linking.entities;
  for (std::uint32_t e = 0; e < entities.size(); ++e) {
    const Entity& entity = entities[e];
    const bool matches = containsKey(entity.name, key) ||
                         std::any_of(entity.aliases.begin(), entity.aliases.end(),
                                     [&](const std::string& alias) { return containsKey(alias, key); });
    if (matches) found.entities.push_back(e);
  }
  for (std::uint32_t d = 0; d < result.documents.size(); ++d) {
    const DocumentAnalysis& document = *result.documents[d];
    if (document.error || document.text.empty()) continue;
    const FoldedText folded = foldWithOrigins(document.text);
    for (std::size_t at = folded.text.find(key); at != std::string::npos;
         at = folded.text.find(key, at + 1)) {
      if (at > 0 && isWordByte(folded.text[at - 1]) && isWordByte(key[0])) continue;
      if (found.hits.size() == maxHits) {
        found.truncated = true;
        return found;
      }
      const std::uint32_t start = folded.charStart[at];
      const std::uint32_t end = folded.charEnd[at + key.size() - 1];
      found.hits.push_back(SearchHit{d, start, end, makeSnippet(document.text, start, end)});
    }
  }
  return found;
}

}  // namespace recoupe
