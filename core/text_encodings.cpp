#include "text_encodings.hpp"

#include <array>
#include <cstdint>

#include "utf8.hpp"

namespace recoupe {
namespace {

int base64Value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;  // '-' and '_': the URL-safe alphabet some mailers use
  if (c == '/' || c == '_') return 63;
  return -1;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// windows-1252 for 0x80-0x9F; the five unassigned bytes become U+FFFD.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

char32_t windows1252(unsigned char byte) {
  if (byte >= 0x80 && byte <= 0x9F) return kWindows1252High[byte - 0x80];
  return byte;
}

// ISO-8859-15 differs from Latin-1 in eight places, the euro sign first.
char32_t latin9(unsigned char byte) {
  switch (byte) {
    case 0xA4:
      return 0x20AC;
    case 0xA6:
      return 0x0160;
    case 0xA8:
      return 0x0161;
    case 0xB4:
      return 0x017D;
    case 0xB8:
      return 0x017E;
    case 0xBC:
      return 0x0152;
    case 0xBD:
      return 0x0153;
    case 0xBE:
      return 0x0178;
    default:
      return byte;
  }
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

}  // namespace

std::string decodeBase64(std::string_view encoded) {
  std::string out;
  out.reserve(encoded.size() / 4 * 3 + 3);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : encoded) {
    const int value = base64Value(static_cast<unsigned char>(c));
    if (value < 0) continue;
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

std::string decodeQuotedPrintable(std::string_view encoded, bool headerMode) {
  std::string out;
  out.reserve(encoded.size());
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    const char c = encoded[i];
    if (headerMode && c == '_') {
      out.push_back(' ');
      continue;
    }
    if (c != '=') {
      out.push_back(c);
      continue;
    }
    // A soft line break: '=' then optional trailing blanks, then CRLF or LF.
    std::size_t j = i + 1;
    while (j < encoded.size() && (encoded[j] == ' ' || encoded[j] == '\t')) ++j;
    if (j < encoded.size() && (encoded[j] == '\r' || encoded[j] == '\n')) {
      if (encoded[j] == '\r' && j + 1 < encoded.size() && encoded[j + 1] == '\n') ++j;
      i = j;
      continue;
    }
    if (j == encoded.size() && !headerMode) break;  // '=' ending the part
    const int high = i + 1 < encoded.size() ? hexValue(encoded[i + 1]) : -1;
    const int low = i + 2 < encoded.size() ? hexValue(encoded[i + 2]) : -1;
    if (high >= 0 && low >= 0) {
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back('=');
    }
  }
  return out;
}

Charset charsetFromLabel(std::string_view label) {
  const std::string lower = lowerAscii(label);
  if (lower == "utf-8" || lower == "utf8") return Charset::Utf8;
  if (lower == "iso-8859-1" || lower == "iso8859-1" || lower == "iso_8859-1" || lower == "latin1" ||
      lower == "latin-1" || lower == "l1" || lower == "windows-1252" || lower == "cp1252" ||
      lower == "x-cp1252" || lower == "cp-1252") {
    return Charset::Windows1252;
  }
  if (lower == "iso-8859-15" || lower == "iso8859-15" || lower == "iso_8859-15" || lower == "latin9" ||
      lower == "latin-9") {
    return Charset::Latin9;
  }
  return Charset::Unlabelled;
}

DecodedText decodeToUtf8(std::string_view bytes, Charset charset) {
  DecodedText decoded;
  if (charset == Charset::Utf8 || (charset == Charset::Unlabelled && isValidUtf8(bytes))) {
    RepairedText repaired = repairUtf8(bytes);
    decoded.text = std::move(repaired.text);
    decoded.repaired = repaired.invalidSequences > 0;
    return decoded;
  }
  decoded.text.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    appendUtf8(decoded.text, charset == Charset::Latin9 ? latin9(byte) : windows1252(byte));
  }
  return decoded;
}

}  // namespace recoupe
