#include "linker.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "acronyms.hpp"
#include "cue_words.hpp"
#include "name_variants.hpp"
#include "text_fold.hpp"
#include "typo_pairs.hpp"
#include "union_find.hpp"

namespace recoupe {
namespace {

constexpr std::uint32_t kNoDocument = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Mentions of one name in one document (or of one value in the corpus):
// the unit that the linking rules merge.
struct Group {
  std::uint32_t document = kNoDocument;  // kNoDocument for values
  std::string key;
  std::string firstSurface;
  std::string kb;
  std::array<std::uint32_t, kEntityTypeCount> votes{};
  std::size_t words = 0;
  bool named = false;
  bool resolvedAsPartOfName = false;  // joined the full name it is the surname or given name of
  // The same name is also a person in the same document, and recognition
  // typed this occurrence otherwise by a cue of its own ("shares in Halvorsen").
  bool typedApartFromPerson = false;

  // The majority type; a demonym counts only when nothing else was seen.
  EntityType type() const {
    std::uint32_t bestVotes = 0;
    EntityType best = EntityType::Norp;
    for (std::size_t t = 0; t < votes.size(); ++t) {
      if (static_cast<EntityType>(t) == EntityType::Norp || votes[t] <= bestVotes) continue;
      bestVotes = votes[t];
      best = static_cast<EntityType>(t);
    }
    return best;
  }
};

std::string_view surfaceOf(const DocumentAnalysis& document, const Mention& mention) {
  return std::string_view(document.text).substr(mention.start, mention.end - mention.start);
}

// Words that carry the name: "Gardiens de la Paix" has two, like "Guardians of Peace".
std::size_t contentWordCount(std::string_view surface) {
  const std::string key = nameKey(surface);
  std::size_t count = 0;
  for (const std::string_view word : keyWords(key)) count += cues::isNameConnector(word) ? 0 : 1;
  return count;
}

std::unordered_set<std::string> nameKeys(const std::vector<std::string>& names) {
  std::unordered_set<std::string> keys;
  for (const std::string& name : names) keys.insert(nameKey(name));
  return keys;
}

bool endsWithLegalForm(std::string_view surface) {
  const std::size_t space = surface.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  std::string last = foldKey(surface.substr(space + 1));
  if (!last.empty() && last.back() == '.') last.pop_back();
  return cues::isLegalForm(last);
}

class Linker {
 public:
  Linker(const std::vector<const DocumentAnalysis*>& documents, const LinkOptions& options)
      : documents_(documents), options_(options) {
    if (options_.aliases) rejectedForms_ = nameKeys(options_.aliases->rejectAliases);
  }

  Linking run() {
    groupMentions();
    linkSurnames();
    linkClubsToTowns();
    linkCompaniesToShortNames();
    linkSameKeys();
    linkTranslatedTitles();
    linkSameKb();
    linkTypos();
    linkDefinedAcronyms();
    linkAcronymsByInitials();
    if (options_.aliases) applyUserRules(*options_.aliases);
    return build();
  }

 private:
  // ---- grouping --------------------------------------------------------------------------

  void groupMentions() {
    std::unordered_map<std::string, std::uint32_t> valueGroups;
    groupOfMention_.resize(documents_.size());
    for (std::uint32_t d = 0; d < documents_.size(); ++d) {
      const DocumentAnalysis& document = *documents_[d];
      std::unordered_map<std::string, std::uint32_t> nameGroups;
      std::unordered_map<std::string, std::uint32_t> personGroups;
      auto& groups = groupOfMention_[d];
      groups.reserve(document.mentions.size());
      for (const Mention& mention : document.mentions) {
        const std::string_view surface = surfaceOf(document, mention);
        const bool named = isNamedType(mention.type);
        std::string key = named ? nameKey(surface) : mention.key;
        if (named && rejectedForms_.count(key)) {
          groups.push_back(kNone);
          continue;
        }
        // Recognition gives one name one type per document, except where an
        // occurrence's own cue says otherwise: "M. Paris, comptable" is a
        // person on the page where "Paris, 22 avril" is the city.
        auto& index = !named ? valueGroups : mention.type == EntityType::Person ? personGroups : nameGroups;
        const auto [it, inserted] = index.try_emplace(key, static_cast<std::uint32_t>(groups_.size()));
        if (inserted) {
          Group group;
          group.document = named ? d : kNoDocument;
          group.words = named ? keyWords(key).size() : 0;
          group.key = std::move(key);
          group.firstSurface = std::string(surface);
          group.named = named;
          groups_.push_back(std::move(group));
          sets_.add();
        }
        Group& group = groups_[it->second];
        ++group.votes[static_cast<std::size_t>(mention.type)];
        if (group.kb.empty()) group.kb = mention.kb;
        groups.push_back(it->second);
      }
      for (const auto& [key, personGroup] : personGroups) {
        if (const auto other = nameGroups.find(key); other != nameGroups.end())
          groups_[other->second].typedApartFromPerson = true;
      }
    }
  }

  void link(std::uint32_t a, std::uint32_t b) {
    if (sets_.same(a, b)) return;
    sets_.unite(a, b);
    edges_.emplace_back(a, b);
  }

  bool isSurnameCandidate(const Group& group) const {
    const EntityType type = group.type();
    return group.named && group.words == 1 && group.kb.empty() && type != EntityType::Loc &&
           !group.typedApartFromPerson && type != EntityType::Norp && !looksLikeAcronym(group.firstSurface);
  }

  // ---- rule 3: surnames ------------------------------------------------------------------

  // A full name is "first last"; "Barack Obama" and "Barack H. Obama" are one person.
  static std::string firstAndLast(std::string_view key) {
    const auto words = keyWords(key);
    return std::string(words.front()) + " " + std::string(words.back());
  }

  void linkSurnames() {
    // A name the lexicon knows somewhere is a place or an organisation, not a
    // person, even where recognition typed it PERSON ("Corée du Nord").
    std::unordered_set<std::string_view> knownToLexicon;
    for (const Group& group : groups_) {
      if (!group.kb.empty()) knownToLexicon.insert(group.key);
    }
    std::unordered_map<std::string, std::vector<std::uint32_t>> fullNamesBySurname;
    std::unordered_map<std::string, std::vector<std::uint32_t>> fullNamesByGivenName;
    std::unordered_map<std::string, std::uint32_t> fullNames;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (!group.named || group.words < 2 || group.type() != EntityType::Person) continue;
      if (knownToLexicon.count(group.key)) continue;
      const std::string name = firstAndLast(group.key);
      const auto [first, inserted] = fullNames.try_emplace(name, g);
      if (!inserted) link(first->second, g);
      fullNamesBySurname[std::string(keyWords(group.key).back())].push_back(g);
      fullNamesByGivenName[std::string(keyWords(group.key).front())].push_back(g);
    }
    linkPersonSuffixes(fullNamesBySurname);
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      Group& group = groups_[g];
      if (!isSurnameCandidate(group) || knownToLexicon.count(group.key)) continue;
      const auto candidates = fullNamesBySurname.find(group.key);
      if (candidates == fullNamesBySurname.end()) continue;
      std::optional<std::uint32_t> inDocument = onlyPerson(candidates->second, group.document);
      std::optional<std::uint32_t> chosen;
      if (inDocument) {
        chosen = *inDocument == kNone ? std::nullopt : inDocument;
      } else if (group.type() == EntityType::Person) {
        // Elsewhere in the corpus only a word recognised as a person's name is
        // trusted: a bare "Washington" typed otherwise may be the city.
        const auto inCorpus = onlyPerson(candidates->second, kNoDocument);
        if (inCorpus && *inCorpus != kNone) chosen = inCorpus;
      }
      if (chosen) {
        link(g, *chosen);
        group.resolvedAsPartOfName = true;
      }
    }
    // "Amy" for "Amy Pascal" in a mail's greeting or signature: in the same
    // document, the only full name that starts with the word.
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      Group& group = groups_[g];
      if (!isSurnameCandidate(group) || group.resolvedAsPartOfName || group.type() != EntityType::Person ||
          knownToLexicon.count(group.key))
        continue;
      const auto candidates = fullNamesByGivenName.find(group.key);
      if (candidates == fullNamesByGivenName.end()) continue;
      const std::optional<std::uint32_t> only = onlyPerson(candidates->second, group.document);
      if (only && *only != kNone) {
        link(g, *only);
        group.resolvedAsPartOfName = true;
      }
    }
  }

  // A full name preceded by words recognition kept in the span is the same
  // person: "Afghan Ambassador Hamdullah Mohib" is "Hamdullah Mohib",
  // "Scientologist Tom Cruise" is "Tom Cruise".
  void linkPersonSuffixes(const std::unordered_map<std::string, std::vector<std::uint32_t>>& bySurname) {
    for (const auto& [surname, candidates] : bySurname) {
      std::unordered_map<std::string_view, std::uint32_t> byKey;
      for (const std::uint32_t c : candidates) byKey.try_emplace(groups_[c].key, c);
      for (const std::uint32_t c : candidates) {
        const std::string_view key = groups_[c].key;
        for (std::size_t space = key.find(' '); space != std::string_view::npos;
             space = key.find(' ', space + 1)) {
          const std::string_view suffix = key.substr(space + 1);
          if (suffix.find(' ') == std::string_view::npos) break;  // a surname alone is rule 3's business
          const auto shorter = byKey.find(suffix);
          if (shorter != byKey.end()) {
            link(c, shorter->second);
            break;
          }
        }
      }
    }
  }

  // The one person among `candidates` (in `document`, or anywhere for
  // kNoDocument): nullopt when there is none, kNone when several share the surname.
  std::optional<std::uint32_t> onlyPerson(const std::vector<std::uint32_t>& candidates,
                                          std::uint32_t document) {
    std::optional<std::uint32_t> found;
    for (const std::uint32_t c : candidates) {
      if (document != kNoDocument && groups_[c].document != document) continue;
      if (found && !sets_.same(*found, c)) return kNone;
      found = c;
    }
    return found;
  }

  // ---- rule 3b: a club by its town's name ------------------------------------------------

  // "Norwich" typed a body is "Norwich City" of the same document, when the
  // document names one club of that town only.
  void linkClubsToTowns() {
    std::unordered_map<std::string, std::vector<std::uint32_t>> clubsByTown;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (!group.named || group.words != 2 || group.type() != EntityType::Org) continue;
      const std::vector<std::string_view> words = keyWords(group.key);
      if (cues::isClubWord(words[1])) clubsByTown[keyInDocument(group, words[0])].push_back(g);
    }
    linkToOnlyLongerName(clubsByTown, [](const Group& group) { return group.words == 1; });
  }

  // ---- rule 3c: a company by the first words of its name ---------------------------------

  // "Meridian" and "Meridian Capital" are "Meridian Capital Partners LLC" of
  // the same document, when no other company named with its legal form there
  // opens with the same words.
  void linkCompaniesToShortNames() {
    std::unordered_map<std::string, std::vector<std::uint32_t>> companiesByOpening;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (!group.named || group.type() != EntityType::Org || !endsWithLegalForm(group.firstSurface)) continue;
      // The key has no legal form: "meridian capital partners".
      const std::vector<std::string_view> words = keyWords(group.key);
      for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        const std::size_t end =
            static_cast<std::size_t>(words[k].data() - group.key.data()) + words[k].size();
        companiesByOpening[keyInDocument(group, std::string_view(group.key).substr(0, end))].push_back(g);
      }
    }
    // "Sony" is the group the lexicon knows, not "Sony Pictures Entertainment Inc.".
    linkToOnlyLongerName(companiesByOpening, [](const Group& group) { return group.kb.empty(); });
  }

  // "<document> <words>": words of a name, within one document.
  static std::string keyInDocument(const Group& group, std::string_view words) {
    return std::to_string(group.document) + " " + std::string(words);
  }

  // Links each named body that `isShortForm` accepts to the longer name
  // `longerNames` holds for its key in its document, when it holds only one.
  template <typename ShortFormPredicate>
  void linkToOnlyLongerName(const std::unordered_map<std::string, std::vector<std::uint32_t>>& longerNames,
                            const ShortFormPredicate& isShortForm) {
    if (longerNames.empty()) return;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (!group.named || group.type() != EntityType::Org || !isShortForm(group)) continue;
      const auto longer = longerNames.find(keyInDocument(group, group.key));
      if (longer != longerNames.end() && longer->second.size() == 1) link(g, longer->second.front());
    }
  }

  // ---- rule 4: the same name across documents --------------------------------------------

  void linkSameKeys() {
    std::unordered_map<std::string, std::array<std::uint32_t, 3>> byKey;  // person, place, other
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      // A resolved surname or given name already joined its person; an ambiguous one elsewhere must not
      // follow it.
      if (!group.named || group.resolvedAsPartOfName) continue;
      auto [it, inserted] = byKey.try_emplace(group.key, std::array<std::uint32_t, 3>{kNone, kNone, kNone});
      const EntityType type = group.type();
      std::uint32_t& slot = it->second[type == EntityType::Person ? 0 : type == EntityType::Loc ? 1 : 2];
      if (slot == kNone) {
        slot = g;
      } else {
        link(slot, g);
      }
    }
    for (const auto& [key, slots] : byKey) {
      const auto [person, place, other] = slots;
      // Only a one-word name is ambiguous between a person and a place
      // ("Washington"); a longer one typed both ways is recognition noise.
      if (person != kNone && place != kNone && keyWords(key).size() > 1) link(person, place);
      if (other == kNone) continue;
      // Organisations, works and events go with the person or the place when
      // there is only one of them; with both, the name is ambiguous.
      if (person != kNone && place == kNone) link(person, other);
      if (place != kNone && person == kNone) link(place, other);
    }
  }

  // ---- rule 4b: a title and its translation ---------------------------------------------
  // "The Interview" came out in France as « L'interview qui tue » : a title
  // that is an article and one word, in one language, is the title in the
  // other language that opens with the same word. Only when each language
  // has one title of that word, so that "Le Parrain" and "Le Parrain II"
  // leave the choice open.

  struct TitleOpening {
    std::string_view word;
    bool english = false;
    bool bare = false;  // the article and the word, nothing more
  };

  static std::optional<TitleOpening> titleOpening(std::string_view key) {
    constexpr std::size_t kMinWordBytes = 4;
    TitleOpening opening;
    std::string_view rest;
    if (key.starts_with("the ")) {
      opening.english = true;
      rest = key.substr(4);
    } else if (key.starts_with("l'")) {
      rest = key.substr(2);
    } else {
      for (const std::string_view article : {"le ", "la ", "les ", "un ", "une "}) {
        if (key.starts_with(article)) rest = key.substr(article.size());
      }
    }
    const std::size_t space = rest.find(' ');
    opening.word = rest.substr(0, space);
    opening.bare = space == std::string_view::npos;
    if (opening.word.size() < kMinWordBytes) return std::nullopt;
    return opening;
  }

  void linkTranslatedTitles() {
    struct Titles {
      std::vector<std::uint32_t> groups[2];  // French, English
      std::string_view keys[2];
      bool severalKeys[2] = {false, false};
      bool bare[2] = {false, false};
    };
    std::unordered_map<std::string_view, Titles> byWord;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (!group.named || group.type() != EntityType::Work) continue;
      const auto opening = titleOpening(group.key);
      if (!opening) continue;
      Titles& titles = byWord[opening->word];
      const int language = opening->english ? 1 : 0;
      if (!titles.keys[language].empty() && titles.keys[language] != group.key)
        titles.severalKeys[language] = true;
      titles.keys[language] = group.key;
      titles.bare[language] = titles.bare[language] || opening->bare;
      titles.groups[language].push_back(g);
    }
    for (const auto& [word, titles] : byWord) {
      if (titles.groups[0].empty() || titles.groups[1].empty() || titles.severalKeys[0] ||
          titles.severalKeys[1] || !(titles.bare[0] || titles.bare[1]))
        continue;
      for (const std::uint32_t french : titles.groups[0]) link(titles.groups[1].front(), french);
    }
  }

  // ---- rule 5: lexicon ids ---------------------------------------------------------------

  void linkSameKb() {
    std::unordered_map<std::string, std::uint32_t> byKb;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].kb.empty()) continue;
      const auto [it, inserted] = byKb.try_emplace(groups_[g].kb, g);
      if (!inserted) link(it->second, g);
    }
  }

  // ---- rule 6: typos ---------------------------------------------------------------------

  void linkTypos() {
    std::unordered_map<std::string, std::uint32_t> firstGroupOfKey;
    std::vector<std::string> keys;
    std::vector<std::uint32_t> groupOfKey;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      if (!groups_[g].named) continue;
      if (firstGroupOfKey.try_emplace(groups_[g].key, g).second) {
        keys.push_back(groups_[g].key);
        groupOfKey.push_back(g);
      }
    }
    for (const auto& [i, j] : findTypoPairs(keys)) {
      const std::uint32_t a = groupOfKey[i];
      const std::uint32_t b = groupOfKey[j];
      if (typesMayMerge(groups_[a].type(), groups_[b].type())) link(a, b);
    }
  }

  // ---- rule 7: acronyms ------------------------------------------------------------------

  void linkDefinedAcronyms() {
    for (std::uint32_t d = 0; d < documents_.size(); ++d) {
      for (const auto& [first, second] : acronymDefinitions(*documents_[d])) {
        const std::uint32_t a = groupOfMention_[d][first];
        const std::uint32_t b = groupOfMention_[d][second];
        if (a == kNone || b == kNone) continue;
        if (typesMayMerge(groups_[a].type(), groups_[b].type())) link(a, b);
      }
    }
  }

  void linkAcronymsByInitials() {
    std::unordered_map<std::string, std::vector<std::uint32_t>> expansions;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      // People are not usually abbreviated in the press, and their initials are often a word.
      if (!group.named || group.words < 2 || group.type() == EntityType::Person) continue;
      for (std::string& initials : initialsOf(group.firstSurface)) expansions[initials].push_back(g);
    }
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      const Group& group = groups_[g];
      if (!group.named || group.words != 1 || !looksLikeAcronym(group.firstSurface)) continue;
      const auto candidates = expansions.find(acronymLetters(group.firstSurface));
      if (candidates == expansions.end()) continue;
      std::optional<std::uint32_t> only;
      bool ambiguous = false;
      for (const std::uint32_t c : candidates->second) {
        if (only && !sets_.same(*only, c)) ambiguous = true;
        only = c;
      }
      if (only && !ambiguous && typesMayMerge(group.type(), groups_[*only].type())) link(g, *only);
    }
  }

  // ---- rule 8: the user's alias rules -----------------------------------------------------

  // Groups designated by a name: by their key, or by the canonical name of their lexicon id.
  std::vector<std::uint32_t> groupsNamed(std::string_view name) {
    if (groupsByName_.empty()) {
      for (std::uint32_t g = 0; g < groups_.size(); ++g) {
        if (!groups_[g].named) continue;
        groupsByName_[groups_[g].key].push_back(g);
        if (const auto canonical = kbName(groups_[g].kb))
          groupsByName_[nameKey(canonical->name)].push_back(g);
      }
    }
    const auto found = groupsByName_.find(nameKey(name));
    return found == groupsByName_.end() ? std::vector<std::uint32_t>{} : found->second;
  }

  void applyUserRules(const AliasRules& rules) {
    for (const AliasRules::Split& split : rules.split) applySplit(split);
    for (const auto& names : rules.merge) {
      std::optional<std::uint32_t> first;
      for (const std::string& name : names) {
        for (const std::uint32_t g : groupsNamed(name)) {
          if (first) link(*first, g);
          first = g;
        }
      }
    }
    for (const std::string& name : rules.rejectEntities) {
      for (const std::uint32_t g : groupsNamed(name)) rejectedRoots_.insert(sets_.find(g));
    }
  }

  // Detaches the groups of `alias` from the entity of `from`, then rebuilds the
  // sets without the links that went through them; the detached groups stay
  // together as one entity of their own.
  void applySplit(const AliasRules::Split& split) {
    std::unordered_set<std::uint32_t> fromRoots;
    for (const std::uint32_t g : groupsNamed(split.from)) fromRoots.insert(sets_.find(g));
    std::unordered_set<std::uint32_t> detached;
    const std::string aliasKey = nameKey(split.alias);
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].named && groups_[g].key == aliasKey && fromRoots.count(sets_.find(g)))
        detached.insert(g);
    }
    if (detached.empty()) return;
    UnionFind rebuilt;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) rebuilt.add();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> kept;
    for (const auto& [a, b] : edges_) {
      if (detached.count(a) != detached.count(b)) continue;
      rebuilt.unite(a, b);
      kept.emplace_back(a, b);
    }
    const std::uint32_t anchor = *detached.begin();
    for (const std::uint32_t g : detached) {
      if (!rebuilt.same(anchor, g)) {
        rebuilt.unite(anchor, g);
        kept.emplace_back(anchor, g);
      }
    }
    sets_ = std::move(rebuilt);
    edges_ = std::move(kept);
  }

  // ---- entities --------------------------------------------------------------------------

  std::optional<KbEntryName> kbName(std::string_view kb) const {
    if (kb.empty() || !options_.kbNames) return std::nullopt;
    return options_.kbNames->lookup(kb);
  }

  struct Form {
    std::string text;  // without titles
    std::uint32_t count = 0;
    std::uint32_t englishCount = 0;
    std::uint32_t firstSeen = 0;
    std::array<std::uint32_t, kEntityTypeCount> votes{};
  };

  struct Cluster {
    std::vector<std::string> aliases;
    std::vector<Form> forms;
    std::vector<std::uint32_t> documents;
    std::vector<std::uint32_t> documentMentions;
    std::array<std::uint32_t, kEntityTypeCount> votes{};
    std::uint32_t mentionCount = 0;
    std::string kb;
    bool named = false;
  };

  static void addForm(Cluster& cluster, std::string_view form, EntityType type, bool english,
                      std::uint32_t order) {
    auto found = std::find_if(cluster.forms.begin(), cluster.forms.end(),
                              [&](const Form& f) { return f.text == form; });
    if (found == cluster.forms.end()) {
      cluster.forms.push_back(Form{std::string(form), 0, 0, order, {}});
      found = cluster.forms.end() - 1;
    }
    ++found->count;
    found->englishCount += english ? 1 : 0;
    ++found->votes[static_cast<std::size_t>(type)];
  }

  // The most informative form: for a lexicon entity seen in English, an
  // English form; then the form with most words ("Barack Obama" over
  // "Obama", "Guardians of Peace" over "GOP"); then not shouted in capitals;
  // then the most frequent, which puts a typo behind the right spelling.
  // A work is named by its most frequent title: words do not make a
  // translated title ("L'interview qui tue") more complete than "The Interview".
  static const Form* bestForm(const Cluster& cluster) {
    bool anyNonDemonym = false;
    for (const Form& form : cluster.forms) {
      anyNonDemonym = anyNonDemonym || form.votes[static_cast<std::size_t>(EntityType::Norp)] < form.count;
    }
    const bool preferEnglish = !cluster.kb.empty();
    const bool work = majority(cluster.votes, std::nullopt) == EntityType::Work;
    const Form* best = nullptr;
    auto rank = [&](const Form& form) {
      // A date is best named as written with its digits: "9 March" rather
      // than "last Thursday", which means it only from where it was written.
      const bool writtenOut = !cluster.named && std::any_of(form.text.begin(), form.text.end(),
                                                            [](char c) { return c >= '0' && c <= '9'; });
      const bool english = preferEnglish && form.englishCount > 0;
      const std::size_t words = contentWordCount(form.text);
      const bool calm = !(isAllUpper(form.text) && form.text.size() > 6);
      return std::tuple(writtenOut, english, work ? form.count : 0, words, calm, form.count);
    };
    for (const Form& form : cluster.forms) {
      const bool demonym = form.votes[static_cast<std::size_t>(EntityType::Norp)] == form.count;
      if (anyNonDemonym && demonym) continue;
      if (!best || rank(form) > rank(*best)) best = &form;
    }
    return best;
  }

  static EntityType majority(const std::array<std::uint32_t, kEntityTypeCount>& votes,
                             std::optional<EntityType> fallback) {
    std::uint32_t best = 0;
    EntityType type = EntityType::Org;
    for (std::size_t t = 0; t < votes.size(); ++t) {
      if (static_cast<EntityType>(t) == EntityType::Norp) continue;
      if (votes[t] > best) {
        best = votes[t];
        type = static_cast<EntityType>(t);
      }
    }
    if (best > 0) return type;
    // Only demonyms: the entity is the country they point at.
    return fallback.value_or(EntityType::Loc);
  }

  Linking build() {
    // Only the sets are needed from here on; the groups' keys and surfaces go
    // before the entities are built, which is when memory peaks.
    const auto groupCount = static_cast<std::uint32_t>(groups_.size());
    releaseGroups();
    std::vector<std::uint32_t> clusterOfRoot(groupCount, kNone);
    std::uint32_t roots = 0;
    for (std::uint32_t g = 0; g < groupCount; ++g) roots += sets_.find(g) == g ? 1 : 0;
    std::vector<Cluster> clusters;
    clusters.reserve(roots);
    Linking linking;
    linking.mentionEntity.resize(documents_.size());
    std::uint32_t order = 0;
    for (std::uint32_t d = 0; d < documents_.size(); ++d) {
      const DocumentAnalysis& document = *documents_[d];
      auto& entityOfMention = linking.mentionEntity[d];
      entityOfMention.reserve(document.mentions.size());
      for (std::size_t m = 0; m < document.mentions.size(); ++m) {
        const std::uint32_t group = groupOfMention_[d][m];
        const std::uint32_t root = group == kNone ? kNone : sets_.find(group);
        if (group == kNone || rejectedRoots_.count(root)) {
          entityOfMention.push_back(kRejectedMention);
          continue;
        }
        std::uint32_t& clusterIndex = clusterOfRoot[root];
        if (clusterIndex == kNone) {
          clusterIndex = static_cast<std::uint32_t>(clusters.size());
          clusters.emplace_back();
        }
        Cluster& cluster = clusters[clusterIndex];
        const Mention& mention = document.mentions[m];
        const std::string_view surface = surfaceOf(document, mention);
        if (std::find(cluster.aliases.begin(), cluster.aliases.end(), surface) == cluster.aliases.end()) {
          cluster.aliases.emplace_back(surface);
        }
        addForm(cluster, mention.value.empty() ? withoutTitles(surface) : surface, mention.type,
                document.language == Language::English, order++);
        if (cluster.documents.empty() || cluster.documents.back() != d) {
          cluster.documents.push_back(d);
          cluster.documentMentions.push_back(0);
        }
        ++cluster.documentMentions.back();
        ++cluster.votes[static_cast<std::size_t>(mention.type)];
        ++cluster.mentionCount;
        cluster.named = cluster.named || isNamedType(mention.type);
        if (cluster.kb.empty()) cluster.kb = mention.kb;
        entityOfMention.push_back(clusterIndex);
      }
      std::vector<std::uint32_t>().swap(groupOfMention_[d]);
    }
    linking.entities.reserve(clusters.size());
    for (Cluster& cluster : clusters) {
      linking.entities.push_back(toEntity(cluster));
      std::vector<Form>().swap(cluster.forms);
    }
    if (options_.aliases) applyUserNames(linking, *options_.aliases);
    return linking;
  }

  void releaseGroups() {
    // Swapped with empty containers: assigning {} would keep their capacity.
    std::vector<Group>().swap(groups_);
    std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(edges_);
    std::unordered_map<std::string, std::vector<std::uint32_t>>().swap(groupsByName_);
  }

  Entity toEntity(Cluster& cluster) const {
    Entity entity;
    const auto canonical = kbName(cluster.kb);
    const Form* best = bestForm(cluster);
    if (canonical && !canonical->name.empty()) {
      entity.name = canonical->name;
    } else if (best) {
      entity.name = best->text;
    }
    if (canonical && canonical->type) {
      entity.type = *canonical->type;
    } else if (!cluster.named) {
      entity.type = majority(cluster.votes, std::nullopt);
    } else {
      // The type of the most informative form: "Obama", guessed ORG when alone,
      // belongs to a PERSON entity when "Barack Obama" was recognised as one.
      const EntityType fromForm = best ? majority(best->votes, std::nullopt) : EntityType::Loc;
      const bool formIsDemonym =
          best && best->votes[static_cast<std::size_t>(EntityType::Norp)] == best->count;
      entity.type = formIsDemonym ? majority(cluster.votes, std::nullopt) : fromForm;
    }
    entity.aliases = std::move(cluster.aliases);
    entity.documents = std::move(cluster.documents);
    entity.documentMentions = std::move(cluster.documentMentions);
    entity.mentionCount = cluster.mentionCount;
    entity.kb = std::move(cluster.kb);
    return entity;
  }

  // Renames and retypes designate an entity by its final name or any alias.
  static void applyUserNames(Linking& linking, const AliasRules& rules) {
    auto designates = [](const Entity& entity, const std::string& key) {
      if (nameKey(entity.name) == key) return true;
      return std::any_of(entity.aliases.begin(), entity.aliases.end(),
                         [&](const std::string& alias) { return nameKey(alias) == key; });
    };
    for (Entity& entity : linking.entities) {
      if (!isNamedType(entity.type)) continue;
      for (const AliasRules::Rename& rename : rules.rename) {
        if (designates(entity, nameKey(rename.entity))) entity.name = rename.name;
      }
      for (const AliasRules::Retype& retype : rules.retype) {
        if (designates(entity, nameKey(retype.entity))) entity.type = retype.type;
      }
    }
  }

  const std::vector<const DocumentAnalysis*>& documents_;
  LinkOptions options_;
  std::unordered_set<std::string> rejectedForms_;
  std::vector<Group> groups_;
  std::vector<std::vector<std::uint32_t>> groupOfMention_;
  UnionFind sets_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> groupsByName_;
  std::unordered_set<std::uint32_t> rejectedRoots_;
};

}  // namespace

Linking linkMentions(const std::vector<const DocumentAnalysis*>& documents, const LinkOptions& options) {
  return Linker(documents, options).run();
}

EntityType shownType(const Mention& mention, const Entity& entity) {
  const auto properName = [](EntityType type) { return type != EntityType::Norp && isNamedType(type); };
  return properName(mention.type) && properName(entity.type) ? entity.type : mention.type;
}

}  // namespace recoupe
