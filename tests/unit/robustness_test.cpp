// Regressions of the worst-case inputs (tests/robustness): binary detection,
// near-linear time on long runs of names, and per-document errors.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "document_reader.hpp"
#include "result_output.hpp"

using namespace recoupe;

namespace {

std::string pseudoRandomBytes(std::size_t n) {
  std::string out(n, '\0');
  std::uint32_t x = 0x2545f491;
  for (char& c : out) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    c = static_cast<char>(x & 0xFF);
  }
  return out;
}

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

}  // namespace

TEST_CASE("random bytes are binary, text in a legacy 8-bit charset is not") {
  // Random bytes have fewer than 10% control bytes, but are mostly invalid UTF-8.
  CHECK(looksBinary(pseudoRandomBytes(100000)));
  const auto random = readDocument(pseudoRandomBytes(100000), DocumentFormat::Text);
  REQUIRE_FALSE(random.ok());
  CHECK(random.error().code == ErrorCode::Binary);
  // windows-1251 Russian: almost every byte is invalid UTF-8, but there are no control bytes.
  CHECK_FALSE(
      looksBinary(repeat("\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0, \xCC\xEE\xF1\xEA\xE2\xE0.\r\n", 500)));
  CHECK_FALSE(
      looksBinary(repeat("L'\xE9t\xE9 \xE0 S\xE9oul, d\xE9"
                         "clar\xE9.\n",
                         500)));
}

TEST_CASE("a long run of names is split in linear time" * doctest::timeout(60)) {
  // Splitting "Barack Obama Barack Obama ..." used to rescan the rest of the run at
  // every split: 10,000 repeats took a minute, 400,000 did not finish.
  Corpus corpus;
  corpus.add("obama.txt", repeat("Barack Obama ", 40000), DocumentFormat::Text);
  const CorpusResult& result = corpus.analyze();
  REQUIRE(result.documents.size() == 1);
  CHECK_FALSE(result.documents[0]->error);
  CHECK(result.documents[0]->mentions.size() >= 40000);
}

TEST_CASE("a long run of quotation marks is read in linear time" * doctest::timeout(60)) {
  // Each mark opens a possible title; scanning to the end of the run from
  // every one of them was quadratic.
  Corpus corpus;
  corpus.add("quotes.txt", "Le film " + repeat("« ", 200000) + "Parasite » de Bong Joon-ho.",
             DocumentFormat::Text);
  const CorpusResult& result = corpus.analyze();
  REQUIRE(result.documents.size() == 1);
  CHECK_FALSE(result.documents[0]->error);
}

TEST_CASE("worst cases give per-document errors and the others are analysed") {
  AnalyzerOptions options;
  options.maxDocumentBytes = 1u << 20;
  Corpus corpus(options);
  corpus.add("empty.txt", "", DocumentFormat::Text);
  corpus.add("nuls.txt", std::string(4096, '\0'), DocumentFormat::Text);
  corpus.add("random.md", pseudoRandomBytes(4096), DocumentFormat::Markdown);
  corpus.add("large.txt", std::string((1u << 20) + 1, 'a'), DocumentFormat::Text);
  corpus.add("broken.eml", "no header here\r\n\r\n", DocumentFormat::Email);
  std::string nested = repeat("<div><span>", 25000) + "Barack Obama à Paris" + repeat("</span></div>", 25000);
  corpus.add("nested.html", nested, DocumentFormat::Html);
  corpus.add("word.txt", "W" + std::string((1u << 20) - 1, 'o'), DocumentFormat::Text);
  std::string nuls = repeat("Angela Merkel est à Berlin. ", 100);
  nuls[100] = '\0';
  corpus.add("some-nuls.txt", nuls, DocumentFormat::Text);
  corpus.add("latin1.txt", "Le pr\xE9sident Barack Obama \xE0 Paris.", DocumentFormat::Text);
  const CorpusResult& result = corpus.analyze();
  REQUIRE(result.documents.size() == 9);
  auto code = [&](std::size_t i) {
    return result.documents[i]->error ? std::string(errorCodeName(result.documents[i]->error->code)) : "";
  };
  CHECK(code(0) == "empty");
  CHECK(code(1) == "binary");
  CHECK(code(2) == "binary");
  CHECK(code(3) == "too-large");
  CHECK(code(4) == "parse-error");
  CHECK(code(5) == "");
  CHECK(result.documents[5]->text.find("Barack Obama") != std::string::npos);
  CHECK(code(6) == "");
  CHECK(code(7) == "");
  CHECK(result.documents[7]->text[100] == ' ');
  CHECK(code(8) == "");
  REQUIRE(result.documents[8]->warnings.size() == 1);
  CHECK(result.documents[8]->warnings[0].code == ErrorCode::InvalidUtf8);
  CHECK_FALSE(resultToJson(result).empty());
}

TEST_CASE("a document whose working set exceeds the memory left is refused with out-of-memory") {
  AnalyzerOptions options;
  // The callback is told how much is needed, so that it can stop counting there.
  auto asked = std::make_shared<std::vector<std::size_t>>();
  options.availableMemory = [asked](std::size_t needed) {
    asked->push_back(needed);
    return std::size_t{8} << 20;
  };
  Corpus corpus(options);
  const std::string small = "Barack Obama est à Paris.";
  corpus.add("small.txt", small, DocumentFormat::Text);
  corpus.add("big.txt", repeat("Barack Obama est à Paris. ", 20000), DocumentFormat::Text);
  const CorpusResult& result = corpus.analyze();
  REQUIRE(asked->size() == 2);
  CHECK(asked->front() == estimatedWorkingSet(small.size()));
  CHECK_FALSE(result.documents[0]->error);
  REQUIRE(result.documents[1]->error);
  CHECK(result.documents[1]->error->code == ErrorCode::OutOfMemory);
  CHECK(estimatedWorkingSet(SIZE_MAX) == SIZE_MAX);
}
