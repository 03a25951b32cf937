#include "name_finder.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "cue_words.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

// A word as names see it: hyphenated compounds joined ("Jong-un"), French
// elisions split off ("d'" + "Obama"), English possessives dropped ("Sony's").
struct Unit {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool isWord = false;
  bool capitalised = false;
  bool allCaps = false;
  bool spaceBefore = false;
  std::string key;  // folded
};

constexpr std::array<std::string_view, 14> kElisions = {
    "l'", "d'",  "j'",     "m'",      "n'",      "s'",      "t'",
    "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'",
};

bool isHyphen(std::string_view token) { return token == "-" || token == "\u2011" || token == "\u2010"; }

std::size_t elisionLength(std::string_view word) {
  for (std::string_view elision : kElisions) {
    const std::size_t stem = elision.size() - 1;  // without the apostrophe
    if (word.size() <= stem + 1) continue;
    bool match = true;
    for (std::size_t i = 0; i < stem && match; ++i) {
      const char c = word[i];
      match = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == elision[i];
    }
    if (!match) continue;
    const std::string_view rest = word.substr(stem);
    if (rest.starts_with("'") && rest.size() > 1) return stem + 1;
    if (rest.starts_with("\u2019") && rest.size() > 3) return stem + 3;
  }
  return 0;
}

std::size_t possessiveLength(std::string_view word) {
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) return 2;
  if (word.size() > 4 && word.ends_with("\u2019s")) return 4;
  return 0;
}

Unit makeUnit(std::string_view text, std::uint32_t start, std::uint32_t end, bool isWord, bool spaceBefore) {
  Unit unit;
  unit.start = start;
  unit.end = end;
  unit.isWord = isWord;
  unit.spaceBefore = spaceBefore;
  const std::string_view surface = text.substr(start, end - start);
  unit.key = foldKey(surface);
  if (isWord && hasLetter(surface)) {
    unit.capitalised = startsWithUpper(surface);
    unit.allCaps = surface.size() >= 2 && isAllUpper(surface);
  }
  return unit;
}

std::vector<Unit> buildUnits(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                             std::uint32_t last) {
  std::vector<Unit> units;
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& token = tokens[i];
    if (token.kind == TokenKind::Punctuation) {
      units.push_back(makeUnit(text, token.start, token.end, false, token.spaceBefore));
      continue;
    }
    std::uint32_t end = token.end;
    while (i + 2 < last && !tokens[i + 1].spaceBefore && !tokens[i + 2].spaceBefore &&
           isHyphen(text.substr(tokens[i + 1].start, tokens[i + 1].end - tokens[i + 1].start)) &&
           tokens[i + 2].kind != TokenKind::Punctuation) {
      end = tokens[i + 2].end;
      i += 2;
    }
    std::uint32_t start = token.start;
    const std::string_view word = text.substr(start, end - start);
    if (const std::size_t elision = elisionLength(word)) {
      units.push_back(
          makeUnit(text, start, start + static_cast<std::uint32_t>(elision), true, token.spaceBefore));
      units.back().capitalised = false;
      start += static_cast<std::uint32_t>(elision);
      units.push_back(makeUnit(text, start, end, true, false));
      continue;
    }
    end -= static_cast<std::uint32_t>(possessiveLength(word));
    units.push_back(makeUnit(text, start, end, true, token.spaceBefore));
  }
  return units;
}

// All-caps text ("BREAKING NEWS FROM SEOUL") says nothing about names.
bool isShouting(const std::vector<Unit>& units) {
  int words = 0;
  int caps = 0;
  for (const Unit& unit : units) {
    if (!unit.isWord || unit.key.size() < 2) continue;
    ++words;
    if (unit.allCaps) ++caps;
  }
  return words >= 4 && caps * 10 >= words * 6;
}

// Title Case headlines capitalise common words ("Sony Chief Condemns Cyber-Assault").
// A headline has no final full stop; a sentence that has one and is full of
// names is just a sentence about many things.
bool isTitleCase(const std::vector<Unit>& units) {
  if (!units.empty() && !units.back().isWord && (units.back().key == "." || units.back().key == "!"))
    return false;
  int longWords = 0;
  int capitalised = 0;
  for (const Unit& unit : units) {
    if (!unit.isWord || unit.key.size() < 4) continue;
    ++longWords;
    if (unit.capitalised) ++capitalised;
  }
  return longWords >= 3 && capitalised * 10 >= longWords * 7;
}

struct Span {
  std::size_t first = 0;  // unit indexes, inclusive
  std::size_t last = 0;
};

// Extends a run of capitalised words over connectors and initials.
std::size_t extendName(const std::vector<Unit>& units, std::size_t first) {
  std::size_t last = first;
  std::size_t next = first + 1;
  while (next < units.size()) {
    const Unit& unit = units[next];
    if (unit.isWord && unit.capitalised && !cues::isFunctionWord(unit.key)) {
      last = next++;
      continue;
    }
    const bool followedByCapital =
        next + 1 < units.size() && units[next + 1].isWord && units[next + 1].capitalised;
    if (!followedByCapital) break;
    const bool connector = unit.isWord && !unit.capitalised && cues::isNameConnector(unit.key);
    const bool initialDot = unit.key == "." && !unit.spaceBefore && units[last].key.size() == 1;
    const bool ampersand = unit.key == "&";
    if (!connector && !initialDot && !ampersand) break;
    next += 1;
  }
  return last;
}

struct Context {
  std::string_view previous;  // folded key of the word before the name
  std::string_view beforePrevious;
  std::string_view next;
  std::string_view afterNext;
};

EntityType typeName(const std::vector<Unit>& units, const Span& span, const Context& context) {
  for (std::size_t i = span.first; i <= span.last; ++i) {
    if (cues::isOrganisationWord(units[i].key)) return EntityType::Org;
  }
  if (cues::isPersonTitle(context.previous)) return EntityType::Person;
  if (context.previous == "." && cues::isPersonTitle(context.beforePrevious)) return EntityType::Person;
  if (cues::isOrganisationCue(context.previous)) return EntityType::Org;
  if (cues::isSpeechVerb(context.next) ||
      cues::isSpeechVerb(std::string(context.next) + " " + std::string(context.afterNext))) {
    return EntityType::Person;
  }
  const std::size_t words = span.last - span.first + 1;
  if (words == 1 && units[span.first].allCaps) return EntityType::Org;
  if (cues::isLocationPreposition(context.previous)) return EntityType::Loc;
  bool hasConnector = false;
  for (std::size_t i = span.first; i <= span.last; ++i) hasConnector |= !units[i].capitalised;
  if (words >= 2 && words <= 3 && !hasConnector) return EntityType::Person;
  return EntityType::Org;
}

Context contextAround(const std::vector<Unit>& units, const Span& span) {
  Context context;
  if (span.first >= 1) context.previous = units[span.first - 1].key;
  if (span.first >= 2) context.beforePrevious = units[span.first - 2].key;
  if (span.last + 1 < units.size()) context.next = units[span.last + 1].key;
  if (span.last + 2 < units.size()) context.afterNext = units[span.last + 2].key;
  return context;
}

// Words seen in lower case anywhere in the document: a capitalised sentence
// opener that also occurs in lower case is a common word.
std::unordered_set<std::string> lowerCaseVocabulary(std::string_view text, const Segmentation& segmentation) {
  std::unordered_set<std::string> vocabulary;
  for (const Token& token : segmentation.tokens) {
    if (token.kind != TokenKind::Word) continue;
    const std::string_view word = text.substr(token.start, token.end - token.start);
    if (!startsWithUpper(word) && hasLetter(word)) vocabulary.insert(foldKey(word));
  }
  return vocabulary;
}

struct SentenceNames {
  std::vector<Unit> units;
  std::vector<Span> spans;
  bool titleCase = false;
  bool shouting = false;
};

SentenceNames namesInSentence(std::string_view text, const Segmentation& segmentation,
                              const Sentence& sentence,
                              const std::unordered_set<std::string>& lowerVocabulary) {
  SentenceNames result;
  result.units = buildUnits(text, segmentation.tokens, sentence.firstToken, sentence.endToken);
  const auto& units = result.units;
  result.shouting = isShouting(units);
  result.titleCase = !result.shouting && isTitleCase(units);
  if (result.shouting) return result;
  // The first word of a sentence, after any opening quote or bracket.
  std::size_t sentenceStart = 0;
  while (sentenceStart < units.size() && !units[sentenceStart].isWord) ++sentenceStart;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].isWord || !units[i].capitalised) continue;
    Span span{i, extendName(units, i)};
    i = span.last;
    const bool atStart = span.first == sentenceStart;
    if (atStart) {
      // Articles and other function words are capitalised by position there.
      while (span.first <= span.last &&
             (cues::isFunctionWord(units[span.first].key) ||
              (span.first == sentenceStart && lowerVocabulary.count(units[span.first].key) &&
               span.first < span.last && !units[span.first].allCaps))) {
        ++span.first;
      }
      while (span.first <= span.last && !units[span.first].capitalised) ++span.first;
      if (span.first > span.last) continue;
      if (span.first == span.last && span.first == sentenceStart &&
          lowerVocabulary.count(units[span.first].key)) {
        continue;
      }
    }
    if (span.first == span.last) {
      const Unit& only = units[span.first];
      if (cues::isFunctionWord(only.key) || cues::isPersonTitle(only.key) || only.key.size() < 2) continue;
    }
    // A capitalised title before a name is a cue, not part of it ("Président Obama").
    while (span.first < span.last &&
           (cues::isPersonTitle(units[span.first].key) || !units[span.first].isWord)) {
      ++span.first;
    }
    result.spans.push_back(span);
  }
  return result;
}

Mention makeMention(std::string_view text, const std::vector<Unit>& units, const Span& span,
                    std::uint32_t sentence, bool fromHeadline) {
  Mention mention;
  mention.start = units[span.first].start;
  mention.end = units[span.last].end;
  mention.type = typeName(units, span, contextAround(units, span));
  mention.source = MentionSource::Rule;
  mention.score = fromHeadline ? 0.5f : 0.7f;
  mention.sentence = sentence;
  mention.key = foldKey(text.substr(mention.start, mention.end - mention.start));
  return mention;
}

}  // namespace

std::vector<Mention> findNames(std::string_view text, const Segmentation& segmentation, Language) {
  const auto lowerVocabulary = lowerCaseVocabulary(text, segmentation);
  std::vector<SentenceNames> sentences;
  sentences.reserve(segmentation.sentences.size());
  // Names found in running text vouch for the same names in headlines.
  std::unordered_set<std::string> runningTextKeys;
  for (const Sentence& sentence : segmentation.sentences) {
    sentences.push_back(namesInSentence(text, segmentation, sentence, lowerVocabulary));
    const SentenceNames& names = sentences.back();
    if (names.titleCase) continue;
    for (const Span& span : names.spans) {
      for (std::size_t i = span.first; i <= span.last; ++i) runningTextKeys.insert(names.units[i].key);
      runningTextKeys.insert(foldKey(text.substr(
          names.units[span.first].start, names.units[span.last].end - names.units[span.first].start)));
    }
  }
  std::vector<Mention> mentions;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const SentenceNames& names = sentences[s];
    const auto sentenceIndex = static_cast<std::uint32_t>(s);
    for (const Span& span : names.spans) {
      if (!names.titleCase) {
        mentions.push_back(makeMention(text, names.units, span, sentenceIndex, false));
        continue;
      }
      const std::string whole = foldKey(text.substr(
          names.units[span.first].start, names.units[span.last].end - names.units[span.first].start));
      if (runningTextKeys.count(whole)) {
        mentions.push_back(makeMention(text, names.units, span, sentenceIndex, true));
        continue;
      }
      for (std::size_t i = span.first; i <= span.last; ++i) {
        if (names.units[i].capitalised && runningTextKeys.count(names.units[i].key)) {
          mentions.push_back(makeMention(text, names.units, Span{i, i}, sentenceIndex, true));
        }
      }
    }
  }
  return mentions;
}

}  // namespace recoupe
