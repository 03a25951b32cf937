// Byte-level decoders that e-mail needs: content transfer encodings (base64,
// quoted-printable) and the legacy single-byte charsets of Western European
// mail (ISO-8859-1, ISO-8859-15, windows-1252), all to UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace recoupe {

// Skips every byte outside the base64 alphabet (line breaks, stray
// characters, padding), so broken input decodes as far as it goes.
std::string decodeBase64(std::string_view encoded);

// "=E9" becomes one byte, "=" at the end of a line joins it to the next. In
// header mode (RFC 2047 "Q"), '_' stands for a space. A malformed escape is kept as written.
std::string decodeQuotedPrintable(std::string_view encoded, bool headerMode = false);

enum class Charset { Utf8, Windows1252, Latin9, Unlabelled };

// From a MIME charset label, case-insensitive. ISO-8859-1 reads as
// windows-1252, as browsers do: mail labelled Latin-1 routinely carries
// curly quotes and euro signs from the 0x80-0x9F range. An unknown label is Unlabelled.
Charset charsetFromLabel(std::string_view label);

struct DecodedText {
  std::string text;       // valid UTF-8
  bool repaired = false;  // invalid UTF-8 was replaced by U+FFFD
};

// Unlabelled text is kept when it is valid UTF-8 and read as windows-1252
// otherwise; declared UTF-8 is repaired with U+FFFD.
DecodedText decodeToUtf8(std::string_view bytes, Charset charset);

}  // namespace recoupe
