// The whole pipeline: a Corpus of one to three documents cut from the input,
// its JSON result parsed back with nlohmann/json, and the invariants of
// recoupe.analysis/1 checked on it (UTF-16 offsets, as JavaScript sees them).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "fuzz_common.hpp"
#include "result_output.hpp"

using namespace recoupe;
using nlohmann::json;

namespace {

constexpr DocumentFormat kFormats[] = {DocumentFormat::Text, DocumentFormat::Markdown, DocumentFormat::Html,
                                       DocumentFormat::Email};

void checkSpan(const json& item, const std::map<std::string, std::u16string>& texts) {
  const std::string doc = item.at("doc").get<std::string>();
  FUZZ_CHECK(texts.count(doc) == 1);
  const std::u16string& text = texts.at(doc);
  const auto start = item.at("start").get<std::size_t>();
  const auto end = item.at("end").get<std::size_t>();
  FUZZ_CHECK(start <= end && end <= text.size());
  if (item.contains("text")) {
    FUZZ_CHECK(text.substr(start, end - start) == fuzz::toUtf16(item.at("text").get<std::string>()));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t control = data[0];
  const std::uint8_t formats = data[1];
  const std::string_view input(reinterpret_cast<const char*>(data) + 2, size - 2);
  const auto parts = fuzz::splitDocuments(input, 1 + control % 3);

  AnalyzerOptions options;
  if (control & 0x10) options.language = (control & 0x20) ? Language::French : Language::English;
  Corpus corpus(options);
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const DocumentFormat format = kFormats[(formats >> (2 * i)) & 3];
    ids.push_back("d" + std::to_string(i) + ".txt");
    corpus.add(ids.back(), std::string(parts[i]), format);
  }
  const CorpusResult& result = corpus.analyze();
  const json root = json::parse(resultToJson(result));  // throws, so crashes, on invalid JSON

  std::map<std::string, std::u16string> texts;
  const json& documents = root.at("documents");
  FUZZ_CHECK(documents.size() == ids.size());
  for (const json& document : documents) {
    const std::string id = document.at("id").get<std::string>();
    if (document.contains("error")) {
      FUZZ_CHECK(document.at("error").at("code").is_string());
      continue;
    }
    const std::u16string text = fuzz::toUtf16(corpus.text(id));
    FUZZ_CHECK(document.at("length").get<std::size_t>() == text.size());
    std::size_t covered = 0;
    for (const json& section : document.at("sections")) {
      FUZZ_CHECK(section.at("start").get<std::size_t>() == covered);
      covered = section.at("end").get<std::size_t>();
      FUZZ_CHECK(covered > section.at("start").get<std::size_t>());
    }
    FUZZ_CHECK(covered == text.size());
    texts.emplace(id, text);
  }

  std::set<std::string> entities;
  for (const json& entity : root.at("entities")) {
    FUZZ_CHECK(entities.insert(entity.at("id").get<std::string>()).second);
    FUZZ_CHECK(entity.at("mentionCount").get<std::size_t>() >= 1);
  }
  auto knownEntity = [&](const json& id) {
    return id.is_string() && entities.count(id.get<std::string>()) == 1;
  };

  // Top-level mentions never overlap; a nested one lies inside a top-level one.
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> spans;
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> nestedSpans;
  for (const json& mention : root.at("mentions")) {
    checkSpan(mention, texts);
    FUZZ_CHECK(mention.at("start").get<std::size_t>() < mention.at("end").get<std::size_t>());
    if (mention.contains("entity")) FUZZ_CHECK(knownEntity(mention.at("entity")));
    auto& into = mention.value("nested", false) ? nestedSpans : spans;
    into[mention.at("doc").get<std::string>()].emplace_back(mention.at("start").get<std::size_t>(),
                                                            mention.at("end").get<std::size_t>());
  }
  for (auto& [doc, list] : spans) {
    std::sort(list.begin(), list.end());
    for (std::size_t i = 1; i < list.size(); ++i) FUZZ_CHECK(list[i - 1].second <= list[i].first);
  }
  for (const auto& [doc, list] : nestedSpans) {
    const auto& outer = spans[doc];
    for (const auto& [start, end] : list) {
      auto container = std::upper_bound(outer.begin(), outer.end(), std::make_pair(start, SIZE_MAX));
      FUZZ_CHECK(container != outer.begin());
      --container;
      FUZZ_CHECK(container->first <= start && end <= container->second);
    }
  }
  for (const json& link : root.at("links"))
    FUZZ_CHECK(knownEntity(link.at("a")) && knownEntity(link.at("b")));
  for (const json& suggestion : root.at("suggestions")) {
    FUZZ_CHECK(knownEntity(suggestion.at("a")) && knownEntity(suggestion.at("b")));
  }
  for (const json& quote : root.at("quotes")) {
    checkSpan(quote, texts);
    if (quote.contains("speaker")) FUZZ_CHECK(knownEntity(quote.at("speaker")));
  }
  for (const json& event : root.at("timeline")) {
    checkSpan(event, texts);
    if (event.contains("entity")) FUZZ_CHECK(knownEntity(event.at("entity")));
    for (const json& id : event.at("entities")) FUZZ_CHECK(knownEntity(id));
  }

  // The on-demand index over the same result.
  if (!result.linking.entities.empty()) (void)corpus.entityMentions(control % result.linking.entities.size());
  (void)corpus.search(parts.front().substr(0, 12));
  return 0;
}
