#include "html_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "text_fold.hpp"
#include "utf8.hpp"

namespace recoupe {
namespace {

struct NamedReference {
  std::string_view name;
  char32_t codePoint;
};

// The references that occur in real French and English pages; numeric
// references cover everything else.
constexpr std::array<NamedReference, 62> kNamedReferences = {{
    {"amp", U'&'},         {"lt", U'<'},          {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},       {"nbsp", U'\u00A0'},   {"laquo", U'\u00AB'},  {"raquo", U'\u00BB'},
    {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'},  {"ldquo", U'\u201C'},  {"rdquo", U'\u201D'},
    {"ndash", U'\u2013'},  {"mdash", U'\u2014'},  {"hellip", U'\u2026'}, {"euro", U'\u20AC'},
    {"pound", U'\u00A3'},  {"copy", U'\u00A9'},   {"reg", U'\u00AE'},    {"deg", U'\u00B0'},
    {"agrave", U'\u00E0'}, {"aacute", U'\u00E1'}, {"acirc", U'\u00E2'},  {"auml", U'\u00E4'},
    {"ccedil", U'\u00E7'}, {"egrave", U'\u00E8'}, {"eacute", U'\u00E9'}, {"ecirc", U'\u00EA'},
    {"euml", U'\u00EB'},   {"igrave", U'\u00EC'}, {"iacute", U'\u00ED'}, {"icirc", U'\u00EE'},
    {"iuml", U'\u00EF'},   {"ntilde", U'\u00F1'}, {"ograve", U'\u00F2'}, {"oacute", U'\u00F3'},
    {"ocirc", U'\u00F4'},  {"ouml", U'\u00F6'},   {"ugrave", U'\u00F9'}, {"uacute", U'\u00FA'},
    {"ucirc", U'\u00FB'},  {"uuml", U'\u00FC'},   {"yuml", U'\u00FF'},   {"oelig", U'\u0153'},
    {"aelig", U'\u00E6'},  {"szlig", U'\u00DF'},  {"Agrave", U'\u00C0'}, {"Aacute", U'\u00C1'},
    {"Acirc", U'\u00C2'},  {"Ccedil", U'\u00C7'}, {"Egrave", U'\u00C8'}, {"Eacute", U'\u00C9'},
    {"Ecirc", U'\u00CA'},  {"Icirc", U'\u00CE'},  {"Ocirc", U'\u00D4'},  {"Ugrave", U'\u00D9'},
    {"OElig", U'\u0152'},  {"thinsp", U'\u2009'}, {"ensp", U'\u2002'},   {"emsp", U'\u2003'},
    {"bull", U'\u2022'},   {"middot", U'\u00B7'},
}};

// Elements whose content is never shown as text.
constexpr std::array<std::string_view, 9> kSkippedElements = {
    "script", "style", "noscript", "template", "nav", "svg", "iframe", "object", "head",
};

// Elements that start a new line in the rendered text.
constexpr std::array<std::string_view, 34> kBlockElements = {
    "p",     "div",     "br",         "li",  "ul",     "ol",         "h1",      "h2",     "h3",
    "h4",    "h5",      "h6",         "tr",  "table",  "section",    "article", "header", "footer",
    "aside", "main",    "blockquote", "pre", "figure", "figcaption", "dt",      "dd",     "dl",
    "hr",    "address", "title",      "td",  "th",     "form",       "details",
};

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Collects text with HTML's white-space collapsing: runs of spaces become one
// space and block boundaries become one line break.
class TextSink {
 public:
  void appendText(std::string_view raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const char c = raw[i];
      if (c == '&') {
        // References are short; bounding the search keeps "&&&&..." linear.
        const std::size_t semicolon = raw.substr(i + 1, 10).find(';');
        if (semicolon != std::string_view::npos) {
          std::string decoded;
          if (decodeCharacterReference(raw.substr(i + 1, semicolon), decoded)) {
            appendWord(decoded);
            i += semicolon + 1;
            continue;
          }
        }
      }
      if (isAsciiSpace(c)) {
        pendingSpace_ = true;
        continue;
      }
      appendWord(std::string_view(&c, 1));
    }
  }

  void breakLine() {
    pendingSpace_ = false;
    if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
  }

  std::string take() {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    return std::move(text_);
  }

 private:
  void appendWord(std::string_view piece) {
    if (pendingSpace_ && !text_.empty() && text_.back() != '\n') text_.push_back(' ');
    pendingSpace_ = false;
    text_.append(piece);
  }

  std::string text_;
  bool pendingSpace_ = false;
};

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  bool selfClosing = false;
  std::size_t end = 0;  // offset just after '>'
};

// Parses the tag that starts at html[start] == '<'. Attribute values may hold
// '>' inside quotes, so quotes are tracked.
Tag parseTag(std::string_view html, std::size_t start) {
  Tag tag;
  std::size_t i = start + 1;
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t nameStart = i;
  while (i < html.size() && !isAsciiSpace(html[i]) && html[i] != '>' && html[i] != '/') ++i;
  tag.name = lowerAscii(html.substr(nameStart, i - nameStart));
  char quote = 0;
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      tag.selfClosing = i > start && html[i - 1] == '/';
      tag.end = i + 1;
      return tag;
    }
  }
  tag.end = html.size();
  return tag;
}

std::size_t findCaseInsensitive(std::string_view haystack, std::string_view needle, std::size_t from) {
  if (needle.empty() || haystack.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    std::size_t j = 0;
    while (j < needle.size()) {
      char c = haystack[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != needle[j]) break;
      ++j;
    }
    if (j == needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace

bool decodeCharacterReference(std::string_view name, std::string& out) {
  if (name.size() >= 2 && name[0] == '#') {
    std::uint32_t value = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 6) return false;
    for (char c : digits) {
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0) return false;
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
    }
    // NUL, surrogates and out-of-range values are not characters.
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
    appendUtf8(out, static_cast<char32_t>(value));
    return true;
  }
  for (const auto& reference : kNamedReferences) {
    if (reference.name == name) {
      appendUtf8(out, reference.codePoint);
      return true;
    }
  }
  return false;
}

HtmlText extractHtmlText(std::string_view html) {
  HtmlText result;
  TextSink body;
  std::string title;
  std::string firstHeading;
  // Depth counters instead of an element stack: unbalanced or deeply nested
  // markup costs nothing, and a stray end tag cannot underflow.
  int skippedDepth = 0;
  bool inTitle = false;
  bool inFirstHeading = false;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    const std::size_t textEnd = lt == std::string_view::npos ? html.size() : lt;
    if (textEnd > i) {
      const std::string_view raw = html.substr(i, textEnd - i);
      if (inTitle) {
        title.append(raw);
      } else if (skippedDepth == 0) {
        body.appendText(raw);
        if (inFirstHeading) firstHeading.append(raw);
      }
    }
    if (lt == std::string_view::npos) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      const std::size_t close = html.find("-->", lt + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    if (lt + 1 < html.size() && (html[lt + 1] == '!' || html[lt + 1] == '?')) {
      const std::size_t close = html.find('>', lt);
      i = close == std::string_view::npos ? html.size() : close + 1;
      continue;
    }
    const bool looksLikeTag = lt + 1 < html.size() &&
                              (std::isalpha(static_cast<unsigned char>(html[lt + 1])) || html[lt + 1] == '/');
    if (!looksLikeTag) {
      if (skippedDepth == 0 && !inTitle) body.appendText("<");
      i = lt + 1;
      continue;
    }
    const Tag tag = parseTag(html, lt);
    i = tag.end;
    if (tag.name == "script" || tag.name == "style") {
      if (!tag.closing && !tag.selfClosing) {
        // Raw text: nothing inside is markup, so jump to the matching end tag.
        const std::size_t close = findCaseInsensitive(html, tag.name == "script" ? "</script" : "</style", i);
        i = close == std::string_view::npos ? html.size() : parseTag(html, close).end;
      }
      continue;
    }
    if (tag.name == "title") {
      inTitle = !tag.closing && !tag.selfClosing;
      continue;
    }
    if (contains(kSkippedElements, tag.name)) {
      if (tag.selfClosing) continue;
      skippedDepth = tag.closing ? std::max(0, skippedDepth - 1) : skippedDepth + 1;
      continue;
    }
    if (tag.name == "h1" && firstHeading.empty()) inFirstHeading = !tag.closing;
    if (contains(kBlockElements, tag.name)) body.breakLine();
  }
  result.text = body.take();
  TextSink titleSink;
  titleSink.appendText(title.empty() ? firstHeading : title);
  result.title = titleSink.take();
  return result;
}

}  // namespace recoupe
