#include "document_analysis.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>

#include "document_structure.hpp"
#include "language_detector.hpp"
#include "lexicon.hpp"
#include "name_finder.hpp"
#include "nested_names.hpp"
#include "qualified_places.hpp"
#include "segmenter.hpp"
#include "sort_by_index.hpp"
#include "stage_timer.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

// The document's own date sits in its first lines: a dateline, or a byline
// date. A date followed by a time ("[23/12/2014 08:59:51]") is a dateline and
// beats a date mentioned in a photo caption above it.
ReferenceDate findDocumentDate(std::string_view text, Language language) {
  constexpr std::size_t kHeaderBytes = 1200;
  const std::string_view header = text.substr(0, std::min(text.size(), kHeaderBytes));
  const auto matches = findPatterns(header, language);
  std::optional<ReferenceDate> first;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const PatternMatch& match = matches[i];
    if (match.type != EntityType::Date || match.value.size() < 10) continue;
    ReferenceDate date;
    if (std::sscanf(match.value.c_str(), "%4d-%2d-%2d", &date.year, &date.month, &date.day) != 3) continue;
    const bool followedByTime = i + 1 < matches.size() && matches[i + 1].type == EntityType::Time &&
                                matches[i + 1].start - match.end <= 3;
    const bool hasTime = match.value.size() > 10 || followedByTime;
    if (hasTime) return date;
    if (!first) first = date;
  }
  return first.value_or(ReferenceDate{});
}

std::vector<Mention> patternMentions(std::string_view text, const std::vector<PatternMatch>& matches) {
  std::vector<Mention> mentions;
  mentions.reserve(matches.size());
  for (const PatternMatch& match : matches) {
    Mention mention;
    mention.start = match.start;
    mention.end = match.end;
    mention.type = match.type;
    mention.source = MentionSource::Pattern;
    mention.score = match.score;
    mention.value = match.value;
    // A named day ("11-Septembre") links by its name, as other names do.
    mention.key = isNamedType(match.type) ? foldKey(text.substr(match.start, match.end - match.start))
                                          : std::string(typeName(match.type)) + ":" + match.value;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

// An e-mail's sender and recipients are known exactly from its headers:
// their names are PERSON mentions and their addresses EMAIL ones, and they
// replace whatever the patterns found over the same bytes.
std::vector<Mention> withAddressMentions(std::vector<Mention> patterns,
                                         const std::vector<EmailAddress>& addresses) {
  if (addresses.empty()) return patterns;
  std::vector<Mention> known;
  for (const EmailAddress& address : addresses) {
    if (address.nameEnd > address.nameStart) {
      Mention person;
      person.start = address.nameStart;
      person.end = address.nameEnd;
      person.type = EntityType::Person;
      person.source = MentionSource::Rule;
      person.score = 0.9f;
      person.key = foldKey(address.name);
      known.push_back(std::move(person));
    }
    Mention email;
    email.start = address.emailStart;
    email.end = address.emailEnd;
    email.type = EntityType::Email;
    email.source = MentionSource::Pattern;
    email.score = 0.95f;
    email.value = address.email;
    for (char& c : email.value) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    email.key = std::string(typeName(EntityType::Email)) + ":" + email.value;
    known.push_back(std::move(email));
  }
  std::sort(known.begin(), known.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  std::vector<Mention> merged;
  std::size_t k = 0;
  for (Mention& pattern : patterns) {
    while (k < known.size() && known[k].end <= pattern.start) ++k;
    if (k < known.size() && known[k].start < pattern.end) continue;
    merged.push_back(std::move(pattern));
  }
  merged.insert(merged.end(), std::make_move_iterator(known.begin()), std::make_move_iterator(known.end()));
  std::sort(merged.begin(), merged.end(),
            [](const Mention& a, const Mention& b) { return a.start < b.start; });
  return merged;
}

// Patterns are precise, so a name that overlaps one (a capitalised month in a
// date, the user name of an e-mail) gives way.
std::vector<Mention> mergeMentions(std::vector<Mention> patterns, std::vector<Mention> names) {
  std::vector<Mention> merged = std::move(patterns);
  const std::size_t patternCount = merged.size();
  // Exactly what is needed: the mentions stay for the whole run, and growth by
  // doubling would leave up to half the vector unused.
  merged.reserve(patternCount + names.size());
  std::size_t p = 0;
  bool patternEmptied = false;
  for (Mention& name : names) {
    while (p < patternCount && merged[p].end <= name.start) ++p;
    const bool overlaps = p < patternCount && merged[p].start < name.end;
    // "CAC 40", "S&P 500": a bare number inside a name is part of it, and
    // so is anything inside a name the lexicon knows whole (« Journal du
    // dimanche », "the Sunday Times").
    const bool shorter = overlaps && (merged[p].start > name.start || merged[p].end < name.end);
    const Mention* inside = shorter && merged[p].start >= name.start && merged[p].end <= name.end &&
                                    (p + 1 >= patternCount || merged[p + 1].start >= name.end)
                                ? &merged[p]
                                : nullptr;
    const bool patternInsideName =
        inside && (inside->type == EntityType::Quantity || name.source == MentionSource::Lexicon);
    if (patternInsideName) {
      merged[p].end = merged[p].start;  // emptied, and removed below
      patternEmptied = true;
    }
    if (!overlaps || patternInsideName) merged.push_back(std::move(name));
  }
  if (patternEmptied) std::erase_if(merged, [](const Mention& m) { return m.start == m.end; });
  sortByIndex(merged, [](const Mention& a, const Mention& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  return merged;
}

// Nested names go right after the name that contains them, so that
// containers still come in order of their start.
void addNestedNames(std::string_view text, std::vector<Mention>& mentions) {
  std::vector<Mention> nested = findNestedNames(text, mentions, Lexicon::builtin());
  if (nested.empty()) return;
  const auto containerFirst = [](const Mention& a, const Mention& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  };
  const auto containers = static_cast<std::ptrdiff_t>(mentions.size());
  mentions.insert(mentions.end(), std::make_move_iterator(nested.begin()),
                  std::make_move_iterator(nested.end()));
  // Both runs are usually in order already, and merging them is cheaper
  // than sorting the whole document's mentions again.
  const auto middle = mentions.begin() + containers;
  if (std::is_sorted(mentions.begin(), middle, containerFirst) &&
      std::is_sorted(middle, mentions.end(), containerFirst)) {
    std::inplace_merge(mentions.begin(), middle, mentions.end(), containerFirst);
  } else {
    std::stable_sort(mentions.begin(), mentions.end(), containerFirst);
  }
}

void assignSentences(std::vector<Mention>& mentions, const std::vector<SentenceSpan>& sentences) {
  std::size_t s = 0;
  for (Mention& mention : mentions) {
    while (s + 1 < sentences.size() && sentences[s].end <= mention.start) ++s;
    mention.sentence = static_cast<std::uint32_t>(s);
  }
}

}  // namespace

std::string isoDate(const ReferenceDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::size_t estimatedWorkingSet(std::size_t inputBytes) {
  constexpr std::size_t kBytesPerInputByte = 40;
  constexpr std::size_t kFixedBytes = 1u << 20;
  return inputBytes > (SIZE_MAX - kFixedBytes) / kBytesPerInputByte
             ? SIZE_MAX
             : inputBytes * kBytesPerInputByte + kFixedBytes;
}

DocumentAnalysis analyzeDocument(std::string id, std::string_view bytes, DocumentFormat format,
                                 const AnalyzerOptions& options) {
  DocumentAnalysis analysis;
  analysis.id = std::move(id);
  if (options.availableMemory && bytes.size() <= options.maxDocumentBytes) {
    const std::size_t needed = estimatedWorkingSet(bytes.size());
    const std::size_t available = options.availableMemory(needed);
    if (needed > available) {
      constexpr std::size_t kMiB = 1u << 20;
      analysis.error = Error{ErrorCode::OutOfMemory,
                             "document of " + std::to_string(bytes.size()) + " bytes needs about " +
                                 std::to_string(needed / kMiB) + " MiB to analyse; " +
                                 std::to_string(available / kMiB) + " MiB of the memory limit remain"};
      return analysis;
    }
  }
  StageLap lap;
  auto plain = readDocument(bytes, format, options.maxDocumentBytes);
  lap.to(Stage::Decode);
  if (!plain) {
    analysis.error = plain.error();
    return analysis;
  }
  analysis.text = std::move(plain->text);
  analysis.title = std::move(plain->title);
  analysis.warnings = std::move(plain->warnings);
  const std::string_view text = analysis.text;

  analysis.language = options.language.value_or(detectLanguage(text).language);
  const Segmentation segmentation = segment(text, analysis.language);
  analysis.sentences.reserve(segmentation.sentences.size());
  for (const Sentence& sentence : segmentation.sentences) {
    analysis.sentences.push_back(SentenceSpan{sentence.start, sentence.end});
  }
  analysis.sections = findSections(text, analysis.language);
  lap.to(Stage::Segment);
  analysis.date = plain->date ? *plain->date : findDocumentDate(text, analysis.language);

  auto names = findNames(text, segmentation, analysis.language);
  auto patterns = patternMentions(text, findPatterns(text, analysis.language, analysis.date));
  patterns = withAddressMentions(std::move(patterns), plain->addresses);
  analysis.mentions = mergeMentions(std::move(patterns), std::move(names));
  assignSentences(analysis.mentions, analysis.sentences);
  joinQualifiedPlaces(text, analysis.mentions, Lexicon::builtin());
  addNestedNames(text, analysis.mentions);
  // The mentions live until the corpus is linked and written, and the joins
  // above may have doubled the vector's capacity.
  analysis.mentions.shrink_to_fit();
  lap.to(Stage::Recognise);
  return analysis;
}

}  // namespace recoupe
