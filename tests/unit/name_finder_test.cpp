#include "name_finder.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <string>
#include <vector>

using namespace recoupe;

namespace {

struct Found {
  std::string text;
  EntityType type;
};

std::vector<Found> names(const std::string& text, Language language) {
  std::vector<Found> out;
  for (const Mention& m : findNames(text, segment(text, language), language)) {
    out.push_back({text.substr(m.start, m.end - m.start), m.type});
  }
  return out;
}

std::vector<std::string> surfaces(const std::string& text, Language language) {
  std::vector<std::string> out;
  for (const Found& f : names(text, language)) out.push_back(f.text);
  return out;
}

}  // namespace

TEST_CASE("runs of capitalised words are names, with connectors inside") {
  CHECK(surfaces("Hier, la Corée du Nord a accusé les Etats-Unis.", Language::French) ==
        std::vector<std::string>{"Corée du Nord", "Etats-Unis"});
  CHECK(surfaces("It was claimed by the Guardians of Peace on Monday.", Language::English) ==
        std::vector<std::string>{"Guardians of Peace"});
  // The demonym is a NORP mention of its own.
  CHECK(surfaces("le leader nord-coréen Kim Jong-un a parlé", Language::French) ==
        std::vector<std::string>{"nord-coréen", "Kim Jong-un"});
}

TEST_CASE("sentence-initial capitals are not names unless the word is one") {
  // "Malgré" is a function word; "Mais" too.
  CHECK(surfaces("Malgré tout, rien ne change. Mais rien ne bouge.", Language::French).empty());
  // "Trois" also appears in lower case in the document: a common word.
  CHECK(surfaces("Trois chaînes ont refusé. Elles sont trois.", Language::French).empty());
  // A name at the start of a sentence stays a name.
  CHECK(surfaces("Sony a refusé de commenter.", Language::French) == std::vector<std::string>{"Sony"});
  // A leading article is dropped, the name after it kept.
  CHECK(surfaces("La Corée du Nord dément.", Language::French) == std::vector<std::string>{"Corée du Nord"});
}

TEST_CASE("elisions and possessives are not part of the name") {
  CHECK(surfaces("Malgré l'intervention d'Obama, rien.", Language::French) ==
        std::vector<std::string>{"Obama"});
  CHECK(surfaces("The hack hit Sony's network.", Language::English) == std::vector<std::string>{"Sony"});
  CHECK(surfaces("The hack hit Sony\u2019s network.", Language::English) == std::vector<std::string>{"Sony"});
}

TEST_CASE("Title Case headlines only keep names confirmed by the running text") {
  const std::string text =
      "Sony Chief Condemns Cyber-Assault\n"
      "The chief executive of Sony spoke on Tuesday.";
  CHECK(surfaces(text, Language::English) == std::vector<std::string>{"Sony", "Sony"});
}

TEST_CASE("all-caps text is not read as a string of acronyms") {
  CHECK(surfaces("BREAKING NEWS FROM THE STUDIO TODAY", Language::English).empty());
  // An acronym in running text is a name.
  CHECK(surfaces("Selon le FBI, la piste est sérieuse.", Language::French) ==
        std::vector<std::string>{"FBI"});
}

TEST_CASE("titles and cue words type the name") {
  auto found =
      names("Selon M. Obama, le groupe Sony Pictures Entertainment reste prudent.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "Obama");
  CHECK(found[0].type == EntityType::Person);
  CHECK(found[1].text == "Sony Pictures Entertainment");
  CHECK(found[1].type == EntityType::Org);

  found = names("The president Barack Obama spoke in Hawaii.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "Barack Obama");
  CHECK(found[0].type == EntityType::Person);
  CHECK(found[1].text == "Hawaii");
  CHECK(found[1].type == EntityType::Loc);

  found = names("Le président Obama est arrivé à Pyongyang.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Person);
  CHECK(found[1].text == "Pyongyang");
  CHECK(found[1].type == EntityType::Loc);
}
