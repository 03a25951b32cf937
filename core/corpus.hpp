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
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "alias_rules.hpp"
#include "cooccurrence.hpp"
#include "document_analysis.hpp"
#include "linker.hpp"
#include "quotes.hpp"
#include "search.hpp"
#include "snippet.hpp"
#include "suggestions.hpp"
#include "timeline.hpp"

namespace recoupe {

struct CorpusResult {
  std::vector<const DocumentAnalysis*> documents;  // in the order they were added; owned by the Corpus
  Linking linking;
  std::vector<Link> links;
  std::vector<Suggestion> suggestions;
  std::vector<Quote> quotes;
  std::vector<TimelineEvent> timeline;
};

// One mention of an entity, with its keyword-in-context snippet.
struct MentionInContext {
  std::uint32_t document = 0;
  std::uint32_t mention = 0;  // index into that document's mentions
  Snippet snippet;
};

// Runs task(0) ... task(count - 1), in any order and on any threads, and
// returns when all are done. The core never starts threads itself (the wasm
// build has none); an embedding such as the CLI may give it this.
using ParallelFor = std::function<void(std::size_t count, const std::function<void(std::size_t)>& task)>;

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

  // The cross-reference index of the last analyze(), on demand: every mention
  // of an entity in context, and an accent- and case-insensitive search.
  std::vector<MentionInContext> entityMentions(std::uint32_t entity) const;
  SearchResult search(std::string_view query, std::size_t maxHits = kDefaultMaxSearchHits) const {
    return searchCorpus(result_, query, maxHits);
  }
  const CorpusResult& result() const { return result_; }

  // User curation applied to every later analyze() (see alias_rules.hpp). A
  // malformed file is an InvalidAliases error and leaves the current rules in place.
  std::optional<Error> setAliases(std::string_view json);
  void setAliasRules(AliasRules rules) { aliases_ = std::move(rules); }
  const AliasRules& aliasRules() const { return aliases_; }

  // How documents are analysed: one after the other by default. Documents
  // are independent until linking, so any ParallelFor gives the same result.
  void setParallelFor(ParallelFor parallelFor) { parallelFor_ = std::move(parallelFor); }

  // Where linking finds the canonical names of lexicon ids (the built-in lexicon by default).
  void setKbNames(const KbNames& names) { kbNames_ = &names; }

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
  AliasRules aliases_;
  const KbNames* kbNames_ = &builtinKbNames();
  std::vector<Entry> documents_;
  CorpusResult result_;
  ParallelFor parallelFor_;
};

}  // namespace recoupe
