#include "word_breaks.hpp"

#include <doctest/doctest.h>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.hpp"

using namespace recoupe;

namespace {

// The pieces and rule statuses of ICU's word break iterator over the whole text.
std::vector<WordPiece> icuPieces(const std::string& text, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
  REQUIRE(U_SUCCESS(status));
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  words->setText(utext, status);
  REQUIRE(U_SUCCESS(status));
  std::vector<WordPiece> pieces;
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
    pieces.push_back(WordPiece{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                               words->getRuleStatus()});
  }
  utext_close(utext);
  return pieces;
}

std::string describe(const std::string& text, const std::vector<WordPiece>& pieces) {
  std::string out;
  for (const WordPiece& piece : pieces) {
    out += "[" + text.substr(piece.start, piece.end - piece.start) + "|" + std::to_string(piece.status) + "]";
  }
  return out;
}

// Compares the direct path with ICU line by line, as the segmenter uses it:
// each line it handles must give exactly ICU's pieces over the whole text.
// Returns the number of lines the direct path handled.
int compareWithIcu(const std::string& text, const char* locale = "en@ss=standard") {
  const std::vector<WordPiece> reference = icuPieces(text, locale);
  std::size_t r = 0;
  int handled = 0;
  for (std::size_t lineStart = 0; lineStart < text.size();) {
    const std::size_t newline = text.find('\n', lineStart);
    const std::size_t lineEnd = newline == std::string::npos ? text.size() : newline + 1;
    std::vector<WordPiece> expected;
    while (r < reference.size() && reference[r].start < lineEnd) expected.push_back(reference[r++]);
    std::vector<WordPiece> fast;
    if (appendWordPieces(text, lineStart, lineEnd, fast)) {
      ++handled;
      INFO("line: ", text.substr(lineStart, lineEnd - lineStart));
      CHECK(describe(text, fast) == describe(text, expected));
    } else {
      CHECK(fast.empty());
    }
    lineStart = lineEnd;
  }
  return handled;
}

}  // namespace

TEST_CASE("direct word breaks equal ICU's on ASCII, accents, apostrophes, hyphens and numbers") {
  const std::vector<std::string> texts = {
      "The U.S. Department of State said on Dec. 19, 2014 that it's \"serious\".",
      "L'État a dit : « non » à 11 To, aujourd’hui l’homme d’affaires.",
      "Jean-Pierre, rock'n'roll, e-mail, co-founder -- well- known - ok",
      "1,000.50 3.14 10 000 10\xE2\x80\xAF"
      "000 1'234'567 1.5e3 2e 1er 3e A380 COVID-19 F-16",
      "foo_bar __init__ _x x_ 1_2 a_1 _ __ a__b 1__ _1_ a_b_",
      "a.b a..b a.'b 1..2 a:b 1:2 a;b 1;2 1,a a,1 a.1 1.a a'1 1'a",
      "x\xC2\xB7y (catalan) \xC2\xB2 \xC2\xAA \xC2\xBD \xC2\xB5m \xC2\xA9 2014 \xE2\x84\xA2 \xE2\x82\xAC 5",
      "tab\there\x0Bvt\x0C"
      "ff nbsp\xC2\xA0"
      "a en\xE2\x80\x82space em\xE2\x80\x83x",
      "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "
      "\xC4\xB0stanbul",
      "\xE2\x80\x94 \xE2\x80\x93 \xE2\x80\xA6 \xE2\x80\xA2 \xE2\x80\x9Cquoted\xE2\x80\x9D "
      "\xE2\x80\x98single\xE2\x80\x99",
      "one\r\ntwo\rthree\n\nfour\xE2\x80\xA8"
      "five\xE2\x80\xA9six\xC2\x85seven",
      "  leading spaces, trailing   ",
      std::string("nul\0byte", 8),
      "@user #tag http://example.com/a-b_c?d=1&e=2 presse@exemple.fr",
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(compareWithIcu(text) > 0);
    compareWithIcu(text, "fr@ss=standard");
  }
}

TEST_CASE("lines with characters the direct path does not handle are left to ICU") {
  const std::vector<std::string> texts = {
      "caf\x65\xCC\x81 (combining acute)",                                         // Extend
      "emoji \xF0\x9F\x98\x80 and \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",               // outside the table
      "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA8\xE5\xA4\xA7\xE9\x98\xAA",              // CJK
      "\xE0\xB8\xAA\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\x94\xE0\xB8\xB5",  // Thai
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",                                          // Hebrew
      "zero\xE2\x80\x8Bwidth joiner\xE2\x80\x8D",
      "\xEF\xBB\xBF"
      "bom",
  };
  for (const std::string& text : texts) {
    std::vector<WordPiece> pieces;
    CHECK_FALSE(appendWordPieces(text, 0, text.size(), pieces));
    CHECK(pieces.empty());
  }
  // Mixed lines: the handled ones still agree with ICU over the whole text.
  CHECK(compareWithIcu("Plain line.\ncaf\x65\xCC\x81 au lait\nAnother one.\n\xF0\x9F\x98\x80\nEnd") == 3);
}

TEST_CASE("every character the direct path handles breaks as in ICU, next to every class") {
  // One character of each class, around which every other character is tried.
  const std::vector<std::string> neighbours = {"a", "7", "_", ".", ":", ",", "'", " ", "\xE2\x80\xAF",
                                               "-", "@"};
  int handled = 0;
  for (char32_t c = 1; c < 0x3000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string character;
    appendUtf8(character, c);
    std::vector<WordPiece> alone;
    if (!appendWordPieces(character, 0, character.size(), alone)) continue;
    ++handled;
    std::string text;
    for (const std::string& n : neighbours) {
      for (const std::string& m : neighbours) text += n + character + m + " a" + character + character + "7 ";
    }
    INFO("U+", static_cast<std::uint32_t>(c));
    compareWithIcu(text);
  }
  CHECK(handled > 5000);
}

TEST_CASE("direct word breaks equal ICU's on random text") {
  // Characters of every class the direct path handles, and a few it does not.
  const std::vector<std::string> alphabet = {
      "a",
      "B",
      "z",
      "\xC3\xA9",
      "\xC3\x89",
      "\xC5\x93",
      "\xCE\xB1",
      "\xD0\xB6",
      "\xC2\xAA",
      "\xC2\xB5",
      "0",
      "7",
      "\xD9\xA3",
      "\xC2\xB2",
      "\xC2\xBD",
      ".",
      ",",
      ";",
      ":",
      "'",
      "\"",
      "\xE2\x80\x99",
      "\xE2\x80\x98",
      "\xC2\xB7",
      "\xE2\x80\xA4",
      "\xEF\xB9\x92",
      "-",
      "_",
      "\xE2\x80\xAF",
      "\xE2\x80\xBF",
      " ",
      "  ",
      "\t",
      "\xC2\xA0",
      "\xE2\x80\x82",
      "\xE3\x80\x80",
      "\n",
      "\r",
      "\r\n",
      "\x0B",
      "\xE2\x80\xA8",
      "(",
      "?",
      "@",
      "/",
      "#",
      "\xC2\xA9",
      "\xE2\x82\xAC",
      "\xE2\x80\x94",
      "\xE2\x80\xA6",
      "!",
      "$",
      "%",
      "&",
      "*",
      "+",
      "<",
      "=",
      ">",
      "[",
      "\\",
      "]",
      "^",
      "`",
      "{",
      "|",
      "}",
      "~",
      "\xCC\x81",
      "\xE2\x80\x8D",
      "\xF0\x9F\x98\x80",
      "\xE3\x82\xAB",
      "\xD7\x90",
      "\xE6\x97\xA5",
  };
  std::mt19937 random(20141224);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  int handled = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int n = length(random); n > 0; --n) {
      // Mostly letters and digits, so that words are long enough to meet every rule.
      const std::size_t index = random() % 3 == 0 ? pick(random) : random() % 13;
      text += alphabet[index];
    }
    handled += compareWithIcu(text);
  }
  CHECK(handled > 10000);
}
