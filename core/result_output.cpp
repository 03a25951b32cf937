#include "result_output.hpp"

#include <memory>

#include "json_writer.hpp"
#include "utf8.hpp"

#ifndef RECOUPE_VERSION
#error "RECOUPE_VERSION must be defined by the build"
#endif

namespace recoupe {
namespace {

// UTF-16 offset maps built on first use, so that sparse outputs (a search,
// one entity's mentions) only pay for the documents they touch, and the full
// result builds each one once.
class OffsetMaps {
 public:
  explicit OffsetMaps(const CorpusResult& result) : result_(result), maps_(result.documents.size()) {}
  const Utf16OffsetMap& map(std::size_t document) {
    auto& map = maps_[document];
    if (!map) map = std::make_unique<Utf16OffsetMap>(result_.documents[document]->text);
    return *map;
  }
  std::int64_t toUtf16(std::uint32_t document, std::size_t byteOffset) {
    return static_cast<std::int64_t>(map(document).toUtf16(byteOffset));
  }

 private:
  const CorpusResult& result_;
  std::vector<std::unique_ptr<Utf16OffsetMap>> maps_;
};

void writeDocument(JsonWriter& json, const CorpusResult& result, OffsetMaps& maps, std::size_t d) {
  const DocumentAnalysis& document = *result.documents[d];
  json.beginObject();
  json.key("id").string(document.id);
  if (document.error) {
    json.key("error").beginObject();
    json.key("code").string(errorCodeName(document.error->code));
    json.key("message").string(document.error->message);
    json.endObject();
    json.endObject();
    return;
  }
  const Utf16OffsetMap& offsets = maps.map(d);
  json.key("title").string(document.title);
  json.key("language").string(languageTag(document.language));
  json.key("length").number(static_cast<std::int64_t>(offsets.utf16Size()));
  json.key("sections").beginArray();
  for (const Section& section : document.sections) {
    json.beginObject();
    json.key("kind").string(sectionKindName(section.kind));
    json.key("start").number(static_cast<std::int64_t>(offsets.toUtf16(section.start)));
    json.key("end").number(static_cast<std::int64_t>(offsets.toUtf16(section.end)));
    json.endObject();
  }
  json.endArray();
  if (document.date.known()) json.key("date").string(isoDate(document.date));
  if (!document.warnings.empty()) {
    json.key("warnings").beginArray();
    for (const Error& warning : document.warnings) {
      json.beginObject();
      json.key("code").string(errorCodeName(warning.code));
      json.key("message").string(warning.message);
      json.endObject();
    }
    json.endArray();
  }
  json.endObject();
}

void writeEntity(JsonWriter& json, const CorpusResult& result, std::uint32_t index) {
  const Entity& entity = result.linking.entities[index];
  json.beginObject();
  json.key("id").string(entityId(index));
  json.key("type").string(typeName(entity.type));
  json.key("name").string(entity.name);
  json.key("aliases").beginArray();
  for (const std::string& alias : entity.aliases) json.string(alias);
  json.endArray();
  json.key("documents").beginArray();
  for (std::uint32_t d : entity.documents) json.string(result.documents[d]->id);
  json.endArray();
  // The row of the entity x document matrix, parallel to "documents".
  json.key("documentMentions").beginArray();
  for (std::uint32_t count : entity.documentMentions) json.number(static_cast<std::int64_t>(count));
  json.endArray();
  json.key("mentionCount").number(static_cast<std::int64_t>(entity.mentionCount));
  if (!entity.kb.empty()) json.key("kb").string(entity.kb);
  json.endObject();
}

// Where writeResult puts the items of the result's arrays: inline in one JSON
// text, or in batches that are JSON arrays of their own.
class ArrayItems {
 public:
  virtual ~ArrayItems() = default;
  // Opens the array `key` of the result object that `head` writes, and
  // returns the writer of its items.
  virtual JsonWriter& open(JsonWriter& head, std::string_view key) = 0;
  virtual void itemWritten() {}
  virtual void close(JsonWriter& head) = 0;
};

class InlineItems final : public ArrayItems {
 public:
  JsonWriter& open(JsonWriter& head, std::string_view key) override { return head.key(key).beginArray(); }
  void close(JsonWriter& head) override { head.endArray(); }
};

class BatchedItems final : public ArrayItems {
 public:
  explicit BatchedItems(const ResultPartSink& sink) : sink_(sink) {}
  JsonWriter& open(JsonWriter& head, std::string_view key) override {
    head.key(key).beginArray().endArray();  // the batches fill it
    key_ = key;
    items_.beginArray();
    return items_;
  }
  void itemWritten() override {
    if (buffer_.size() < JsonWriter::kFlushBytes) return;
    items_.endArray();
    sink_(key_, buffer_);
    buffer_.clear();
    items_.beginArray();
  }
  void close(JsonWriter&) override {
    items_.endArray();
    if (buffer_ != "[]") sink_(key_, buffer_);
    buffer_.clear();
  }

 private:
  const ResultPartSink& sink_;
  std::string_view key_;
  std::string buffer_;
  JsonWriter items_{buffer_};
};

void writeMentions(JsonWriter& json, ArrayItems& items, const CorpusResult& result, OffsetMaps& maps,
                   std::size_t d) {
  const DocumentAnalysis& document = *result.documents[d];
  if (document.mentions.empty()) return;
  const Utf16OffsetMap& offsets = maps.map(d);
  const std::string_view text = document.text;
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (result.linking.mentionEntity[d][m] == kRejectedMention) continue;
    json.beginObject();
    json.key("doc").string(document.id);
    json.key("start").number(static_cast<std::int64_t>(offsets.toUtf16(mention.start)));
    json.key("end").number(static_cast<std::int64_t>(offsets.toUtf16(mention.end)));
    json.key("text").string(text.substr(mention.start, mention.end - mention.start));
    const std::uint32_t entity = result.linking.mentionEntity[d][m];
    json.key("type").string(typeName(shownType(mention, result.linking.entities[entity])));
    json.key("entity").string(entityId(entity));
    if (!mention.value.empty()) json.key("value").string(mention.value);
    json.key("source").string(mentionSourceName(mention.source));
    json.key("score").number(static_cast<double>(mention.score));
    if (mention.nested) json.key("nested").boolean(true);
    json.endObject();
    items.itemWritten();
  }
}

void writeSpan(JsonWriter& json, const CorpusResult& result, OffsetMaps& offsets, std::uint32_t d,
               std::size_t start, std::size_t end) {
  json.key("doc").string(result.documents[d]->id);
  json.key("start").number(offsets.toUtf16(d, start));
  json.key("end").number(offsets.toUtf16(d, end));
}

void writeSnippet(JsonWriter& json, const Snippet& snippet) {
  json.key("left").string(snippet.left);
  json.key("match").string(snippet.match);
  json.key("right").string(snippet.right);
}

void writeSuggestions(JsonWriter& head, ArrayItems& items, const CorpusResult& result) {
  JsonWriter& json = items.open(head, "suggestions");
  for (const Suggestion& suggestion : result.suggestions) {
    json.beginObject();
    json.key("a").string(entityId(suggestion.a));
    json.key("b").string(entityId(suggestion.b));
    json.key("score").number(suggestion.score);
    json.key("reason").string(suggestion.reason);
    json.endObject();
    items.itemWritten();
  }
  items.close(head);
}

void writeQuotes(JsonWriter& head, ArrayItems& items, const CorpusResult& result, OffsetMaps& offsets) {
  JsonWriter& json = items.open(head, "quotes");
  for (const Quote& quote : result.quotes) {
    json.beginObject();
    writeSpan(json, result, offsets, quote.document, quote.start, quote.end);
    if (quote.speaker != kNoSpeaker) json.key("speaker").string(entityId(quote.speaker));
    json.endObject();
    items.itemWritten();
  }
  items.close(head);
}

void writeTimeline(JsonWriter& head, ArrayItems& items, const CorpusResult& result, OffsetMaps& offsets) {
  JsonWriter& json = items.open(head, "timeline");
  for (const TimelineEvent& event : result.timeline) {
    const DocumentAnalysis& document = *result.documents[event.document];
    const Mention& mention = document.mentions[event.mention];
    json.beginObject();
    writeSpan(json, result, offsets, event.document, mention.start, mention.end);
    json.key("text").string(
        std::string_view(document.text).substr(mention.start, mention.end - mention.start));
    json.key("value").string(mention.value);
    json.key("entity").string(entityId(result.linking.mentionEntity[event.document][event.mention]));
    json.key("entities").beginArray();
    for (std::uint32_t entity : event.entities) json.string(entityId(entity));
    json.endArray();
    json.endObject();
    items.itemWritten();
  }
  items.close(head);
}

void appendCsvField(std::string& out, std::string_view field) {
  const bool quote = field.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void appendCsvRow(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) out.push_back(',');
    first = false;
    appendCsvField(out, field);
  }
  out.append("\r\n");
}

std::string joinDocumentIds(const CorpusResult& result, const std::vector<std::uint32_t>& documents) {
  std::string joined;
  for (std::uint32_t d : documents) {
    if (!joined.empty()) joined.push_back('|');
    joined.append(result.documents[d]->id);
  }
  return joined;
}

}  // namespace

std::string_view versionString() { return "recoupe " RECOUPE_VERSION; }

std::string entityId(std::uint32_t entityIndex) { return "e" + std::to_string(entityIndex + 1); }

namespace {

void writeResult(JsonWriter& head, ArrayItems& items, const CorpusResult& result) {
  OffsetMaps offsets(result);
  head.beginObject();
  head.key("format").string("recoupe.analysis/1");
  head.key("generator").string(versionString());
  JsonWriter& documents = items.open(head, "documents");
  for (std::size_t d = 0; d < result.documents.size(); ++d) {
    writeDocument(documents, result, offsets, d);
    items.itemWritten();
  }
  items.close(head);
  JsonWriter& entities = items.open(head, "entities");
  for (std::uint32_t e = 0; e < result.linking.entities.size(); ++e) {
    writeEntity(entities, result, e);
    items.itemWritten();
  }
  items.close(head);
  JsonWriter& mentions = items.open(head, "mentions");
  for (std::size_t d = 0; d < result.documents.size(); ++d)
    writeMentions(mentions, items, result, offsets, d);
  items.close(head);
  JsonWriter& links = items.open(head, "links");
  for (const Link& link : result.links) {
    links.beginObject();
    links.key("a").string(entityId(link.a));
    links.key("b").string(entityId(link.b));
    links.key("weight").number(static_cast<std::int64_t>(link.weight));
    links.key("documents").beginArray();
    for (std::uint32_t d : link.documents) links.string(result.documents[d]->id);
    links.endArray();
    links.endObject();
    items.itemWritten();
  }
  items.close(head);
  writeSuggestions(head, items, result);
  writeQuotes(head, items, result, offsets);
  writeTimeline(head, items, result, offsets);
  head.endObject();
}

}  // namespace

std::string resultToJson(const CorpusResult& result) {
  std::string out;
  JsonWriter json(out);
  InlineItems items;
  writeResult(json, items, result);
  out.push_back('\n');
  return out;
}

void writeResultJson(const CorpusResult& result, const OutputSink& sink) {
  std::string buffer;
  buffer.reserve(JsonWriter::kFlushBytes * 2);
  JsonWriter json(buffer, sink);
  InlineItems items;
  writeResult(json, items, result);
  buffer.push_back('\n');
  json.finish();
}

void writeResultParts(const CorpusResult& result, const ResultPartSink& sink) {
  std::string head;
  JsonWriter json(head);
  BatchedItems items(sink);
  writeResult(json, items, result);
  sink("", head);
}

std::string entityMentionsToJson(const CorpusResult& result, const std::vector<MentionInContext>& mentions) {
  std::string out;
  JsonWriter json(out);
  OffsetMaps offsets(result);
  json.beginArray();
  for (const MentionInContext& found : mentions) {
    const DocumentAnalysis& document = *result.documents[found.document];
    const Mention& mention = document.mentions[found.mention];
    json.beginObject();
    writeSpan(json, result, offsets, found.document, mention.start, mention.end);
    json.key("sentence").number(static_cast<std::int64_t>(mention.sentence));
    const std::uint32_t entity = result.linking.mentionEntity[found.document][found.mention];
    json.key("type").string(entity == kRejectedMention
                                ? typeName(mention.type)
                                : typeName(shownType(mention, result.linking.entities[entity])));
    writeSnippet(json, found.snippet);
    json.endObject();
  }
  json.endArray();
  return out;
}

std::string searchResultToJson(const CorpusResult& result, const SearchResult& found) {
  std::string out;
  JsonWriter json(out);
  OffsetMaps offsets(result);
  json.beginObject();
  json.key("entities").beginArray();
  for (std::uint32_t e : found.entities) {
    const Entity& entity = result.linking.entities[e];
    json.beginObject();
    json.key("id").string(entityId(e));
    json.key("type").string(typeName(entity.type));
    json.key("name").string(entity.name);
    json.key("mentionCount").number(static_cast<std::int64_t>(entity.mentionCount));
    json.endObject();
  }
  json.endArray();
  json.key("hits").beginArray();
  for (const SearchHit& hit : found.hits) {
    json.beginObject();
    writeSpan(json, result, offsets, hit.document, hit.start, hit.end);
    writeSnippet(json, hit.snippet);
    json.endObject();
  }
  json.endArray();
  json.key("truncated").boolean(found.truncated);
  json.endObject();
  return out;
}

std::string entitiesToCsv(const CorpusResult& result) {
  std::string out;
  appendCsvRow(out, {"id", "type", "name", "aliases", "documents", "mentionCount", "kb"});
  for (std::uint32_t e = 0; e < result.linking.entities.size(); ++e) {
    const Entity& entity = result.linking.entities[e];
    std::string aliases;
    for (const std::string& alias : entity.aliases) {
      if (!aliases.empty()) aliases.push_back('|');
      aliases.append(alias);
    }
    appendCsvRow(out,
                 {entityId(e), typeName(entity.type), entity.name, aliases,
                  joinDocumentIds(result, entity.documents), std::to_string(entity.mentionCount), entity.kb});
  }
  return out;
}

std::string mentionsToCsv(const CorpusResult& result) {
  std::string out;
  writeMentionsCsv(result, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

void writeMentionsCsv(const CorpusResult& result, const OutputSink& sink) {
  constexpr std::size_t kFlushBytes = 1 << 16;
  std::string out;
  out.reserve(kFlushBytes * 2);
  appendCsvRow(out, {"doc", "start", "end", "text", "type", "entity", "entityName", "value", "source",
                     "score", "nested"});
  for (std::size_t d = 0; d < result.documents.size(); ++d) {
    const DocumentAnalysis& document = *result.documents[d];
    const Utf16OffsetMap offsets(document.text);
    for (std::size_t m = 0; m < document.mentions.size(); ++m) {
      const Mention& mention = document.mentions[m];
      const std::uint32_t entity = result.linking.mentionEntity[d][m];
      if (entity == kRejectedMention) continue;
      char score[16];
      std::snprintf(score, sizeof score, "%.3g", static_cast<double>(mention.score));
      appendCsvRow(out, {document.id, std::to_string(offsets.toUtf16(mention.start)),
                         std::to_string(offsets.toUtf16(mention.end)),
                         std::string_view(document.text).substr(mention.start, mention.end - mention.start),
                         typeName(shownType(mention, result.linking.entities[entity])), entityId(entity),
                         result.linking.entities[entity].name, mention.value,
                         mentionSourceName(mention.source), score, mention.nested ? "true" : "false"});
      if (out.size() >= kFlushBytes) {
        sink(out);
        out.clear();
      }
    }
  }
  if (!out.empty()) sink(out);
}

std::string linksToCsv(const CorpusResult& result) {
  std::string out;
  appendCsvRow(out, {"a", "aName", "b", "bName", "weight", "documents"});
  for (const Link& link : result.links) {
    appendCsvRow(out, {entityId(link.a), result.linking.entities[link.a].name, entityId(link.b),
                       result.linking.entities[link.b].name, std::to_string(link.weight),
                       joinDocumentIds(result, link.documents)});
  }
  return out;
}

}  // namespace recoupe
