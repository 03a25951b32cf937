#include "acronyms.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "name_variants.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

constexpr std::size_t kMaxGapBytes = 16;

enum class Gap { None, Parenthesis, Alternative, Nickname };

// Quotes, spaces and commas around the connecting word do not change its meaning.
std::string connectingWord(std::string_view between) {
  std::string word;
  for (const char c : foldKey(between)) {
    if (c == ' ' || c == ',' || c == '"' || c == '\'' || c == ':') continue;
    word.push_back(c);
  }
  // Typographic quotes survive folding as multi-byte sequences.
  for (const std::string_view quote : {"\u00AB", "\u00BB", "\u201C", "\u201D", "\u00A0", "\u202F"}) {
    for (std::size_t at = word.find(quote); at != std::string::npos; at = word.find(quote)) {
      word.erase(at, quote.size());
    }
  }
  return word;
}

bool hasQuote(std::string_view between) {
  for (const std::string_view quote : {"\"", "\u00AB", "\u201C"}) {
    if (between.find(quote) != std::string_view::npos) return true;
  }
  return false;
}

Gap classifyGap(std::string_view between) {
  if (between.size() > kMaxGapBytes) return Gap::None;
  const std::string word = connectingWord(between);
  if (word == "(") return Gap::Parenthesis;
  if (word == "or" || word == "ou" || word == "soit") return Gap::Alternative;
  static constexpr std::array<std::string_view, 7> kNicknames = {"dit",   "dite",   "aka",     "a.k.a.",
                                                                 "alias", "akathe", "surnomme"};
  if (std::find(kNicknames.begin(), kNicknames.end(), word) != kNicknames.end()) return Gap::Nickname;
  return Gap::None;
}

}  // namespace

bool abbreviates(std::string_view acronym, std::string_view expansion) {
  const std::string letters = acronymLetters(acronym);
  const auto initials = initialsOf(expansion);
  return std::find(initials.begin(), initials.end(), letters) != initials.end();
}

std::vector<std::pair<std::size_t, std::size_t>> acronymDefinitions(const DocumentAnalysis& document) {
  std::vector<std::pair<std::size_t, std::size_t>> definitions;
  const std::string_view text = document.text;
  const auto& mentions = document.mentions;
  // Only names that follow each other in the text can define one another;
  // nested names sit inside their neighbours.
  std::vector<std::size_t> outer;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (!mentions[m].nested) outer.push_back(m);
  }
  for (std::size_t o = 0; o + 1 < outer.size(); ++o) {
    const std::size_t m = outer[o];
    const std::size_t n = outer[o + 1];
    const Mention& first = mentions[m];
    const Mention& second = mentions[n];
    if (!isNamedType(first.type) || !isNamedType(second.type) || first.sentence != second.sentence) continue;
    const Gap gap = classifyGap(text.substr(first.end, second.start - first.end));
    if (gap == Gap::None) continue;
    const std::string_view a = text.substr(first.start, first.end - first.start);
    const std::string_view b = text.substr(second.start, second.end - second.start);
    const bool aShort = looksLikeAcronym(a) && keyWords(nameKey(b)).size() >= 2;
    const bool bShort = looksLikeAcronym(b) && keyWords(nameKey(a)).size() >= 2;
    if (!aShort && !bShort) continue;
    // "Los Angeles (AFP)" is a dateline, not a definition: a parenthesis or an
    // "or" must agree with the initials, unless the expansion is quoted as a name
    // ("GOP (« Gardiens de la paix »)").
    const bool initialsAgree = aShort ? abbreviates(a, b) : abbreviates(b, a);
    const bool quoted = hasQuote(text.substr(first.end, second.start - first.end));
    if (gap == Gap::Alternative && !initialsAgree) continue;
    if (gap == Gap::Parenthesis && !initialsAgree && !quoted) continue;
    definitions.emplace_back(m, n);
  }
  return definitions;
}

}  // namespace recoupe
