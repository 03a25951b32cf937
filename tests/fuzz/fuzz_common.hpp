// Helpers shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp). The same
// sources also build as plain replay programs (replay_main.cpp), so that the
// committed corpora and crash regressions run under ctest in every build.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

// A failed invariant is a crash, so that libFuzzer records the input.
#define FUZZ_CHECK(condition)                                                                \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

namespace fuzz {

// Splits the input at the first `count - 1` occurrences of a separator line,
// so that one input holds several documents; seeds use "\n%%\n".
inline std::vector<std::string_view> splitDocuments(std::string_view input, std::size_t count) {
  constexpr std::string_view kSeparator = "\n%%\n";
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < count) {
    const std::size_t at = input.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(input.substr(0, at));
    input.remove_prefix(at + kSeparator.size());
  }
  parts.push_back(input);
  return parts;
}

// UTF-16 code units of valid UTF-8, as JavaScript strings hold them.
inline std::u16string toUtf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    char32_t cp = 0;
    std::size_t length = 1;
    if (lead < 0x80) {
      cp = lead;
    } else if (lead < 0xE0) {
      cp = lead & 0x1F;
      length = 2;
    } else if (lead < 0xF0) {
      cp = lead & 0x0F;
      length = 3;
    } else {
      cp = lead & 0x07;
      length = 4;
    }
    FUZZ_CHECK(i + length <= utf8.size());
    for (std::size_t k = 1; k < length; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    if (cp >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
    i += length;
  }
  return out;
}

inline bool isCharBoundary(std::string_view text, std::size_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

}  // namespace fuzz
