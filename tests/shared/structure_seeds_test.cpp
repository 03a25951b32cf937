// Document structure on the shared seed corpus: comment threads, chrome and
// datelines where the seeds really have them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "document_analysis.hpp"
#include "seed_corpus.hpp"

using namespace recoupe;

namespace {

struct Seed {
  std::string name;
  DocumentAnalysis analysis;
};

std::vector<Seed> analyzeEachSeed() {
  std::vector<Seed> seeds;
  for (const testing::SeedFile& file : testing::readSeedFiles()) {
    seeds.push_back(
        Seed{file.name, analyzeDocument(file.name, file.bytes, DocumentFormat::Text, AnalyzerOptions{})});
  }
  return seeds;
}

SectionKind kindAt(const DocumentAnalysis& analysis, std::size_t offset) {
  for (const Section& section : analysis.sections) {
    if (section.start <= offset && offset < section.end) return section.kind;
  }
  FAIL("offset " << offset << " is in no section");
  return SectionKind::Body;
}

// Offsets of the lines that start with `prefix` (ASCII case-insensitive).
std::vector<std::size_t> linesStartingWith(const std::string& text, std::string_view prefix) {
  std::vector<std::size_t> found;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    bool match = end - start >= prefix.size();
    for (std::size_t i = 0; match && i < prefix.size(); ++i) {
      match = std::tolower(static_cast<unsigned char>(text[start + i])) == prefix[i];
    }
    if (match) found.push_back(start);
    start = end + 1;
  }
  return found;
}

bool isCommentNumberLine(const std::string& text, std::size_t start) {
  std::size_t end = text.find('\n', start);
  if (end == std::string::npos) end = text.size();
  return end - start >= 2 && end - start <= 6 && text[start] == '#' &&
         text.find_first_not_of("0123456789", start + 1) >= end;
}

}  // namespace

TEST_CASE("seed sections tile each text and every seed has a body") {
  const auto seeds = analyzeEachSeed();
  REQUIRE(seeds.size() == 5);
  for (const Seed& seed : seeds) {
    CAPTURE(seed.name);
    REQUIRE_FALSE(seed.analysis.error.has_value());
    std::uint32_t at = 0;
    bool body = false;
    for (const Section& section : seed.analysis.sections) {
      CHECK(section.start == at);
      CHECK(section.end > section.start);
      at = section.end;
      body = body || section.kind == SectionKind::Body;
    }
    CHECK(at == seed.analysis.text.size());
    CHECK(body);
  }
}

TEST_CASE("the seed with a numbered comment thread has it as one comments section") {
  const auto seeds = analyzeEachSeed();
  int threads = 0;
  for (const Seed& seed : seeds) {
    const std::string& text = seed.analysis.text;
    std::vector<std::size_t> numbers;
    for (std::size_t line : linesStartingWith(text, "#")) {
      if (isCommentNumberLine(text, line)) numbers.push_back(line);
    }
    if (numbers.size() < 2) continue;
    ++threads;
    CAPTURE(seed.name);
    // From its heading (or first number) to the last comment, one section.
    const Section* thread = nullptr;
    for (const Section& section : seed.analysis.sections) {
      if (section.kind == SectionKind::Comments) {
        CHECK(thread == nullptr);
        thread = &section;
      }
    }
    REQUIRE(thread != nullptr);
    CHECK(thread->start <= numbers.front());
    CHECK(thread->end >= std::min(text.find('\n', numbers.back()), text.size()));
    // The article above it is body.
    CHECK(kindAt(seed.analysis, thread->start - 1) == SectionKind::Body);
  }
  CHECK(threads == 1);
}

TEST_CASE("newsletter boxes and recent-article lists after a seed article are boilerplate") {
  const auto seeds = analyzeEachSeed();
  int boxes = 0;
  for (const Seed& seed : seeds) {
    const std::string& text = seed.analysis.text;
    std::vector<std::size_t> chrome = linesStartingWith(text, "subscribe");
    for (std::size_t line : linesStartingWith(text, "articles r\xC3\xA9")) chrome.push_back(line);
    for (std::size_t line : linesStartingWith(text, "abonnez-vous")) chrome.push_back(line);
    if (chrome.empty()) continue;
    ++boxes;
    CAPTURE(seed.name);
    for (std::size_t line : chrome) CHECK(kindAt(seed.analysis, line) == SectionKind::Boilerplate);
    // Nothing after that chrome is article text: the page ends with it.
    CHECK(seed.analysis.sections.back().kind == SectionKind::Boilerplate);
    CHECK(kindAt(seed.analysis, *std::min_element(chrome.begin(), chrome.end()) - 1) == SectionKind::Body);
  }
  CHECK(boxes >= 1);
}

TEST_CASE("a bracketed agency dateline ends the seed's header, and its paragraph is body") {
  const auto seeds = analyzeEachSeed();
  int datelines = 0;
  for (const Seed& seed : seeds) {
    const std::string& text = seed.analysis.text;
    for (std::size_t line : linesStartingWith(text, "[")) {
      const std::size_t agency = text.find("(AFP) ", line);
      if (agency == std::string::npos || agency > line + 60) continue;
      ++datelines;
      CAPTURE(seed.name);
      CHECK(seed.analysis.sections.front().kind == SectionKind::Header);
      CHECK(kindAt(seed.analysis, line) == SectionKind::Header);
      CHECK(kindAt(seed.analysis, agency + 6) == SectionKind::Body);
      CHECK(seed.analysis.sections.front().end == agency + 6);
    }
  }
  CHECK(datelines >= 1);
}
