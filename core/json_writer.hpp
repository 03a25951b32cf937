// A streaming JSON writer: results of hundreds of megabytes are written
// without building a document tree first.
#pragma once

#include <cstdint>
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
  explicit JsonWriter(std::string& out) : out_(out) {}

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

 private:
  void separate();

  std::string& out_;
  std::vector<bool> hasElements_;  // per open container
  bool afterKey_ = false;
};

void appendJsonString(std::string& out, std::string_view value);

}  // namespace recoupe
