#include "email_reader.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "document_analysis.hpp"
#include "document_reader.hpp"
#include "text_encodings.hpp"

using namespace recoupe;

namespace {

std::string readFixture(const std::string& name) {
  std::ifstream stream(std::string(RECOUPE_FIXTURES_DIR) + "/email/" + name, std::ios::binary);
  REQUIRE(stream.good());
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return bytes.str();
}

EmailDocument readFixtureEmail(const std::string& name) {
  auto email = readEmail(readFixture(name));
  REQUIRE(email.ok());
  return std::move(email).value();
}

// Every address span must point at its own name and address in the text.
void checkSpans(const EmailDocument& email, const std::vector<EmailAddress>& addresses) {
  for (const EmailAddress& address : addresses) {
    CAPTURE(address.email);
    REQUIRE(address.nameEnd >= address.nameStart);
    REQUIRE(address.emailEnd <= email.text.size());
    CHECK(email.text.substr(address.nameStart, address.nameEnd - address.nameStart) == address.name);
    CHECK(email.text.substr(address.emailStart, address.emailEnd - address.emailStart) == address.email);
  }
}

void checkAllSpans(const EmailDocument& email) {
  checkSpans(email, email.from);
  checkSpans(email, email.to);
  checkSpans(email, email.cc);
}

}  // namespace

TEST_CASE("a plain message: header block, folded headers, CRLF, addresses located") {
  const EmailDocument email = readFixtureEmail("plain.eml");
  CHECK(email.text ==
        "From: Miriam Okafor <m.okafor@harbourtimes.example>\n"
        "To: Lund, Erik <erik.lund@ferries.example>, desk@harbourtimes.example\n"
        "Cc: Paul Brennan <P.Brennan@Council.Example>\n"
        "Date: Thu, 8 Jan 2015 14:32:10 +0000\n"
        "Subject: Ferry terminal vote: draft for tomorrow\n"
        "\n"
        "Erik,\n"
        "\n"
        "The council meets on Tuesday at 6 pm. Could you confirm the figure of\n"
        "40 million pounds before we print?\n"
        "\n"
        "Miriam\n");
  CHECK(email.title == "Ferry terminal vote: draft for tomorrow");
  REQUIRE(email.date.has_value());
  CHECK(email.date->year == 2015);
  CHECK(email.date->month == 1);
  CHECK(email.date->day == 8);
  REQUIRE(email.from.size() == 1);
  CHECK(email.from[0].name == "Miriam Okafor");
  CHECK(email.from[0].email == "m.okafor@harbourtimes.example");
  CHECK(email.from[0].nameStart == 6);
  CHECK(email.from[0].nameEnd == 19);
  CHECK(email.from[0].emailStart == 21);
  REQUIRE(email.to.size() == 2);
  CHECK(email.to[0].name == "Lund, Erik");
  CHECK(email.to[0].email == "erik.lund@ferries.example");
  CHECK(email.to[1].name.empty());
  CHECK(email.to[1].email == "desk@harbourtimes.example");
  REQUIRE(email.cc.size() == 1);
  CHECK(email.cc[0].email == "P.Brennan@Council.Example");
  checkAllSpans(email);
  CHECK(email.warnings.empty());
}

TEST_CASE("quoted-printable Latin-1 French, with encoded-word headers") {
  const EmailDocument email = readFixtureEmail("qp-french.eml");
  CHECK(email.title == "Budget des écoles à vérifier");
  REQUIRE(email.from.size() == 1);
  CHECK(email.from[0].name == "Hélène Garnier");
  REQUIRE(email.to.size() == 1);
  CHECK(email.to[0].name == "Céline Marchand");
  checkAllSpans(email);
  const std::string body = email.text.substr(email.text.find("\n\n") + 2);
  CHECK(body ==
        "Bonjour Céline,\n"
        "\n"
        "Le conseil municipal de Brest a voté la rénovation des écoles : 12 millions d'euros sur trois ans.\n"
        "Pouvez-vous vérifier le chiffre avant la mise en ligne ?\n"
        "\n"
        "Amitiés,\n"
        "Hélène\n");
  REQUIRE(email.date.has_value());
  CHECK(email.date->day == 22);
  CHECK(email.date->month == 12);
}

TEST_CASE("base64 UTF-8 body, B-encoded subject and a two-digit year") {
  const EmailDocument email = readFixtureEmail("base64.eml");
  CHECK(email.title == "Relecture : l\u2019article sur Sony");
  CHECK(email.text.find("Jiro Tanaka (T\u014dky\u014d bureau) sends the quotes tonight.\n") !=
        std::string::npos);
  REQUIRE(email.date.has_value());
  CHECK(email.date->year == 2014);
  CHECK(email.date->month == 12);
  CHECK(email.date->day == 23);
  checkAllSpans(email);
}

TEST_CASE("multipart/alternative prefers the plain text; HTML alone goes through the HTML reader") {
  const EmailDocument alternative = readFixtureEmail("alternative.eml");
  CHECK(alternative.text.substr(alternative.text.find("\n\n") + 2) ==
        "Tom, the photos of the new ferry are on the shared drive.\n");
  CHECK(alternative.text.find("<b>") == std::string::npos);

  const EmailDocument html = readFixtureEmail("html-only.eml");
  const std::string body = html.text.substr(html.text.find("\n\n") + 2);
  CHECK(body.find("The mayor of Lyon resigned on Tuesday.") != std::string::npos);
  CHECK(body.find("Evening briefing") != std::string::npos);
  CHECK(body.find('<') == std::string::npos);
  CHECK(body.find("color") == std::string::npos);
}

TEST_CASE("nested multipart with attachments: windows-1252 text, attachment names listed") {
  const EmailDocument email = readFixtureEmail("attachment.eml");
  CHECK(email.title == "Devis et tableau");
  REQUIRE(email.from.size() == 1);
  CHECK(email.from[0].name == "Jérôme Blanc");
  REQUIRE(email.cc.size() == 2);
  CHECK(email.cc[0].name == "Sophie Laurent");
  CHECK(email.cc[1].name == "Élodie Roux");
  checkAllSpans(email);
  CHECK(email.text.find("Voici le devis de 4 500 \u20ac pour l\u2019\u00e9tude") != std::string::npos);
  CHECK(email.text.find("<p>") == std::string::npos);
  CHECK(email.text.find("%PDF") == std::string::npos);
  const std::string ending = "Jérôme Blanc\n\nAttachments: devis-2014.pdf, dépenses.xlsx\n";
  REQUIRE(email.text.size() > ending.size());
  CHECK(email.text.substr(email.text.size() - ending.size()) == ending);
}

TEST_CASE("malformed messages are errors or best effort, never crashes") {
  SUBCASE("multipart without any delimiter line") {
    const auto email = readEmail(readFixture("malformed.eml"));
    REQUIRE_FALSE(email.ok());
    CHECK(email.error().code == ErrorCode::ParseError);
  }
  SUBCASE("no header block") {
    const auto email = readEmail("Just a note without any header.\n");
    REQUIRE_FALSE(email.ok());
    CHECK(email.error().code == ErrorCode::ParseError);
    CHECK_FALSE(readEmail("").ok());
  }
  SUBCASE("a missing boundary parameter and an unterminated last part") {
    const auto email = readEmail(
        "From: a@example.org\nContent-Type: multipart/mixed\n\n--zz\nContent-Type: text/plain\n\nStill "
        "read.\n"
        "--zz\nContent-Type: text/plain\n\nAnd this too, unterminated");
    REQUIRE(email.ok());
    CHECK(email->text == "From: a@example.org\n\nStill read.\n\nAnd this too, unterminated\n");
  }
  SUBCASE("invalid base64 and quoted-printable decode as far as they go") {
    const auto email = readEmail(
        "Subject: =?utf-8?B?***?= =?x?Q?broken\nContent-Transfer-Encoding: base64\n\n!!SGVs*bG8=\n==\n");
    REQUIRE(email.ok());
    CHECK(email->text.find("Hello") != std::string::npos);
    CHECK(decodeQuotedPrintable("a=ZZb=4") == "a=ZZb=4");
    CHECK(decodeBase64("@@@") == "");
  }
  SUBCASE("deeply nested multiparts stop at the depth cap") {
    std::string message = "From: deep@example.org\nContent-Type: multipart/mixed; boundary=b0\n\n";
    constexpr int kLevels = 10000;
    for (int i = 0; i < kLevels; ++i) {
      message += "--b" + std::to_string(i) + "\nContent-Type: multipart/mixed; boundary=b" +
                 std::to_string(i + 1) + "\n\n";
    }
    message += "--b" + std::to_string(kLevels) + "\nContent-Type: text/plain\n\nToo deep to read.\n";
    const auto start = std::chrono::steady_clock::now();
    const auto email = readEmail(message);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(2));
    // Nothing readable above the cap: the message is malformed as a whole.
    CHECK_FALSE(email.ok());
  }
  SUBCASE("a 3 MB header line") {
    std::string message = "From: big@example.org\nSubject: ";
    message += std::string(3u * 1024u * 1024u, 'x');
    message += "\nX-Junk: =?=?=?=?";
    for (int i = 0; i < 100000; ++i) message += "=?";
    message += "\n\nBody.\n";
    const auto start = std::chrono::steady_clock::now();
    const auto email = readEmail(message);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    REQUIRE(email.ok());
    CHECK(email->title.size() == 3u * 1024u * 1024u);
    CHECK(email->text.substr(email->text.size() - 7) == "\nBody.\n");
  }
}

TEST_CASE("RFC 5322 dates and encoded-words") {
  auto date = parseEmailDate("Tue, 23 Dec 2014 08:59:51 -0800");
  REQUIRE(date.has_value());
  CHECK(date->year == 2014);
  CHECK(date->month == 12);
  CHECK(date->day == 23);
  date = parseEmailDate("1 Feb 99 10:00 GMT");
  REQUIRE(date.has_value());
  CHECK(date->year == 1999);
  CHECK_FALSE(parseEmailDate("yesterday").has_value());
  CHECK_FALSE(parseEmailDate("Tue, 45 Foo 2014").has_value());

  CHECK(decodeHeaderText("=?UTF-8?B?Q29yw6llIGR1IE5vcmQ=?=") == "Corée du Nord");
  CHECK(decodeHeaderText("=?iso-8859-1?Q?Cor=E9e?= =?iso-8859-1?Q?_du_Nord?=") == "Corée du Nord");
  CHECK(decodeHeaderText("Re: =?utf-8?q?caf=C3=A9?= ok") == "Re: café ok");
  CHECK(decodeHeaderText("plain =? not encoded") == "plain =? not encoded");
  CHECK(decodeHeaderText("Cor\xE9"
                         "e") == "Corée");  // raw Latin-1 bytes in a header
}

TEST_CASE("charsets: windows-1252 high range, Latin-9 euro, UTF-8 repair") {
  CHECK(decodeToUtf8("\x80\x92\x93\x94\x9C", Charset::Windows1252).text == "\u20ac\u2019\u201c\u201d\u0153");
  CHECK(decodeToUtf8("\xA4", Charset::Latin9).text == "\u20ac");
  CHECK(decodeToUtf8("\xE9t\xE9", charsetFromLabel("ISO-8859-1")).text == "été");
  const DecodedText repaired = decodeToUtf8("ok\xFF", Charset::Utf8);
  CHECK(repaired.repaired);
  CHECK(repaired.text == "ok\uFFFD");
}

TEST_CASE("readDocument reads e-mails: subject as title, date and address spans") {
  const auto document = readDocument(readFixture("plain.eml"), DocumentFormat::Email);
  REQUIRE(document.ok());
  CHECK(document->title == "Ferry terminal vote: draft for tomorrow");
  REQUIRE(document->date.has_value());
  CHECK(document->date->day == 8);
  REQUIRE(document->addresses.size() == 4);
  for (const EmailAddress& address : document->addresses) {
    CHECK(document->text.substr(address.emailStart, address.emailEnd - address.emailStart) == address.email);
  }
  const auto broken = readDocument(readFixture("malformed.eml"), DocumentFormat::Email);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().code == ErrorCode::ParseError);
}

TEST_CASE("analysing an e-mail: its Date is the document date, its addresses are mentions") {
  const DocumentAnalysis analysis =
      analyzeDocument("plain.eml", readFixture("plain.eml"), DocumentFormat::Email, AnalyzerOptions{});
  REQUIRE_FALSE(analysis.error.has_value());
  CHECK(isoDate(analysis.date) == "2015-01-08");
  auto find = [&](std::string_view surface) -> const Mention* {
    for (const Mention& mention : analysis.mentions) {
      if (analysis.text.substr(mention.start, mention.end - mention.start) == surface) return &mention;
    }
    return nullptr;
  };
  const Mention* sender = find("Miriam Okafor");
  REQUIRE(sender != nullptr);
  CHECK(sender->type == EntityType::Person);
  const Mention* cc = find("P.Brennan@Council.Example");
  REQUIRE(cc != nullptr);
  CHECK(cc->type == EntityType::Email);
  CHECK(cc->value == "p.brennan@council.example");
  // Exactly one mention per address: the pattern match over it gave way.
  int emails = 0;
  for (const Mention& mention : analysis.mentions) emails += mention.type == EntityType::Email;
  CHECK(emails == 4);
}
