#include "name_typer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "cue_words.hpp"
#include "lexicon.hpp"
#include "lexicon_cache.hpp"
#include "sort_by_index.hpp"
#include "text_fold.hpp"

namespace recoupe {
namespace {

constexpr std::array<EntityType, 5> kNameTypes = {EntityType::Person, EntityType::Org, EntityType::Loc,
                                                  EntityType::Work, EntityType::Event};

struct Evidence {
  std::array<float, kNameTypes.size()> score{};

  void add(EntityType type, float weight) {
    for (std::size_t i = 0; i < kNameTypes.size(); ++i) {
      if (kNameTypes[i] == type) score[i] += weight;
    }
  }
  void add(const Evidence& other) {
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += other.score[i];
  }
  // Context cues repeat with every occurrence; past a point, more of the same
  // cue says little more, and must not outweigh what the lexicon knows.
  void addCapped(const Evidence& other, float cap) {
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += std::min(other.score[i], cap);
  }
  EntityType best() const {
    std::size_t best = 1;  // ORG when nothing is known: the commonest unknown capitalised name in news
    for (std::size_t i = 0; i < score.size(); ++i) {
      if (score[i] > score[best]) best = i;
    }
    return kNameTypes[best];
  }
  float total() const {
    float sum = 0;
    for (float s : score) sum += s;
    return sum;
  }
  float of(EntityType type) const {
    for (std::size_t i = 0; i < kNameTypes.size(); ++i) {
      if (kNameTypes[i] == type) return score[i];
    }
    return 0;
  }
};

bool isLocationCategory(LexiconCategory category) {
  return category == LexiconCategory::Country || category == LexiconCategory::City ||
         category == LexiconCategory::Region;
}

// What the lexicon says about the whole name. Larger cities weigh more: a
// name that happens to be a village somewhere is weak evidence.
void addLexiconEvidence(const std::vector<const LexiconEntry*>& entries, Evidence& evidence) {
  for (const LexiconEntry* entry : entries) {
    switch (entry->category) {
      case LexiconCategory::Country:
      case LexiconCategory::Region:
        evidence.add(EntityType::Loc, 5.0f);
        break;
      case LexiconCategory::City:
        evidence.add(EntityType::Loc, entry->population >= 1000000  ? 3.5f
                                      : entry->population >= 100000 ? 2.0f
                                                                    : 0.6f);
        break;
      case LexiconCategory::Organisation:
        evidence.add(entry->type, 5.0f);
        break;
      case LexiconCategory::GivenName:
        evidence.add(EntityType::Person, 1.0f);
        break;
      case LexiconCategory::Demonym:
        break;
    }
  }
}

// Evidence from one occurrence of a name: the words around it.
Evidence contextEvidence(const NameCandidate& candidate) {
  Evidence evidence;
  if (candidate.quoted) evidence.add(EntityType::Work, 6.0f);
  // A capitalised phrase in quotation marks is often a title.
  if (candidate.inQuotes && candidate.words.size() >= 2) evidence.add(EntityType::Work, 1.5f);
  // "le film The Interview", "a film called Gravity"; but "le film de Seth
  // Rogen" names its maker, so only a few words may stand between.
  const std::string& between = candidate.previous;
  const bool titleLink =
      between == "intitule" || between == "titled" || between == "called" || between == "nomme";
  if (cues::isWorkCue(candidate.previous) || (titleLink && cues::isWorkCue(candidate.beforePrevious))) {
    evidence.add(EntityType::Work, 4.0f);
  }
  if (cues::isPersonTitle(candidate.previous)) evidence.add(EntityType::Person, 4.0f);
  if (candidate.previous == "." && cues::isPersonTitle(candidate.beforePrevious))
    evidence.add(EntityType::Person, 4.0f);
  if (cues::isSpeechVerb(candidate.next) || cues::isSpeechVerb(candidate.next + " " + candidate.afterNext)) {
    evidence.add(EntityType::Person, 2.0f);
  }
  if (cues::isOrganisationCue(candidate.previous)) evidence.add(EntityType::Org, 2.5f);
  if (cues::isLocationPreposition(candidate.previous)) {
    // French "à"/"au"/"en" before a name nearly always introduce a place;
    // English "in"/"at" just as often introduce an organisation.
    const bool french = candidate.previous == "a" || candidate.previous == "au" ||
                        candidate.previous == "aux" || candidate.previous == "en";
    evidence.add(EntityType::Loc, french ? 2.0f : 1.0f);
  }
  if (candidate.previous == "the" || candidate.previous == "le" || candidate.previous == "la") {
    evidence.add(EntityType::Org, 0.5f);
  }
  return evidence;
}

// "Sweden defeated South Korea 1 – 0": places that play matches are teams.
Evidence teamEvidence(const NameCandidate& candidate) {
  Evidence evidence;
  const bool scoreNext = !candidate.next.empty() &&
                         std::isdigit(static_cast<unsigned char>(candidate.next[0])) &&
                         (candidate.afterNext == "-" || candidate.afterNext == "\u2013");
  if (cues::isMatchWord(candidate.next) || cues::isMatchWord(candidate.previous) || scoreNext) {
    evidence.add(EntityType::Org, 2.0f);
  }
  return evidence;
}

// Evidence from the name itself, counted once however often it occurs: its
// words and its shape.
Evidence nameEvidence(const NameCandidate& candidate, const LexiconCache& lexicon) {
  Evidence evidence;
  const auto& words = candidate.words;
  if (words.empty()) return evidence;
  const std::string& last = words.back();
  if (words.size() >= 2 && cues::isOrganisationWord(last)) evidence.add(EntityType::Org, 4.0f);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (cues::isOrganisationWord(words[i])) evidence.add(EntityType::Org, 1.5f);
  }
  if (words.size() >= 2 && cues::isLocationWord(last)) evidence.add(EntityType::Loc, 3.0f);
  if (words.size() >= 2 && cues::isLocationHead(words.front()) && !cues::isLocationWord(last)) {
    evidence.add(EntityType::Loc, 2.0f);  // "Rue du Pré-Botté", "Lac Léman"
  }
  if (words.size() >= 2 && cues::isEventWord(last)) evidence.add(EntityType::Event, 3.5f);
  // "L. Ron Hubbard": initials before the given name.
  std::size_t firstName = 0;
  while (firstName + 1 < words.size() && words[firstName].size() <= 2) ++firstName;
  const bool givenNameFirst = lexicon.isGivenName(words[firstName]);
  if (words.size() >= 2 && givenNameFirst && !cues::isOrganisationWord(last) && !cues::isLocationWord(last)) {
    evidence.add(EntityType::Person, 2.5f);
  }
  // Weak priors from the shape of the name: people's names are rarely made
  // of dictionary words ("Fan Expo", "Sea Org"), organisations often are.
  const bool commonFirstWord = !givenNameFirst && lexicon.isCommonWord(words.front(), Language::Unknown);
  if ((words.size() == 2 || words.size() == 3) && !commonFirstWord) evidence.add(EntityType::Person, 0.6f);
  if (commonFirstWord) evidence.add(EntityType::Org, 0.5f);
  // A lone capitalised word that no dictionary knows is most often a
  // surname; a lone acronym is most often an organisation.
  const bool acronym = words.size() == 1 && isAllUpper(candidate.surface);
  if (words.size() == 1 && !acronym && !commonFirstWord) evidence.add(EntityType::Person, 0.5f);
  evidence.add(EntityType::Org, acronym ? 0.8f : 0.4f);
  if (words.size() == 1) evidence.add(EntityType::Loc, 0.2f);
  return evidence;
}

// The lexicon entry that agrees with the chosen type, for the kb id.
const LexiconEntry* entryForType(const std::vector<const LexiconEntry*>& entries, EntityType type) {
  const LexiconEntry* best = nullptr;
  for (const LexiconEntry* entry : entries) {
    if (entry->category == LexiconCategory::GivenName || entry->category == LexiconCategory::Demonym)
      continue;
    const EntityType entryType = isLocationCategory(entry->category) ? EntityType::Loc : entry->type;
    if (entryType != type) continue;
    if (!best || entry->population > best->population ||
        (best->category == LexiconCategory::City && entry->category == LexiconCategory::Country)) {
      best = entry;
    }
  }
  return best;
}

// "New Zealand" is both a country and its own adjective; the place wins.
const LexiconEntry* demonymOf(const std::vector<const LexiconEntry*>& entries) {
  const LexiconEntry* demonym = nullptr;
  for (const LexiconEntry* entry : entries) {
    if (entry->category == LexiconCategory::Demonym) demonym = entry;
    if (entry->category == LexiconCategory::Country || entry->category == LexiconCategory::Region)
      return nullptr;
  }
  return demonym;
}

Mention demonymMention(std::uint32_t start, std::uint32_t end, std::uint32_t sentence, const std::string& key,
                       const LexiconEntry& demonym) {
  Mention mention;
  mention.start = start;
  mention.end = end;
  mention.sentence = sentence;
  mention.type = EntityType::Norp;
  mention.source = MentionSource::Lexicon;
  mention.score = 0.9f;
  mention.key = key;
  mention.kb = std::string(demonym.target);
  return mention;
}

}  // namespace

std::vector<Mention> typeNames(const CandidateScan& scan, const Lexicon& builtin) {
  const LexiconCache lexicon(builtin);
  std::vector<Mention> mentions;
  std::vector<std::vector<const LexiconEntry*>> entries(scan.names.size());
  // What the lexicon knows counts once per name; what the context says adds
  // up over every occurrence.
  std::unordered_map<std::string, Evidence> pooled;
  std::unordered_map<std::string, Evidence> contexts;
  std::unordered_map<std::string, Evidence> teams;
  for (std::size_t i = 0; i < scan.names.size(); ++i) {
    const NameCandidate& candidate = scan.names[i];
    entries[i] = lexicon.lookup(candidate.key);
    auto [it, first] = pooled.try_emplace(candidate.key);
    if (first) {
      addLexiconEvidence(entries[i], it->second);
      it->second.add(nameEvidence(candidate, lexicon));
    }
    contexts[candidate.key].add(contextEvidence(candidate));
    teams[candidate.key].add(teamEvidence(candidate));
  }
  // A national team is a country in every other respect, so only repeated
  // evidence of a match turns the name into an organisation; it is not capped.
  for (auto& [key, team] : teams) pooled[key].add(team);
  constexpr float kContextCap = 4.5f;
  for (auto& [key, context] : contexts) pooled[key].addCapped(context, kContextCap);
  // A surname alone takes the type of the full names it ends, as in "Kazu
  // Hirai ... Hirai said"; the same holds, more weakly, for a first word.
  std::unordered_map<std::string, Evidence> partEvidence;
  for (const NameCandidate& candidate : scan.names) {
    if (candidate.words.size() < 2 || pooled[candidate.key].best() != EntityType::Person) continue;
    partEvidence[candidate.words.back()].add(EntityType::Person, 3.0f);
    partEvidence[candidate.words.front()].add(EntityType::Person, 1.0f);
  }
  for (auto& [key, extra] : partEvidence) {
    auto it = pooled.find(key);
    if (it != pooled.end()) it->second.add(extra);
  }

  for (std::size_t i = 0; i < scan.names.size(); ++i) {
    const NameCandidate& candidate = scan.names[i];
    if (const LexiconEntry* demonym = demonymOf(entries[i]); demonym && !candidate.quoted) {
      mentions.push_back(
          demonymMention(candidate.start, candidate.end, candidate.sentence, candidate.key, *demonym));
      continue;
    }
    const Evidence& total = pooled[candidate.key];
    Mention mention;
    mention.start = candidate.start;
    mention.end = candidate.end;
    mention.sentence = candidate.sentence;
    mention.type = candidate.quoted ? EntityType::Work : total.best();
    mention.source = entries[i].empty() ? MentionSource::Rule : MentionSource::Lexicon;
    const float confidence = total.total() > 0 ? total.of(mention.type) / total.total() : 0.5f;
    mention.score =
        std::clamp(0.35f + 0.6f * confidence - (candidate.fromHeadline ? 0.1f : 0.0f), 0.05f, 0.99f);
    mention.key = candidate.key;
    if (const LexiconEntry* entry = entryForType(entries[i], mention.type))
      mention.kb = std::string(entry->id);
    mentions.push_back(std::move(mention));
  }
  for (const WordSpan& word : scan.lowerWords) {
    if (!lexicon.isDemonymKey(word.key)) continue;
    const auto wordEntries = lexicon.lookup(word.key);
    if (const LexiconEntry* demonym = demonymOf(wordEntries)) {
      mentions.push_back(demonymMention(word.start, word.end, word.sentence, word.key, *demonym));
    }
  }
  sortByIndex(mentions, [](const Mention& a, const Mention& b) { return a.start < b.start; });
  return mentions;
}

}  // namespace recoupe
