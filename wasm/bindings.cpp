// The whole Embind boundary. Raw methods are prefixed with an underscore;
// wasm/js/recoupe.js wraps them in the public JavaScript API. Nothing here
// throws: failures come back as status values the wrapper turns into errors.

#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/val.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "corpus.hpp"
#include "result_output.hpp"

namespace {

std::string errorJson(recoupe::ErrorCode code, const std::string& message) {
  std::string out = "{\"code\":";
  out += "\"" + std::string(recoupe::errorCodeName(code)) + "\",\"message\":";
  std::string escaped;
  // Messages are ours and ASCII, but escape quotes and backslashes all the same.
  for (char c : message) {
    if (c == '"' || c == '\\') escaped.push_back('\\');
    escaped.push_back(c);
  }
  return out + "\"" + escaped + "\"}";
}

// What the heap can still give: the room between its top and the memory cap
// (-sMAXIMUM_MEMORY), and free chunks inside it. mallinfo walks every chunk of
// the heap, so the free chunks are counted only when the room is not `needed`.
std::size_t availableMemory(std::size_t needed) {
  const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const std::size_t max = emscripten_get_heap_max();
  const std::size_t unclaimed = max > top ? max - top : 0;
  if (unclaimed >= needed) return unclaimed;
  return unclaimed + static_cast<std::size_t>(mallinfo().fordblks);
}

class CorpusHandle {
 public:
  // lang: "auto", "fr" or "en"; maxDocumentBytes: 0 for the default limit.
  CorpusHandle(const std::string& lang, double maxDocumentBytes)
      : corpus_(makeOptions(lang, maxDocumentBytes)) {}

  // Returns "" on success, or an error object as JSON.
  std::string add(std::string id, std::string bytes, const std::string& format) {
    const auto parsed = recoupe::parseDocumentFormat(format);
    if (!parsed) {
      return errorJson(recoupe::ErrorCode::UnsupportedFormat, "unsupported format: " + format);
    }
    corpus_.add(std::move(id), std::move(bytes), *parsed);
    return {};
  }

  // A document the wrapper refused before copying it into the heap (too-large).
  void addFailed(std::string id, const std::string& code, const std::string& message) {
    const auto errorCode = code == "too-large"       ? recoupe::ErrorCode::TooLarge
                           : code == "out-of-memory" ? recoupe::ErrorCode::OutOfMemory
                                                     : recoupe::ErrorCode::Unreadable;
    corpus_.addFailed(std::move(id), recoupe::Error{errorCode, message});
  }

  bool remove(const std::string& id) { return corpus_.remove(id); }
  void clear() { corpus_.clear(); }
  int size() const { return static_cast<int>(corpus_.size()); }
  // Hands the result to `onPart` in parts that are JSON values of their own
  // (batches of array items, then the head; see writeResultParts), as UTF-8
  // views of the heap valid only during the call. The wrapper parses each at
  // once, so the text never sits whole in the heap, which does not shrink,
  // nor in JavaScript.
  void analyze(emscripten::val onPart) {
    const recoupe::CorpusResult& result = corpus_.analyze();
    recoupe::writeResultParts(result, [&onPart](std::string_view array, std::string_view part) {
      onPart(emscripten::val(std::string(array)),
             emscripten::val(emscripten::typed_memory_view(part.size(), part.data())));
    });
  }
  std::string text(const std::string& id) const { return std::string(corpus_.text(id)); }

  // Returns "" on success, or an error object as JSON (code invalid-aliases).
  std::string setAliases(const std::string& json) {
    const auto error = corpus_.setAliases(json);
    return error ? errorJson(error->code, error->message) : std::string();
  }
  // Both read the result of the last analyze(); JSON text, parsed by the wrapper.
  std::string search(const std::string& query) const {
    return recoupe::searchResultToJson(corpus_.result(), corpus_.search(query));
  }
  // entity: the index of an entity id ("e12" -> 11); an unknown one gives [].
  std::string entityMentions(double entity) const {
    if (!(entity >= 0)) return "[]";
    const auto index = static_cast<std::uint32_t>(entity);
    return recoupe::entityMentionsToJson(corpus_.result(), corpus_.entityMentions(index));
  }

 private:
  static recoupe::AnalyzerOptions makeOptions(const std::string& lang, double maxDocumentBytes) {
    recoupe::AnalyzerOptions options;
    if (lang == "fr") options.language = recoupe::Language::French;
    if (lang == "en") options.language = recoupe::Language::English;
    if (maxDocumentBytes >= 1) options.maxDocumentBytes = static_cast<std::size_t>(maxDocumentBytes);
    options.availableMemory = availableMemory;
    return options;
  }

  recoupe::Corpus corpus_;
};

std::string version() { return std::string(recoupe::versionString()); }

// Bytes currently allocated on the wasm heap, for memory tests.
double heapBytesInUse() { return static_cast<double>(mallinfo().uordblks); }
// The size of the wasm memory (it only grows, so this is its peak) and its cap.
double memoryBytes() { return static_cast<double>(emscripten_get_heap_size()); }
double memoryLimit() { return static_cast<double>(emscripten_get_heap_max()); }

}  // namespace

EMSCRIPTEN_BINDINGS(recoupe) {
  emscripten::class_<CorpusHandle>("_Corpus")
      .constructor<const std::string&, double>()
      .function("_add", &CorpusHandle::add)
      .function("_addFailed", &CorpusHandle::addFailed)
      .function("_remove", &CorpusHandle::remove)
      .function("_clear", &CorpusHandle::clear)
      .function("_size", &CorpusHandle::size)
      .function("_analyze", &CorpusHandle::analyze)
      .function("_text", &CorpusHandle::text)
      .function("_setAliases", &CorpusHandle::setAliases)
      .function("_search", &CorpusHandle::search)
      .function("_entityMentions", &CorpusHandle::entityMentions);
  emscripten::function("_version", &version);
  emscripten::function("_heapBytesInUse", &heapBytesInUse);
  emscripten::function("_memoryBytes", &memoryBytes);
  emscripten::function("_memoryLimit", &memoryLimit);
  emscripten::function(
      "_availableMemory", +[](double needed) {
        return static_cast<double>(
            availableMemory(needed >= 0 ? static_cast<std::size_t>(needed) : SIZE_MAX));
      });
}
