#include "email_reader.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "html_text.hpp"
#include "text_encodings.hpp"
#include "text_fold.hpp"
#include "utf8.hpp"

namespace recoupe {
namespace {

// Real mail nests a handful of levels; beyond this a part is skipped, which
// also bounds the rescanning of nested bodies, keeping the work linear.
constexpr std::size_t kMaxMimeDepth = 32;
constexpr std::size_t kMaxCharsetLabel = 64;

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && isBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && isBlank(text.back())) text.remove_suffix(1);
  return text;
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// Header values go on one line of the text: control characters become spaces.
std::string oneLine(std::string_view text) {
  std::string out(trim(text));
  for (char& c : out) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) c = ' ';
  }
  return out;
}

// Line endings of the output are '\n' whatever the message used.
std::string normaliseNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// ---- Header blocks ----------------------------------------------------------

struct HeaderField {
  std::string name;   // lower case
  std::string value;  // unfolded, still encoded
};

struct Part {
  std::vector<HeaderField> fields;
  std::string_view body;
};

std::string_view headerValue(const Part& part, std::string_view name) {
  for (const HeaderField& field : part.fields) {
    if (field.name == name) return field.value;
  }
  return {};
}

// The length of a field name opening `line` ("Subject:" -> 7), or 0.
std::size_t fieldNameLength(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > 76) return 0;
  for (std::size_t i = 0; i < colon; ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if (byte <= 32 || byte >= 127) return 0;
  }
  return colon;
}

// Splits a part into its header fields (folded lines joined) and its body. A
// part that does not open with a field has no header and is all body.
Part parsePart(std::string_view bytes) {
  Part part;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? bytes.size() : end + 1;
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      part.body = bytes.substr(next);
      return part;
    }
    if ((line.front() == ' ' || line.front() == '\t') && !part.fields.empty()) {
      part.fields.back().value.append(line);  // folding: the line break goes, the blank stays
    } else if (const std::size_t nameLength = fieldNameLength(line); nameLength > 0) {
      part.fields.push_back(HeaderField{lowerAscii(line.substr(0, nameLength)),
                                        std::string(trim(line.substr(nameLength + 1)))});
    } else {
      // Not a header line: the headers (if any) are over and the body begins here.
      part.body = bytes.substr(start);
      return part;
    }
    start = next;
  }
  part.body = bytes.substr(bytes.size());
  return part;
}

// ---- Structured header values -------------------------------------------------

struct ParameterisedValue {
  std::string value;                                            // "multipart/mixed", "attachment"; lower case
  std::vector<std::pair<std::string, std::string>> parameters;  // lower-case names, decoded values

  std::string_view parameter(std::string_view name) const {
    for (const auto& [key, text] : parameters) {
      if (key == name) return text;
    }
    return {};
  }
};

std::string percentDecode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto hex = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// "text/plain; charset=\"utf-8\"; name*=utf-8''r%C3%A9sum%C3%A9.pdf": the
// value, then parameters; RFC 2231 continuations ("name*0", "name*1") are
// joined in the order they come, and extended values are decoded.
ParameterisedValue parseParameterised(std::string_view raw) {
  ParameterisedValue result;
  std::size_t at = raw.find(';');
  result.value = lowerAscii(trim(raw.substr(0, at)));
  while (at != std::string_view::npos && at < raw.size()) {
    ++at;  // past ';'
    const std::size_t equals = raw.find('=', at);
    if (equals == std::string_view::npos) break;
    std::string name = lowerAscii(trim(raw.substr(at, equals - at)));
    std::size_t i = equals + 1;
    while (i < raw.size() && isBlank(raw[i])) ++i;
    std::string value;
    if (i < raw.size() && raw[i] == '"') {
      for (++i; i < raw.size() && raw[i] != '"'; ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) ++i;
        value.push_back(raw[i]);
      }
      at = raw.find(';', i);
    } else {
      at = raw.find(';', i);
      value =
          std::string(trim(raw.substr(i, at == std::string_view::npos ? std::string_view::npos : at - i)));
    }
    bool extended = !name.empty() && name.back() == '*';
    if (extended) name.pop_back();
    const std::size_t star = name.find('*');
    if (star != std::string::npos) name.resize(star);  // a continuation section "name*1"
    if (extended) {
      const std::size_t firstQuote = value.find('\'');
      const std::size_t secondQuote =
          firstQuote == std::string::npos ? std::string::npos : value.find('\'', firstQuote + 1);
      const Charset charset =
          firstQuote == std::string::npos ? Charset::Utf8 : charsetFromLabel(value.substr(0, firstQuote));
      const std::string bytes =
          percentDecode(secondQuote == std::string::npos ? value : value.substr(secondQuote + 1));
      value = decodeToUtf8(bytes, charset).text;
    }
    auto existing = std::find_if(result.parameters.begin(), result.parameters.end(),
                                 [&](const auto& parameter) { return parameter.first == name; });
    if (existing != result.parameters.end() && star != std::string::npos) {
      existing->second += value;
    } else if (existing == result.parameters.end()) {
      result.parameters.emplace_back(std::move(name), std::move(value));
    }
  }
  return result;
}

// ---- RFC 2047 encoded-words ------------------------------------------------------

struct EncodedWord {
  std::size_t end = 0;    // just past "?="
  std::string text;       // decoded UTF-8
  bool unclosed = false;  // no "?=" follows: no encoded-word can end in the rest of the value
};

// Parses "=?charset?B?...?=" at `at`. Only the search for the closing "?="
// looks far ahead, and when it fails the caller stops, so decoding stays linear.
std::optional<EncodedWord> parseEncodedWord(std::string_view raw, std::size_t at) {
  const std::size_t charsetEnd = raw.substr(0, at + 3 + kMaxCharsetLabel).find('?', at + 2);
  if (charsetEnd == std::string_view::npos || charsetEnd == at + 2) return std::nullopt;
  if (charsetEnd + 2 >= raw.size() || raw[charsetEnd + 2] != '?') return std::nullopt;
  const char encoding = raw[charsetEnd + 1];
  if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q') return std::nullopt;
  const std::size_t textStart = charsetEnd + 3;
  const std::size_t close = raw.find("?=", textStart);
  if (close == std::string_view::npos) {
    EncodedWord unclosed;
    unclosed.unclosed = true;
    return unclosed;
  }
  std::string_view label = raw.substr(at + 2, charsetEnd - at - 2);
  label = label.substr(0, label.find('*'));  // RFC 2231 language suffix: "utf-8*fr"
  const std::string_view encoded = raw.substr(textStart, close - textStart);
  const std::string bytes =
      (encoding == 'B' || encoding == 'b') ? decodeBase64(encoded) : decodeQuotedPrintable(encoded, true);
  const Charset charset = charsetFromLabel(label);
  return EncodedWord{close + 2, decodeToUtf8(bytes, charset).text, false};
}

// ---- Addresses ----------------------------------------------------------------

struct Mailbox {
  std::string name;
  std::string email;
};

// Splits on the commas that separate mailboxes, not those inside quotes,
// angle brackets or comments.
std::vector<std::string_view> splitMailboxes(std::string_view raw) {
  std::vector<std::string_view> pieces;
  bool quoted = false;
  int angle = 0;
  int comment = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (quoted) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        quoted = false;
      continue;
    }
    if (c == '"')
      quoted = true;
    else if (c == '<')
      ++angle;
    else if (c == '>' && angle > 0)
      --angle;
    else if (c == '(')
      ++comment;
    else if (c == ')' && comment > 0)
      --comment;
    else if ((c == ',' || c == ';') && angle == 0 && comment == 0) {
      pieces.push_back(raw.substr(start, i - start));
      start = i + 1;
    }
  }
  pieces.push_back(raw.substr(start));
  return pieces;
}

std::string unquote(std::string_view text) {
  text = trim(text);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    std::string out;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
      if (text[i] == '\\' && i + 2 < text.size()) ++i;
      out.push_back(text[i]);
    }
    return out;
  }
  return std::string(text);
}

std::optional<Mailbox> parseMailbox(std::string_view piece) {
  piece = trim(piece);
  // A group ("Équipe: a@x.org, b@x.org;") names its members after a colon.
  const std::size_t colon = piece.find(':');
  if (colon != std::string_view::npos && colon < piece.find('<') && colon < piece.find('@') &&
      colon < piece.find('"')) {
    piece = trim(piece.substr(colon + 1));
  }
  Mailbox mailbox;
  const std::size_t open = piece.rfind('<');
  const std::size_t close = open == std::string_view::npos ? open : piece.find('>', open);
  if (open != std::string_view::npos) {
    mailbox.email = std::string(
        trim(piece.substr(open + 1, (close == std::string_view::npos ? piece.size() : close) - open - 1)));
    mailbox.name = decodeHeaderText(unquote(piece.substr(0, open)));
  } else {
    // "jane@example.org (Jane Doe)": an old form, the comment holds the name.
    const std::size_t paren = piece.find('(');
    mailbox.email = std::string(trim(piece.substr(0, paren)));
    if (paren != std::string_view::npos) {
      const std::size_t end = piece.rfind(')');
      mailbox.name =
          decodeHeaderText(piece.substr(paren + 1, (end > paren ? end : piece.size()) - paren - 1));
    }
  }
  mailbox.name = oneLine(mailbox.name);
  // Raw header bytes need not be UTF-8; the text that holds the address must be.
  mailbox.email = oneLine(repairUtf8(mailbox.email).text);
  const bool looksLikeAddress = mailbox.email.find('@') != std::string::npos &&
                                mailbox.email.find(' ') == std::string::npos &&
                                mailbox.email.front() != '@' && mailbox.email.back() != '@';
  if (!looksLikeAddress) return std::nullopt;
  if (mailbox.name.find('@') != std::string::npos) mailbox.name.clear();  // an address, not a name
  return mailbox;
}

std::vector<Mailbox> parseMailboxes(std::string_view raw) {
  std::vector<Mailbox> mailboxes;
  for (std::string_view piece : splitMailboxes(raw)) {
    if (auto mailbox = parseMailbox(piece)) mailboxes.push_back(std::move(*mailbox));
  }
  return mailboxes;
}

// ---- Bodies -------------------------------------------------------------------

// The parts of a multipart body between its delimiter lines; the preamble
// and epilogue are dropped, and an unterminated last part runs to the end.
std::vector<std::string_view> splitMultipart(std::string_view body, std::string_view boundary) {
  std::vector<std::string_view> parts;
  const std::string delimiter = "--" + std::string(boundary);
  std::size_t partStart = std::string_view::npos;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? body.size() : end + 1;
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(start, end - start);
    if (startsWith(line, delimiter)) {
      const std::string_view rest = trim(line.substr(delimiter.size()));
      const bool closing = rest == "--";
      if (rest.empty() || closing) {
        if (partStart != std::string_view::npos) {
          // The line break before a delimiter belongs to the delimiter.
          std::size_t partEnd = start;
          if (partEnd > partStart && body[partEnd - 1] == '\n') --partEnd;
          if (partEnd > partStart && body[partEnd - 1] == '\r') --partEnd;
          parts.push_back(body.substr(partStart, partEnd - partStart));
        }
        partStart = closing ? std::string_view::npos : next;
        if (closing) return parts;
      }
    }
    start = next;
  }
  if (partStart != std::string_view::npos && partStart < body.size()) parts.push_back(body.substr(partStart));
  return parts;
}

// A boundary parameter is sometimes lost; the first delimiter-like line of the body can stand in for it.
std::string guessBoundary(std::string_view body) {
  const std::string_view first = trim(body.substr(0, body.find('\n')));
  if (first.size() > 2 && startsWith(first, "--")) return std::string(first.substr(2));
  return {};
}

std::string transferDecode(std::string_view body, std::string_view encoding) {
  const std::string lower = lowerAscii(trim(encoding));
  if (lower == "base64") return decodeBase64(body);
  if (lower == "quoted-printable") return decodeQuotedPrintable(body);
  return std::string(body);
}

struct PartKind {
  ParameterisedValue type;
  std::string fileName;
  bool attachment = false;
};

PartKind describePart(const Part& part) {
  PartKind kind;
  const std::string_view rawType = headerValue(part, "content-type");
  kind.type = parseParameterised(rawType.empty() ? std::string_view("text/plain") : rawType);
  if (kind.type.value.find('/') == std::string::npos) kind.type.value = "text/plain";
  const ParameterisedValue disposition = parseParameterised(headerValue(part, "content-disposition"));
  std::string_view name = disposition.parameter("filename");
  if (name.empty()) name = kind.type.parameter("name");
  kind.fileName = oneLine(decodeHeaderText(name));
  const bool readable = kind.type.value == "text/plain" || kind.type.value == "text/html" ||
                        startsWith(kind.type.value, "multipart/") || kind.type.value == "message/rfc822";
  kind.attachment = disposition.value == "attachment" ||
                    (!kind.fileName.empty() && disposition.value != "inline") || !readable;
  return kind;
}

// In a multipart/alternative, the plain text version, else the HTML one, else
// the last (richest) one that holds something readable.
std::size_t chooseAlternative(const std::vector<std::string_view>& alternatives) {
  std::size_t html = alternatives.size();
  std::size_t nested = alternatives.size();
  for (std::size_t i = 0; i < alternatives.size(); ++i) {
    const PartKind kind = describePart(parsePart(alternatives[i]));
    if (kind.attachment) continue;
    if (kind.type.value == "text/plain") return i;
    if (kind.type.value == "text/html") html = i;
    if (startsWith(kind.type.value, "multipart/")) nested = i;
  }
  if (nested < alternatives.size()) return nested;  // often multipart/related around the HTML
  if (html < alternatives.size()) return html;
  return alternatives.empty() ? 0 : alternatives.size() - 1;
}

struct BodyText {
  std::string text;
  std::vector<std::string> attachments;
  std::vector<Error> warnings;
  bool multipart = false;
};

void appendText(BodyText& out, std::string_view text) {
  text = trim(text);
  if (text.empty()) return;
  if (!out.text.empty()) out.text += "\n\n";
  out.text.append(text);
}

BodyText extractBody(std::string_view message) {
  BodyText out;
  struct Job {
    std::string_view bytes;
    std::size_t depth;
  };
  std::vector<Job> stack{{message, 0}};
  bool depthWarned = false;
  bool repairWarned = false;
  while (!stack.empty()) {
    const Job job = stack.back();
    stack.pop_back();
    const Part part = parsePart(job.bytes);
    const PartKind kind = describePart(part);
    if (kind.attachment) {
      if (!kind.fileName.empty()) out.attachments.push_back(kind.fileName);
      continue;
    }
    const bool container = startsWith(kind.type.value, "multipart/") || kind.type.value == "message/rfc822";
    if (container && job.depth >= kMaxMimeDepth) {
      if (!depthWarned) {
        out.warnings.push_back(
            Error{ErrorCode::ParseError,
                  "MIME parts nested deeper than " + std::to_string(kMaxMimeDepth) + " levels were skipped"});
        depthWarned = true;
      }
      continue;
    }
    if (kind.type.value == "message/rfc822") {
      stack.push_back(Job{part.body, job.depth + 1});
      continue;
    }
    if (startsWith(kind.type.value, "multipart/")) {
      out.multipart = true;
      std::string boundary(kind.type.parameter("boundary"));
      if (boundary.empty()) boundary = guessBoundary(part.body);
      const std::vector<std::string_view> children =
          boundary.empty() ? std::vector<std::string_view>{} : splitMultipart(part.body, boundary);
      if (children.empty()) continue;
      if (kind.type.value == "multipart/alternative") {
        stack.push_back(Job{children[chooseAlternative(children)], job.depth + 1});
      } else {
        for (std::size_t i = children.size(); i-- > 0;) stack.push_back(Job{children[i], job.depth + 1});
      }
      continue;
    }
    const std::string bytes = transferDecode(part.body, headerValue(part, "content-transfer-encoding"));
    DecodedText decoded = decodeToUtf8(bytes, charsetFromLabel(kind.type.parameter("charset")));
    if (decoded.repaired && !repairWarned) {
      out.warnings.push_back(
          Error{ErrorCode::InvalidUtf8, "invalid UTF-8 in the message body was replaced by U+FFFD"});
      repairWarned = true;
    }
    if (kind.type.value == "text/html") {
      appendText(out, extractHtmlText(decoded.text).text);
    } else {
      appendText(out, normaliseNewlines(decoded.text));
    }
  }
  return out;
}

// ---- The header block of the text ---------------------------------------------

// Writes "Name <email>, ..." and records where each name and address landed.
void writeMailboxes(std::string& text, const std::vector<Mailbox>& mailboxes,
                    std::vector<EmailAddress>& out) {
  for (std::size_t i = 0; i < mailboxes.size(); ++i) {
    if (i > 0) text += ", ";
    EmailAddress address;
    address.name = mailboxes[i].name;
    address.email = mailboxes[i].email;
    address.nameStart = static_cast<std::uint32_t>(text.size());
    if (!address.name.empty()) {
      text += address.name;
      address.nameEnd = static_cast<std::uint32_t>(text.size());
      text += " <";
      address.emailStart = static_cast<std::uint32_t>(text.size());
      text += address.email;
      address.emailEnd = static_cast<std::uint32_t>(text.size());
      text += ">";
    } else {
      address.nameEnd = address.nameStart;
      address.emailStart = address.nameStart;
      text += address.email;
      address.emailEnd = static_cast<std::uint32_t>(text.size());
    }
    out.push_back(std::move(address));
  }
}

void writeAddressLine(std::string& text, std::string_view label, std::string_view raw,
                      std::vector<EmailAddress>& out) {
  if (trim(raw).empty()) return;
  text += label;
  const std::vector<Mailbox> mailboxes = parseMailboxes(raw);
  if (mailboxes.empty()) {
    text += oneLine(decodeHeaderText(raw));  // "undisclosed-recipients:;"
  } else {
    writeMailboxes(text, mailboxes, out);
  }
  text += '\n';
}

int monthFromName(std::string_view name) {
  constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  const std::string lower = lowerAscii(name.substr(0, 3));
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool allDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string decodeHeaderText(std::string_view raw) {
  std::string out;
  std::size_t literalStart = 0;
  std::size_t at = 0;
  bool afterEncodedWord = false;
  auto flushLiteral = [&](std::size_t end) {
    const std::string_view literal = raw.substr(literalStart, end - literalStart);
    // White space between two encoded-words is not part of the text.
    if (afterEncodedWord && trim(literal).empty()) return;
    out += decodeToUtf8(literal, Charset::Unlabelled).text;
  };
  while (at < raw.size()) {
    const std::size_t open = raw.find("=?", at);
    if (open == std::string_view::npos) break;
    const auto word = parseEncodedWord(raw, open);
    if (word && word->unclosed) break;
    if (!word) {
      at = open + 2;
      continue;
    }
    flushLiteral(open);
    out += word->text;
    afterEncodedWord = true;
    literalStart = at = word->end;
  }
  afterEncodedWord = false;
  flushLiteral(raw.size());
  return out;
}

std::optional<ReferenceDate> parseEmailDate(std::string_view value) {
  // Tokens split on blanks and commas: [weekday] day month year time zone.
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= value.size() && tokens.size() < 8; ++i) {
    if (i == value.size() || isBlank(value[i]) || value[i] == ',') {
      if (i > start) tokens.push_back(value.substr(start, i - start));
      start = i + 1;
    }
  }
  std::size_t t = 0;
  if (t < tokens.size() && !allDigits(tokens[t])) ++t;  // the weekday
  if (t + 3 > tokens.size()) return std::nullopt;
  if (!allDigits(tokens[t]) || tokens[t].size() > 2 || !allDigits(tokens[t + 2])) return std::nullopt;
  ReferenceDate date;
  date.day = std::stoi(std::string(tokens[t]));
  date.month = monthFromName(tokens[t + 1]);
  const std::string_view year = tokens[t + 2];
  if (year.size() != 2 && year.size() != 4) return std::nullopt;
  date.year = std::stoi(std::string(year));
  if (year.size() == 2) date.year += date.year < 50 ? 2000 : 1900;  // RFC 5322 obsolete two-digit years
  if (date.month == 0 || date.day < 1 || date.day > 31 || date.year < 1900) return std::nullopt;
  return date;
}

Expected<EmailDocument> readEmail(std::string_view bytes) {
  if (startsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  // An mbox export starts with a "From sender date" separator line.
  if (startsWith(bytes, "From ")) {
    const std::size_t newline = bytes.find('\n');
    bytes.remove_prefix(newline == std::string_view::npos ? bytes.size() : newline + 1);
  }
  const Part top = parsePart(bytes);
  if (top.fields.empty()) return Error{ErrorCode::ParseError, "e-mail has no header block"};

  EmailDocument email;
  std::string& text = email.text;
  writeAddressLine(text, "From: ", headerValue(top, "from"), email.from);
  writeAddressLine(text, "To: ", headerValue(top, "to"), email.to);
  writeAddressLine(text, "Cc: ", headerValue(top, "cc"), email.cc);
  const std::string_view date = headerValue(top, "date");
  if (!trim(date).empty()) {
    text += "Date: " + oneLine(repairUtf8(date).text) + "\n";
    email.date = parseEmailDate(date);
  }
  email.title = oneLine(decodeHeaderText(headerValue(top, "subject")));
  if (!email.title.empty()) text += "Subject: " + email.title + "\n";
  if (!text.empty()) text += '\n';

  BodyText body = extractBody(bytes);
  email.warnings = std::move(body.warnings);
  if (body.multipart && body.text.empty() && body.attachments.empty()) {
    return Error{ErrorCode::ParseError, "e-mail has multipart content with no readable part"};
  }
  text += body.text;
  if (!body.attachments.empty()) {
    if (!body.text.empty()) text += "\n\n";
    text += "Attachments: ";
    for (std::size_t i = 0; i < body.attachments.size(); ++i) {
      if (i > 0) text += ", ";
      text += body.attachments[i];
    }
  }
  if (!text.empty() && text.back() != '\n') text += '\n';
  return email;
}

}  // namespace recoupe
