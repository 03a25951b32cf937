// Everything the pipeline learns about one document on its own: its text,
// language, structure and mentions. Linking across documents comes after.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document_reader.hpp"
#include "document_structure.hpp"
#include "error.hpp"
#include "mention.hpp"
#include "patterns.hpp"
#include "types.hpp"

namespace recoupe {

struct AnalyzerOptions {
  std::optional<Language> language;  // forced language; detected per document when empty
  std::size_t maxDocumentBytes = kDefaultMaxDocumentBytes;
  // Bytes of memory still available, for platforms with a hard cap (the wasm
  // module): a document whose estimated working set exceeds it is refused with
  // OutOfMemory instead of exhausting the heap. Empty: no check (native). It is
  // given the bytes needed, and may stop counting once it has found that many.
  std::function<std::size_t(std::size_t needed)> availableMemory;
};

// Peak bytes that analysing a document of `inputBytes` may allocate (its text,
// tokens, mentions and their share of the JSON result), a deliberate
// overestimate measured on the worst cases of tests/robustness.
std::size_t estimatedWorkingSet(std::size_t inputBytes);

struct SentenceSpan {
  std::uint32_t start = 0;  // bytes
  std::uint32_t end = 0;
};

struct DocumentAnalysis {
  std::string id;
  std::optional<Error> error;  // set when the document could not be analysed at all
  std::vector<Error> warnings;
  std::string text;  // the plain text that offsets index, valid UTF-8
  std::string title;
  Language language = Language::Unknown;
  std::vector<Section> sections;
  std::vector<SentenceSpan> sentences;
  ReferenceDate date;  // the document's own date, when found
  // Sorted by start (a container before the names nested in it); only nested
  // mentions overlap, each inside the mention just before it or its container.
  std::vector<Mention> mentions;
};

DocumentAnalysis analyzeDocument(std::string id, std::string_view bytes, DocumentFormat format,
                                 const AnalyzerOptions& options);

// Formats a reference date as ISO 8601 ("2014-12-23").
std::string isoDate(const ReferenceDate& date);

}  // namespace recoupe
