#include "quotes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "cue_words.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

constexpr std::size_t kMaxQuoteBytes = 3000;
constexpr std::size_t kMinQuoteWords = 3;

struct QuoteMarks {
  std::string_view open;
  std::string_view close;
};

constexpr std::array<QuoteMarks, 3> kMarks = {QuoteMarks{"\u00AB", "\u00BB"}, QuoteMarks{"\u201C", "\u201D"},
                                              QuoteMarks{"\"", "\""}};

std::size_t countWords(std::string_view text) {
  std::size_t words = 0;
  bool inWord = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

// Folded words of a stretch of text, so that "a déclaré" and "According to" are found.
bool hasSpeechCue(std::string_view text) {
  const std::string folded = foldKey(text);
  std::vector<std::string_view> words;
  const std::string_view view = folded;
  std::size_t wordStart = 0;
  for (std::size_t i = 0; i <= view.size(); ++i) {
    const char c = i < view.size() ? view[i] : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '-';
    if (letter) continue;
    if (i > wordStart) words.push_back(view.substr(wordStart, i - wordStart));
    wordStart = i + 1;
  }
  std::string pair;  // reused for every two-word phrase
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "selon" || cues::isSpeechVerb(words[i])) return true;
    if (i + 1 < words.size()) {
      if (words[i] == "according" && words[i + 1] == "to") return true;
      pair.assign(words[i]);
      pair.push_back(' ');
      pair.append(words[i + 1]);
      if (cues::isSpeechVerb(pair)) return true;
    }
  }
  return false;
}

// The next occurrence of a mark at or after a position that only grows,
// searched again only once the scan has passed the one found last.
struct NextOccurrence {
  std::size_t position = std::string_view::npos;
  bool searched = false;

  std::size_t from(std::string_view text, std::string_view mark, std::size_t at) {
    if (!searched || (position != std::string_view::npos && position < at)) {
      position = text.find(mark, at);
      searched = true;
    }
    return position;
  }
};

struct Finder {
  const DocumentAnalysis& document;
  const std::vector<std::uint32_t>& entityOfMention;
  const Linking& linking;

  std::optional<std::uint32_t> sentenceAt(std::uint32_t offset) const {
    const auto& sentences = document.sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](std::uint32_t value, const SentenceSpan& s) { return value < s.start; });
    if (it == sentences.begin()) return std::nullopt;
    return static_cast<std::uint32_t>(it - sentences.begin() - 1);
  }

  // The text of a sentence outside the quotation.
  std::string outside(std::uint32_t sentence, std::uint32_t start, std::uint32_t end) const {
    const SentenceSpan span = document.sentences[sentence];
    const std::string_view text = document.text;
    std::string out;
    if (span.start < start) out.append(text.substr(span.start, std::min(start, span.end) - span.start));
    out.push_back(' ');
    if (span.end > end)
      out.append(text.substr(std::max(end, span.start), span.end - std::max(end, span.start)));
    return out;
  }

  // The person named in the sentence outside the quotation, nearest to it;
  // failing a person, an organisation ("selon le FBI").
  std::uint32_t speakerIn(std::uint32_t sentence, std::uint32_t start, std::uint32_t end) const {
    std::uint32_t best = kNoSpeaker;
    std::uint32_t bestDistance = std::numeric_limits<std::uint32_t>::max();
    bool bestIsPerson = false;
    for (std::size_t m = 0; m < document.mentions.size(); ++m) {
      const Mention& mention = document.mentions[m];
      if (mention.nested || mention.sentence != sentence || (mention.start >= start && mention.end <= end))
        continue;
      const std::uint32_t entity = entityOfMention[m];
      if (entity == kRejectedMention) continue;
      const EntityType type = linking.entities[entity].type;
      if (type != EntityType::Person && type != EntityType::Org) continue;
      const bool person = type == EntityType::Person;
      const std::uint32_t distance = mention.end <= start ? start - mention.end : mention.start - end;
      if ((person && !bestIsPerson) || (person == bestIsPerson && distance < bestDistance)) {
        best = entity;
        bestDistance = distance;
        bestIsPerson = person;
      }
    }
    return best;
  }

  std::uint32_t speaker(std::uint32_t start, std::uint32_t end) const {
    const auto first = sentenceAt(start);
    const auto last = sentenceAt(end > 0 ? end - 1 : end);
    if (!first || !last) return kNoSpeaker;
    std::vector<std::uint32_t> order;
    for (std::uint32_t s = *first; s <= *last; ++s) order.push_back(s);
    if (*first > 0) order.push_back(*first - 1);
    if (*last + 1 < document.sentences.size()) order.push_back(*last + 1);
    for (const std::uint32_t sentence : order) {
      if (!hasSpeechCue(outside(sentence, start, end))) continue;
      const std::uint32_t found = speakerIn(sentence, start, end);
      if (found != kNoSpeaker) return found;
    }
    return kNoSpeaker;
  }

  void find(std::uint32_t d, std::vector<Quote>& quotes) const {
    const std::string_view text = document.text;
    // The next occurrence of each opening mark, searched again only once the
    // scan has passed it (`at` only grows): searching the three marks anew at
    // each quotation rescanned the text up to the rarest one every time.
    // Likewise the closing mark: after a quotation too long to count, the
    // scan moves on one mark at a time, and each of them would otherwise
    // search the same far closing mark again ("« « « … »").
    std::array<NextOccurrence, kMarks.size()> nextOpen{};
    std::array<NextOccurrence, kMarks.size()> nextClose{};
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t open = std::string_view::npos;
      const QuoteMarks* marks = nullptr;
      for (std::size_t k = 0; k < kMarks.size(); ++k) {
        const std::size_t found = nextOpen[k].from(text, kMarks[k].open, at);
        if (found < open) {
          open = found;
          marks = &kMarks[k];
        }
      }
      if (!marks) return;
      const std::size_t inner = open + marks->open.size();
      const auto k = static_cast<std::size_t>(marks - kMarks.data());
      const std::size_t close = nextClose[k].from(text, marks->close, inner);
      if (close == std::string_view::npos) return;
      const std::string_view quoted = text.substr(inner, close - inner);
      at = close + marks->close.size();
      // A paragraph break means an unbalanced mark; few words mean a name or a title.
      if (quoted.size() > kMaxQuoteBytes || quoted.find("\n\n") != std::string_view::npos) {
        at = inner;
        continue;
      }
      if (countWords(quoted) < kMinQuoteWords) continue;
      std::size_t start = inner;
      std::size_t end = close;
      // Spaces inside the marks, including the no-break spaces of French typography.
      for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const std::string_view space : {" ", "\u00A0", "\u202F"}) {
          if (text.substr(start, end - start).starts_with(space)) start += space.size(), trimmed = true;
          if (text.substr(start, end - start).ends_with(space)) end -= space.size(), trimmed = true;
        }
      }
      const auto s = static_cast<std::uint32_t>(start);
      const auto e = static_cast<std::uint32_t>(end);
      quotes.push_back(Quote{d, s, e, speaker(s, e)});
    }
  }
};

}  // namespace

std::vector<Quote> findQuotes(const std::vector<const DocumentAnalysis*>& documents, const Linking& linking) {
  std::vector<Quote> quotes;
  for (std::uint32_t d = 0; d < documents.size(); ++d) {
    if (documents[d]->error) continue;
    Finder{*documents[d], linking.mentionEntity[d], linking}.find(d, quotes);
  }
  return quotes;
}

}  // namespace recoupe
