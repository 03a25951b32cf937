#include "utf8.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace recoupe;

TEST_CASE("repairUtf8 keeps valid text and replaces each ill-formed sequence") {
  CHECK(repairUtf8("Corée du Nord").text == "Corée du Nord");
  CHECK(repairUtf8("Corée du Nord").invalidSequences == 0);

  const RepairedText repaired =
      repairUtf8(std::string("a\xFF"
                             "b\xC3",
                             4));
  CHECK(repaired.text == "a\uFFFDb\uFFFD");
  CHECK(repaired.invalidSequences == 2);

  // An overlong encoding of '/' and a lone surrogate are not UTF-8.
  CHECK(repairUtf8("\xC0\xAF").invalidSequences >= 1);
  CHECK(repairUtf8("\xED\xA0\x80").invalidSequences >= 1);
  CHECK(isValidUtf8("\xF0\x9D\x84\x9E"));
  CHECK_FALSE(isValidUtf8("\xF0\x9D\x84"));
}

TEST_CASE("UTF-16 offsets count accents as one unit and astral characters as two") {
  // "é" is 2 bytes / 1 unit; "𝄞" (U+1D11E) is 4 bytes / 2 units.
  const std::string text = "é𝄞x";
  const Utf16OffsetMap map(text);
  CHECK(utf16Length(text) == 4);
  CHECK(map.utf16Size() == 4);
  CHECK(map.toUtf16(0) == 0);
  CHECK(map.toUtf16(2) == 1);
  CHECK(map.toUtf16(6) == 3);
  CHECK(map.toUtf16(7) == 4);
  CHECK(map.toUtf8(0) == 0);
  CHECK(map.toUtf8(1) == 2);
  CHECK(map.toUtf8(3) == 6);
  CHECK(map.toUtf8(4) == 7);
  // Inside a character, both directions snap to its start.
  CHECK(map.toUtf16(1) == 0);
  CHECK(map.toUtf16(4) == 1);
  CHECK(map.toUtf8(2) == 2);
}

TEST_CASE("UTF-16 offset map round-trips across checkpoint strides") {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 3 == 0) ? "é" : (i % 7 == 0 ? "😀" : "a");
  const Utf16OffsetMap map(text);
  std::uint32_t units = 0;
  for (std::size_t byte = 0; byte < text.size();) {
    CHECK(map.toUtf16(byte) == units);
    CHECK(map.toUtf8(units) == byte);
    const auto lead = static_cast<unsigned char>(text[byte]);
    const std::size_t width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    units += width == 4 ? 2 : 1;
    byte += width;
  }
  CHECK(map.utf16Size() == units);
}

TEST_CASE("code point iteration and encoding") {
  const std::string text = "aé😀";
  std::size_t offset = 0;
  CHECK(nextCodePoint(text, offset) == U'a');
  CHECK(nextCodePoint(text, offset) == U'é');
  CHECK(nextCodePoint(text, offset) == U'😀');
  CHECK(offset == text.size());
  CHECK(previousCodePoint(text, offset) == U'😀');
  CHECK(offset == 3);
  std::string out;
  appendUtf8(out, U'€');
  CHECK(out == "€");
}

TEST_CASE("UTF-16 offset map snaps every byte inside a character to its start, across checkpoints") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += (i % 5 == 0) ? "€" : (i % 11 == 0 ? "😀" : (i % 3 == 0 ? "é" : "a"));
  const Utf16OffsetMap map(text);
  std::uint32_t units = 0;
  for (std::size_t byte = 0; byte < text.size();) {
    const auto lead = static_cast<unsigned char>(text[byte]);
    const std::size_t width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    for (std::size_t inside = 0; inside < width; ++inside) CHECK(map.toUtf16(byte + inside) == units);
    units += width == 4 ? 2 : 1;
    byte += width;
  }
  CHECK(map.toUtf16(text.size()) == units);
}
