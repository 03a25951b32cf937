// E-mail messages (.eml, RFC 5322 with MIME): the plain text a reader sees,
// with the sender and recipients in a short header block whose names and
// addresses are located, so that they become PERSON and EMAIL mentions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"
#include "patterns.hpp"

namespace recoupe {

// One mailbox of a From, To or Cc header, located in EmailDocument::text.
struct EmailAddress {
  std::string name;             // display name, decoded; empty when the header gives none
  std::string email;            // as written ("Jane.Doe@example.org")
  std::uint32_t nameStart = 0;  // byte offsets into the text's header block, half-open;
  std::uint32_t nameEnd = 0;    // an absent name has an empty span
  std::uint32_t emailStart = 0;
  std::uint32_t emailEnd = 0;
};

struct EmailDocument {
  // "From: …\nTo: …\nCc: …\nDate: …\nSubject: …\n\n" (lines present when the
  // message has them), then the body: text/plain parts, or text/html ones
  // through extractHtmlText when an alternative offers no plain text. A last
  // line "Attachments: a.pdf, b.xlsx" names the attachments, which are skipped.
  std::string text;
  std::string title;                  // the Subject
  std::optional<ReferenceDate> date;  // the Date header, in the sender's own time zone
  using Address = EmailAddress;
  std::vector<Address> from, to, cc;
  std::vector<Error> warnings;  // repaired encodings, parts skipped for nesting too deep
};

// ParseError for bytes with no header block, or multipart content that yields
// neither text nor attachments. Never recurses on the input's structure:
// nested multiparts use an explicit stack with a depth cap, so the work stays
// linear in the input whatever its shape.
Expected<EmailDocument> readEmail(std::string_view bytes);

// The calendar date of an RFC 5322 date ("Tue, 23 Dec 2014 08:59:51 -0800").
std::optional<ReferenceDate> parseEmailDate(std::string_view value);

// RFC 2047 encoded-words ("=?UTF-8?B?...?=", "=?iso-8859-1?Q?...?=") decoded
// to UTF-8; bytes outside them are taken as UTF-8, or as windows-1252 when
// they are not valid UTF-8.
std::string decodeHeaderText(std::string_view raw);

}  // namespace recoupe
