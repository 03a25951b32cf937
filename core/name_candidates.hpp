// Proper-noun spans: runs of capitalised words that are names, found before
// they are typed. Capitals that come from position (sentence starts), from
// style (Title Case headlines, all-caps text) or from elision ("l'Interview")
// are discounted, and adjacent names are split ("de Sony David Boies").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "segmenter.hpp"
#include "types.hpp"

namespace recoupe {

class Lexicon;

struct NameCandidate {
  std::uint32_t start = 0;  // UTF-8 byte offsets, half-open
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;
  std::string surface;             // as written
  std::string key;                 // folded surface
  std::vector<std::string> words;  // folded words of the name
  // Folded words around the name, for typing; empty at the sentence edges.
  std::string previous;
  std::string beforePrevious;
  std::string next;
  std::string afterNext;
  bool fromHeadline = false;   // found in a Title Case line, confirmed by the running text
  bool datelineAfter = false;  // a date follows after a comma: "Paris, 22 avril", "Kabul, March 3"
  bool ageAfter = false;       // an age follows after a comma: "Jean Péniguel, 42 ans", "Montalvo, 19,"
  // A lower-case street word, then "de la" or "de l'": "place de la Concorde".
  bool streetOfThe = false;
  // "rue Savary", "place de l'Indépendance": where the lower-case word of a
  // thoroughfare starts, and the folded name with it; the name's own when none.
  std::uint32_t streetStart = 0;
  std::string streetKey;
  // The words of an apposition after a comma and an article, up to three:
  // {"unit", "of", "google"} for "Mandiant, a unit of Google"; or the one
  // lower-case word after a comma alone ("Bellec, notaire à Plouescat").
  std::vector<std::string> apposition;
  // A French kind noun before the name's modifier: "fonds" in "le fonds
  // d'investissement Ardian"; empty when no modifier stands between.
  std::string kindBefore;
  bool possessive = false;  // "Verizon's": an English possessive ends the name
  // The first English third-person pronoun after the name in its sentence,
  // and where it starts: "its" in "Verizon said its plans…".
  std::string pronounAfter;
  std::uint32_t pronounStart = 0;
  bool quoted = false;    // a quoted title after a work cue ("le film « … »")
  bool inQuotes = false;  // the whole name sits between quotation marks
};

// Demonyms and nationality adjectives are common words in French
// ("nord-coréen"), so they are looked up on every word, not just capitalised ones.
struct WordSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;
  std::string key;
};

struct CandidateScan {
  std::vector<NameCandidate> names;  // sorted by start, non-overlapping
  std::vector<WordSpan> lowerWords;  // words outside names that start in lower case
  Language language = Language::Unknown;
};

CandidateScan findNameCandidates(std::string_view text, const Segmentation& segmentation, Language language,
                                 const Lexicon& lexicon);

}  // namespace recoupe
