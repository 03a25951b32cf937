// Linking rules, on hand-made mentions so that they do not depend on recognition.
#include "linker.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "acronyms.hpp"
#include "name_variants.hpp"
#include "test_support.hpp"

using namespace recoupe;

namespace {

// A document whose mentions are the given names; each name is its own sentence.
struct Named {
  Named(std::string text, EntityType type, std::string kb = {})
      : text(std::move(text)), type(type), kb(std::move(kb)) {}
  std::string text;
  EntityType type;
  std::string kb;
};

DocumentAnalysis document(std::string id, const std::vector<Named>& names,
                          Language language = Language::English) {
  DocumentAnalysis analysis;
  analysis.id = std::move(id);
  analysis.language = language;
  std::uint32_t sentence = 0;
  for (const Named& name : names) {
    Mention mention;
    mention.start = static_cast<std::uint32_t>(analysis.text.size());
    analysis.text += name.text;
    mention.end = static_cast<std::uint32_t>(analysis.text.size());
    analysis.text += ". ";
    mention.type = name.type;
    mention.key = nameKey(name.text);
    mention.kb = name.kb;
    mention.sentence = sentence++;
    analysis.sentences.push_back(SentenceSpan{mention.start, mention.end + 1});
    analysis.mentions.push_back(mention);
  }
  return analysis;
}

class FakeKb final : public KbNames {
 public:
  std::optional<KbEntryName> lookup(std::string_view id) const override {
    if (id == "country:KP") return KbEntryName{"North Korea", EntityType::Loc};
    if (id == "country:US") return KbEntryName{"United States", EntityType::Loc};
    return std::nullopt;
  }
};

struct Linked {
  std::vector<DocumentAnalysis> documents;
  Linking linking;

  // The entity of the first mention with this surface, in document `d` (any when -1).
  const Entity* of(const std::string& surface, int d = -1) const {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      if (d >= 0 && static_cast<int>(i) != d) continue;
      const auto& doc = documents[i];
      for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
        const Mention& mention = doc.mentions[m];
        if (doc.text.substr(mention.start, mention.end - mention.start) != surface) continue;
        const std::uint32_t entity = linking.mentionEntity[i][m];
        return entity == kRejectedMention ? nullptr : &linking.entities[entity];
      }
    }
    return nullptr;
  }
  bool same(const std::string& a, const std::string& b, int da = -1, int db = -1) const {
    const Entity* x = of(a, da);
    const Entity* y = of(b, db);
    return x && x == y;
  }
};

Linked link(std::vector<DocumentAnalysis> documents, const AliasRules* aliases = nullptr) {
  static const FakeKb kb;
  Linked linked{std::move(documents), {}};
  std::vector<const DocumentAnalysis*> pointers;
  for (const auto& d : linked.documents) pointers.push_back(&d);
  linked.linking = linkMentions(pointers, LinkOptions{&kb, aliases});
  return linked;
}

constexpr auto P = EntityType::Person;
constexpr auto O = EntityType::Org;
constexpr auto L = EntityType::Loc;
constexpr auto W = EntityType::Work;
constexpr auto N = EntityType::Norp;

}  // namespace

TEST_CASE("a surname, with or without a title, is the full name it ends") {
  // Recognition types one name alike in one document, unless a cue of an
  // occurrence's own says otherwise (see the test of "shares in Halvorsen").
  const auto linked = link({document("a", {{"Barack Obama", P}, {"Obama", O}, {"président Obama", O}}),
                            document("b", {{"M. Obama", P}, {"Kazu Hirai", P}, {"Hirai", P}})});
  CHECK(linked.same("Barack Obama", "Obama"));
  CHECK(linked.same("Barack Obama", "président Obama"));
  CHECK(linked.same("Barack Obama", "M. Obama"));  // through the corpus: b names no other Obama
  CHECK(linked.same("Kazu Hirai", "Hirai"));
  CHECK(linked.of("Obama")->name == "Barack Obama");
  CHECK(linked.of("Obama")->type == EntityType::Person);
}

TEST_CASE("two people sharing a surname are not merged, and their bare surname only where one of them is") {
  const auto linked = link({document("a", {{"Hillary Clinton", P}, {"Bill Clinton", P}, {"Clinton", P}}),
                            document("b", {{"Hillary Clinton", P}, {"Clinton", P}})});
  CHECK_FALSE(linked.same("Hillary Clinton", "Bill Clinton"));
  CHECK_FALSE(linked.same("Clinton", "Hillary Clinton", 0, 0));
  CHECK_FALSE(linked.same("Clinton", "Bill Clinton", 0, 0));
  CHECK(linked.same("Clinton", "Hillary Clinton", 1, 1));
  CHECK_FALSE(linked.same("Clinton", "Clinton", 0, 1));  // the ambiguous one does not follow
}

TEST_CASE("a bare name elsewhere in the corpus joins a person only when typed PERSON") {
  const auto linked = link({document("a", {{"George Washington", P}}), document("b", {{"Washington", L}}),
                            document("c", {{"Washington", O}})});
  CHECK_FALSE(linked.same("George Washington", "Washington", 0, 1));
  CHECK_FALSE(linked.same("George Washington", "Washington", 0, 2));
}

TEST_CASE("a bare first word is the only full name of its document that starts with it") {
  // A mail's greeting, and a Korean family name, which comes first.
  const auto linked = link(
      {document("a", {{"Amy Pascal", P}, {"Michael Lynton", P}, {"Michael", P}, {"Amy", P}}),
       document("b", {{"Kim Jong-un", P}, {"Kim", P}}),
       document("c", {{"Kim Jong-un", P}, {"Kim Yo-jong", P}, {"Kim", P}}), document("d", {{"Michael", P}})});
  CHECK(linked.same("Michael", "Michael Lynton", 0, 0));
  CHECK(linked.same("Amy", "Amy Pascal", 0, 0));
  CHECK(linked.same("Kim", "Kim Jong-un", 1, 1));
  // Two full names start with it: ambiguous, and it does not follow its namesakes.
  CHECK_FALSE(linked.same("Kim", "Kim Jong-un", 2, 2));
  CHECK_FALSE(linked.same("Kim", "Kim Yo-jong", 2, 2));
  // Another document's bare "Michael" may be someone else.
  CHECK_FALSE(linked.same("Michael", "Michael Lynton", 3, 0));
}

TEST_CASE("case, accents and hyphens do not separate a name") {
  const auto linked = link({document("a", {{"Kim Jong-un", P}, {"États-Unis", L}}),
                            document("b", {{"Kim Jong-Un", P}, {"Etats-Unis", L}, {"ETATS-UNIS", L}})});
  CHECK(linked.same("Kim Jong-un", "Kim Jong-Un"));
  CHECK(linked.same("États-Unis", "Etats-Unis"));
  CHECK(linked.same("États-Unis", "ETATS-UNIS"));
  CHECK(linked.of("ETATS-UNIS")->documents.size() == 2);
  CHECK(linked.of("ETATS-UNIS")->documentMentions == std::vector<std::uint32_t>{1, 2});
}

TEST_CASE("a one-word person and place with the same name stay apart; other type noise does not split") {
  const auto linked = link({document("a", {{"Washington", P}}), document("b", {{"Washington", L}}),
                            document("c", {{"Sony", P}}), document("d", {{"Sony", O}}),
                            document("e", {{"Corée du Nord", P}}), document("f", {{"Corée du Nord", L}})});
  CHECK_FALSE(linked.same("Washington", "Washington", 0, 1));
  CHECK(linked.same("Sony", "Sony", 2, 3));
  CHECK(linked.same("Corée du Nord", "Corée du Nord", 4, 5));
}

TEST_CASE(
    "within one document, one name is one entity, unless an occurrence's cue made a person of a place") {
  // "M. Paris, comptable" on the page of "Paris, 22 avril".
  const auto places = link({document("a", {{"Paris", P}, {"Paris", L}, {"Paris", L}})});
  CHECK(places.linking.entities.size() == 2);
  const auto noise =
      link({document("a", {{"Sony", P}, {"Sony", O}, {"Corée du Nord", P}, {"Corée du Nord", L}})});
  CHECK(noise.linking.entities.size() == 2);
  CHECK(noise.same("Sony", "Sony", 0, 0));
}

TEST_CASE("long names with a small typo are one entity; short ones and different numbers are not") {
  const auto linked = link({document("a", {{"Sony Pictures Entertainment", O},
                                           {"Kim Jong-un", P},
                                           {"Apollo 11 Mission", O},
                                           {"Bill Gates", P}}),
                            document("b", {{"Sony Pictures Entertainement", O},
                                           {"Kim Jong-il", P},
                                           {"Apollo 12 Mission", O},
                                           {"Will Gates", P}})});
  CHECK(linked.same("Sony Pictures Entertainment", "Sony Pictures Entertainement"));
  CHECK(linked.of("Sony Pictures Entertainement")->name == "Sony Pictures Entertainment");
  CHECK_FALSE(linked.same("Kim Jong-un", "Kim Jong-il"));
  CHECK_FALSE(linked.same("Apollo 11 Mission", "Apollo 12 Mission"));
  CHECK_FALSE(linked.same("Bill Gates", "Will Gates"));
}

TEST_CASE("typo variants are found without comparing every pair") {
  CHECK(isTypoVariant("sony pictures entertainement", "sony pictures entertainment"));
  CHECK_FALSE(isTypoVariant("short nam", "short nom"));
  CHECK(boundedEditDistance("kitten", "sitting", 5) == 3);
  CHECK(boundedEditDistance("kitten", "sitting", 1) == 2);
}

TEST_CASE("acronyms join their expansion when defined in the text, in either order") {
  DocumentAnalysis a;
  a.id = "a";
  a.language = Language::English;
  a.text =
      "The Guardians of Peace (GOP) struck. GoP (\"Gardiens de la Paix\") again. "
      "Los Angeles (AFP) reports.";
  auto add = [&](std::string_view surface, EntityType type, std::uint32_t sentence) {
    Mention mention;
    mention.start = static_cast<std::uint32_t>(a.text.find(surface));
    mention.end = mention.start + static_cast<std::uint32_t>(surface.size());
    mention.type = type;
    mention.sentence = sentence;
    a.mentions.push_back(mention);
  };
  add("Guardians of Peace", O, 0);
  add("GOP", O, 0);
  add("GoP", O, 1);
  add("Gardiens de la Paix", O, 1);
  add("Los Angeles", L, 2);
  add("AFP", O, 2);
  const auto linked = link({a});
  CHECK(linked.same("Guardians of Peace", "GOP"));
  CHECK(linked.same("Guardians of Peace", "GoP"));
  CHECK(linked.same("GoP", "Gardiens de la Paix"));  // quoted, so a definition despite the initials
  CHECK_FALSE(linked.same("Los Angeles", "AFP"));    // a dateline
  CHECK(linked.of("GOP")->name == "Guardians of Peace");
}

TEST_CASE("acronyms join the only multi-word name of the corpus with their initials") {
  const auto linked = link(
      {document("a", {{"Sony Pictures Entertainment", O}, {"Consumer Electronics Show", O}}),
       document("b", {{"SPE", O}, {"CES", O}, {"ABC", O}}),
       document("c", {{"American Broadcasting Company", O}, {"Australian Broadcasting Corporation", O}})});
  CHECK(linked.same("SPE", "Sony Pictures Entertainment"));
  CHECK(linked.same("CES", "Consumer Electronics Show"));
  CHECK_FALSE(linked.same("ABC", "American Broadcasting Company"));  // two candidates
  CHECK_FALSE(linked.same("ABC", "Australian Broadcasting Corporation"));
}

TEST_CASE("lexicon ids link across languages; demonyms point at their country, which is a place") {
  const auto linked =
      link({document("fr", {{"Corée du Nord", L, "country:KP"}, {"nord-coréen", N, "country:KP"}},
                     Language::French),
            document("en", {{"North Korea", L, "country:KP"}, {"DPRK", O, "country:KP"}}),
            document("fr2", {{"nord-coréens", N, "country:KP"}, {"américain", N, "country:US"}},
                     Language::French)});
  const Entity* korea = linked.of("Corée du Nord");
  REQUIRE(korea != nullptr);
  CHECK(korea == linked.of("North Korea"));
  CHECK(korea == linked.of("DPRK"));
  CHECK(korea == linked.of("nord-coréen"));
  CHECK(korea->name == "North Korea");
  CHECK(korea->type == EntityType::Loc);
  CHECK(korea->kb == "country:KP");
  const Entity* us = linked.of("américain");
  REQUIRE(us != nullptr);
  CHECK(us->type == EntityType::Loc);  // only demonyms: still the country
  CHECK(us->name == "United States");
}

TEST_CASE("without a lexicon name, an entity is named by its most informative form") {
  const auto linked =
      link({document("a", {{"GOP", O}, {"GOP", O}, {"Guardians of Peace", O}}),
            document("b", {{"SONY PICTURES ENTERTAINMENT", O}, {"Sony Pictures Entertainment", O}})});
  CHECK(linked.of("GOP")->name == "Guardians of Peace");
  CHECK(linked.of("GOP")->aliases == std::vector<std::string>{"GOP", "Guardians of Peace"});
  CHECK(linked.of("Sony Pictures Entertainment")->name == "Sony Pictures Entertainment");
}

TEST_CASE("alias rules merge, split, rename, retype and reject") {
  const auto rules = parseAliasRules(R"({
    "version": 1,
    "merge": [["Gardiens de la Paix", "Guardians of Peace"]],
    "split": [{"alias": "Washington", "from": "George Washington"}],
    "rename": [{"entity": "Sony", "name": "Sony Corporation"}],
    "retype": [{"entity": "Hollywood", "type": "LOC"}],
    "reject": ["Trois", {"alias": "Parlant"}]
  })");
  REQUIRE(rules.ok());
  const auto linked =
      link({document("a", {{"George Washington", P}, {"Washington", P}, {"Gardiens de la Paix", O}}),
            document("b", {{"Guardians of Peace", O},
                           {"Sony", O},
                           {"Hollywood", O},
                           {"Trois", O},
                           {"Parlant", P},
                           {"Parlant Dupont", P}})},
           &rules.value());
  CHECK(linked.same("Gardiens de la Paix", "Guardians of Peace"));
  CHECK_FALSE(linked.same("George Washington", "Washington"));
  REQUIRE(linked.of("Washington") != nullptr);
  CHECK(linked.of("Sony")->name == "Sony Corporation");
  CHECK(linked.of("Hollywood")->type == EntityType::Loc);
  CHECK(linked.of("Trois") == nullptr);
  CHECK(linked.of("Parlant") == nullptr);
  CHECK(linked.of("Parlant Dupont") != nullptr);
  for (const Entity& entity : linked.linking.entities) CHECK(entity.name != "Trois");
}

TEST_CASE("a malformed alias file is an error value that says where") {
  const auto notJson = parseAliasRules("{");
  REQUIRE_FALSE(notJson.ok());
  CHECK(notJson.error().code == ErrorCode::InvalidAliases);
  CHECK(parseAliasRules(R"({"merge": []})").error().message.find("version") != std::string::npos);
  CHECK(parseAliasRules(R"({"version": 2})").error().message.find("version") != std::string::npos);
  CHECK(parseAliasRules(R"({"version": 1, "merge": [["only one"]]})").error().message.rfind("merge[0]", 0) ==
        0);
  CHECK(parseAliasRules(R"({"version": 1, "retype": [{"entity": "X", "type": "DATE"}]})")
            .error()
            .message.rfind("retype[0].type", 0) == 0);
  CHECK(parseAliasRules(R"({"version": 1, "reject": [3]})").error().message.rfind("reject[0]", 0) == 0);
  CHECK(parseAliasRules(R"({"version": 1, "merges": []})").error().message.find("merges") !=
        std::string::npos);
  CHECK(parseAliasRules(R"({"version": 1})").ok());
}

TEST_CASE("French names in lower case have the initials of their content words") {
  CHECK(initialsOf("Banque centrale européenne") == std::vector<std::string>{"BCE"});
  CHECK(initialsOf("Agence nationale de la sécurité des systèmes d'information") ==
        std::vector<std::string>{"ANSSI"});
  CHECK(initialsOf("Cour des comptes").empty());  // two letters would stand for too much
  const auto linked = link({document("a", {{"Organisation mondiale de la santé", O}}, Language::French),
                            document("b", {{"OMS", O}, {"OCDE", O}}, Language::French)});
  CHECK(linked.same("OMS", "Organisation mondiale de la santé"));
  CHECK_FALSE(linked.same("OCDE", "Organisation mondiale de la santé"));
}

TEST_CASE("a company's legal form does not separate its name") {
  const auto linked =
      link({document("a", {{"Nvidia Corp", O}, {"Nvidia", O}, {"Vernier SA", O}}),
            document("b", {{"Vernier", O}, {"Halvorsen Maritime AS", O}, {"Ford Motor Co.", O}}),
            document("c", {{"Ford Motor", O}, {"Limited", O}})});
  CHECK(linked.same("Nvidia Corp", "Nvidia"));
  CHECK(linked.same("Vernier SA", "Vernier"));
  CHECK(linked.same("Ford Motor Co.", "Ford Motor"));
  CHECK(nameKey("Apple, Inc.") == "apple");
  // A legal form alone is kept, and only trailing ones are dropped.
  CHECK(nameKey("Limited") == "limited");
  CHECK(nameKey("Corp Watch Group") == "corp watch group");
}

TEST_CASE("a title is dropped from a person's name, not from a body's") {
  CHECK(nameKey("President Obama") == "obama");
  CHECK(nameKey("Premier League") == "premier league");
  CHECK(nameKey("General Motors") == "general motors");
  CHECK(withoutTitles("Premier League") == "Premier League");
  CHECK(withoutTitles("Sen. Amy Klobuchar") == "Amy Klobuchar");
}

TEST_CASE("a mention is shown with its entity's type, except a demonym and a value") {
  Entity country;
  country.type = L;
  Mention acronym;
  acronym.type = O;  // "CdN", guessed a body, linked to North Korea
  CHECK(shownType(acronym, country) == L);
  Mention demonym;
  demonym.type = N;
  CHECK(shownType(demonym, country) == N);
  Mention date;
  date.type = EntityType::Date;
  CHECK(shownType(date, country) == EntityType::Date);
  Entity people;
  people.type = N;  // an entity of demonyms alone keeps its mentions' types
  CHECK(shownType(acronym, people) == O);
}

TEST_CASE("a date entity is named by a form written with digits rather than a relative one") {
  auto analysis = document("a", {{"last Thursday", EntityType::Date}, {"9 March", EntityType::Date}});
  for (Mention& mention : analysis.mentions) mention.key = "DATE:2023-03-09";
  const auto linked = link({analysis});
  REQUIRE(linked.linking.entities.size() == 1);
  CHECK(linked.linking.entities[0].name == "9 March");
  // Names keep their own ranking: the longer form.
  const auto names = link({document("b", {{"Kazu Hirai", P}, {"Hirai", P}})});
  CHECK(names.linking.entities[0].name == "Kazu Hirai");
}

TEST_CASE("an acronym defined after a name with 'and' in it is that name") {
  CHECK(abbreviates("FDA", "Food and Drug Administration"));
  CHECK(abbreviates("OCCRP", "Organized Crime and Corruption Reporting Project"));
  CHECK_FALSE(abbreviates("FBI", "Food and Drug Administration"));
}

TEST_CASE("a surname that a cue made a company in one place is not the person there") {
  const auto linked = link({document("a", {{"Erik Halvorsen", P}, {"Halvorsen", O}, {"Halvorsen", P}})});
  const auto& doc = linked.documents[0];
  const auto& entities = linked.linking.mentionEntity[0];
  CHECK(entities[0] == entities[2]);  // "Halvorsen told the BBC": the person
  CHECK(entities[1] != entities[0]);  // "shares in Halvorsen": the company
  CHECK(linked.linking.entities[entities[1]].type == O);
  CHECK(doc.mentions.size() == 3);
  // Alone in its document, an ORG guess for a surname still joins the person.
  const auto alone = link({document("b", {{"Erik Halvorsen", P}, {"Halvorsen", O}})});
  CHECK(alone.linking.mentionEntity[0][0] == alone.linking.mentionEntity[0][1]);
}

TEST_CASE("a town typed a body is the one club of that town its document names") {
  const auto linked =
      link({document("a", {{"Norwich City", O}, {"Norwich", O}, {"Leeds United", O}, {"Leeds", O}}),
            document("b", {{"Bristol City", O}, {"Bristol Rovers", O}, {"Bristol", O}})});
  CHECK(linked.same("Norwich", "Norwich City", 0, 0));
  CHECK(linked.same("Leeds", "Leeds United", 0, 0));
  CHECK_FALSE(linked.same("Norwich", "Leeds United", 0, 0));
  // Two clubs of one town: the bare town is neither.
  CHECK_FALSE(linked.same("Bristol", "Bristol City", 1, 1));
  CHECK_FALSE(linked.same("Bristol", "Bristol Rovers", 1, 1));
  // The town as a place is not the club.
  const auto town = link({document("c", {{"Norwich City", O}, {"Norwich", L}})});
  CHECK_FALSE(town.same("Norwich", "Norwich City"));
}

TEST_CASE("a title of an article and one word is its translation that opens with that word") {
  const auto linked = link({document("en", {{"The Interview", W}, {"The Interview", W}}),
                            document("fr", {{"L’interview qui tue", W}, {"l'interview qui tue", W}})});
  CHECK(linked.same("The Interview", "L’interview qui tue"));
  CHECK(linked.same("The Interview", "l'interview qui tue"));
  // The most frequent title names the work, not the one with most words.
  CHECK(linked.of("l'interview qui tue")->name == "The Interview");
  // Two titles in one language that open with the word leave the choice open.
  const auto two = link({document("en", {{"The Godfather", W}}),
                         document("fr", {{"Le Godfather", W}, {"Le Godfather II", W}})});
  CHECK_FALSE(two.same("The Godfather", "Le Godfather"));
  CHECK_FALSE(two.same("The Godfather", "Le Godfather II"));
  // Neither bare: two longer titles are two works.
  const auto longer =
      link({document("en", {{"The Island of Doctor Moreau", W}}), document("fr", {{"L'island perdue", W}})});
  CHECK_FALSE(longer.same("The Island of Doctor Moreau", "L'island perdue"));
  // Only works: a body and a film that share a word stay apart.
  const auto body = link({document("en", {{"The Guardian", O}}), document("fr", {{"Le Guardian Angel", W}})});
  CHECK_FALSE(body.same("The Guardian", "Le Guardian Angel"));
}

TEST_CASE("a company is called by the first words of its name in its own document") {
  const auto linked =
      link({document("a", {{"Meridian Capital Partners LLC", O},
                           {"Meridian Capital", O},
                           {"Meridian", O},
                           {"Halvorsen", O}}),
            document("b", {{"Orion Holdings Inc.", O}, {"Orion Energy Ltd", O}, {"Orion", O}}),
            document("c", {{"Meridian", O}})});
  CHECK(linked.same("Meridian", "Meridian Capital Partners LLC", 0, 0));
  CHECK(linked.same("Meridian Capital", "Meridian Capital Partners LLC", 0, 0));
  CHECK(linked.of("Meridian", 0)->name == "Meridian Capital Partners LLC");
  CHECK_FALSE(linked.same("Halvorsen", "Meridian Capital Partners LLC", 0, 0));
  // Two companies open with the word: it is neither.
  CHECK_FALSE(linked.same("Orion", "Orion Holdings Inc.", 1, 1));
  CHECK_FALSE(linked.same("Orion", "Orion Energy Ltd", 1, 1));
  // Without its legal form, a longer name says nothing of a shorter one.
  const auto plain = link({document("d", {{"Meridian Capital Partners", O}, {"Meridian", O}})});
  CHECK_FALSE(plain.same("Meridian", "Meridian Capital Partners"));
  // A short name the lexicon knows is its own entity.
  const auto known =
      link({document("e", {{"Sony Pictures Entertainment Inc.", O}, {"Sony", O, "org:sony"}})});
  CHECK_FALSE(known.same("Sony", "Sony Pictures Entertainment Inc."));
}
