// The public entry point of the core: a set of documents analysed together.
//
//   recoupe::Corpus corpus;
//   corpus.add("a.txt", bytes, recoupe::DocumentFormat::Text);
//   const recoupe::CorpusResult& result = corpus.analyze();
//   std::string json = recoupe::resultToJson(result);
//
// Documents are analysed once and cached by content, so analysing again after
// adding a document only analyses the new one, then links everything again.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cooccurrence.hpp"
#include "document_analysis.hpp"
#include "linker.hpp"

namespace recoupe {

struct CorpusResult {
  std::vector<const DocumentAnalysis*> documents;  // in the order they were added; owned by the Corpus
  Linking linking;
  std::vector<Link> links;
};

class Corpus {
 public:
  explicit Corpus(AnalyzerOptions options = {});

  // Adds a document, or replaces the one with the same id.
  void add(std::string id, std::string bytes, DocumentFormat format);
  // Records a document that could not even be read, so it still appears, with its error.
  void addFailed(std::string id, Error error);
  // Returns false when no document has that id.
  bool remove(std::string_view id);
  void clear();
  std::size_t size() const { return documents_.size(); }

  // Analyses what changed since the last call and links the whole corpus. The
  // result stays valid until the corpus is next modified or analysed.
  const CorpusResult& analyze();

  // The analysed plain text of a document (empty before analyze() or for an unknown id).
  std::string_view text(std::string_view id) const;

 private:
  struct Entry {
    std::string id;
    std::string pendingBytes;  // released once analysed, so a corpus does not hold every input twice
    std::size_t contentHash = 0;
    DocumentFormat format = DocumentFormat::Text;
    std::unique_ptr<DocumentAnalysis> analysis;  // null until analysed
  };

  std::vector<Entry>::iterator find(std::string_view id);

  AnalyzerOptions options_;
  std::vector<Entry> documents_;
  CorpusResult result_;
};

}  // namespace recoupe
