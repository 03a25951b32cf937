// readDocument for each format, and the HTML and e-mail extractors directly.
// The first byte picks the format; the rest is the document.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_reader.hpp"
#include "email_reader.hpp"
#include "fuzz_common.hpp"
#include "html_text.hpp"
#include "utf8.hpp"

using namespace recoupe;

namespace {

void checkPlain(const PlainDocument& document) {
  FUZZ_CHECK(isValidUtf8(document.text));
  FUZZ_CHECK(isValidUtf8(document.title));
  for (const EmailAddress& address : document.addresses) {
    FUZZ_CHECK(address.nameStart <= address.nameEnd && address.nameEnd <= document.text.size());
    FUZZ_CHECK(address.emailStart <= address.emailEnd && address.emailEnd <= document.text.size());
    FUZZ_CHECK(fuzz::isCharBoundary(document.text, address.nameStart));
    FUZZ_CHECK(fuzz::isCharBoundary(document.text, address.nameEnd));
    FUZZ_CHECK(fuzz::isCharBoundary(document.text, address.emailStart));
    FUZZ_CHECK(fuzz::isCharBoundary(document.text, address.emailEnd));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  constexpr DocumentFormat kFormats[] = {DocumentFormat::Text, DocumentFormat::Markdown, DocumentFormat::Html,
                                         DocumentFormat::Email};
  const DocumentFormat format = kFormats[data[0] % 4];
  // A small limit now and then exercises the too-large path.
  const std::size_t maxBytes = (data[0] & 0x80) ? 64 : kDefaultMaxDocumentBytes;
  auto document = readDocument(bytes, format, maxBytes);
  if (document) checkPlain(*document);

  const RepairedText repaired = repairUtf8(bytes);
  FUZZ_CHECK(isValidUtf8(repaired.text));
  if (format == DocumentFormat::Html) {
    const HtmlText html = extractHtmlText(repaired.text);
    FUZZ_CHECK(isValidUtf8(html.text) && isValidUtf8(html.title));
  }
  if (format == DocumentFormat::Email) {
    auto email = readEmail(bytes);
    if (email) {
      FUZZ_CHECK(isValidUtf8(email->text));
      FUZZ_CHECK(isValidUtf8(email->title));
    }
    FUZZ_CHECK(isValidUtf8(decodeHeaderText(bytes.substr(0, 4096))));
    (void)parseEmailDate(bytes.substr(0, 256));
  }
  return 0;
}
