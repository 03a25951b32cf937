#include "document_reader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace recoupe;

TEST_CASE("formats come from names and extensions") {
  CHECK(parseDocumentFormat("html") == DocumentFormat::Html);
  CHECK(parseDocumentFormat("TXT") == DocumentFormat::Text);
  CHECK_FALSE(parseDocumentFormat("pdf").has_value());
  CHECK(formatFromFileName("dir/a.md") == DocumentFormat::Markdown);
  CHECK(formatFromFileName("page.HTM") == DocumentFormat::Html);
  CHECK_FALSE(formatFromFileName("photo.jpg").has_value());
  CHECK_FALSE(formatFromFileName("v1.0/README").has_value());
}

TEST_CASE("plain text keeps its content and finds a title") {
  const auto document = readDocument("\n  Le titre  \nLe corps.", DocumentFormat::Text);
  REQUIRE(document.ok());
  CHECK(document->text == "\n  Le titre  \nLe corps.");
  CHECK(document->title == "Le titre");
  CHECK(document->warnings.empty());
}

TEST_CASE("invalid UTF-8 is repaired with a warning, not rejected") {
  const auto document = readDocument(
      "Cor\xE9"
      "e du Nord",
      DocumentFormat::Text);
  REQUIRE(document.ok());
  CHECK(document->text == "Cor\uFFFDe du Nord");
  REQUIRE(document->warnings.size() == 1);
  CHECK(document->warnings[0].code == ErrorCode::InvalidUtf8);
}

TEST_CASE("binary, empty and oversized documents are errors") {
  std::string binary = "%PDF-1.7 stuff";
  auto result = readDocument(binary, DocumentFormat::Text);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Binary);

  std::string withNuls(1000, 'a');
  for (std::size_t i = 0; i < withNuls.size(); i += 7) withNuls[i] = '\0';
  CHECK(readDocument(withNuls, DocumentFormat::Text).error().code == ErrorCode::Binary);

  CHECK(readDocument("  \n\t ", DocumentFormat::Text).error().code == ErrorCode::Empty);
  CHECK(readDocument("", DocumentFormat::Text).error().code == ErrorCode::Empty);
  CHECK(readDocument(std::string(2000, 'a'), DocumentFormat::Text, 1000).error().code == ErrorCode::TooLarge);
}

TEST_CASE("a stray NUL in long text becomes a space") {
  std::string text(2000, 'a');
  text[10] = '\0';
  const auto document = readDocument(text, DocumentFormat::Text);
  REQUIRE(document.ok());
  CHECK(document->text[10] == ' ');
  CHECK(document->text.size() == 2000);
}

TEST_CASE("UTF-16 text with a byte-order mark is decoded") {
  const std::string utf16le(
      "\xFF\xFE"
      "C\0o\0r\0\xE9\0"
      "e\0",
      12);
  const auto document = readDocument(utf16le, DocumentFormat::Text);
  REQUIRE(document.ok());
  CHECK(document->text == "Corée");
}

TEST_CASE("HTML documents are reduced to their text") {
  const auto document =
      readDocument("<title>T</title><p>Hello <script>alert(1)</script>world</p>", DocumentFormat::Html);
  REQUIRE(document.ok());
  CHECK(document->text == "Hello world");
  CHECK(document->title == "T");
}
