// Segmentation, name recognition and patterns on valid UTF-8 derived from the
// input (invalid sequences repaired). The first byte picks the language.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_structure.hpp"
#include "fuzz_common.hpp"
#include "language_detector.hpp"
#include "name_finder.hpp"
#include "patterns.hpp"
#include "segmenter.hpp"
#include "utf8.hpp"

using namespace recoupe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string text = repairUtf8(bytes).text;
  constexpr Language kLanguages[] = {Language::French, Language::English, Language::Unknown};
  Language language = kLanguages[data[0] % 3];
  if (data[0] & 0x80) language = detectLanguage(text).language;

  const Segmentation segmentation = segment(text, language);
  std::uint32_t previousEnd = 0;
  for (const Token& token : segmentation.tokens) {
    FUZZ_CHECK(token.start < token.end && token.end <= text.size() && token.start >= previousEnd);
    FUZZ_CHECK(fuzz::isCharBoundary(text, token.start) && fuzz::isCharBoundary(text, token.end));
    previousEnd = token.end;
  }
  for (const Sentence& sentence : segmentation.sentences) {
    FUZZ_CHECK(sentence.start <= sentence.end && sentence.end <= text.size());
    FUZZ_CHECK(sentence.firstToken <= sentence.endToken && sentence.endToken <= segmentation.tokens.size());
  }

  const auto names = findNames(text, segmentation, language);
  std::uint32_t end = 0;
  for (const Mention& mention : names) {
    FUZZ_CHECK(mention.start < mention.end && mention.end <= text.size() && mention.start >= end);
    FUZZ_CHECK(fuzz::isCharBoundary(text, mention.start) && fuzz::isCharBoundary(text, mention.end));
    FUZZ_CHECK(mention.sentence < segmentation.sentences.size());
    end = mention.end;
  }
  const auto patterns = findPatterns(text, language, ReferenceDate{2014, 12, 23});
  end = 0;
  for (const PatternMatch& match : patterns) {
    FUZZ_CHECK(match.start < match.end && match.end <= text.size() && match.start >= end);
    FUZZ_CHECK(fuzz::isCharBoundary(text, match.start) && fuzz::isCharBoundary(text, match.end));
    FUZZ_CHECK(isValidUtf8(match.value));
    end = match.end;
  }
  const auto sections = findSections(text, language);
  std::uint32_t covered = 0;
  for (const Section& section : sections) {
    FUZZ_CHECK(section.start == covered && section.start < section.end);
    covered = section.end;
  }
  FUZZ_CHECK(covered == (sections.empty() ? 0 : text.size()));
  return 0;
}
