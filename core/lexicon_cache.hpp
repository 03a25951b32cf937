// Per-document memo of lexicon queries. Names and words repeat throughout a
// document, and each lexicon query is a binary search over front-coded keys,
// so asking once per distinct key saves most of the recogniser's lookups.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.hpp"

namespace recoupe {

class LexiconCache {
 public:
  explicit LexiconCache(const Lexicon& lexicon) : lexicon_(lexicon) {}

  const std::vector<const LexiconEntry*>& lookup(const std::string& key) const {
    auto it = entries_.find(key);
    if (it == entries_.end()) it = entries_.emplace(key, lexicon_.lookup(key)).first;
    return it->second;
  }

  bool isCommonWord(const std::string& key, Language language) const {
    const auto slot = static_cast<std::size_t>(language);
    WordFacts& facts = factsOf(key);
    if (facts.common[slot] == kUnknown)
      facts.common[slot] = lexicon_.isCommonWord(key, language) ? kYes : kNo;
    return facts.common[slot] == kYes;
  }

  bool isGivenName(const std::string& key) const {
    WordFacts& facts = factsOf(key);
    if (facts.given == kUnknown) facts.given = lexicon_.isGivenName(key) ? kYes : kNo;
    return facts.given == kYes;
  }

  // Every lowercase word of a text is asked, so the answer is memoised too.
  bool isDemonymKey(const std::string& key) const {
    WordFacts& facts = factsOf(key);
    if (facts.demonym == kUnknown) facts.demonym = lexicon_.isDemonymKey(key) ? kYes : kNo;
    return facts.demonym == kYes;
  }

  PhraseMatch longestPhrase(std::span<const std::string> foldedWords) const {
    return lexicon_.longestPhrase(foldedWords);
  }
  PhraseMatch longestPhrase(std::span<const std::string_view> foldedWords) const {
    return lexicon_.longestPhrase(foldedWords);
  }

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  static constexpr signed char kUnknown = -1;
  static constexpr signed char kNo = 0;
  static constexpr signed char kYes = 1;
  struct WordFacts {
    signed char common[3] = {kUnknown, kUnknown, kUnknown};  // per Language
    signed char given = kUnknown;
    signed char demonym = kUnknown;
  };

  WordFacts& factsOf(const std::string& key) const {
    auto it = words_.find(key);
    if (it == words_.end()) it = words_.emplace(key, WordFacts{}).first;
    return it->second;
  }

  const Lexicon& lexicon_;
  mutable std::unordered_map<std::string, std::vector<const LexiconEntry*>> entries_;
  mutable std::unordered_map<std::string, WordFacts> words_;
};

}  // namespace recoupe
