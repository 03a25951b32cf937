// Plain text from HTML: the readable content without markup, scripts, styles
// or navigation, decoded from character references.
#pragma once

#include <string>
#include <string_view>

namespace recoupe {

struct HtmlText {
  std::string text;   // block elements end lines; runs of white space collapse
  std::string title;  // <title>, or else the first <h1>
};

// Runs in linear time with constant stack depth whatever the nesting, so
// hostile or broken markup cannot exhaust the stack.
HtmlText extractHtmlText(std::string_view html);

// Decodes one character reference body ("amp", "#233", "#xE9") to UTF-8;
// returns false when it is not a reference this decoder knows.
bool decodeCharacterReference(std::string_view name, std::string& out);

}  // namespace recoupe
