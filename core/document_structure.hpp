// The layout of a news page or e-mail saved as text: which parts are the
// header (title, dateline, photo credit), the article body, a reader comment
// thread, or site boilerplate (newsletter boxes, related links, footers).
// Recognisers may weigh mentions by section; the page shades them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "types.hpp"

namespace recoupe {

struct Section {
  SectionKind kind = SectionKind::Body;
  std::uint32_t start = 0;  // bytes
  std::uint32_t end = 0;
};

// Sections cover the text exactly, without overlap, in order; byte offsets.
// Empty text has no section. Conservative: a line is body unless its own
// features and its position clearly say otherwise. Linear time in the text.
std::vector<Section> findSections(std::string_view text, Language language);

}  // namespace recoupe
