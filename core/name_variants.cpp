#include "name_variants.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "cue_words.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

constexpr std::size_t kMinTypoKeyBytes = 10;
constexpr std::size_t kMinTypoWordBytes = 5;
constexpr std::size_t kBytesPerEdit = 8;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string digitsOf(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

// Words of a surface split on spaces and hyphens, keeping their case.
std::vector<std::string_view> surfaceWords(std::string_view surface) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= surface.size(); ++i) {
    if (i == surface.size() || isSpace(surface[i]) || surface[i] == '-') {
      if (i > start) words.push_back(surface.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

char initialLetter(std::string_view word) {
  const std::string folded = foldKey(word.substr(0, std::min<std::size_t>(word.size(), 4)));
  if (folded.empty()) return 0;
  const char c = folded[0];
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : 0;
}

// "d'information" -> "information".
std::string_view withoutElision(std::string_view word) {
  for (const std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    if (word.size() > 1 + apostrophe.size() && word.substr(1, apostrophe.size()) == apostrophe)
      return word.substr(1 + apostrophe.size());
  }
  return word;
}

void dropTrailingPunctuation(std::string& key) {
  // Punctuation that recognition sometimes keeps at the end of a title ("qui tue!").
  while (!key.empty() && std::string_view("!?,;: ").find(key.back()) != std::string_view::npos)
    key.pop_back();
}

}  // namespace

std::string_view withoutTitles(std::string_view surface) {
  std::string_view rest = surface;
  while (true) {
    std::size_t end = 0;
    while (end < rest.size() && !isSpace(rest[end])) ++end;
    if (end == rest.size()) return rest;  // keep at least one word
    std::string word = foldKey(rest.substr(0, end));
    if (!word.empty() && word.back() == '.') word.pop_back();
    std::size_t next = end;
    while (next < rest.size() && isSpace(rest[next])) ++next;
    std::size_t nextEnd = next;
    while (nextEnd < rest.size() && !isSpace(rest[nextEnd])) ++nextEnd;
    // "Premier League", "General Motors": the title is part of the body's name.
    if (!cues::isPersonTitleBefore(word, foldKey(rest.substr(next, nextEnd - next)))) return rest;
    rest = rest.substr(next);
  }
}

std::string nameKey(std::string_view surface) {
  std::string key = foldKey(withoutTitles(surface));
  dropTrailingPunctuation(key);
  for (std::size_t space = key.rfind(' '); space != std::string::npos && space > 0; space = key.rfind(' ')) {
    if (!cues::isLegalForm(std::string_view(key).substr(space + 1))) break;
    key.resize(space);
    dropTrailingPunctuation(key);
  }
  std::replace(key.begin(), key.end(), '-', ' ');
  // Hyphens next to spaces ("Jong - un") would otherwise leave double spaces.
  key.erase(std::unique(key.begin(), key.end(), [](char a, char b) { return a == ' ' && b == ' '; }),
            key.end());
  return key;
}

std::vector<std::string_view> keyWords(std::string_view key) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= key.size(); ++i) {
    if (i == key.size() || key[i] == ' ') {
      if (i > start) words.push_back(key.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

bool looksLikeAcronym(std::string_view surface) {
  std::size_t letters = 0;
  std::size_t capitals = 0;
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
      ++capitals;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return letters >= 2 && letters <= 6 && capitals >= 2 && surface[0] >= 'A' && surface[0] <= 'Z';
}

std::string acronymLetters(std::string_view surface) {
  std::string letters;
  for (char c : surface) {
    if (c >= 'a' && c <= 'z') letters.push_back(static_cast<char>(c - 32));
    if (c >= 'A' && c <= 'Z') letters.push_back(c);
  }
  return letters;
}

std::vector<std::string> initialsOf(std::string_view surface) {
  const auto words = surfaceWords(withoutTitles(surface));
  if (words.size() < 2) return {};
  std::string withConnectors;
  std::string withoutConnectors;
  // French names go on in lower case: "Banque centrale européenne" is BCE,
  // "Agence nationale de la sécurité des systèmes d'information" ANSSI.
  std::string contentWords;
  bool lowerCaseWord = false;
  for (std::string_view word : words) {
    const char initial = initialLetter(word);
    if (!initial) return {};
    if (startsWithUpper(word)) {
      withConnectors.push_back(initial);
      withoutConnectors.push_back(initial);
      contentWords.push_back(initial);
    } else if (const std::string key = foldKey(word);
               cues::isNameConnector(key) || key == "and" || key == "et" || key == "&") {
      // "Food and Drug Administration" is FDA; "Organized Crime and
      // Corruption Reporting Project" OCCRP.
      withConnectors.push_back(initial);
    } else {
      lowerCaseWord = true;
      const char content = initialLetter(withoutElision(word));
      if (!content) return {};
      contentWords.push_back(content);
    }
  }
  constexpr std::size_t kMinContentInitials = 3;  // "CC" would stand for too much
  if (lowerCaseWord)
    return contentWords.size() >= kMinContentInitials ? std::vector<std::string>{contentWords}
                                                      : std::vector<std::string>{};
  std::vector<std::string> initials;
  if (withoutConnectors.size() >= 2) initials.push_back(withoutConnectors);
  if (withConnectors != withoutConnectors) initials.push_back(withConnectors);
  return initials;
}

bool typesMayMerge(EntityType a, EntityType b) {
  const bool personAndPlace =
      (a == EntityType::Person && b == EntityType::Loc) || (a == EntityType::Loc && b == EntityType::Person);
  return !personAndPlace;
}

std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t max) {
  const std::size_t lengthGap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (lengthGap > max) return max + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t rowMin = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      rowMin = std::min(rowMin, row[j]);
    }
    if (rowMin > max) return max + 1;
  }
  return std::min(row[b.size()], max + 1);
}

bool isTypoVariant(std::string_view a, std::string_view b) {
  if (a == b || a.size() < kMinTypoKeyBytes || b.size() < kMinTypoKeyBytes) return false;
  if (digitsOf(a) != digitsOf(b)) return false;
  const auto wordsA = keyWords(a);
  const auto wordsB = keyWords(b);
  if (wordsA.size() != wordsB.size()) return false;
  std::size_t totalEdits = 0;
  for (std::size_t i = 0; i < wordsA.size(); ++i) {
    if (wordsA[i] == wordsB[i]) continue;
    // Short words that differ are different words ("Bill" and "Will").
    if (wordsA[i].size() < kMinTypoWordBytes || wordsB[i].size() < kMinTypoWordBytes) return false;
    const std::size_t allowed =
        std::max<std::size_t>(1, std::min(wordsA[i].size(), wordsB[i].size()) / kBytesPerEdit);
    const std::size_t edits = boundedEditDistance(wordsA[i], wordsB[i], allowed);
    if (edits > allowed) return false;
    totalEdits += edits;
  }
  return totalEdits <= std::min(a.size(), b.size()) / kBytesPerEdit;
}

}  // namespace recoupe
