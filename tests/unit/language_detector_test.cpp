#include "language_detector.hpp"

#include <doctest/doctest.h>

using namespace recoupe;

TEST_CASE("French and English are told apart by their function words") {
  CHECK(detectLanguage("Le studio a annulé la sortie du film après les menaces des pirates.").language ==
        Language::French);
  CHECK(detectLanguage("The studio cancelled the release of the film after the threats from the hackers.")
            .language == Language::English);
  // A French text quoting an English title stays French.
  CHECK(detectLanguage("Le film The Interview a été retiré des salles par le studio, selon la presse.")
            .language == Language::French);
}

TEST_CASE("too little evidence gives an unknown language") {
  CHECK(detectLanguage("Sony Pictures").language == Language::Unknown);
  CHECK(detectLanguage("").language == Language::Unknown);
  CHECK(detectLanguage("12 345 678").language == Language::Unknown);
}
