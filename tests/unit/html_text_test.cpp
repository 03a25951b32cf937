#include "html_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace recoupe;

TEST_CASE("HTML text skips scripts, styles and navigation") {
  const HtmlText html = extractHtmlText(
      "<html><head><title>Sony &amp; the GOP</title><style>p{color:red}</style></head>"
      "<body><nav><a href=/>Accueil</a> | <a>Articles Récents</a></nav>"
      "<h1>Le piratage</h1><p>Selon <b>Kim</b>&nbsp;Jong-un,<br>rien.</p>"
      "<script>var x = '<p>not text</p>';</script><p>Fin &#233;&#x20AC;</p></body></html>");
  CHECK(html.title == "Sony & the GOP");
  CHECK(html.text == "Le piratage\nSelon Kim\u00A0Jong-un,\nrien.\nFin é€");
  CHECK(html.text.find("Accueil") == std::string::npos);
  CHECK(html.text.find("not text") == std::string::npos);
  CHECK(html.text.find("color") == std::string::npos);
}

TEST_CASE("HTML markup that is not a tag stays text") {
  CHECK(extractHtmlText("a < b and c > d").text == "a < b and c > d");
  CHECK(extractHtmlText("<p>x &unknown; y</p>").text == "x &unknown; y");
  CHECK(extractHtmlText("<p title=\"a>b\">ok</p>").text == "ok");
  CHECK(extractHtmlText("<!-- <p>hidden</p> -->shown").text == "shown");
}

TEST_CASE("HTML extraction survives deep nesting and unterminated markup") {
  std::string deep;
  for (int i = 0; i < 50000; ++i) deep += "<div><span>";
  deep += "Pyongyang";
  for (int i = 0; i < 50000; ++i) deep += "</span></div>";
  CHECK(extractHtmlText(deep).text == "Pyongyang");
  CHECK(extractHtmlText("<script>never closed").text.empty());
  CHECK(extractHtmlText("<p class=\"open").text.empty());
  CHECK(extractHtmlText(std::string(100000, '&')).text.size() == 100000);
}

TEST_CASE("character references decode numeric and named forms") {
  std::string out;
  CHECK(decodeCharacterReference("eacute", out));
  CHECK(decodeCharacterReference("#x1F600", out));
  CHECK(decodeCharacterReference("#0", out));  // NUL is not a character: U+FFFD
  CHECK(out == "é😀\uFFFD");
  CHECK_FALSE(decodeCharacterReference("bogus", out));
  CHECK_FALSE(decodeCharacterReference("#xZZ", out));
}
