#include "segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "utf8.hpp"
#include "word_breaks.hpp"

namespace recoupe {
namespace {

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

icu::Locale localeFor(Language language) {
  // "ss=standard" turns on ICU's list of abbreviations that do not end a sentence.
  switch (language) {
    case Language::French:
      return icu::Locale("fr@ss=standard");
    case Language::English:
    case Language::Unknown:
      break;
  }
  return icu::Locale("en@ss=standard");
}

BreakIteratorPtr makeIterator(bool sentences, Language language) {
  UErrorCode status = U_ZERO_ERROR;
  BreakIteratorPtr iterator(sentences
                                ? icu::BreakIterator::createSentenceInstance(localeFor(language), status)
                                : icu::BreakIterator::createWordInstance(localeFor(language), status));
  if (U_FAILURE(status)) return nullptr;
  return iterator;
}

bool isLineBreak(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029'; }

TokenKind classify(std::string_view word, int32_t ruleStatus) {
  if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT) return TokenKind::Number;
  if (ruleStatus >= UBRK_WORD_LETTER) return TokenKind::Word;
  // ICU puts emoji and symbols in the "none" class with punctuation; a lone
  // letter-like symbol still reads as a word for our purposes.
  std::size_t offset = 0;
  const auto c = static_cast<UChar32>(nextCodePoint(word, offset));
  return u_isalnum(c) ? TokenKind::Word : TokenKind::Punctuation;
}

// Turns word-break pieces into tokens: white space becomes the flags of the
// token after it.
class TokenCollector {
 public:
  TokenCollector(std::string_view text, Segmentation& out) : text_(text), out_(out) {}

  void add(std::uint32_t start, std::uint32_t end, std::int32_t ruleStatus) {
    const std::string_view piece = text_.substr(start, end - start);
    std::size_t offset = 0;
    const char32_t first = nextCodePoint(piece, offset);
    if (u_isUWhiteSpace(static_cast<UChar32>(first)) || first == U'\0') {
      spaceBefore_ = true;
      for (std::size_t i = 0; i < piece.size();) {
        if (isLineBreak(nextCodePoint(piece, i))) lineBreakBefore_ = true;
      }
      return;
    }
    Token token;
    token.start = start;
    token.end = end;
    token.kind = classify(piece, ruleStatus);
    token.spaceBefore = spaceBefore_;
    token.lineBreakBefore = lineBreakBefore_;
    out_.tokens.push_back(token);
    spaceBefore_ = false;
    lineBreakBefore_ = false;
  }

 private:
  std::string_view text_;
  Segmentation& out_;
  bool spaceBefore_ = false;
  bool lineBreakBefore_ = true;
};

// ICU always breaks after a line feed and starts afresh there, so the text is
// taken a line at a time: lines of Western text go through the direct path of
// word_breaks.hpp, and only the others through ICU's iterator.
void collectTokens(std::string_view text, UText* utext, const icu::BreakIterator& prototype,
                   Segmentation& out) {
  TokenCollector collector(text, out);
  std::vector<WordPiece> pieces;
  BreakIteratorPtr words;
  bool wordsUsable = false;
  std::size_t lineStart = 0;
  while (lineStart < text.size()) {
    const std::size_t newline = text.find('\n', lineStart);
    const std::size_t lineEnd = newline == std::string_view::npos ? text.size() : newline + 1;
    pieces.clear();
    if (appendWordPieces(text, lineStart, lineEnd, pieces)) {
      for (const WordPiece& piece : pieces) collector.add(piece.start, piece.end, piece.status);
      lineStart = lineEnd;
      continue;
    }
    if (!words) {
      words.reset(prototype.clone());
      UErrorCode status = U_ZERO_ERROR;
      words->setText(utext, status);
      wordsUsable = U_SUCCESS(status);
    }
    if (wordsUsable) {
      auto start = static_cast<int32_t>(lineStart);
      // The line start is a boundary, so following() lands on it.
      if (lineStart == 0 ? words->first() != 0 : words->following(start - 1) != start) return;
      const auto end = static_cast<int32_t>(lineEnd);
      for (int32_t next = words->next(); next != icu::BreakIterator::DONE && start < end;
           start = next, next = words->next()) {
        collector.add(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(next),
                      words->getRuleStatus());
      }
    }
    lineStart = lineEnd;
  }
}

// Records [start, end) split at line feeds (ICU already breaks after them, but
// the fallback path without an iterator relies on this) and trimmed of white space.
void addSentencesSplitAtLines(std::string_view text, std::uint32_t start, std::uint32_t end,
                              std::vector<Sentence>& out) {
  std::uint32_t pieceStart = start;
  auto flush = [&](std::uint32_t pieceEnd) {
    // Trim white space on both sides so sentences cover only their words.
    std::size_t s = pieceStart;
    std::size_t e = pieceEnd;
    while (s < e && static_cast<unsigned char>(text[s]) <= ' ') ++s;
    while (e > s && static_cast<unsigned char>(text[e - 1]) <= ' ') --e;
    if (s < e) out.push_back(Sentence{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e), 0, 0});
  };
  for (std::uint32_t i = start; i < end; ++i) {
    if (text[i] != '\n') continue;
    flush(i);
    pieceStart = i + 1;
  }
  flush(end);
}

void collectSentences(std::string_view text, UText* utext, icu::BreakIterator& sentences, Segmentation& out) {
  UErrorCode status = U_ZERO_ERROR;
  sentences.setText(utext, status);
  if (U_FAILURE(status)) {
    addSentencesSplitAtLines(text, 0, static_cast<std::uint32_t>(text.size()), out.sentences);
    return;
  }
  int32_t start = sentences.first();
  for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; start = end, end = sentences.next()) {
    addSentencesSplitAtLines(text, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                             out.sentences);
  }
}

void assignTokensToSentences(Segmentation& out) {
  std::size_t token = 0;
  for (auto& sentence : out.sentences) {
    while (token < out.tokens.size() && out.tokens[token].end <= sentence.start) ++token;
    sentence.firstToken = static_cast<std::uint32_t>(token);
    while (token < out.tokens.size() && out.tokens[token].start < sentence.end) ++token;
    sentence.endToken = static_cast<std::uint32_t>(token);
  }
}

bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "U.S", "D.C", "U.K": ICU keeps dotted initials together but leaves out the final dot.
bool isDottedInitials(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letterSlot = i % 2 == 0;
    if (letterSlot ? !std::isalpha(static_cast<unsigned char>(word[i])) : word[i] != '.') return false;
  }
  return word.size() % 2 == 1;
}

// ICU ends a sentence after "U.S." or an initial followed by a capital, as in
// "U.S. President Donald Trump" or "J. K. Rowling". Such a break stands only
// when the next sentence opens with a word that usually starts sentences.
bool breakIsAbbreviation(std::string_view text, const Segmentation& segmentation, const Sentence& before,
                         const Sentence& after) {
  if (before.endToken < before.firstToken + 2 || after.endToken == after.firstToken) return false;
  const Token& dot = segmentation.tokens[before.endToken - 1];
  const Token& word = segmentation.tokens[before.endToken - 2];
  if (text.substr(dot.start, dot.end - dot.start) != ".") return false;
  const std::string_view abbreviation = text.substr(word.start, word.end - word.start);
  // OCR sets the full stop of "M." apart ("M . Dupont", "MM . Le Gall"), or
  // reads "M." as "NI .": still a title before a name.
  if (dot.spaceBefore) {
    static constexpr std::string_view kSpacedTitles[] = {"M", "MM", "NI", "Mme", "Mlle", "Dr"};
    const bool title = std::find(std::begin(kSpacedTitles), std::end(kSpacedTitles), abbreviation) !=
                       std::end(kSpacedTitles);
    return title && !segmentation.tokens[after.firstToken].lineBreakBefore;
  }
  const bool initial = abbreviation.size() == 1 && isAsciiUpper(abbreviation[0]) && word.spaceBefore;
  if (!initial && !isDottedInitials(abbreviation)) return false;
  const Token& next = segmentation.tokens[after.firstToken];
  if (next.lineBreakBefore) return false;
  const std::string_view nextWord = text.substr(next.start, next.end - next.start);
  if (nextWord.empty() || !isAsciiUpper(nextWord[0])) return initial;
  static constexpr std::string_view kSentenceOpeners[] = {
      "The",  "A",     "An",    "It", "He",  "She", "They",  "We",   "I",   "This",
      "That", "There", "In",    "On", "But", "And", "Le",    "La",   "Les", "Il",
      "Elle", "Ils",   "Elles", "Un", "Une", "Ce",  "Cette", "Mais", "Et",  "En"};
  for (std::string_view opener : kSentenceOpeners) {
    if (nextWord == opener) return initial;
  }
  return true;
}

void mergeSentencesAfterAbbreviations(std::string_view text, Segmentation& out) {
  if (out.sentences.size() < 2) return;
  std::vector<Sentence> merged;
  merged.reserve(out.sentences.size());
  merged.push_back(out.sentences[0]);
  for (std::size_t i = 1; i < out.sentences.size(); ++i) {
    Sentence& last = merged.back();
    const Sentence& next = out.sentences[i];
    if (breakIsAbbreviation(text, out, last, next)) {
      last.end = next.end;
      last.endToken = next.endToken;
    } else {
      merged.push_back(next);
    }
  }
  out.sentences = std::move(merged);
}

}  // namespace

Segmentation segment(std::string_view text, Language language) {
  Segmentation out;
  if (text.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) return out;

  // Building an iterator parses its rules; cloning a prototype is far cheaper.
  thread_local BreakIteratorPtr wordPrototype[3];
  thread_local BreakIteratorPtr sentencePrototype[3];
  const auto slot = static_cast<std::size_t>(language);
  if (!wordPrototype[slot]) wordPrototype[slot] = makeIterator(false, language);
  if (!sentencePrototype[slot]) sentencePrototype[slot] = makeIterator(true, language);

  out.tokens.reserve(text.size() / 5);
  if (wordPrototype[slot]) collectTokens(text, utext.get(), *wordPrototype[slot], out);
  if (sentencePrototype[slot]) {
    BreakIteratorPtr sentences(sentencePrototype[slot]->clone());
    collectSentences(text, utext.get(), *sentences, out);
  } else {
    addSentencesSplitAtLines(text, 0, static_cast<std::uint32_t>(text.size()), out.sentences);
  }
  assignTokensToSentences(out);
  mergeSentencesAfterAbbreviations(text, out);
  return out;
}

}  // namespace recoupe
