#include "segmenter.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <string>
#include <vector>

using namespace recoupe;

namespace {

std::vector<std::string> words(const std::string& text, const Segmentation& segmentation) {
  std::vector<std::string> out;
  for (const Token& token : segmentation.tokens)
    out.push_back(text.substr(token.start, token.end - token.start));
  return out;
}

std::vector<std::string> sentences(const std::string& text, const Segmentation& segmentation) {
  std::vector<std::string> out;
  for (const Sentence& s : segmentation.sentences) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

}  // namespace

TEST_CASE("word tokens follow UAX 29 and keep accents and apostrophes") {
  const std::string text = "L'État a dit: « non » à 11 To.";
  const Segmentation segmentation = segment(text, Language::French);
  CHECK(words(text, segmentation) ==
        std::vector<std::string>{"L'État", "a", "dit", ":", "«", "non", "»", "à", "11", "To", "."});
  CHECK(segmentation.tokens[8].kind == TokenKind::Number);
  CHECK(segmentation.tokens[3].kind == TokenKind::Punctuation);
  CHECK(segmentation.tokens[0].lineBreakBefore);
  CHECK(segmentation.tokens[1].spaceBefore);
  CHECK_FALSE(segmentation.tokens[3].spaceBefore);
}

TEST_CASE("sentences end at final punctuation and at line breaks, not after titles") {
  const std::string text = "Titre sans point\nM. Obama a parlé. Mr. Hirai too! Fin";
  const Segmentation french = segment(text, Language::French);
  const auto found = sentences(text, french);
  REQUIRE(found.size() >= 3);
  CHECK(found[0] == "Titre sans point");
  CHECK(found[1] == "M. Obama a parlé.");
  CHECK(found.back() == "Fin");

  const std::string english = "Mr. Hirai spoke. Then he left.";
  CHECK(sentences(english, segment(english, Language::English)) ==
        std::vector<std::string>{"Mr. Hirai spoke.", "Then he left."});
}

TEST_CASE("every token belongs to the sentence that covers it") {
  const std::string text = "Un. Deux trois.\n\nQuatre 😀 cinq.";
  const Segmentation segmentation = segment(text, Language::French);
  for (const Sentence& sentence : segmentation.sentences) {
    for (std::uint32_t t = sentence.firstToken; t < sentence.endToken; ++t) {
      CHECK(segmentation.tokens[t].start >= sentence.start);
      CHECK(segmentation.tokens[t].end <= sentence.end);
    }
  }
  CHECK(segmentation.sentences.back().endToken == segmentation.tokens.size());
  CHECK(segment("", Language::English).tokens.empty());
}
