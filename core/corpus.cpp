#include "corpus.hpp"

#include <algorithm>
#include <functional>

#include "stage_timer.hpp"

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
  std::vector<Entry*> pending;
  for (Entry& entry : documents_) {
    if (!entry.analysis) pending.push_back(&entry);
  }
  const auto analyzeOne = [&](std::size_t i) {
    Entry& entry = *pending[i];
    entry.analysis = std::make_unique<DocumentAnalysis>(
        analyzeDocument(entry.id, entry.pendingBytes, entry.format, options_));
    std::string().swap(entry.pendingBytes);
  };
  if (parallelFor_ && pending.size() > 1) {
    parallelFor_(pending.size(), analyzeOne);
  } else {
    for (std::size_t i = 0; i < pending.size(); ++i) analyzeOne(i);
  }
  for (Entry& entry : documents_) result_.documents.push_back(entry.analysis.get());
  StageLap lap;
  result_.linking = linkMentions(result_.documents, LinkOptions{kbNames_, &aliases_});
  lap.to(Stage::Link);
  result_.links = cooccurrenceLinks(result_.documents, result_.linking);
  result_.suggestions = suggestMerges(result_.linking, result_.links);
  result_.quotes = findQuotes(result_.documents, result_.linking);
  result_.timeline = buildTimeline(result_.documents, result_.linking);
  lap.to(Stage::Index);
  return result_;
}

std::vector<MentionInContext> Corpus::entityMentions(std::uint32_t entity) const {
  std::vector<MentionInContext> found;
  if (entity >= result_.linking.entities.size()) return found;
  for (std::uint32_t d = 0; d < result_.documents.size(); ++d) {
    const DocumentAnalysis& document = *result_.documents[d];
    const auto& entityOf = result_.linking.mentionEntity[d];
    for (std::uint32_t m = 0; m < entityOf.size(); ++m) {
      if (entityOf[m] != entity) continue;
      const Mention& mention = document.mentions[m];
      found.push_back(MentionInContext{d, m, makeSnippet(document.text, mention.start, mention.end)});
    }
  }
  return found;
}

std::optional<Error> Corpus::setAliases(std::string_view json) {
  auto rules = parseAliasRules(json);
  if (!rules) return rules.error();
  aliases_ = std::move(rules).value();
  return std::nullopt;
}

std::string_view Corpus::text(std::string_view id) const {
  for (const Entry& entry : documents_) {
    if (entry.id == id && entry.analysis) return entry.analysis->text;
  }
  return {};
}

}  // namespace recoupe
