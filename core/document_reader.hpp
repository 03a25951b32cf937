// Turns the bytes of one input file into the plain text that the rest of the
// pipeline analyses, or into a per-document error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "email_reader.hpp"
#include "error.hpp"
#include "patterns.hpp"

namespace recoupe {

enum class DocumentFormat { Text, Markdown, Html, Email };

std::optional<DocumentFormat> parseDocumentFormat(std::string_view name);  // "txt", "md", "html", "eml"
// The format implied by a file name's extension; nullopt for one the core does not read.
std::optional<DocumentFormat> formatFromFileName(std::string_view fileName);

inline constexpr std::size_t kDefaultMaxDocumentBytes = 50u * 1024u * 1024u;

struct PlainDocument {
  std::string text;   // valid UTF-8
  std::string title;  // from the markup (or an e-mail's Subject) when the format has one
  std::vector<Error> warnings;
  std::optional<ReferenceDate> date;    // an e-mail's Date header
  std::vector<EmailAddress> addresses;  // an e-mail's From, To and Cc, located in `text`
};

// Rejects binary content and documents over `maxBytes`; repairs invalid UTF-8
// with U+FFFD and reports it as a warning.
Expected<PlainDocument> readDocument(std::string_view bytes, DocumentFormat format,
                                     std::size_t maxBytes = kDefaultMaxDocumentBytes);

// Heuristic used by readDocument: magic numbers of common binary formats, NUL
// bytes, or a high share of control bytes in the first kilobytes.
bool looksBinary(std::string_view bytes);

}  // namespace recoupe
