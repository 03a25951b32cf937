// A streaming JSON writer: results of hundreds of megabytes are written
// without building a document tree first.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

// Appends to a string. The caller nests calls correctly; commas are automatic.
//
//   JsonWriter json(out);
//   json.beginObject();
//   json.key("id").string("a.txt");
//   json.endObject();
class JsonWriter {
 public:
  // Receives the text in order, in pieces that end after a complete value, so
  // a piece never splits a UTF-8 sequence.
  using Sink = std::function<void(std::string_view)>;

  explicit JsonWriter(std::string& out) : out_(out) {}
  // Uses `buffer` as scratch space and hands its text to `sink` whenever it
  // holds kFlushBytes or more, so that a result of hundreds of megabytes never
  // sits whole in memory. Call finish() after the last value.
  JsonWriter(std::string& buffer, Sink sink) : out_(buffer), sink_(std::move(sink)) {}

  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view value);  // value must be valid UTF-8
  JsonWriter& number(std::int64_t value);
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  // Hands what remains in the buffer to the sink, if any.
  void finish();

  static constexpr std::size_t kFlushBytes = 1 << 16;

 private:
  void separate();
  void flushIfFull() {
    if (sink_ && out_.size() >= kFlushBytes) finish();
  }

  struct FormattedNumber {
    std::uint64_t bits = 0;
    char text[32] = {};
    std::uint8_t size = 0;
    bool used = false;
  };

  std::string& out_;
  Sink sink_;
  std::array<FormattedNumber, 16> numbers_;
  // Per open container, whether it has an element yet: bytes rather than
  // std::vector<bool>, whose bit arithmetic showed at ten keys per mention.
  std::vector<std::uint8_t> hasElements_;
  bool afterKey_ = false;
};

void appendJsonString(std::string& out, std::string_view value);

}  // namespace recoupe
