#include "json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace recoupe {

namespace {

// Bytes that JSON strings must escape: '"', '\\' and the controls below 0x20.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> escape{};
  for (int byte = 0; byte < 0x20; ++byte) escape[byte] = true;
  escape['"'] = true;
  escape['\\'] = true;
  return escape;
}();

constexpr bool needsEscape(unsigned char byte) { return kNeedsEscape[byte]; }

}  // namespace

void appendJsonString(std::string& out, std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied; they need no escape
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if (!needsEscape(byte)) continue;
    out.append(value.data() + run, i - run);
    run = i + 1;
    switch (byte) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default:
        out.append("\\u00");
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0xF]);
    }
  }
  out.append(value.data() + run, value.size() - run);
  out.push_back('"');
}

void JsonWriter::separate() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (!hasElements_.empty()) {
    if (hasElements_.back()) out_.push_back(',');
    hasElements_.back() = 1;
  }
}

JsonWriter& JsonWriter::beginObject() {
  separate();
  out_.push_back('{');
  hasElements_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::endObject() {
  out_.push_back('}');
  hasElements_.pop_back();
  flushIfFull();
  return *this;
}

JsonWriter& JsonWriter::beginArray() {
  separate();
  out_.push_back('[');
  hasElements_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::endArray() {
  out_.push_back(']');
  hasElements_.pop_back();
  flushIfFull();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  appendJsonString(out_, name);
  out_.push_back(':');
  afterKey_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
  separate();
  appendJsonString(out_, value);
  return *this;
}

JsonWriter& JsonWriter::number(std::int64_t value) {
  separate();
  char buffer[24];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, written.ptr);
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  separate();
  if (!std::isfinite(value)) {
    out_.append("null");
    return *this;
  }
  // Scores take few distinct values, and formatting one is costly: the text
  // of each is kept in a small table indexed by the value's bits.
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  FormattedNumber& slot = numbers_[(bits ^ (bits >> 29) ^ (bits >> 47)) % numbers_.size()];
  if (!slot.used || slot.bits != bits) {
    slot.used = true;
    slot.bits = bits;
    const int written = std::snprintf(slot.text, sizeof slot.text, "%.4g", value);
    slot.size = static_cast<std::uint8_t>(written < 0 ? 0 : std::min<int>(written, sizeof slot.text - 1));
  }
  out_.append(slot.text, slot.size);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_.append(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_.append("null");
  return *this;
}

void JsonWriter::finish() {
  if (!sink_ || out_.empty()) return;
  sink_(out_);
  out_.clear();
}

}  // namespace recoupe
