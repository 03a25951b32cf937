#include "corpus.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "result_output.hpp"
#include "utf8.hpp"

using namespace recoupe;
using nlohmann::json;

namespace {

std::u16string toUtf16(const std::string& text) {
  std::u16string out;
  for (std::size_t offset = 0; offset < text.size();) {
    const char32_t c = nextCodePoint(text, offset);
    if (c >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

json analyzeToJson(Corpus& corpus) { return json::parse(resultToJson(corpus.analyze())); }

const json* findMention(const json& result, const std::string& text) {
  for (const auto& mention : result["mentions"]) {
    if (mention["text"] == text) return &mention;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the JSON result follows analysis-v1 and its offsets are UTF-16") {
  Corpus corpus;
  // Accents before the names and a character outside the BMP (two UTF-16 units).
  const std::string text =
      "Émoi 😀 à Séoul : selon l'agence KCNA, la Corée du Nord dément.\n"
      "Écrivez à presse@exemple.fr avant le 24 novembre 2014.";
  corpus.add("a.txt", text, DocumentFormat::Text);
  const json result = analyzeToJson(corpus);

  CHECK(result["format"] == "recoupe.analysis/1");
  CHECK(result["generator"].get<std::string>().rfind("recoupe ", 0) == 0);
  REQUIRE(result["documents"].size() == 1);
  const json& document = result["documents"][0];
  CHECK(document["id"] == "a.txt");
  CHECK(document["language"] == "fr");
  const std::u16string utf16 = toUtf16(text);
  CHECK(document["length"] == utf16.size());
  CHECK(document["sections"].size() >= 1);

  for (const auto& mention : result["mentions"]) {
    const auto start = mention["start"].get<std::size_t>();
    const auto end = mention["end"].get<std::size_t>();
    REQUIRE(end <= utf16.size());
    CHECK(utf16.substr(start, end - start) == toUtf16(mention["text"].get<std::string>()));
  }
  const json* korea = findMention(result, "Corée du Nord");
  REQUIRE(korea != nullptr);
  CHECK((*korea)["start"] == 42);
  const json* email = findMention(result, "presse@exemple.fr");
  REQUIRE(email != nullptr);
  CHECK((*email)["type"] == "EMAIL");
  const json* date = findMention(result, "24 novembre 2014");
  REQUIRE(date != nullptr);
  CHECK((*date)["value"] == "2014-11-24");
}

TEST_CASE("identical names are one entity across documents, whatever their case and accents") {
  Corpus corpus;
  corpus.add("fr.txt", "Le gouvernement des États-Unis a réagi. Sony Pictures se tait.",
             DocumentFormat::Text);
  corpus.add("en.txt", "The ETATS-UNIS tag again: Etats-Unis. Sony Pictures spoke.", DocumentFormat::Text);
  const json result = analyzeToJson(corpus);
  int sonyEntities = 0;
  for (const auto& entity : result["entities"]) {
    if (entity["name"] == "Sony Pictures") {
      ++sonyEntities;
      CHECK(entity["documents"] == json::array({"fr.txt", "en.txt"}));
      CHECK(entity["mentionCount"] == 2);
    }
  }
  CHECK(sonyEntities == 1);
  const json* etats = findMention(result, "Etats-Unis");
  const json* etatsAccent = findMention(result, "États-Unis");
  REQUIRE(etats != nullptr);
  REQUIRE(etatsAccent != nullptr);
  CHECK((*etats)["entity"] == (*etatsAccent)["entity"]);
}

TEST_CASE("links count the sentences in which two entities meet") {
  Corpus corpus;
  corpus.add("a.txt", "Selon le FBI, Sony Pictures a été piratée. Le FBI et Sony Pictures enquêtent.",
             DocumentFormat::Text);
  const json result = analyzeToJson(corpus);
  REQUIRE(result["links"].size() == 1);
  CHECK(result["links"][0]["weight"] == 2);
  CHECK(result["links"][0]["documents"] == json::array({"a.txt"}));
}

TEST_CASE("a bad document gets its own error and the others are analysed") {
  Corpus corpus;
  corpus.add("bin.txt",
             std::string("\x7F"
                         "ELF\0\0\0binary",
                         13),
             DocumentFormat::Text);
  corpus.add("empty.txt", "", DocumentFormat::Text);
  corpus.addFailed("big.txt", Error{ErrorCode::TooLarge, "too big"});
  corpus.add("ok.txt", "Le FBI enquête sur Sony.", DocumentFormat::Text);
  const json result = analyzeToJson(corpus);
  REQUIRE(result["documents"].size() == 4);
  CHECK(result["documents"][0]["error"]["code"] == "binary");
  CHECK(result["documents"][1]["error"]["code"] == "empty");
  CHECK(result["documents"][2]["error"]["code"] == "too-large");
  CHECK_FALSE(result["documents"][3].contains("error"));
  CHECK(result["mentions"].size() >= 2);
}

TEST_CASE("analysing again only re-reads what changed, and replacing a document updates it") {
  Corpus corpus;
  corpus.add("a.txt", "Le FBI enquête.", DocumentFormat::Text);
  const auto& first = corpus.analyze();
  const DocumentAnalysis* analysedA = first.documents[0];
  corpus.add("b.txt", "La CIA aussi.", DocumentFormat::Text);
  const auto& second = corpus.analyze();
  CHECK(second.documents.size() == 2);
  CHECK(second.documents[0] == analysedA);  // reused, not re-analysed

  corpus.add("a.txt", "Le NSA enquête.", DocumentFormat::Text);
  const json result = analyzeToJson(corpus);
  CHECK(findMention(result, "FBI") == nullptr);
  CHECK(findMention(result, "NSA") != nullptr);
  CHECK(corpus.text("a.txt") == "Le NSA enquête.");
  CHECK(corpus.remove("a.txt"));
  CHECK_FALSE(corpus.remove("a.txt"));
  CHECK(analyzeToJson(corpus)["documents"].size() == 1);
}

TEST_CASE("CSV tables quote fields and list every mention") {
  Corpus corpus;
  corpus.add("a,b.txt", "Le FBI et la CIA, \"ensemble\".", DocumentFormat::Text);
  const CorpusResult& result = corpus.analyze();
  const std::string mentions = mentionsToCsv(result);
  CHECK(mentions.rfind("doc,start,end,text,type,entity", 0) == 0);
  CHECK(mentions.find("\"a,b.txt\",3,6,FBI,ORG,e1") != std::string::npos);
  CHECK(entitiesToCsv(result).find("e2,ORG,CIA,CIA,\"a,b.txt\",1,") != std::string::npos);
  CHECK(linksToCsv(result).find("e1,FBI,e2,CIA,1,\"a,b.txt\"") != std::string::npos);
}

namespace {

// Enough text for the JSON to pass the flush and batch sizes several times.
void addLargeCorpus(Corpus& corpus) {
  std::string text;
  for (int i = 0; i < 400; ++i) {
    text += "Selon l'AFP, Barack Obama a rencontré Angela Merkel à Berlin le 3 avril 2014 (« Séoul » 😀).\n";
  }
  corpus.add("a.txt", text, DocumentFormat::Text);
  corpus.add("b.txt", "Sony Pictures said on December 19, 2014 that the FBI had traced it.",
             DocumentFormat::Text);
}

}  // namespace

TEST_CASE("streamed JSON and CSV equal the whole texts, in pieces that end after a value") {
  Corpus corpus;
  addLargeCorpus(corpus);
  const CorpusResult& result = corpus.analyze();

  std::vector<std::string> pieces;
  writeResultJson(result, [&](std::string_view piece) { pieces.emplace_back(piece); });
  CHECK(pieces.size() > 2);
  std::string joined;
  for (const std::string& piece : pieces) {
    CHECK_FALSE(piece.empty());
    const char last = piece.back();
    CHECK((last == '}' || last == ']' || last == '\n'));
    joined += piece;
  }
  CHECK(joined == resultToJson(result));

  std::string csv;
  writeMentionsCsv(result, [&](std::string_view piece) { csv.append(piece); });
  CHECK(csv == mentionsToCsv(result));
}

TEST_CASE("a result in parts: batches of array items, then the head, that put together give the result") {
  Corpus corpus;
  addLargeCorpus(corpus);
  const CorpusResult& result = corpus.analyze();

  std::vector<std::pair<std::string, json>> parts;
  writeResultParts(result, [&](std::string_view array, std::string_view text) {
    parts.emplace_back(std::string(array), json::parse(text));
  });
  REQUIRE(!parts.empty());
  CHECK(parts.back().first.empty());
  json assembled = parts.back().second;
  std::size_t mentionBatches = 0;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const auto& [array, batch] = parts[i];
    REQUIRE(batch.is_array());
    CHECK_FALSE(batch.empty());
    REQUIRE(assembled.contains(array));
    for (const json& item : batch) assembled[array].push_back(item);
    if (array == "mentions") ++mentionBatches;
  }
  CHECK(mentionBatches > 2);  // the mentions pass the batch size several times
  CHECK(assembled == json::parse(resultToJson(result)));
}

TEST_CASE("documents analysed on several threads, in any order, give the same result") {
  const std::vector<std::string> texts = {
      "Hier, Barack Obama a rencontré Angela Merkel à Berlin.",
      "Sony Pictures accuse la Corée du Nord ; le FBI enquête.",
      "North Korea denied it. Barack Obama said the FBI was right.",
      "Le film « L'interview qui tue » sort le 25 décembre à Paris.",
      "University of Texas Arlington students met in Irving, Texas.",
  };
  auto fill = [&](Corpus& corpus) {
    for (std::size_t i = 0; i < texts.size(); ++i)
      corpus.add("d" + std::to_string(i) + ".txt", texts[i], DocumentFormat::Text);
  };
  Corpus sequential;
  fill(sequential);
  const std::string expected = resultToJson(sequential.analyze());

  Corpus threaded;
  fill(threaded);
  std::size_t calls = 0;
  // Last document first, each on a thread of its own.
  threaded.setParallelFor([&](std::size_t count, const std::function<void(std::size_t)>& task) {
    ++calls;
    std::vector<std::thread> threads;
    for (std::size_t i = count; i-- > 0;) threads.emplace_back(task, i);
    for (std::thread& thread : threads) thread.join();
  });
  CHECK(resultToJson(threaded.analyze()) == expected);
  CHECK(calls == 1);
}

TEST_CASE("a bare number inside a name is the name's, not a quantity of its own") {
  Corpus corpus;
  corpus.add("a.txt", "The CAC 40 index edged up while the STOXX 600 index fell. He bought 40 shares.",
             DocumentFormat::Text);
  const json result = analyzeToJson(corpus);
  std::vector<std::pair<std::string, std::string>> found;
  for (const json& m : result["mentions"]) found.emplace_back(m["type"], m["text"]);
  CHECK(found == std::vector<std::pair<std::string, std::string>>{
                     {"ORG", "CAC 40"}, {"ORG", "STOXX 600"}, {"QUANTITY", "40"}});
}

TEST_CASE("a weekday inside a known title is the title's, and a date elsewhere") {
  Corpus corpus;
  // The dateline resolves the weekdays to days.
  corpus.add("a.txt", "Rennes, 4 mars 2024. Selon le Journal du dimanche, le vote aura lieu dimanche.",
             DocumentFormat::Text);
  const json result = analyzeToJson(corpus);
  std::vector<std::pair<std::string, std::string>> found;
  for (const json& m : result["mentions"]) found.emplace_back(m["type"], m["text"]);
  CHECK(found == std::vector<std::pair<std::string, std::string>>{{"LOC", "Rennes"},
                                                                  {"DATE", "4 mars 2024"},
                                                                  {"ORG", "Journal du dimanche"},
                                                                  {"DATE", "dimanche"}});
}
