#include "document_reader.hpp"

#include <algorithm>
#include <array>

#include "html_text.hpp"
#include "text_fold.hpp"
#include "utf8.hpp"

namespace recoupe {
namespace {

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// UTF-16 files saved by Windows tools carry a byte-order mark; decoding them
// beats rejecting them as binary.
std::optional<std::string> decodeUtf16WithBom(std::string_view bytes) {
  const bool little = startsWith(bytes, "\xFF\xFE");
  const bool big = startsWith(bytes, "\xFE\xFF");
  if (!little && !big) return std::nullopt;
  std::string out;
  out.reserve(bytes.size());
  auto unitAt = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    char32_t unit = unitAt(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unitAt(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        unit = 0xFFFD;
      }
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      unit = 0xFFFD;
    }
    appendUtf8(out, unit);
  }
  return out;
}

// Control characters other than tab, line feeds and form feed would confuse
// the segmenter and the page; they become spaces so that lengths stay equal.
void replaceControlCharacters(std::string& text) {
  for (char& c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') c = ' ';
    if (byte == 0x7F) c = ' ';
  }
}

std::string firstLineTitle(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && static_cast<unsigned char>(line.front()) <= ' ') line.remove_prefix(1);
    while (!line.empty() && static_cast<unsigned char>(line.back()) <= ' ') line.remove_suffix(1);
    while (!line.empty() && line.front() == '#') line.remove_prefix(1);  // Markdown heading marks
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (!line.empty()) {
      constexpr std::size_t kMaxTitleBytes = 200;
      if (line.size() <= kMaxTitleBytes) return std::string(line);
      std::size_t cut = kMaxTitleBytes;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      return std::string(line.substr(0, cut)) + "\u2026";
    }
    start = end + 1;
  }
  return {};
}

}  // namespace

std::optional<DocumentFormat> parseDocumentFormat(std::string_view name) {
  const std::string lower = lowerAscii(name);
  if (lower == "txt" || lower == "text") return DocumentFormat::Text;
  if (lower == "md" || lower == "markdown") return DocumentFormat::Markdown;
  if (lower == "html" || lower == "htm") return DocumentFormat::Html;
  if (lower == "eml") return DocumentFormat::Email;
  return std::nullopt;
}

std::optional<DocumentFormat> formatFromFileName(std::string_view fileName) {
  const std::size_t dot = fileName.rfind('.');
  const std::size_t slash = fileName.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
  return parseDocumentFormat(fileName.substr(dot + 1));
}

bool looksBinary(std::string_view bytes) {
  // None of these contains a NUL byte, which a string_view literal would cut.
  constexpr std::array<std::string_view, 11> kMagicNumbers = {
      "%PDF-",
      "\x89PNG",
      "GIF87a",
      "GIF89a",
      "\xFF\xD8\xFF",
      "PK\x03\x04",
      "\x7F"
      "ELF",
      "\x1F\x8B",
      "BZh",
      "7z\xBC\xAF",
      "Rar!",
  };
  for (std::string_view magic : kMagicNumbers) {
    if (startsWith(bytes, magic)) return true;
  }
  const std::string_view sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 8192));
  std::size_t nul = 0;
  std::size_t control = 0;
  for (unsigned char byte : sample) {
    if (byte == 0)
      ++nul;
    else if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1B)
      ++control;
  }
  // A few stray NULs happen in real text exports; many mean a binary format.
  if (nul * 100 > sample.size()) return true;
  if ((nul + control) * 10 > sample.size()) return true;
  // Random or compressed bytes: mostly invalid UTF-8 and a few percent of
  // control bytes. Text in a legacy 8-bit charset has the former, not the latter.
  if ((nul + control) * 50 > sample.size()) {
    return repairUtf8(sample).invalidSequences * 4 > sample.size();
  }
  return false;
}

Expected<PlainDocument> readDocument(std::string_view bytes, DocumentFormat format, std::size_t maxBytes) {
  if (bytes.size() > maxBytes) {
    return Error{ErrorCode::TooLarge, "document is " + std::to_string(bytes.size()) +
                                          " bytes, over the limit of " + std::to_string(maxBytes) + " bytes"};
  }
  PlainDocument document;
  if (format == DocumentFormat::Email) {
    if (looksBinary(bytes))
      return Error{ErrorCode::Binary, "document looks like a binary file, not an e-mail"};
    auto email = readEmail(bytes);
    if (!email) return email.error();
    document.text = std::move(email->text);
    document.title = std::move(email->title);
    document.date = email->date;
    document.warnings = std::move(email->warnings);
    for (auto* list : {&email->from, &email->to, &email->cc}) {
      document.addresses.insert(document.addresses.end(), list->begin(), list->end());
    }
    replaceControlCharacters(document.text);  // byte for byte, so the address spans hold
    if (document.title.empty()) document.title = firstLineTitle(document.text);
    return document;
  }
  std::string decoded;
  if (auto utf16 = decodeUtf16WithBom(bytes)) {
    decoded = std::move(*utf16);
  } else {
    if (looksBinary(bytes)) return Error{ErrorCode::Binary, "document looks like a binary file, not text"};
    std::string_view body = bytes;
    if (startsWith(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
    RepairedText repaired = repairUtf8(body);
    if (repaired.invalidSequences > 0) {
      document.warnings.push_back(
          Error{ErrorCode::InvalidUtf8,
                std::to_string(repaired.invalidSequences) + " invalid UTF-8 sequence(s) replaced by U+FFFD"});
    }
    decoded = std::move(repaired.text);
  }
  if (format == DocumentFormat::Html) {
    HtmlText html = extractHtmlText(decoded);
    document.text = std::move(html.text);
    document.title = std::move(html.title);
  } else {
    document.text = std::move(decoded);
  }
  replaceControlCharacters(document.text);
  if (document.title.empty()) document.title = firstLineTitle(document.text);
  if (document.text.find_first_not_of(" \t\r\n\f") == std::string::npos) {
    return Error{ErrorCode::Empty, "document has no text"};
  }
  return document;
}

}  // namespace recoupe
