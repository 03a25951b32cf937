#include "language_detector.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

namespace recoupe {
namespace {

// Frequent words that are (nearly) exclusive to one of the two languages.
// Words shared by both ("a", "on", "son", "me", "as") are left out on purpose.
constexpr std::array<std::string_view, 58> kFrenchWords = {
    "le",    "la",   "les",  "des",   "du",     "une",   "est",   "et",     "dans",   "pour",
    "que",   "qui",  "sur",  "par",   "avec",   "pas",   "au",    "aux",    "ce",     "cette",
    "il",    "elle", "nous", "vous",  "ils",    "sont",  "mais",  "ou",     "comme",  "plus",
    "leur",  "été",  "être", "avait", "ont",    "selon", "après", "aussi",  "depuis", "entre",
    "sans",  "sous", "dont", "très",  "lors",   "où",    "ses",   "ces",    "deux",   "trois",
    "avoir", "fait", "peut", "même",  "encore", "ainsi", "déjà",  "contre",
};

constexpr std::array<std::string_view, 58> kEnglishWords = {
    "the",    "and",   "of",    "to",   "is",      "was",   "for",     "that",  "with",  "from",
    "this",   "by",    "are",   "were", "have",    "has",   "had",     "it",    "its",   "be",
    "been",   "which", "their", "they", "he",      "she",   "his",     "her",   "we",    "you",
    "not",    "but",   "or",    "an",   "at",      "will",  "would",   "said",  "after", "about",
    "into",   "than",  "who",   "when", "there",   "more",  "also",    "what",  "can",   "could",
    "should", "these", "those", "over", "against", "while", "because", "other",
};

// Which of the two lists a word is in (1 French, 2 English), hashed: every
// word of the sample is looked up.
int languagesOf(std::string_view word) {
  static const std::unordered_map<std::string_view, int> kLists = [] {
    std::unordered_map<std::string_view, int> lists;
    for (std::string_view w : kFrenchWords) lists[w] |= 1;
    for (std::string_view w : kEnglishWords) lists[w] |= 2;
    return lists;
  }();
  const auto it = kLists.find(word);
  return it == kLists.end() ? 0 : it->second;
}

bool isWordByte(unsigned char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
}

}  // namespace

LanguageGuess detectLanguage(std::string_view text) {
  // A sample is enough, and keeps this stage constant-time on huge files.
  constexpr std::size_t kSampleBytes = 64 * 1024;
  const std::string_view sample = text.substr(0, std::min(text.size(), kSampleBytes));
  int french = 0;
  int english = 0;
  std::string word;
  for (std::size_t i = 0; i <= sample.size(); ++i) {
    const auto byte = i < sample.size() ? static_cast<unsigned char>(sample[i]) : ' ';
    if (isWordByte(byte)) {
      word.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : static_cast<char>(byte));
      continue;
    }
    if (word.empty()) continue;
    if (word.size() <= 8) {
      const int languages = languagesOf(word);
      if (languages & 1) ++french;
      if (languages & 2) ++english;
    }
    word.clear();
  }
  const int total = french + english;
  if (total < 3) return {};
  if (french == english) return {Language::Unknown, 0.5};
  const bool isFrench = french > english;
  return {isFrench ? Language::French : Language::English,
          static_cast<double>(std::max(french, english)) / static_cast<double>(total)};
}

}  // namespace recoupe
