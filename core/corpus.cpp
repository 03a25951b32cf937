#include "corpus.hpp"

#include <algorithm>
#include <functional>

namespace recoupe {

Corpus::Corpus(AnalyzerOptions options) : options_(std::move(options)) {}

void Corpus::add(std::string id, std::string bytes, DocumentFormat format) {
  const std::size_t contentHash = std::hash<std::string>{}(bytes);
  auto existing = find(id);
  if (existing != documents_.end()) {
    if (existing->analysis && existing->contentHash == contentHash && existing->format == format) return;
    existing->pendingBytes = std::move(bytes);
    existing->contentHash = contentHash;
    existing->format = format;
    existing->analysis.reset();
    return;
  }
  documents_.push_back(Entry{std::move(id), std::move(bytes), contentHash, format, nullptr});
}

void Corpus::addFailed(std::string id, Error error) {
  auto analysis = std::make_unique<DocumentAnalysis>();
  analysis->id = id;
  analysis->error = std::move(error);
  auto existing = find(id);
  if (existing == documents_.end()) {
    documents_.push_back(Entry{std::move(id), {}, 0, DocumentFormat::Text, std::move(analysis)});
    return;
  }
  existing->pendingBytes.clear();
  existing->contentHash = 0;
  existing->analysis = std::move(analysis);
}

std::vector<Corpus::Entry>::iterator Corpus::find(std::string_view id) {
  return std::find_if(documents_.begin(), documents_.end(), [&](const Entry& e) { return e.id == id; });
}

bool Corpus::remove(std::string_view id) {
  auto existing = find(id);
  if (existing == documents_.end()) return false;
  documents_.erase(existing);
  result_ = {};
  return true;
}

void Corpus::clear() {
  documents_.clear();
  result_ = {};
}

const CorpusResult& Corpus::analyze() {
  result_ = {};
  for (Entry& entry : documents_) {
    if (!entry.analysis) {
      entry.analysis = std::make_unique<DocumentAnalysis>(
          analyzeDocument(entry.id, entry.pendingBytes, entry.format, options_));
      std::string().swap(entry.pendingBytes);
    }
    result_.documents.push_back(entry.analysis.get());
  }
  result_.linking = linkMentions(result_.documents);
  result_.links = cooccurrenceLinks(result_.documents, result_.linking);
  return result_;
}

std::string_view Corpus::text(std::string_view id) const {
  for (const Entry& entry : documents_) {
    if (entry.id == id && entry.analysis) return entry.analysis->text;
  }
  return {};
}

}  // namespace recoupe
