#include "segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>

#include "utf8.hpp"

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

void collectTokens(std::string_view text, UText* utext, icu::BreakIterator& words, Segmentation& out) {
  UErrorCode status = U_ZERO_ERROR;
  words.setText(utext, status);
  if (U_FAILURE(status)) return;
  bool spaceBefore = false;
  bool lineBreakBefore = true;
  int32_t start = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next()) {
    const std::string_view piece =
        text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    std::size_t offset = 0;
    const char32_t first = nextCodePoint(piece, offset);
    if (u_isUWhiteSpace(static_cast<UChar32>(first)) || first == U'\0') {
      spaceBefore = true;
      for (std::size_t i = 0; i < piece.size();) {
        if (isLineBreak(nextCodePoint(piece, i))) lineBreakBefore = true;
      }
      continue;
    }
    Token token;
    token.start = static_cast<std::uint32_t>(start);
    token.end = static_cast<std::uint32_t>(end);
    token.kind = classify(piece, words.getRuleStatus());
    token.spaceBefore = spaceBefore;
    token.lineBreakBefore = lineBreakBefore;
    out.tokens.push_back(token);
    spaceBefore = false;
    lineBreakBefore = false;
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
  if (wordPrototype[slot]) {
    BreakIteratorPtr words(wordPrototype[slot]->clone());
    collectTokens(text, utext.get(), *words, out);
  }
  if (sentencePrototype[slot]) {
    BreakIteratorPtr sentences(sentencePrototype[slot]->clone());
    collectSentences(text, utext.get(), *sentences, out);
  } else {
    addSentencesSplitAtLines(text, 0, static_cast<std::uint32_t>(text.size()), out.sentences);
  }
  assignTokensToSentences(out);
  return out;
}

}  // namespace recoupe
