// Serialisations of a corpus result: the analysis-v1 JSON contract, and CSV
// tables. Offsets leave the core here, converted to UTF-16 code units.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "corpus.hpp"

namespace recoupe {

std::string_view versionString();  // "recoupe 0.1.0"

// Receives an output in order, in pieces of tens of kilobytes that never split
// a UTF-8 sequence.
using OutputSink = std::function<void(std::string_view)>;

// The JSON text of ../shared/spec/analysis-v1.md.
std::string resultToJson(const CorpusResult& result);
// The same text handed to `sink` piece by piece, so that it is never whole in memory.
void writeResultJson(const CorpusResult& result, const OutputSink& sink);

// Receives a result in parts that are each a JSON value of their own: first
// batches of the items of its arrays, as JSON arrays of tens of kilobytes,
// with the name of the array they belong to ("mentions"); last, with the
// name "", the result object whose arrays are empty. Appending each batch to
// its array gives the result of resultToJson, without parsing it whole.
using ResultPartSink = std::function<void(std::string_view array, std::string_view json)>;
void writeResultParts(const CorpusResult& result, const ResultPartSink& sink);

// The cross-reference index on demand: an entity's mentions in context
// ([{doc, start, end, sentence, type, left, match, right}]), and search results
// ({entities: [{id, type, name, mentionCount}], hits: [{doc, start, end, left, match, right}], truncated}).
std::string entityMentionsToJson(const CorpusResult& result, const std::vector<MentionInContext>& mentions);
std::string searchResultToJson(const CorpusResult& result, const SearchResult& found);

// Entity id as it appears in every output ("e12").
std::string entityId(std::uint32_t entityIndex);

// CSV tables (RFC 4180, UTF-8, with a header row).
std::string entitiesToCsv(const CorpusResult& result);
std::string mentionsToCsv(const CorpusResult& result);
void writeMentionsCsv(const CorpusResult& result, const OutputSink& sink);
std::string linksToCsv(const CorpusResult& result);

}  // namespace recoupe
