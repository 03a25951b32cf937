#include "name_finder.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
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
  // But the places it names are found: countries, regions and towns of some size.
  auto found = names("GRAVE ACCIDENT A RENNES ET EN BRETAGNE CE MATIN", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "RENNES");
  CHECK(found[0].type == EntityType::Loc);
  CHECK(found[1].text == "BRETAGNE");
  CHECK(found[1].type == EntityType::Loc);
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

TEST_CASE("adjacent names are split at a known name") {
  CHECK(surfaces("D'après une lettre de l'avocat de Sony David Boies, rien.", Language::French) ==
        std::vector<std::string>{"Sony", "David Boies"});
  CHECK(surfaces("critics of U.S. President Donald Trump's policies", Language::English) ==
        std::vector<std::string>{"U.S.", "Donald Trump"});
  // A known name that is the start of a longer organisation stays whole.
  CHECK(surfaces("a letter from the United States National Security Council today", Language::English) ==
        std::vector<std::string>{"United States National Security Council"});
}

TEST_CASE("a possessive ends a name, and first-person words are not names") {
  CHECK(surfaces("Yesterday Sony's Hirai praised the staff.", Language::English) ==
        std::vector<std::string>{"Sony", "Hirai"});
  CHECK(surfaces("He said I'm proud of the Sony team.", Language::English) ==
        std::vector<std::string>{"Sony"});
}

TEST_CASE("demonyms are NORP mentions pointing at their country, in both languages") {
  auto found = findNames(
      "Le ministère nord-coréen et les autorités sud-coréennes ont parlé.",
      segment("Le ministère nord-coréen et les autorités sud-coréennes ont parlé.", Language::French),
      Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Norp);
  CHECK(found[0].kb == "country:KP");
  CHECK(found[1].kb == "country:KR");

  const std::string english = "The North Korean leader spoke to Japanese reporters.";
  found = findNames(english, segment(english, Language::English), Language::English);
  REQUIRE(found.size() == 2);
  CHECK(english.substr(found[0].start, found[0].end - found[0].start) == "North Korean");
  CHECK(found[0].kb == "country:KP");
  CHECK(found[1].kb == "country:JP");
}

TEST_CASE("lexicon names are typed and carry their id, whatever the language") {
  auto found = names("Les Etats-Unis accusent la Corée du Nord. Tokyo et Séoul attendent.", Language::French);
  REQUIRE(found.size() == 4);
  for (const Found& f : found) CHECK(f.type == EntityType::Loc);
  found = names("The FBI said that North Korea was behind the attack on Sony Pictures.", Language::English);
  REQUIRE(found.size() == 3);
  CHECK(found[0].type == EntityType::Org);
  CHECK(found[1].type == EntityType::Loc);
  CHECK(found[2].type == EntityType::Org);
}

TEST_CASE("quoted titles after a work cue are works, even in lower case") {
  auto found = names("en référence au film \"l'interview qui tue\", une comédie.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "l'interview qui tue");
  CHECK(found[0].type == EntityType::Work);
  found = names("the release of its film \u201cThe Interview\u201d was suspended", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "The Interview");
  CHECK(found[0].type == EntityType::Work);
  // Quotes without a cue are just quotes.
  CHECK(names("il a dit \"non merci\" hier", Language::French).empty());
}

TEST_CASE("capitalised common words at a sentence start are dropped, even when they are also given names") {
  CHECK(surfaces("Even applying for a visa was hard. Hope remains.", Language::English).empty());
  CHECK(surfaces("Speaking at the Consumer Electronics Show, he smiled.", Language::English) ==
        std::vector<std::string>{"Consumer Electronics Show"});
  // A given name followed by a surname stays.
  CHECK(surfaces("Pierre Dupont est arrivé.", Language::French) == std::vector<std::string>{"Pierre Dupont"});
}

TEST_CASE("acronyms that spell function words stay names; English names drop their article") {
  CHECK(surfaces("The World Health Organisation (WHO) said so. US officials agree.", Language::English) ==
        std::vector<std::string>{"World Health Organisation", "WHO", "US"});
  CHECK(surfaces("an insurgency against The Church of Scientology began", Language::English) ==
        std::vector<std::string>{"Church of Scientology"});
  // A country that is also its own adjective is a place.
  auto found = names("Food Standards of Australia and New Zealand agreed.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "New Zealand");
  CHECK(found[1].type == EntityType::Loc);
}

TEST_CASE("names without punctuation between them are kept apart") {
  // Shipping lists and OCR text: a known place before "de" is a name of its own.
  CHECK(surfaces("arrivés hier : vapeur Dunkerque de Marseille, chargé de vin", Language::French) ==
        std::vector<std::string>{"Dunkerque", "Marseille"});
  // An all-caps label after a name is not part of it, and a label made of
  // dictionary words is no name at all.
  CHECK(surfaces("commune de Saint-Malo DESIGNATION des délégués", Language::French) ==
        std::vector<std::string>{"Saint-Malo"});
  CHECK(surfaces("A LOUER : belle maison près de la gare. Le FBI et la KCNA enquêtent.", Language::French) ==
        std::vector<std::string>{"FBI", "KCNA"});
  // Short acronyms and connectors inside real names stay.
  CHECK(surfaces("the team arrived in Washington D.C. yesterday", Language::English) ==
        std::vector<std::string>{"Washington D.C."});
  CHECK(surfaces("le Tour de France passe par la Corée du Nord.", Language::French) ==
        std::vector<std::string>{"Tour de France", "Corée du Nord"});
}

TEST_CASE("lone capitalised common nouns are names in French institutions, not in English emphasis") {
  CHECK(surfaces("He praised the State and the Internet in general.", Language::English).empty());
  // A surname that is also a word stays a name after a title or inside a full name.
  CHECK(surfaces("Mr Baker spoke. John Baker and Baker again.", Language::English) ==
        std::vector<std::string>{"Baker", "John Baker", "Baker"});
  CHECK(surfaces("Le projet a été renvoyé devant la Chambre par le Conseil.", Language::French) ==
        std::vector<std::string>{"Chambre", "Conseil"});
}

TEST_CASE("countries that play matches are teams") {
  const auto found = names(
      "Sweden defeated Peru 1 \u2013 0 on Monday. Sweden beat Chile. Later, Sweden faced Spain. "
      "Fans travelled to Sweden.",
      Language::English);
  int sweden = 0;
  for (const Found& f : found) {
    if (f.text != "Sweden") continue;
    ++sweden;
    CHECK(f.type == EntityType::Org);
  }
  CHECK(sweden == 4);
  // A single trip is not a match.
  const auto trip = names("The delegation travelled to Sweden and Norway.", Language::English);
  REQUIRE(trip.size() == 2);
  CHECK(trip[0].type == EntityType::Loc);
}

TEST_CASE("caption labels, articles of titles and punctuation inside quotes") {
  // A label word before a colon ends the name; any other word does not.
  CHECK(surfaces("Image: Nick Moreau Photo: archives.", Language::English) ==
        std::vector<std::string>{"Nick Moreau"});
  CHECK(surfaces("la sortie du film The Interview : le studio prend peur.", Language::French) ==
        std::vector<std::string>{"The Interview"});
  // "The" stays in a name made of common words, and goes before a proper name.
  CHECK(surfaces("He read The Huffington Post and watched The Interview again.", Language::English) ==
        std::vector<std::string>{"Huffington Post", "The Interview"});
  CHECK(surfaces("le film « L'interview qui tue » sort.", Language::French) ==
        std::vector<std::string>{"L'interview qui tue"});
}

TEST_CASE("two-letter words need a title to be names") {
  CHECK(surfaces("Ah, il est là. Qu il vienne. M. Li est venu.", Language::French) ==
        std::vector<std::string>{"Li"});
}

TEST_CASE("religions and their believers are not marked, but their institutions are") {
  CHECK(surfaces("The treatment of Muslims in the United States worried Christians too.",
                 Language::English) == std::vector<std::string>{"United States"});
  CHECK(surfaces("Les écoles de l'Eglise catholique et la Catholic Church paient.", Language::French) ==
        std::vector<std::string>{"Eglise", "Catholic Church"});
}

TEST_CASE("products and software are not marked as organisations or people") {
  CHECK(surfaces("Microsoft released Internet Explorer 9 to replace IE6 on Windows XP.", Language::English) ==
        std::vector<std::string>{"Microsoft"});
}

TEST_CASE("a title inside a run of capitals starts the person's name") {
  // The words of the title before it are no name of their own.
  CHECK(surfaces("said the Minister of Education Mr Toccafondi yesterday.", Language::English) ==
        std::vector<std::string>{"Toccafondi"});
  CHECK(surfaces("and Labour's Shadow Home Secretary Yvette Cooper said so.", Language::English) ==
        std::vector<std::string>{"Labour", "Yvette Cooper"});
  // A name before the title stays.
  CHECK(surfaces("the Halvorsen Maritime CEO Ingrid Solberg said so.", Language::English) ==
        std::vector<std::string>{"Halvorsen Maritime", "Ingrid Solberg"});
}

TEST_CASE("a whole phrase in quotation marks keeps its article and leans to a title") {
  const auto found =
      names("Hackers criticised Sony over \u201cThe Interview\u201d yesterday.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "The Interview");
  CHECK(found[1].type == EntityType::Work);
}

TEST_CASE("a given name and an unknown word make a person even in a Title Case credit line") {
  CHECK(surfaces("Seoul at night - \u00a9 Aleksandar Mijatovic", Language::English) ==
        std::vector<std::string>{"Seoul", "Aleksandar Mijatovic"});
  // The photo agencies are in the lexicon.
  CHECK(surfaces("Seoul at night - Shutterstock - \u00a9 Getty Images", Language::English) ==
        std::vector<std::string>{"Seoul", "Shutterstock", "Getty Images"});
}

TEST_CASE("middle names and surname particles stay inside the person's name") {
  CHECK(surfaces("After the match, Hernan Dario Gomez, the coach, spoke.", Language::English) ==
        std::vector<std::string>{"Hernan Dario Gomez"});
  CHECK(surfaces("He scored from Kevin De Bruyne's cross.", Language::English) ==
        std::vector<std::string>{"Kevin De Bruyne"});
  CHECK(surfaces("Il a été remplacé par Farouk Ben Mustapha à la pause.", Language::French) ==
        std::vector<std::string>{"Farouk Ben Mustapha"});
  CHECK(surfaces("Décès. Marie Le Gal, 19 ans, de Lorient.", Language::French) ==
        std::vector<std::string>{"Marie Le Gal", "Lorient"});
  // Strong particles need no known given name before them.
  CHECK(surfaces("A reflection is needed. Claudio De Vincenti, undersecretary, said no.",
                 Language::English) == std::vector<std::string>{"Claudio De Vincenti"});
  // A run of four names without punctuation is a list, not one person.
  CHECK(surfaces("Naissances : Amélie Hoche Henri Barat , Brest.", Language::French).size() >= 3);
  // A capitalised particle after a word that is not a given name starts nothing.
  CHECK(surfaces("Depuis Rennes De nombreux habitants sont partis.", Language::French) ==
        std::vector<std::string>{"Rennes"});
}

TEST_CASE("words around a name mark an organisation: its officials, its members") {
  auto found =
      names("Montalvo left. Scientology officials met him within Scientology last week.", Language::English);
  REQUIRE(found.size() == 3);
  CHECK(found[1].text == "Scientology");
  CHECK(found[1].type == EntityType::Org);
  CHECK(found[2].type == EntityType::Org);
  found = names("Il a parlé aux membres de Kerlaz hier, puis aux salariés de Kerlaz.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Org);
  // Without such words, "in" leans to a place.
  found = names("They met in Kerlaz on Monday.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
}

TEST_CASE("in a match report, one match cue makes a country a team") {
  const std::string report =
      "The coach praised the team. The captain scored a goal from a penalty in the first minute. "
      "The goalkeeper and the striker were booked; the referee gave a second penalty and the match "
      "ended. Tunisia faced England at the Volgograd Arena.";
  const auto found = names(report, Language::English);
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "Tunisia");
  CHECK(found[0].type == EntityType::Org);
  // England is a region of the lexicon, not a country, and fields a team all the same.
  CHECK(found[1].text == "England");
  CHECK(found[1].type == EntityType::Org);
  CHECK(found[2].text == "Volgograd Arena");
  CHECK(found[2].type == EntityType::Loc);
  // The same sentence in a text that is not about sport keeps the country.
  const auto plain = names("Tunisia faced England over the new trade rules.", Language::English);
  REQUIRE(plain.size() == 2);
  CHECK(plain[0].type == EntityType::Loc);
}

TEST_CASE("brands mix case and digits; a leader's name comes before his government") {
  auto found = names("He read it on MicroMega and on Cloud9 yesterday.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Org);
  CHECK(found[1].type == EntityType::Org);
  // Prefixed surnames are people.
  found = names("Yesterday McCartney said he would sing.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Person);
  found = names("The tax was changed by the Montarelli government in 2012.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Person);
}

TEST_CASE("an acronym defined in parentheses is a name even when it spells a word") {
  CHECK(surfaces("Speaking at the Consumer Electronics Show (CES) in Las Vegas, he spoke.",
                 Language::English) ==
        std::vector<std::string>{"Consumer Electronics Show", "CES", "Las Vegas"});
  // Without the definition, "CES" stays out of English running text in capitals... when it is a French word.
  CHECK(surfaces("Il a vu CES FILMS hier.", Language::French).empty());
}

TEST_CASE("the items of a list agree in type; shows and awards are events") {
  auto found = names("Trois chaînes ont refusé : AMC, Cinemark et Carmike Cinemas.", Language::French);
  REQUIRE(found.size() == 3);
  CHECK(found[1].text == "Cinemark");
  CHECK(found[1].type == EntityType::Org);
  // A name that says enough about itself keeps its own type.
  found = names("The guests were Microsoft, Barack Obama and Google.", Language::English);
  REQUIRE(found.size() == 3);
  CHECK(found[1].type == EntityType::Person);
  found = names("She spoke at the Consumer Electronics Show and at the Webby Awards.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Event);
  CHECK(found[1].type == EntityType::Event);
}

TEST_CASE("short capitalised labels are read like headlines") {
  CHECK(surfaces("Le texte parle de Sony.\n\nSubscribe To Our Newsletter\n\nArticles Récents\n",
                 Language::French) == std::vector<std::string>{"Sony"});
  // A name alone on its line is still a name when the text confirms it.
  CHECK(surfaces("Barack Obama\n\nHier, Barack Obama a parlé.\n", Language::French) ==
        std::vector<std::string>{"Barack Obama", "Barack Obama"});
}

TEST_CASE("'le maire de X' names a place, and small towns of the paper's own country are places") {
  auto found = names("Hier, le maire de Plouzévédé a reçu les habitants.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
  found = names("The mayor of Glenwoodvale resigned on Monday.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
  found = names("Les ouvriers ont quitté Lens hier soir.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Lens");
  CHECK(found[0].type == EntityType::Loc);
}

TEST_CASE("a first word that is also a given name does not make an institution a person") {
  auto found = names("It follows the ruling of the Supreme Court of Appeal today.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Org);
  found = names("Yesterday Grace Mbeki said no.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Person);
}

TEST_CASE("institutions named in Italian, Spanish or Portuguese are organisations") {
  for (const char* text : {"Instituto Gonzaga, a catholic school in Milan, paid.",
                           "Il a rejoint le Movimento Cinque Stelle hier.",
                           "La Fundación Telefónica a ouvert une exposition."}) {
    const auto found = names(text, Language::Unknown);
    REQUIRE(!found.empty());
    CHECK(found[0].type == EntityType::Org);
  }
}

TEST_CASE("a capitalised compass point names a region") {
  const auto found = names("Séoul a accusé son voisin du Nord hier.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "Nord");
  CHECK(found[1].type == EntityType::Loc);
}

TEST_CASE("the first word of an organisation's name is its short form") {
  const auto found =
      names("Shares of Halvorsen Maritime fell. Police traced the leak to a Halvorsen contractor.",
            Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "Halvorsen");
  CHECK(found[1].type == EntityType::Org);
}

TEST_CASE("titles, epithets and hyphenated adjectives around names") {
  // A title and its connector are not part of the organisation after them.
  CHECK(surfaces("It is near here. Co-founder of Google, Sergey Brin, met him.", Language::English) ==
        std::vector<std::string>{"Google", "Sergey Brin"});
  // "the" joins an epithet to a given name only.
  CHECK(surfaces("Then Alexander the Great left.", Language::English) ==
        std::vector<std::string>{"Alexander the Great"});
  CHECK(surfaces("According to Rathbun the Scientology property was returned.", Language::English) ==
        std::vector<std::string>{"Rathbun", "Scientology"});
  // "-related", "-based": the name is before the hyphen.
  CHECK(surfaces("He left Scientology-related work for a Paris-based firm.", Language::English) ==
        std::vector<std::string>{"Scientology", "Paris"});
  // An all-caps country before a title is not a word of the title.
  CHECK(surfaces("Support came from US President Barack Obama yesterday.", Language::English) ==
        std::vector<std::string>{"US", "Barack Obama"});
}

TEST_CASE("an organisation and the person speaking for it are two names") {
  CHECK(surfaces("Then the head of the Harbour Trust Council Marta Vukovic told reporters.",
                 Language::English) == std::vector<std::string>{"Harbour Trust Council", "Marta Vukovic"});
  CHECK(surfaces("Hier, le président du Conseil Régional Jean Dupré a parlé.", Language::French) ==
        std::vector<std::string>{"Conseil Régional", "Jean Dupré"});
  // A dictionary word after the given name: one name ("Grace Award").
  CHECK(surfaces("He won the Harbour Trust Council Grace Award on Monday.", Language::English) ==
        std::vector<std::string>{"Harbour Trust Council Grace Award"});
  // A place before the given name is part of the organisation's name.
  CHECK(surfaces("She studies at the University of Texas Arlington now.", Language::English) ==
        std::vector<std::string>{"University of Texas Arlington"});
}

TEST_CASE("'on' and 'for' join an organisation to its remit, not to a date") {
  CHECK(surfaces("A spokesperson for the Council on Maritime Affairs said so.", Language::English) ==
        std::vector<std::string>{"Council on Maritime Affairs"});
  CHECK(surfaces("They called the Committee for Public Safety twice.", Language::English) ==
        std::vector<std::string>{"Committee for Public Safety"});
  CHECK(surfaces("It reached the Harbour Commission on March 3 and stopped.", Language::English) ==
        std::vector<std::string>{"Harbour Commission"});
}

TEST_CASE("a country or region before a dictionary word opens the name of a body") {
  auto found = names("Later the Malaysia Tourism board handed out maps.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Org);
  // The whole name is a country: still a place.
  found = names("Hier, la Corée du Nord a répondu.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
  // A given name that is also a region, with a speech verb: a person.
  found = names("On Monday Georgia Brown said she would sing.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Person);
}

TEST_CASE("a name after 'rue', 'quai' or 'route de' is a street or a place there only") {
  auto found = names("Il habitait rue Victor Massé. Victor Massé a composé des opéras.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Loc);
  CHECK(found[1].type == EntityType::Person);
  found = names("La course partira de la route de Plounévez à midi.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
  // "à la place de" is "instead of".
  found = names("Il a parlé à la place de Jean Dupré hier.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Person);
  // English puts the street word after the name: "route" before it says nothing.
  found = names("He took the route Barack Obama had taken.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Person);
}

TEST_CASE("where someone comes from, and stations, are places") {
  auto found = names("Le prix revient à M. Le Bihan, de Plounévez, pour son cheval.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "Plounévez");
  CHECK(found[1].type == EntityType::Loc);
  found = names("Commuters walked from Qilin Station to the square.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
}

TEST_CASE("French place names with a lower-case link inside are places") {
  const auto found =
      names("Le notaire de Guingamp (Côtes-du-Nord) et Jean-Paul Morvan signent.", Language::French);
  REQUIRE(found.size() == 3);
  CHECK(found[1].text == "Côtes-du-Nord");
  CHECK(found[1].type == EntityType::Loc);
  CHECK(found[2].type == EntityType::Person);
}

TEST_CASE("mixed-case text after a heading in capitals keeps its names") {
  CHECK(surfaces("PAYS-BAS LA SUCCESSION AU TRONE Amsterdam, 24 juillet. La reine a parlé.",
                 Language::French) == std::vector<std::string>{"PAYS-BAS", "Amsterdam"});
  // Words in capitals there still need the lexicon.
  CHECK(surfaces("LA SUCCESSION AU TRONE DE HOLLANDE EST OUVERTE.", Language::French) ==
        std::vector<std::string>{"HOLLANDE"});
}

TEST_CASE("a place and a person run together in a register are split; given names in a row are not") {
  CHECK(surfaces("Naissances. Yves Morvan, de Kerglaw Marie Benalnis, et autres.", Language::French) ==
        std::vector<std::string>{"Yves Morvan", "Kerglaw", "Marie Benalnis"});
  CHECK(surfaces("Hier, Jean Marie Morvan est venu.", Language::French) ==
        std::vector<std::string>{"Jean Marie Morvan"});
  // What is left of a title before the person is not a name.
  CHECK(surfaces("Then Minister of Education Stefania Rinaldi said no.", Language::English) ==
        std::vector<std::string>{"Stefania Rinaldi"});
}

TEST_CASE("a short all-caps dictionary word or a determiner after a name starts a new phrase") {
  CHECK(surfaces("Il habite à Plounévez VOL . Une somme a été volée.", Language::French) ==
        std::vector<std::string>{"Plounévez"});
  CHECK(surfaces("Le suicidé du Moulin-du-Comte Aucune indication n'est parvenue.", Language::French) ==
        std::vector<std::string>{"Moulin-du-Comte"});
  // Acronyms that are not words stay with the name.
  CHECK(surfaces("Yesterday Sony BMG signed the deal.", Language::English) ==
        std::vector<std::string>{"Sony BMG"});
}

TEST_CASE("French institutions go on in lower case after their head noun") {
  CHECK(surfaces("Le texte voté par l'Assemblée nationale a été validé par le Conseil constitutionnel.",
                 Language::French) ==
        std::vector<std::string>{"Assemblée nationale", "Conseil constitutionnel"});
  CHECK(surfaces("Selon la Banque centrale européenne et la Cour des comptes, tout va bien.",
                 Language::French) ==
        std::vector<std::string>{"Banque centrale européenne", "Cour des comptes"});
  const auto found = names("Hier, l'Organisation mondiale de la santé a prévenu.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Organisation mondiale de la santé");
  CHECK(found[0].type == EntityType::Org);
  // Not over a weekday, nor after a name that is no institution, nor in English.
  CHECK(surfaces("Il a réuni le Conseil de lundi matin.", Language::French) ==
        std::vector<std::string>{"Conseil"});
  CHECK(surfaces("Hier, Jean Morvan national champion, a gagné.", Language::French) ==
        std::vector<std::string>{"Jean Morvan"});
}

TEST_CASE("a word that opens a list of names is a name, even after a colon") {
  CHECK(surfaces("Le total passe à cinq : Regal, AMC, Cinemark et Carmike Cinemas.", Language::French) ==
        std::vector<std::string>{"Regal", "AMC", "Cinemark", "Carmike Cinemas"});
  // One name after it is not a list.
  CHECK(surfaces("Le total passe à cinq : Merci, Cinemark.", Language::French) ==
        std::vector<std::string>{"Cinemark"});
}

TEST_CASE("a title quoted again without its cue is still the title") {
  const auto found = names(
      "La comédie « le dernier phare » sort mardi. Les salles soutiennent « le dernier phare » malgré tout.",
      Language::French);
  std::vector<std::string> works;
  for (const Found& f : found) {
    if (f.type == EntityType::Work) works.push_back(f.text);
  }
  CHECK(works == std::vector<std::string>{"le dernier phare", "le dernier phare"});
  // A straight quote closing an earlier quotation does not hide the title after it.
  const auto straight =
      names("\"Non\", a dit le ministre, au sujet du film \"le dernier phare\", hier.", Language::French);
  REQUIRE(!straight.empty());
  CHECK(straight.back().text == "le dernier phare");
  CHECK(straight.back().type == EntityType::Work);
}

TEST_CASE("a name before a comma and a person is an apposition, not a list") {
  const auto found = names("Le président du Sénat, Emmanuel Macron, a parlé.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "Sénat");
  CHECK(found[0].type != EntityType::Person);
  CHECK(found[1].type == EntityType::Person);
}

TEST_CASE("French ministries are named from their lower-case head; stadiums and chairs") {
  CHECK(surfaces("Il a vu les syndicats au ministère du Travail puis au ministère de l'Intérieur.",
                 Language::French) ==
        std::vector<std::string>{"ministère du Travail", "ministère de l'Intérieur"});
  // Not without the ministry, nor in English.
  CHECK(surfaces("Il travaille au service du Travail.", Language::French) ==
        std::vector<std::string>{"Travail"});
  auto found = names("Le maire a inauguré le stade Vélodrome rénové.", Language::French);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::Loc);
  CHECK(surfaces("Then Harbour Bank Chair Jerome Whitby resigned.", Language::English) ==
        std::vector<std::string>{"Harbour Bank", "Jerome Whitby"});
}

TEST_CASE("a long French name is spelled out up to its acronym; quarters are no names") {
  CHECK(surfaces("Selon l'Agence nationale de la sécurité des systèmes d'information (ANSSI), rien.",
                 Language::French) ==
        std::vector<std::string>{"Agence nationale de la sécurité des systèmes d'information", "ANSSI"});
  // Initials that do not spell the acronym: the name stops where it did.
  CHECK(surfaces("Selon l'Agence nationale de la sécurité des routes du nord (ANSSI), rien.",
                 Language::French) == std::vector<std::string>{"Agence nationale de la sécurité", "ANSSI"});
  CHECK(surfaces("Our Q3 and FY2023 numbers beat Harbour Bank forecasts.", Language::English) ==
        std::vector<std::string>{"Harbour Bank"});
}

TEST_CASE("American title abbreviations and party-state tags are not names") {
  CHECK(surfaces("Yesterday Sen. Richard Whitby, R-N.C., spoke to Rep. Ana Morvan (D-Calif.) twice.",
                 Language::English) == std::vector<std::string>{"Richard Whitby", "Ana Morvan"});
  // A hyphenated name is still a name.
  CHECK(surfaces("Yesterday Coca-Cola bought Ben-Hur Studios.", Language::English) ==
        std::vector<std::string>{"Coca-Cola", "Ben-Hur Studios"});
}

TEST_CASE("events: numerals and lower-case words after the event word") {
  for (const auto& [text, language, name] : std::vector<std::tuple<std::string, Language, std::string>>{
           {"During World War II the port was bombed.", Language::English, "World War II"},
           {"Then Super Bowl LVIII drew crowds.", Language::English, "Super Bowl LVIII"},
           {"Pendant la Seconde Guerre mondiale, la ville a souffert.", Language::French,
            "Seconde Guerre mondiale"},
           {"Hier, la Coupe du monde a commencé.", Language::French, "Coupe du monde"},
           {"Hier, les Jeux olympiques ont coûté cher.", Language::French, "Jeux olympiques"}}) {
    CAPTURE(text);
    const auto found = names(text, language);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == name);
    CHECK(found[0].type == EntityType::Event);
  }
  // A numeral after a name that has no event word says nothing.
  const auto found = names("Then Harbour Bank II opened.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type != EntityType::Event);
}

TEST_CASE("lower-case particles and suffixes stay inside people's names") {
  CHECK(surfaces("Yesterday Ursula von der Leyen met Bashar al-Assad.", Language::English) ==
        std::vector<std::string>{"Ursula von der Leyen", "Bashar al-Assad"});
  CHECK(surfaces("Hier, Dominique de Villepin a parlé.", Language::French) ==
        std::vector<std::string>{"Dominique de Villepin"});
  CHECK(surfaces("They quoted Martin Luther King Jr. and Abu Bakr al-Baghdadi.", Language::English) ==
        std::vector<std::string>{"Martin Luther King Jr.", "Abu Bakr al-Baghdadi"});
  // Particles without a given name before them are not joined.
  CHECK(surfaces("Le navire Alger de Bordeaux est arrivé.", Language::French) ==
        std::vector<std::string>{"Alger", "Bordeaux"});
  CHECK(surfaces("Sales in Texas von der Zeit fell.", Language::English) ==
        std::vector<std::string>{"Texas", "Zeit"});
}

TEST_CASE("headlines: a given name alone is not vouched for, a full stop does not hide Title Case") {
  // "Will" is a given name, but a headline capitalises the verb too.
  CHECK(surfaces("Sony Chief Condemns Cyber-Assault, Vows Film Will Be Released\n\nSony said so.",
                 Language::English) == std::vector<std::string>{"Sony", "Sony"});
  // Capitalised small words make a headline even with a full stop.
  CHECK(surfaces("Experts Warn Of More Attacks.", Language::English).empty());
  // A list of names with commas is not a headline.
  CHECK(surfaces("Présents : Izenic, Le Mauff, Pierre Rincé.", Language::French).size() == 3);
}

TEST_CASE("a small number inside an organisation's name, not in a version or a score") {
  CHECK(surfaces("Il a rejoint le Movimento 5 Stelle hier.", Language::French) ==
        std::vector<std::string>{"Movimento 5 Stelle"});
  for (const std::string& name : surfaces("Users of Harbour Explorer 6 Countdown left.", Language::English)) {
    CHECK(name.find('6') == std::string::npos);
  }
  CHECK(surfaces("Users of Harbour Explorer 6 Countdown left.", Language::English).size() >= 1);
  CHECK(surfaces("The score was Harbour Football Club 2 Liverpool 1 at the end.", Language::English) ==
        std::vector<std::string>{"Harbour Football Club", "Liverpool"});
}

TEST_CASE("e-mail subject prefixes are not names; abbreviated street words make places") {
  CHECK(surfaces("FW: budget for Harbour Bank\n\nThen Harbour Bank called.", Language::English) ==
        std::vector<std::string>{"Harbour Bank", "Harbour Bank"});
  CHECK(surfaces("Subject: RE: budget\n\nHi.", Language::English).empty());
  const auto found = names("Send it to the office at 10202 W. Washington Blvd tomorrow.", Language::English);
  REQUIRE(!found.empty());
  CHECK(found[0].text == "W. Washington Blvd");
  CHECK(found[0].type == EntityType::Loc);
}

TEST_CASE("demonyms of regions point at the region, in both languages") {
  const std::string english = "The European team beat the African side and a Latin American squad.";
  auto found = findNames(english, segment(english, Language::English), Language::English);
  REQUIRE(found.size() == 3);
  for (const Mention& m : found) CHECK(m.type == EntityType::Norp);
  CHECK(found[0].kb == "region:europe");
  CHECK(found[1].kb == "region:africa");
  CHECK(english.substr(found[2].start, found[2].end - found[2].start) == "Latin American");
  CHECK(found[2].kb == "region:south-america");
  const std::string french = "Les dirigeants européens et les pays africains ont signé.";
  found = findNames(french, segment(french, Language::French), Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].kb == "region:europe");
  CHECK(found[1].kb == "region:africa");
  // The region's own name is still a place.
  const auto place = names("Trade with Europe grew.", Language::English);
  REQUIRE(place.size() == 1);
  CHECK(place[0].type == EntityType::Loc);
}

TEST_CASE("common abbreviations and letter compounds are not names; acronyms still are") {
  CHECK(surfaces("He got VIP treatment at 15:11 GMT and his IQ was tested.", Language::English).empty());
  CHECK(surfaces("Le PIB a baissé et le QI aussi.", Language::French).empty());
  // Spoken French and interjections of comment threads.
  CHECK(surfaces("Y’a enquête. Ouep, pas de MàJ. Mdr.", Language::French).empty());
  CHECK(surfaces("Y’a Sony dans le coup.", Language::French) == std::vector<std::string>{"Sony"});
  CHECK(surfaces("He wore a NASA T-shirt after the X-ray.", Language::English) ==
        std::vector<std::string>{"NASA"});
  // A capital after the hyphen is a brand's name.
  CHECK(surfaces("He works for T-Mobile now.", Language::English) == std::vector<std::string>{"T-Mobile"});
  // An abbreviation defined in brackets is the name of a body.
  CHECK(surfaces("The Very Important Partners (VIP) met.", Language::English) ==
        std::vector<std::string>{"Very Important Partners", "VIP"});
}

TEST_CASE("a title that ends a run of capitals belongs to the name after it") {
  const auto found =
      names("It was defended by the Undersecretary for Education Mr. Toccafondi.", Language::English);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Toccafondi");
  CHECK(found[0].type == EntityType::Person);
  CHECK(surfaces("Il a vu Harbour Bank M. Durand hier.", Language::French) ==
        std::vector<std::string>{"Harbour Bank", "Durand"});
  // Without a name after it, the title stays where recognition put it.
  CHECK(surfaces("He met the Prime Minister.", Language::English).empty());
}

TEST_CASE(
    "an occurrence with a cue of its own keeps its type: a person's title, a dateline, a French "
    "preposition") {
  // One page of a newspaper: a clerk named Paris and the city's dateline.
  const auto found = names(
      "COMPTABLES. M. Paris, comptable, est nommé. Les facteurs des postes Paris, 22 avril. "
      "Ils sont arrivés à Paris hier.",
      Language::French);
  std::vector<EntityType> types;
  for (const Found& f : found) {
    if (f.text == "Paris") types.push_back(f.type);
  }
  CHECK(types == std::vector<EntityType>{EntityType::Person, EntityType::Loc, EntityType::Loc});
  // A dateline with "le", and a small French town the lexicon knows.
  const auto town = names("Hennebont, le 3 mai. Les grèves d'Hennebont continuent.", Language::French);
  REQUIRE(town.size() == 2);
  CHECK(town[0].type == EntityType::Loc);
  CHECK(town[1].type == EntityType::Loc);
  // A name with a comma and an age after it is not a dateline.
  const auto person = names("M. Jules Martin, 45 ans, a été arrêté. Martin, 45 ans, nie.", Language::French);
  REQUIRE(!person.empty());
  for (const Found& f : person) CHECK(f.type == EntityType::Person);
}

TEST_CASE(
    "a known place before an organisation's word stays a place; a body's head before de/of makes it a body") {
  const auto found = names(
      "The exposed terminals in Rotterdam belong to the company's Rotterdam subsidiary, "
      "said the Rotterdam police and analysts at Nordhavn Securities.",
      Language::English);
  std::vector<EntityType> rotterdam;
  for (const Found& f : found) {
    if (f.text == "Rotterdam") rotterdam.push_back(f.type);
    if (f.text == "Nordhavn Securities") CHECK(f.type == EntityType::Org);
  }
  CHECK(rotterdam == std::vector<EntityType>(3, EntityType::Loc));
  // An unknown name before the same word is a body.
  const auto body = names("The Halvorsen subsidiary and Halvorsen officials declined.", Language::English);
  REQUIRE(!body.empty());
  CHECK(body[0].type == EntityType::Org);
  const auto ministry = names("Il a été reçu au ministère de la Mer.", Language::French);
  REQUIRE(ministry.size() == 1);
  CHECK(ministry[0].text == "ministère de la Mer");
  CHECK(ministry[0].type == EntityType::Org);
}

TEST_CASE("a minister's remit is not a name; the places of other titles are") {
  CHECK(surfaces("La ministre de la Mer, Hélène Marchetti, et le ministre de l'Intérieur ont parlé.",
                 Language::French) == std::vector<std::string>{"Hélène Marchetti"});
  CHECK(surfaces("Le secrétaire d'État aux Affaires étrangères est venu.", Language::French).empty());
  // A place stays one after a minister, and other titles keep what follows them.
  CHECK(surfaces("Le ministre de la Guyane et l'évêque de Vannes ont vu le procureur de Brest.",
                 Language::French) == std::vector<std::string>{"Guyane", "Vannes", "Brest"});
}

TEST_CASE("a dictionary word listed with a name is a name; two dictionary words are not") {
  CHECK(surfaces("I spoke to them. Regal and AMC are nervous.", Language::English) ==
        std::vector<std::string>{"Regal", "AMC"});
  CHECK(surfaces("We saw AMC, Regal and others.", Language::English) ==
        std::vector<std::string>{"AMC", "Regal"});
  CHECK(surfaces("I spoke to them. Speaking and Writing are skills.", Language::English).empty());
  CHECK(surfaces("Our Q3 and FY2023 numbers rose.", Language::English).empty());
}

TEST_CASE("US politics: a person of a state, party members, institutions by their head word") {
  CHECK(surfaces("Sen. Elizabeth Warren of Massachusetts objected.", Language::English) ==
        std::vector<std::string>{"Elizabeth Warren", "Massachusetts"});
  CHECK(surfaces("John Smith of Texas objected.", Language::English) ==
        std::vector<std::string>{"John Smith", "Texas"});
  // A body's head before "of" stays with its place, and a lone royal keeps hers.
  CHECK(surfaces("The University of Texas objected.", Language::English).front() == "University of Texas");
  CHECK(surfaces("They wrote about Catherine of Aragon.", Language::English) ==
        std::vector<std::string>{"Catherine of Aragon"});
  // At the start of a sentence too.
  CHECK(surfaces("Bank of America fell.", Language::English).front() == "Bank of America");
  const auto party = names(
      "Roger Wicker, a Mississippi Republican, said no. Democrats objected to the Republican "
      "Party.",
      Language::English);
  REQUIRE(party.size() == 3);
  CHECK(party[1].text == "Mississippi");
  CHECK(party[1].type == EntityType::Loc);
  CHECK(party[2].text == "Republican Party");
  const auto bodies = names("The Navy's destroyer sailed, and the Senate agreed.", Language::English);
  REQUIRE(bodies.size() == 2);
  for (const Found& f : bodies) CHECK(f.type == EntityType::Org);
}

TEST_CASE(
    "dictionary words joined by 'and' up to a body's head word are one name, names of their own a list") {
  CHECK(surfaces(
            "The Food and Drug Administration and the Defense Counterintelligence and Security Agency met.",
            Language::English) ==
        std::vector<std::string>{"Food and Drug Administration",
                                 "Defense Counterintelligence and Security Agency"});
  CHECK(surfaces("Arcturus and Brightwater Labs signed.", Language::English) ==
        std::vector<std::string>{"Arcturus", "Brightwater Labs"});
}

TEST_CASE("an apposition says what a name is, in both languages") {
  const auto english = names(
      "The firm hired Mandiant, a unit of Google Cloud. Ask Brightwater, the Amsterdam "
      "security consultancy, or Irving, a Dallas suburb.",
      Language::English);
  std::map<std::string, EntityType> types;
  for (const Found& f : english) types[f.text] = f.type;
  CHECK(types["Mandiant"] == EntityType::Org);
  CHECK(types["Brightwater"] == EntityType::Org);
  CHECK(types["Irving"] == EntityType::Loc);
  const auto french = names(
      "Il a cité Delacroix, un avocat parisien, et Vernon, une petite commune de l'Eure.", Language::French);
  REQUIRE(french.size() >= 2);
  CHECK(french[0].type == EntityType::Person);
  CHECK(french[1].text == "Vernon");
  CHECK(french[1].type == EntityType::Loc);
}

TEST_CASE("French politics: a given name that is also a body's word, a title after an article") {
  const auto found = names(
      "Emmanuel Macron a réuni à l'Élysée la Première ministre, Élisabeth Borne. Marine Le Pen "
      "et Jean-Luc Mélenchon (La France insoumise) ont protesté.",
      Language::French);
  std::map<std::string, EntityType> types;
  for (const Found& f : found) types[f.text] = f.type;
  CHECK(types.count("Élysée") == 1);
  CHECK(types.count("Élysée la Première") == 0);
  CHECK(types["Élisabeth Borne"] == EntityType::Person);
  CHECK(types["Marine Le Pen"] == EntityType::Person);
  // "Grace Church": a body's word after the given name still makes a body.
  CHECK(names("They met at Grace Church on Sunday.", Language::English).front().type == EntityType::Org);
}

TEST_CASE("names go on over 'de la', 'de l'' and 'of the', not over lower-case words") {
  CHECK(surfaces("Il travaille à la Banque de la République depuis mars.", Language::French) ==
        std::vector<std::string>{"Banque de la République"});
  CHECK(surfaces("Le Musée de la Marine a fermé près de la Place de la Concorde.", Language::French) ==
        std::vector<std::string>{"Musée de la Marine", "Place de la Concorde"});
  CHECK(surfaces("They prayed at the Church of the Nazarene.", Language::English) ==
        std::vector<std::string>{"Church of the Nazarene"});
  CHECK(surfaces("Il a quitté Lyon de la même façon.", Language::French) == std::vector<std::string>{"Lyon"});
  // A given name at a sentence's start, before a particle.
  CHECK(surfaces("Jean de la Fontaine a écrit.", Language::French) ==
        std::vector<std::string>{"Jean de la Fontaine"});
}

TEST_CASE(
    "what is left of a heading in capitals is no name when it is only small words or a compound of words") {
  CHECK(surfaces("Il est mort hier. ETAT-CIVIL . Naissances . Louise Jamet.", Language::French) ==
        std::vector<std::string>{"Louise Jamet"});
  CHECK(surfaces("REPUBLICAIN DE LA BRETAGNE & DE L' OUEST Derniers Télégrammes de la nuit.",
                 Language::French) == std::vector<std::string>{"BRETAGNE", "Derniers Télégrammes"});
  // Known and defined acronyms that spell small words stay.
  CHECK(surfaces("The WHO and the US agreed.", Language::English) == std::vector<std::string>{"WHO", "US"});
  CHECK(surfaces("Il vit à SAINT-MALO depuis mars.", Language::French) ==
        std::vector<std::string>{"SAINT-MALO"});
}

TEST_CASE("French small words in capitals do not open a name: an accentless 'A', a heading's article") {
  CHECK(surfaces("Le navire est arrivé A Lisbonne, le 19.", Language::French) ==
        std::vector<std::string>{"Lisbonne"});
  CHECK(names("Belle villa à louer A Quiberon S' adresser au notaire.", Language::French).front().type ==
        EntityType::Loc);
  CHECK(surfaces("Séance du conseil. CENTRE DE Vannes. Les candidats sont reçus.", Language::French) ==
        std::vector<std::string>{"Vannes"});
  CHECK(surfaces("UN DISCOURS DE M. POINCARÉ Paris, 22 avril. Le ministre a parlé longuement.",
                 Language::French) == std::vector<std::string>{"POINCARÉ", "Paris"});
  // The initial of a name, a known name that opens with an article, and
  // mixed-case articles of surnames stay.
  CHECK(surfaces("Il a écrit à A. Le Bras hier.", Language::French) ==
        std::vector<std::string>{"A. Le Bras"});
  CHECK(surfaces("Il est parti pour LE HAVRE hier.", Language::French) ==
        std::vector<std::string>{"LE HAVRE"});
}

TEST_CASE("a form of address: the article of a surname after it, OCR's spaced and misread 'M.'") {
  std::map<std::string, EntityType> types;
  for (const Found& f :
       names("Il a vu M. Le Pen, puis Mme Le Gall et le citoyen Le Troquer.", Language::French))
    types[f.text] = f.type;
  CHECK(types["Le Pen"] == EntityType::Person);
  CHECK(types["Le Gall"] == EntityType::Person);
  CHECK(types["Le Troquer"] == EntityType::Person);
  CHECK(types.count("Pen") == 0);
  // OCR sets the full stop apart, or reads "M." as "NI .".
  const auto spaced =
      names("Plainte contre NI . Le Troquer hier. Visite de M . Bourdellès hier.", Language::French);
  REQUIRE(spaced.size() == 2);
  CHECK(spaced[0].text == "Le Troquer");
  CHECK(spaced[0].type == EntityType::Person);
  CHECK(spaced[1].type == EntityType::Person);
  // "MM." after a heading's place is no name of its own.
  CHECK(surfaces("FACULTE DE DROIT DE RENNES MM. les étudiants sont admis.", Language::French) ==
        std::vector<std::string>{"RENNES"});
  // A single-letter initial does not start a sentence either: "J. K." stays one name.
  CHECK(surfaces("Le livre de J. K. Rowling est sorti.", Language::French) ==
        std::vector<std::string>{"J. K. Rowling"});
}

TEST_CASE("a trade or an age after a comma makes a person; a bare kind word after a comma is read") {
  std::map<std::string, EntityType> types;
  for (const Found& f : names("S'adresser à BELLEC, notaire à Plouescat. Décès : Kerbrat, 42 ans, Trégor, "
                              "cultivateur.",
                              Language::French))
    types[f.text] = f.type;
  CHECK(types["BELLEC"] == EntityType::Person);
  CHECK(types["Kerbrat"] == EntityType::Person);
  CHECK(types["Trégor"] == EntityType::Person);
  CHECK(types["Plouescat"] == EntityType::Loc);
  const auto english =
      names("Montalvo, 19, was charged. Mandiant, a unit of Google, said so.", Language::English);
  REQUIRE(english.size() >= 2);
  CHECK(english[0].type == EntityType::Person);
  CHECK(english[1].type == EntityType::Org);
  // A date after the comma is a dateline, not an age.
  const auto dateline = names("Lorient, 22 avril. La séance est ouverte.", Language::French);
  REQUIRE(dateline.size() == 1);
  CHECK(dateline.front().type == EntityType::Loc);
}

TEST_CASE("a place that runs into a given name is two names; a given name that is also a place is not") {
  CHECK(surfaces("Partis Olympe, p. Rotterdam Aline, c. Lefranc.", Language::French) ==
        std::vector<std::string>{"Olympe", "Rotterdam", "Aline", "Lefranc"});
  CHECK(surfaces("She read about Florence Nightingale and Jordan Peterson.", Language::English) ==
        std::vector<std::string>{"Florence Nightingale", "Jordan Peterson"});
}

TEST_CASE("French places named after a saint or a landmark, joined by a hyphen") {
  std::map<std::string, EntityType> types;
  for (const Found& f : names("Les navires de Pont-Avenn et de Port-Navallo sont rentrés. Antoine de "
                              "Saint-Exupéry a écrit.",
                              Language::French))
    types[f.text] = f.type;
  CHECK(types["Pont-Avenn"] == EntityType::Loc);
  CHECK(types["Port-Navallo"] == EntityType::Loc);
  // A given name before it makes a person.
  CHECK(types["Antoine de Saint-Exupéry"] == EntityType::Person);
  CHECK(names("Un orage sur Saint-Hélier cette nuit.", Language::French).front().type == EntityType::Loc);
}

TEST_CASE("a heading of common words in capitals is no name, though one word also names a place") {
  CHECK(surfaces("BREST UNE REUNION MOUVEMENTEE Hier soir la salle était pleine.", Language::French) ==
        std::vector<std::string>{"BREST"});
  CHECK(surfaces("Il est né à la Réunion en 1950.", Language::French) == std::vector<std::string>{"Réunion"});
}

TEST_CASE("a person's name after a place in a list keeps its particle; initials make a person") {
  CHECK(surfaces("Promesses de mariage : Jean Jégo, à Kerguer Anne Le Chenadec, à Lanvaudan.",
                 Language::French) ==
        std::vector<std::string>{"Jean Jégo", "Kerguer", "Anne Le Chenadec", "Lanvaudan"});
  // The street's word is part of the place's name; the given name does not split it.
  CHECK(surfaces("Il habite rue Victor Hugo.", Language::French) ==
        std::vector<std::string>{"rue Victor Hugo"});
  const auto found = names("Les élus sont T. Laroche et G. Redureau.", Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Person);
  CHECK(found[1].type == EntityType::Person);
  // An initial whose letter is also a word ("a", "y") is still an initial.
  const auto ranked = names("Classement : A. Coudron, 22 ; Y. Le Goff, 19.", Language::French);
  REQUIRE(ranked.size() == 2);
  CHECK(ranked[0].type == EntityType::Person);
  CHECK(ranked[1].type == EntityType::Person);
  // Without its period, the letter is the word: "A Lisbonne" is no person.
  const std::string port = "Le navire est arrivé hier. A Lisbonne, le 19, rien.";
  CHECK(surfaces(port, Language::French) == std::vector<std::string>{"Lisbonne"});
  CHECK(names(port, Language::French).at(0).type == EntityType::Loc);
}

TEST_CASE("a compass point alone is the half of a divided country that bears it, where both are named") {
  const std::string french = "La Corée du Sud accuse le Nord. La Corée du Nord dément.";
  std::map<std::string, std::string> kbs;
  for (const Mention& m : findNames(french, segment(french, Language::French), Language::French))
    kbs[french.substr(m.start, m.end - m.start)] = m.kb;
  CHECK(kbs["Nord"] == "country:KP");
  const std::string english = "South Korea blamed the North; North Korea denied it.";
  kbs.clear();
  for (const Mention& m : findNames(english, segment(english, Language::English), Language::English))
    kbs[english.substr(m.start, m.end - m.start)] = m.kb;
  CHECK(kbs["North"] == "country:KP");
  // One half alone does not make "the South" South Africa.
  const std::string american = "South Africa traded with firms across the South last year.";
  kbs.clear();
  for (const Mention& m : findNames(american, segment(american, Language::English), Language::English))
    kbs[american.substr(m.start, m.end - m.start)] = m.kb;
  CHECK(kbs["South"] != "country:ZA");
}

TEST_CASE("an article the lexicon has as part of a place's name stays, even at a sentence's start") {
  std::map<std::string, EntityType> types;
  for (const Found& f : names("The Hague said no. She met prosecutors in The Hague.", Language::English))
    types[f.text] = f.type;
  CHECK(types.size() == 1);
  CHECK(types["The Hague"] == EntityType::Loc);
  types.clear();
  for (const Found& f : names("La Rochelle a gagné. Il vit à La Rochelle.", Language::French))
    types[f.text] = f.type;
  CHECK(types.size() == 1);
  CHECK(types["La Rochelle"] == EntityType::Loc);
  // Other articles still go.
  CHECK(surfaces("The president met the Huffington Post.", Language::English) ==
        std::vector<std::string>{"Huffington Post"});
}

TEST_CASE("institutions named in Dutch, and a French prosecutor's office with its adjectives") {
  const auto dutch = names("They met the Openbaar Ministerie in Rotterdam.", Language::English);
  REQUIRE(!dutch.empty());
  CHECK(dutch.front().text == "Openbaar Ministerie");
  CHECK(dutch.front().type == EntityType::Org);
  const auto french = names("Le Parquet national financier (PNF) a ouvert une enquête.", Language::French);
  REQUIRE(!french.empty());
  CHECK(french.front().text == "Parquet national financier");
  CHECK(french.front().type == EntityType::Org);
}

TEST_CASE("a place whose French name opens with a lower-case head word is whole when the lexicon has it") {
  CHECK(surfaces("Des virements vers les îles Vierges britanniques et les îles Caïmans.", Language::French) ==
        std::vector<std::string>{"îles Vierges britanniques", "îles Caïmans"});
  CHECK(names("Le golfe Persique est tendu.", Language::French).front().type == EntityType::Loc);
  // An unknown one keeps its capitalised name alone.
  CHECK(surfaces("Il a navigué vers les îles Kerguelenn hier.", Language::French) ==
        std::vector<std::string>{"Kerguelenn"});
}

TEST_CASE("the remit after a title is part of the title, up to the person's given name") {
  CHECK(surfaces("U.S. Secretary of State Antony Blinken arrived.", Language::English) ==
        std::vector<std::string>{"U.S.", "Antony Blinken"});
  CHECK(surfaces("Hier, le ministre de l'Intérieur Gérald Darmanin a parlé.", Language::French) ==
        std::vector<std::string>{"Gérald Darmanin"});
  // Without a person after it, the body stays a name.
  CHECK(surfaces("He wrote to the Secretary of Homeland Security on Monday.", Language::English) ==
        std::vector<std::string>{"Homeland Security"});
}

TEST_CASE("names joined by 'and' are one when the acronym defined after them spells both") {
  CHECK(surfaces("It went to the Organized Crime and Corruption Reporting Project (OCCRP) last year.",
                 Language::English) ==
        std::vector<std::string>{"Organized Crime and Corruption Reporting Project", "OCCRP"});
  // Each name alone has the initials the acronym starts with, not both.
  CHECK(surfaces("He met Sony and Microsoft (SMX) staff.", Language::English) ==
        std::vector<std::string>{"Sony", "Microsoft", "SMX"});
}

TEST_CASE("letters joined by an ampersand make one name, a company's") {
  const auto found = names("He works at AT&T now, she at H&M.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "AT&T");
  CHECK(found[0].type == EntityType::Org);
  CHECK(found[1].text == "H&M");
  CHECK(surfaces("Procter & Gamble said so.", Language::English) ==
        std::vector<std::string>{"Procter & Gamble"});
}

TEST_CASE("a person 'of' a body or a name of two words is two names; 'University of Texas' is one") {
  CHECK(surfaces("The lawyer, Marcus Webb of Clifford Chance, declined.", Language::English) ==
        std::vector<std::string>{"Marcus Webb", "Clifford Chance"});
  CHECK(surfaces("Jane Doe of Amnesty International spoke.", Language::English) ==
        std::vector<std::string>{"Jane Doe", "Amnesty International"});
  CHECK(surfaces("She studied at the University of Texas.", Language::English) ==
        std::vector<std::string>{"University of Texas"});
  // One word after "of" that no lexicon knows stays in the name.
  CHECK(surfaces("Prince Albert of Saxe-Coburgg wrote.", Language::English) ==
        std::vector<std::string>{"Albert of Saxe-Coburgg"});
}

TEST_CASE("shares in a name make that occurrence a company") {
  const auto found = names("Erik Halvorsen denied it. Shares in Halvorsen fell 12%.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Person);
  CHECK(found[1].text == "Halvorsen");
  CHECK(found[1].type == EntityType::Org);
  const auto french = names("L'action Renault a chuté hier.", Language::French);
  REQUIRE(french.size() >= 1);
  CHECK(french.front().type == EntityType::Org);
}

TEST_CASE("an unknown name whose shares are traded is a company in every occurrence") {
  const auto found = names("Dravenko said the deal was off. Shares of Dravenko fell 6%.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Org);
  CHECK(found[1].type == EntityType::Org);
}

namespace {
EntityType typeOfFirst(const std::string& text, Language language) {
  const auto found = names(text, language);
  REQUIRE(!found.empty());
  return found.front().type;
}
}  // namespace

TEST_CASE("the pronoun after a sentence's subject: 'its' makes a company, 'he' and 'his' a person") {
  CHECK(typeOfFirst("Dravenko said on Monday that its orders had fallen.", Language::English) ==
        EntityType::Org);
  CHECK(typeOfFirst("On Monday, Dravenko said its orders had fallen.", Language::English) == EntityType::Org);
  CHECK(typeOfFirst("Dravenko said on Monday that his orders had fallen.", Language::English) ==
        EntityType::Person);
  // A known place is a thing too: "its" leaves it a place.
  CHECK(typeOfFirst("Norway said its troops would stay.", Language::English) == EntityType::Loc);
  // Not the subject: the pronoun is another's, and the name keeps the type its cue gives.
  const auto found =
      names("Lena Ortiz, a member of Dravenko all her life, said its rules were harsh.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Person);
  CHECK(found[1].type == EntityType::Org);
  // "il", "elle", "son" are grammatical in French and say nothing of a person.
  CHECK(typeOfFirst("Dravenko a annoncé que son chiffre d'affaires baissait.", Language::French) ==
        EntityType::Person);
}

TEST_CASE("a company's possessions, 'which' and a workplace make a company; 'who' makes a person") {
  CHECK(typeOfFirst("Dravenko's shares fell 6% on Monday.", Language::English) == EntityType::Org);
  CHECK(typeOfFirst("Dravenko's chief executive resigned on Monday.", Language::English) == EntityType::Org);
  CHECK(typeOfFirst("Dravenko's wife declined to comment.", Language::English) == EntityType::Person);
  CHECK(typeOfFirst("Stellan, which makes testing equipment, said orders fell.", Language::English) ==
        EntityType::Org);
  CHECK(typeOfFirst("Stellan, who makes testing equipment, said orders fell.", Language::English) ==
        EntityType::Person);
  CHECK(typeOfFirst("Analysts at Bernstein said the cuts were deep.", Language::English) == EntityType::Org);
  CHECK(typeOfFirst("Un ingénieur chez Velmont a démissionné.", Language::French) == EntityType::Org);
  // "chez" a person alone is at their home.
  CHECK(typeOfFirst("Il a dîné chez Kerjean hier soir.", Language::French) == EntityType::Person);
}

TEST_CASE("a headline's run of capitals gives back the longest names that the running text has") {
  const std::string text =
      "Harbor Point Medical Partners With Lindqvist Health to Expand Rural Telehealth\n\n"
      "Harbor Point Medical, a provider of remote monitoring, today announced a partnership with "
      "Lindqvist Health. Harbor Point said its platform would reach 5,000 patients.";
  const auto found = names(text, Language::English);
  REQUIRE(found.size() >= 3);
  CHECK(found[0].text == "Harbor Point Medical");
  CHECK(found[0].type == EntityType::Org);
  CHECK(found[1].text == "Lindqvist Health");
  CHECK(found[1].type == EntityType::Org);
  // The short form of a body named with its kind is the body.
  const auto shortForm =
      std::find_if(found.begin(), found.end(), [](const Found& f) { return f.text == "Harbor Point"; });
  REQUIRE(shortForm != found.end());
  CHECK(shortForm->type == EntityType::Org);
  // Words the running text does not name together stay apart.
  CHECK(surfaces("Sony Chief Condemns Attack\n\nSony said the attack was vile.", Language::English) ==
        std::vector<std::string>{"Sony", "Sony"});
}

TEST_CASE("a title before the word that makes a body is part of the body's name") {
  CHECK(surfaces("He was taken to Boston General Hospital on Monday.", Language::English) ==
        std::vector<std::string>{"Boston General Hospital"});
  const auto motors = names("Shares of General Motors fell.", Language::English);
  REQUIRE(motors.size() == 1);
  CHECK(motors[0].text == "General Motors");
  CHECK(motors[0].type == EntityType::Org);
  // A title before a person is still a cue, not part of the name.
  CHECK(surfaces("General Mattis resigned on Monday.", Language::English) ==
        std::vector<std::string>{"Mattis"});
}

TEST_CASE("a body's kind word at the end of a name makes it one: health, medical, software") {
  CHECK(typeOfFirst("Brenna Medical opened a clinic.", Language::English) == EntityType::Org);
  CHECK(typeOfFirst("Le groupe a racheté Kerval Health en mars.", Language::French) == EntityType::Org);
  // Capitals run into a word in lower case: a brand.
  CHECK(typeOfFirst("The story ran on PRNewswire yesterday.", Language::English) == EntityType::Org);
  CHECK(typeOfFirst("Jamie McTavish said so yesterday.", Language::English) == EntityType::Person);
}

TEST_CASE("French departments named by dictionary words are places, but not as an acronym or an idiom") {
  const std::string text = "Il vit dans le Var depuis 2010, après dix ans dans l'Ain.";
  const auto found = findNames(text, segment(text, Language::French), Language::French);
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == EntityType::Loc);
  CHECK(found[0].kb == "region:fr-83");
  CHECK(found[1].kb == "region:fr-01");
  // The video referee of a football match.
  const std::string match = "La VAR a annulé le but à la 80e minute.";
  const auto referee = findNames(match, segment(match, Language::French), Language::French);
  REQUIRE(referee.size() == 1);
  CHECK(referee[0].kb.empty());
  CHECK(referee[0].type != EntityType::Loc);
  CHECK(surfaces("Somme toute, rien ne change.", Language::French).empty());
  CHECK(surfaces("La bataille de la Somme commence.", Language::French) == std::vector<std::string>{"Somme"});
}

TEST_CASE("a dictionary word that opened a longer name, and speaks, is its short form") {
  const auto found =
      names("The merger of Fairway Foods and Greenleaf Markets was blocked. Fairway said it would appeal.",
            Language::English);
  REQUIRE(found.size() == 3);
  CHECK(found[2].text == "Fairway");
  CHECK(found[2].type == EntityType::Org);
  // A word that opened no name stays a word, though it speaks.
  CHECK(surfaces("Fairway said it would appeal.", Language::English).empty());
}

TEST_CASE("a court's level and its country qualify a judge's title") {
  CHECK(surfaces("U.S. District Judge Rebecca Holloway wrote the opinion.", Language::English) ==
        std::vector<std::string>{"Rebecca Holloway"});
  // Not a court: the country before a title is a name of its own.
  CHECK(surfaces("Sony President Kazuo Hirai spoke.", Language::English) ==
        std::vector<std::string>{"Sony", "Kazuo Hirai"});
}

TEST_CASE("football clubs and leagues named by their short forms are organisations") {
  const auto found =
      names("Bukayo Saka struck late as Arsenal beat Aston Villa to stay top of the Premier League.",
            Language::English);
  std::map<std::string, EntityType> types;
  for (const Found& f : found) types[f.text] = f.type;
  CHECK(types["Arsenal"] == EntityType::Org);
  CHECK(types["Aston Villa"] == EntityType::Org);
  CHECK(types["Premier League"] == EntityType::Org);
  const std::string french = "Le PSG affronte le Bayern en Ligue des champions.";
  const auto club = findNames(french, segment(french, Language::French), Language::French);
  REQUIRE(club.size() == 3);
  CHECK(club[1].kb == "org:bayern-munich");
  CHECK(club[2].kb == "org:champions-league");
  // An arsenal in lower case is a store of weapons.
  CHECK(surfaces("Police found an arsenal of weapons.", Language::English).empty());
}

TEST_CASE("deal mail: firms that speak, an owner's possessive, a body's word after a sentence's start") {
  CHECK(typeOfFirst("Nadia at KPMG says they are two weeks away.", Language::English) == EntityType::Person);
  const auto found = names("Nadia at KPMG says they are two weeks away.", Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[1].type == EntityType::Org);
  // An acronym that speaks is a body's voice; it needs no lexicon.
  CHECK(typeOfFirst("As the ZRKT said on Monday, prices rose.", Language::English) == EntityType::Org);
  CHECK(surfaces("Also, Halcyon's CFO has not sent the accounts.", Language::English) ==
        std::vector<std::string>{"Halcyon"});
  CHECK(surfaces("The Internet's reach grows.", Language::English).empty());
  CHECK(surfaces("Halcyon Biotech has accepted the escrow.", Language::English) ==
        std::vector<std::string>{"Halcyon Biotech"});
  // A title or an article that opens a sentence is still no part of the body's name.
  CHECK(surfaces("The Senate voted.", Language::English) == std::vector<std::string>{"Senate"});
  CHECK(typeOfFirst("We cannot accept the Cayman vehicle.", Language::English) == EntityType::Loc);
}

TEST_CASE("a British postcode after a town is no part of its name; 'G20' alone is a name") {
  CHECK(surfaces("Write to 12 Hanover Square, London W1S 1JY.", Language::English) ==
        std::vector<std::string>{"Hanover Square", "London"});
  CHECK(surfaces("Leaders met at the G20 in Rome.", Language::English) ==
        std::vector<std::string>{"G20", "Rome"});
}

TEST_CASE("a sentence's start gives back a name's first word when the running text has the whole name") {
  CHECK(surfaces("He played Epic Mickey all night. Epic Mickey sold well.", Language::English) ==
        std::vector<std::string>{"Epic Mickey", "Epic Mickey"});
  // Alone, the sentence's start takes the dictionary word.
  CHECK(surfaces("Epic Mickey sold well.", Language::English) == std::vector<std::string>{"Mickey"});
}

TEST_CASE("a company's legal form keeps its name whole, and 'cabinet' introduces a firm") {
  const auto found = names(
      "La commission sera versée via la filiale (Vernier Logistique SARL) du groupe. Maître "
      "Dubois, du cabinet Gide Loyrette Nouel, doit valider.",
      Language::French);
  std::map<std::string, EntityType> types;
  for (const Found& f : found) types[f.text] = f.type;
  CHECK(types["Vernier Logistique SARL"] == EntityType::Org);
  CHECK(types.count("SARL") == 0);
  CHECK(types["Gide Loyrette Nouel"] == EntityType::Org);
  CHECK(types["Dubois"] == EntityType::Person);
  // Known French bodies, and their acronyms.
  const auto bodies = names("Tracfin a alerté l'Agence française anticorruption (AFA).", Language::French);
  REQUIRE(bodies.size() == 3);
  for (const Found& f : bodies) CHECK(f.type == EntityType::Org);
}

TEST_CASE("an acronym defined after a name gives it back its lower-case words and its article") {
  CHECK(surfaces("Les députés de La France insoumise (LFI) ont chanté.", Language::French) ==
        std::vector<std::string>{"La France insoumise", "LFI"});
  // Initials that do not agree leave the name as it was.
  CHECK(surfaces("Les élus de Lyon métropole (XYZ) ont voté.", Language::French) ==
        std::vector<std::string>{"Lyon", "XYZ"});
}

TEST_CASE("a French square named after 'de la', and a pollster after 'sondage'") {
  const auto square =
      names("Le préfet a interdit tout rassemblement place de la Concorde.", Language::French);
  REQUIRE(square.size() == 1);
  CHECK(square.front().text == "place de la Concorde");
  CHECK(square.front().type == EntityType::Loc);
  const auto poll =
      names("Selon un sondage Harrisson publié hier, 68 % s'opposent au texte.", Language::French);
  REQUIRE(!poll.empty());
  CHECK(poll.front().text == "Harrisson");
  CHECK(poll.front().type == EntityType::Org);
}

TEST_CASE("a headline in capitals names its known bodies as well as its places, not its words") {
  CHECK(surfaces("BREAKING: NORTH KOREA DENIES ROLE IN SONY HACK", Language::English) ==
        std::vector<std::string>{"NORTH KOREA", "SONY"});
  CHECK(surfaces("BREAKING: APPLE PIE RECIPES FOR THE HOLIDAYS", Language::English).empty());
}

TEST_CASE("an apposition naming a kind of work makes a title, even of common words at a sentence's start") {
  const auto english = names("The Interview, a comedy starring Seth Rogen, was pulled.", Language::English);
  REQUIRE(english.size() == 2);
  CHECK(english[0].text == "The Interview");
  CHECK(english[0].type == EntityType::Work);
  const auto french = names("Parasite, le film de Bong Joon-ho, a gagné.", Language::French);
  REQUIRE(!french.empty());
  CHECK(french[0].text == "Parasite");
  CHECK(french[0].type == EntityType::Work);
  // Without it, common words at a sentence's start stay words.
  CHECK(surfaces("The interview, he said, went well.", Language::English).empty());
}

TEST_CASE("an acronym is not the small town it spells, except in a dateline; a body's legal form and 'of'") {
  const std::string text = "Le collectif ALBI a porté plainte hier.";
  const auto found = findNames(text, segment(text, Language::French), Language::French);
  REQUIRE(!found.empty());
  CHECK(text.substr(found[0].start, found[0].end - found[0].start) == "ALBI");
  CHECK(found[0].kb.empty());  // not Albi, the town of the Tarn
  CHECK(found[0].type != EntityType::Loc);
  const std::string dateline = "ALBI, 22 avril. Le collectif a porté plainte.";
  const auto town = findNames(dateline, segment(dateline, Language::French), Language::French);
  REQUIRE(!town.empty());
  CHECK(town.front().type == EntityType::Loc);
  CHECK(town.front().kb.starts_with("city:"));
  // A sentence's first word before "of" is not vouched for by a legal form at the end.
  CHECK(surfaces("Shares of Microsoft Corp rose 7%.", Language::English) ==
        std::vector<std::string>{"Microsoft Corp"});
}

TEST_CASE("comment threads: an ellipsis starts a sentence, a title keeps its article, VOD is a word") {
  CHECK(surfaces("Soyez un peu sérieux quand vous complotez… Comment ajouter des lois ?", Language::French)
            .empty());
  CHECK(surfaces("J'espère qu'il sortira quand même en VOD.", Language::French).empty());
  const auto found = names(
      "Sony a annulé le film The Interview hier.\n\nedit : The Interview : un cinéma va projeter un autre "
      "film.",
      Language::French);
  REQUIRE(found.size() == 3);
  CHECK(found[2].text == "The Interview");
  CHECK(found[2].type == found[1].type);
}

TEST_CASE("a sentence in the other language is read with that language's dictionary") {
  // An English line on a French site: "Get" is a word.
  CHECK(surfaces("Le site est québécois.\n\nGet updates and learn from the best\n\nArticles du jour.",
                 Language::French)
            .empty());
  // A French sentence keeps French readings: "Bolt" opens a name there.
  CHECK(surfaces("Bolt a levé des fonds pour la ville.", Language::French) ==
        std::vector<std::string>{"Bolt"});
}

TEST_CASE("a dictionary word that is also a known surname and speaks is the person") {
  const auto found = names("Trump said on Monday that he would run.", Language::English);
  REQUIRE(!found.empty());
  CHECK(found[0].text == "Trump");
  CHECK(found[0].type == EntityType::Person);
  // Not a common noun that speaks, nor a word the document writes in lower case.
  CHECK(surfaces("Police said the man fled.", Language::English).empty());
  CHECK(surfaces("The trump card said nothing. Trump said so.", Language::English).empty());
}

TEST_CASE("a show named before its kind is a work") {
  const auto found = names("Halvorsen told the BBC's Newsnight programme on Thursday.", Language::English);
  std::map<std::string, EntityType> types;
  for (const Found& f : found) types[f.text] = f.type;
  CHECK(types["Newsnight"] == EntityType::Work);
  CHECK(types["BBC"] == EntityType::Org);
  CHECK(names("He watched the Netflix show.", Language::English).front().type == EntityType::Org);
}

TEST_CASE("l'Hexagone is France; a hexagon in lower case is a shape") {
  const std::string text = "L'Hexagone reste dépendant du gaz norvégien.";
  const auto found = findNames(text, segment(text, Language::French), Language::French);
  REQUIRE(!found.empty());
  CHECK(found[0].kb == "country:FR");
  CHECK(surfaces("Un hexagone a six côtés.", Language::French).empty());
}

TEST_CASE("a legal form, dotted or not, ends a company's name, which is not split before it") {
  const auto found =
      names("The plaintiffs, represented by Keller Rohrback L.L.P. and Girard Gibbs LLP, filed suit.",
            Language::English);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "Keller Rohrback L.L.P.");
  CHECK(found[0].type == EntityType::Org);
  CHECK(found[1].text == "Girard Gibbs LLP");
  CHECK(found[1].type == EntityType::Org);
}

TEST_CASE("a mail's signature: the name on its own line, the firm after its title, the address") {
  const auto found = names(
      "We can meet at our office, 1450 Broadway, Suite 2100, New York.\n\nKind regards,\n\nRachel "
      "Stein\nManaging Director | Brightwater Capital Partners\n",
      Language::English);
  std::map<std::string, EntityType> types;
  for (const Found& f : found) types[f.text] = f.type;
  CHECK(types.count("Suite") == 0);
  CHECK(types["Rachel Stein"] == EntityType::Person);
  CHECK(types["Brightwater Capital Partners"] == EntityType::Org);
  // A headline of dictionary words with a body's word is no name.
  CHECK(surfaces("How Shipping Group Dodged Sanctions\n\nThe story.", Language::English).empty());
}

TEST_CASE("stock indices: a number that the lexicon has in the name is part of it") {
  CHECK(surfaces("Le CAC 40 a perdu 2 %, le S&P 500 a gagné 1 %.", Language::French) ==
        std::vector<std::string>{"CAC 40", "S&P 500"});
  CHECK(surfaces("The FTSE 100 and the Nikkei rose.", Language::English) ==
        std::vector<std::string>{"FTSE 100", "Nikkei"});
  // Other numbers after a name stay out of it.
  CHECK(surfaces("Sony 40 ans après.", Language::French) == std::vector<std::string>{"Sony"});
}

namespace {
EntityType typeOf(const std::string& text, const std::string& name, Language language) {
  for (const Found& f : names(text, language)) {
    if (f.text == name) return f.type;
  }
  FAIL("no mention named " << name);
  return EntityType::Person;
}
}  // namespace

TEST_CASE("a plus sign stuck to a name's end is part of the brand") {
  CHECK(surfaces("Le match est diffusé sur Canal+ et sur Vendora+ samedi.", Language::French) ==
        std::vector<std::string>{"Canal+", "Vendora+"});
  CHECK(typeOf("Le match est diffusé sur Vendora+ samedi.", "Vendora+", Language::French) == EntityType::Org);
  // Apart from the word, the sign is arithmetic.
  CHECK(surfaces("Selon Martin + 3 points.", Language::French) == std::vector<std::string>{"Martin"});
}

TEST_CASE("French 'à' after 'face', 'grâce' and the like is no sign of a place") {
  CHECK(typeOf("L'offre a été retenue face à Quarvel, selon le conseil.", "Quarvel", Language::French) !=
        EntityType::Loc);
  CHECK(typeOf("Le projet a abouti grâce à Quarvel et à ses ingénieurs.", "Quarvel", Language::French) !=
        EntityType::Loc);
  // Plain "à" still says where.
  CHECK(typeOf("Il a ouvert une usine à Quarvel, près de la frontière.", "Quarvel", Language::French) ==
        EntityType::Loc);
}

TEST_CASE("a French kind of company before an adjective or a 'de' complement types the name") {
  CHECK(typeOf("Le fonds d'investissement Quarvel a annoncé l'acquisition.", "Quarvel", Language::French) ==
        EntityType::Org);
  CHECK(typeOf("Le film est coproduit par la société madrilène Miravento.", "Miravento", Language::French) ==
        EntityType::Org);
  // A verb between the kind and the name is no adjective: no cue.
  CHECK(typeOf("Selon le rapport, la société emploie Dravenko depuis mars.", "Dravenko", Language::French) !=
        EntityType::Org);
  // A person's kind says person.
  CHECK(typeOf("L'avocat parisien Jean Dravenko a plaidé.", "Jean Dravenko", Language::French) ==
        EntityType::Person);
}

TEST_CASE("a dictionary word before a country names a body, a given name a person") {
  // Outweighs the speech verb after it.
  CHECK(typeOf("On Monday, Rugby Australia said the tour was off.", "Rugby Australia", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("Le roman d'Anatole France a été réédité.", "Anatole France", Language::French) ==
        EntityType::Person);
}

TEST_CASE("a name that the lexicon knows goes on past 'and'") {
  CHECK(surfaces("The firm was fined by the Securities and Exchange Commission.", Language::English) ==
        std::vector<std::string>{"Securities and Exchange Commission"});
  CHECK(surfaces("The Securities and Exchange Commission fined the firm.", Language::English) ==
        std::vector<std::string>{"Securities and Exchange Commission"});
  CHECK(surfaces("Researchers at the Center for Strategic and International Studies agreed.",
                 Language::English) ==
        std::vector<std::string>{"Center for Strategic and International Studies"});
  // Names of their own on both sides of "and" stay two.
  CHECK(surfaces("Both Microsoft and Google declined to comment.", Language::English) ==
        std::vector<std::string>{"Microsoft", "Google"});
}

TEST_CASE("a body named after a person, or opened by its head word, is not split into a person") {
  // "Martin" is a given name too, yet no person starts there.
  CHECK(surfaces("She studied at the Harold Martin Center for Arctic Studies for a year.",
                 Language::English) == std::vector<std::string>{"Harold Martin Center for Arctic Studies"});
  CHECK(typeOf("Payments went through Banco Delta Quarvel last year.", "Banco Delta Quarvel",
               Language::English) == EntityType::Org);
  // A body's name that ends, then a person's: two names.
  CHECK(surfaces("It was said by the Refugee Council Enver Dravenko on Monday.", Language::English) ==
        std::vector<std::string>{"Refugee Council", "Enver Dravenko"});
}

TEST_CASE("a quoted title followed by its maker or its making is a work, cue or not") {
  CHECK(typeOf("Neon avait déjà distribué « Parasite » de Bong Joon-ho.", "Parasite", Language::French) ==
        EntityType::Work);
  CHECK(typeOf("Beaucoup attendaient « Mémoires d'un faussaire », adapté d'un roman.",
               "Mémoires d'un faussaire", Language::French) == EntityType::Work);
  CHECK(typeOf("Critics praised \"The Quiet Harbour\" by Jane Dravenko last year.", "The Quiet Harbour",
               Language::English) == EntityType::Work);
  // Quoted speech is no title: a sentence, or words in lower case.
  CHECK(surfaces("« C'est un film sur la dignité, dit-elle » de sa voix calme.", Language::French).empty());
  CHECK(surfaces("La CFDT s'est dite « prudemment satisfaite » de l'accord.", Language::French) ==
        std::vector<std::string>{"CFDT"});
  // A quoted word that nothing follows stays what it is.
  CHECK(surfaces("Il a crié « Attention » dans la salle.", Language::French).empty());
}

TEST_CASE("the capital word that ends a French office's title is no name") {
  CHECK(
      surfaces("Le garde des Sceaux a écrit au procureur de la République et au président de la République.",
               Language::French)
          .empty());
  // Elsewhere the same words are names.
  CHECK(surfaces("Il habite à Sceaux depuis que la République a changé.", Language::French) ==
        std::vector<std::string>{"Sceaux", "République"});
}

TEST_CASE("French neighbourhoods: a housing estate, a quarter, a hyphenated port") {
  CHECK(typeOf("La fusillade a eu lieu dans la cité des Lauriers mardi soir.", "Lauriers",
               Language::French) == EntityType::Loc);
  CHECK(typeOf("Le commissaire du quartier Necker fut avisé.", "Necker", Language::French) ==
        EntityType::Loc);
  CHECK(typeOf("Une marche partira samedi depuis le Vieux-Port.", "Vieux-Port", Language::French) ==
        EntityType::Loc);
}

TEST_CASE("a body's remit goes on over 'for the' and over 'and' between dictionary words") {
  CHECK(surfaces("The Joint Council for the Welfare of Immigrants said so.", Language::English) ==
        std::vector<std::string>{"Joint Council for the Welfare of Immigrants"});
  CHECK(surfaces("A spokesman for the Union of Rationalist Atheists and Agnostics agreed.",
                 Language::English) ==
        std::vector<std::string>{"Union of Rationalist Atheists and Agnostics"});
  CHECK(surfaces("He wrote to the Department of Coastal and Marine Affairs on Monday.", Language::English) ==
        std::vector<std::string>{"Department of Coastal and Marine Affairs"});
  // A place in the remit, or one word that is not plural after "and", makes two names.
  CHECK(surfaces("The Bank of England and Treasury officials met.", Language::English) ==
        std::vector<std::string>{"Bank of England", "Treasury"});
  CHECK(surfaces("He thanked the Ministry of Culture and Dravenko for their help.", Language::English) ==
        std::vector<std::string>{"Ministry of Culture", "Dravenko"});
  // "for the" after a word that is no body's: the article starts something else.
  CHECK(surfaces("Vote for the Greens and Labour.", Language::English) ==
        std::vector<std::string>{"Greens", "Labour"});
}

TEST_CASE("a known company's name opens the name of its parts, not of its events") {
  CHECK(typeOf("The flaw was found by Microsoft Threat Intelligence last week.",
               "Microsoft Threat Intelligence", Language::English) == EntityType::Org);
  CHECK(typeOf("She won the Google Science Fair in 2011.", "Google Science Fair", Language::English) ==
        EntityType::Event);
}

TEST_CASE("an apposition's kind word may come after a hyphenated word") {
  CHECK(typeOf("It hired Dravenko, the Google-owned security firm, in May.", "Dravenko", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("It hired Dravenko, the Paris-based lawyer, in May.", "Dravenko", Language::English) ==
        EntityType::Person);
}

TEST_CASE("a catalogue's reference is no name; a laboratory is a body") {
  CHECK(surfaces("The flaw, tracked as CVE-2024-21762, was patched.", Language::English).empty());
  CHECK(surfaces("The COVID-19 pandemic slowed the F-35 programme.", Language::English) ==
        std::vector<std::string>{"COVID-19", "F-35"});
  // The body's word outweighs the speech verb.
  CHECK(typeOf("The same servers were used, Citizen Lab said on Friday.", "Citizen Lab", Language::English) ==
        EntityType::Org);
}

TEST_CASE("a preposition before an owner governs what it owns, not where the owner is") {
  CHECK(typeOf("They found a flaw in Quarvel's newest routers.", "Quarvel", Language::English) !=
        EntityType::Loc);
  CHECK(typeOf("They found the flaw in Quarvel last week.", "Quarvel", Language::English) == EntityType::Loc);
}

TEST_CASE("a nickname in quotation marks stays inside a person's name") {
  CHECK(surfaces("The appeal of Ramesh \"Sunny\" Dravenko was rejected.", Language::English) ==
        std::vector<std::string>{"Ramesh \"Sunny\" Dravenko"});
  // A quoted word after a given name, with no surname after it, is no nickname.
  CHECK(surfaces("Ramesh wrote \"Tomorrow\" on the board.", Language::English) ==
        std::vector<std::string>{"Ramesh"});
  CHECK(surfaces("He asked Ramesh \"Why\", then left.", Language::English) ==
        std::vector<std::string>{"Ramesh"});
}

TEST_CASE("a law firm's partners joined by an ampersand make one body") {
  const std::string text = "His lawyer, Jane Okafor of Pellham, Dravik & Morrow, declined to comment.";
  CHECK(surfaces(text, Language::English) ==
        std::vector<std::string>{"Jane Okafor", "Pellham, Dravik & Morrow"});
  CHECK(typeOf(text, "Pellham, Dravik & Morrow", Language::English) == EntityType::Org);
  CHECK(typeOf(text, "Jane Okafor", Language::English) == EntityType::Person);
  // Known places listed before an ampersand stay places.
  CHECK(surfaces("Ships left Paris, Lyon & Marseille.", Language::English) ==
        std::vector<std::string>{"Paris", "Lyon & Marseille"});
  CHECK(typeOf("Le vapeur Jean, venant de Dravik & Falmouth, est arrivé.", "Dravik & Falmouth",
               Language::French) != EntityType::Org);
}

TEST_CASE("a legal form vouches for a company's name on a line of capitals") {
  const std::string signature =
      "Best regards,\nRebecca\n\nRebecca Thornton | Managing Director\nMeridian Capital Partners LLP\n";
  CHECK(typeOf(signature, "Meridian Capital Partners LLP", Language::English) == EntityType::Org);
  // Without one, a line of capitals keeps only the names it can vouch for.
  CHECK(surfaces("Meridian Capital Partners Review\nThe review was short.", Language::English) ==
        std::vector<std::string>{"Meridian"});
}

TEST_CASE("operations are events; a public service in an apposition is a body") {
  CHECK(typeOf("Le groupe a pris le relais de l'opération Barkhane au Mali.", "Barkhane", Language::French) ==
        EntityType::Event);
  CHECK(typeOf("Veterans of Operation Desert Storm met on Friday.", "Operation Desert Storm",
               Language::English) == EntityType::Event);
  CHECK(typeOf("Viginum, le service de vigilance, a documenté la campagne.", "Viginum", Language::French) ==
        EntityType::Org);
  CHECK(typeOf("Dravenko, le directeur du service, a documenté la campagne.", "Dravenko", Language::French) ==
        EntityType::Person);
}

TEST_CASE("a French institution's name goes on over 'pour' and a second complement") {
  CHECK(surfaces("Elle a cité le Service européen pour l'action extérieure hier.", Language::French) ==
        std::vector<std::string>{"Service européen pour l'action extérieure"});
  CHECK(surfaces("Il dépend du ministère de l'Europe et des affaires étrangères depuis mai.",
                 Language::French) ==
        std::vector<std::string>{"ministère de l'Europe et des affaires étrangères"});
  // "pour" before a verb ends the name.
  CHECK(surfaces("Il écrivit à la Direction des douanes pour être payé.", Language::French) ==
        std::vector<std::string>{"Direction des douanes"});
  // A French complement makes the name French in an English text too.
  CHECK(surfaces("The French competition authority (Autorité de la concurrence) must be told.",
                 Language::English) == std::vector<std::string>{"French", "Autorité de la concurrence"});
  CHECK(surfaces("The Autorité said nothing on Monday.", Language::English) ==
        std::vector<std::string>{"Autorité"});
}

TEST_CASE("an acronym in the plural is a kind of thing, not a name") {
  CHECK(surfaces("More than 100 Labour MPs signed it.", Language::English) ==
        std::vector<std::string>{"Labour"});
  CHECK(surfaces("Several MPs said the NGOs and CEOs had met.", Language::English).empty());
  // A plain acronym stays a name.
  CHECK(surfaces("Several MPs wrote to the BBC.", Language::English) == std::vector<std::string>{"BBC"});
}

TEST_CASE("a team and the person whose team it is are two names") {
  CHECK(surfaces("L'OM revient à trois points du Paris Saint-Germain de Luis Enrique.", Language::French) ==
        std::vector<std::string>{"OM", "Paris Saint-Germain", "Luis Enrique"});
  CHECK(surfaces("Le PSG de Luis Enrique a gagné.", Language::French) ==
        std::vector<std::string>{"PSG", "Luis Enrique"});
  // One word before "de" is a person's own name.
  CHECK(surfaces("Hier, Charles de Gaulle et Simone de Beauvoir.", Language::French) ==
        std::vector<std::string>{"Charles de Gaulle", "Simone de Beauvoir"});
}

TEST_CASE("clubs named after their town's adjective; a remit that ends the clause") {
  CHECK(surfaces("Ils ont battu l'Olympique lyonnais et le Stade rennais dimanche.", Language::French) ==
        std::vector<std::string>{"Olympique lyonnais", "Stade rennais"});
  CHECK(surfaces("The Bureau of Industry and Security, part of the department, agreed.", Language::English) ==
        std::vector<std::string>{"Bureau of Industry and Security"});
  // A lower-case word after the one after "and" starts something else.
  CHECK(surfaces("He briefed the Bureau of Industry and Treasury officials.", Language::English).front() ==
        "Bureau of Industry");
}

TEST_CASE("awards are events; titles in an apposition to their kind are works") {
  CHECK(typeOf("Her novels won the Booker Prize in 1974.", "Booker Prize", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("Il a reçu le Prix Goncourt en 2019.", "Prix Goncourt", Language::French) ==
        EntityType::Event);
  CHECK(typeOf("Her first novel, The Cold Season, appeared in 1962.", "The Cold Season", Language::English) ==
        EntityType::Work);
  CHECK(typeOf("Later books included the memoir Paper Walls in 2005.", "Paper Walls", Language::English) ==
        EntityType::Work);
  // A comma after the kind word alone is no apposition.
  CHECK(typeOf("After the novel, Dravenko wrote plays.", "Dravenko", Language::English) != EntityType::Work);
}

TEST_CASE("a family goes by its surname; a legal form ends a company's name; a hall is a place") {
  CHECK(typeOf("L'avocat de la famille Castel confirme la vente.", "Castel", Language::French) ==
        EntityType::Person);
  CHECK(typeOf("La SCI a été cédée à Holdinvest SA le 12 septembre.", "Holdinvest SA", Language::French) ==
        EntityType::Org);
  CHECK(typeOf("La réunion a lieu salle Vauban à 9 h 30.", "salle Vauban", Language::French) ==
        EntityType::Loc);
  // In a heading in capitals, "SA" is a small word.
  CHECK(surfaces("Il dit à SA MERE de venir.", Language::French).empty());
}

TEST_CASE("hyphenated offices and a nationality before a title are not names") {
  CHECK(surfaces("WHO Director-General Tedros Adhanom Ghebreyesus spoke.", Language::English) ==
        std::vector<std::string>{"WHO", "Tedros Adhanom Ghebreyesus"});
  CHECK(typeOf("Il a cité l'eurodéputé Nicolas Bay mardi.", "Nicolas Bay", Language::French) ==
        EntityType::Person);
  CHECK(surfaces("Turkish Foreign Minister Hakan Fidan hosted the talks.", Language::English) ==
        std::vector<std::string>{"Turkish", "Hakan Fidan"});
  // A body before a title is still a name.
  CHECK(surfaces("Dravenko Foundation President Hakan Fidan hosted the talks.", Language::English) ==
        std::vector<std::string>{"Dravenko Foundation", "Hakan Fidan"});
}

TEST_CASE("the lexicon's names of up to eight words, plural centres") {
  CHECK(surfaces("The Africa Centres for Disease Control and Prevention declared it.", Language::English) ==
        std::vector<std::string>{"Africa Centres for Disease Control and Prevention"});
  CHECK(typeOf("Aid reached the Democratic Republic of Congo on Monday.", "Democratic Republic of Congo",
               Language::English) == EntityType::Loc);
  CHECK(typeOf("The Dravenko Centres for Rural Studies said so.", "Dravenko Centres for Rural Studies",
               Language::English) == EntityType::Org);
}

TEST_CASE("a title, then a nationality, then a person") {
  CHECK(typeOf("Le président nigérian Bola Tinubu est arrivé jeudi.", "Bola Tinubu", Language::French) ==
        EntityType::Person);
  CHECK(typeOf("Son homologue ivoirien, Kacou Adom, a répondu.", "Kacou Adom", Language::French) ==
        EntityType::Person);
  // A kind of body before the nationality still makes a body.
  CHECK(typeOf("Le groupe nigérian Dangote a investi jeudi.", "Dangote", Language::French) ==
        EntityType::Org);
  // "le président de sa Commission" names the body, not a person.
  CHECK(typeOf("Le président de sa Commission est venu.", "Commission", Language::French) == EntityType::Org);
}

TEST_CASE("French bodies whose name says what they do, with a nationality inside") {
  CHECK(surfaces("Le conseil de l'Ordre des avocats a statué.", Language::French) ==
        std::vector<std::string>{"Ordre des avocats"});
  CHECK(surfaces("Il enseigne à la Faculté de médecine depuis 1880.", Language::French) ==
        std::vector<std::string>{"Faculté de médecine"});
  CHECK(surfaces("L'Union africaine était représentée.", Language::French) ==
        std::vector<std::string>{"Union africaine"});
  CHECK(surfaces("La Société des voiliers français refusa.", Language::French) ==
        std::vector<std::string>{"Société des voiliers français"});
  // After a whole name, the nationality only describes the body.
  CHECK(surfaces("Le Conseil constitutionnel français a tranché.", Language::French) ==
        std::vector<std::string>{"Conseil constitutionnel", "français"});
  // A verb after "de" is no remit.
  CHECK(surfaces("Il a sommé l'Ordre de statuer sans retard.", Language::French) ==
        std::vector<std::string>{"Ordre"});
}

TEST_CASE("a site named by its domain is a body; German streets are places") {
  CHECK(typeOf("Other sites such as Gawker.com have kept the video.", "Gawker.com", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("A shop on Friedrichstrasse closed.", "Friedrichstrasse", Language::English) ==
        EntityType::Loc);
  CHECK(typeOf("They met near Alexanderplatz on Friday.", "Alexanderplatz", Language::English) ==
        EntityType::Loc);
}

namespace {
std::string kbOf(const std::string& text, const std::string& name, Language language) {
  for (const Mention& m : findNames(text, segment(text, language), language)) {
    if (text.substr(m.start, m.end - m.start) == name) return m.kb;
  }
  FAIL("no mention named " << name);
  return {};
}
}  // namespace

TEST_CASE("a French text means the French town of a name, unless the other is far larger") {
  // Brest in Belarus is the larger city; Brest in Finistère is meant.
  CHECK(kbOf("Le navire est arrivé à Brest jeudi.", "Brest", Language::French) == "city:3030300");
  CHECK(kbOf("The ship reached Brest on Thursday.", "Brest", Language::English) == "city:629634");
  // Paris, Texas is no match for Paris.
  CHECK(kbOf("Elle vit à Paris depuis mai.", "Paris", Language::French) ==
        kbOf("She has lived in Paris since May.", "Paris", Language::English));
}

TEST_CASE("a French street's name opens with its lower-case word; a road or a station is the town's") {
  CHECK(surfaces("Ils traversent la rue Savary et le pont Fleuri.", Language::French) ==
        std::vector<std::string>{"rue Savary", "pont Fleuri"});
  CHECK(surfaces("La police a bouclé la place de l'Indépendance.", Language::French) ==
        std::vector<std::string>{"place de l'Indépendance"});
  CHECK(typeOf("La réunion a lieu salle Jean-Jaurès à 20 heures.", "salle Jean-Jaurès", Language::French) ==
        EntityType::Loc);
  CHECK(surfaces("Il roulait sur la route de Vannes vers la gare de Lens.", Language::French) ==
        std::vector<std::string>{"Vannes", "Lens"});
  CHECK(surfaces("Il habite le village de Kerbertrand.", Language::French) ==
        std::vector<std::string>{"Kerbertrand"});
  // "à la place de Pierre" is "instead of Pierre".
  CHECK(surfaces("Il est venu à la place de Pierre Martin.", Language::French) ==
        std::vector<std::string>{"Pierre Martin"});
}

TEST_CASE("French institutions named from a lower-case head and their town") {
  CHECK(surfaces("Un recours devant le tribunal administratif de Rennes est déposé.", Language::French) ==
        std::vector<std::string>{"tribunal administratif de Rennes"});
  CHECK(typeOf("La chambre de commerce et d'industrie de Bretagne Ouest a salué la décision.",
               "chambre de commerce et d'industrie de Bretagne Ouest", Language::French) == EntityType::Org);
  CHECK(typeOf("La préfecture du Finistère a interdit la manifestation.", "préfecture du Finistère",
               Language::French) == EntityType::Org);
  // A courtyard, advice and a bedroom are no institutions.
  CHECK(surfaces("Ils ont joué dans la cour de Versailles.", Language::French) ==
        std::vector<std::string>{"Versailles"});
  CHECK(surfaces("Il a suivi le conseil de Pierre Martin.", Language::French) ==
        std::vector<std::string>{"Pierre Martin"});
  // A nationality qualifies the ministry, so the ministries of two
  // countries are two names (the nationality is nested, see nested_names_test).
  CHECK(surfaces("Le ministère nord-coréen des Affaires étrangères a démenti.", Language::French) ==
        std::vector<std::string>{"ministère nord-coréen des Affaires étrangères"});
  CHECK(surfaces("Le ministère sud-coréen des Affaires étrangères a relevé des similitudes.",
                 Language::French) ==
        std::vector<std::string>{"ministère sud-coréen des Affaires étrangères"});
  // A body the lexicon knows keeps its own name.
  CHECK(surfaces("Un porte-parole du conseil national de sécurité de la Maison Blanche a parlé.",
                 Language::French) == std::vector<std::string>{"Maison Blanche"});
}

TEST_CASE("a month alone, and the State of set phrases, are not names") {
  CHECK(surfaces("For ten days every September it becomes the centre of the film world.", Language::English)
            .empty());
  CHECK(surfaces("Les chefs d'État ont dénoncé le coup d'État.", Language::French).empty());
  // A title makes a name of it; "May" is a name as often as a month.
  CHECK(surfaces("Le maréchal Juin est arrivé.", Language::French) == std::vector<std::string>{"Juin"});
  CHECK(surfaces("Theresa May spoke. Later May said no.", Language::English) ==
        std::vector<std::string>{"Theresa May", "May"});
  // The State itself is still named.
  CHECK(surfaces("Il a attaqué l'État en justice.", Language::French) == std::vector<std::string>{"État"});
}

TEST_CASE("a title quoted with its comma inside the quotes, and a quality quoted after 'film'") {
  CHECK(typeOf("The top prize went to \"The Salt Orchard,\" a slow drama.", "The Salt Orchard",
               Language::English) == EntityType::Work);
  CHECK(typeOf("The prize went to \u201cNinety Winters,\u201d an American drama.", "Ninety Winters",
               Language::English) == EntityType::Work);
  CHECK(
      surfaces("The jury praised the film for its \"patience and tenderness.\"", Language::English).empty());
  // A cue right before the quote still makes a title of a lower-case phrase.
  CHECK(typeOf("Il a vu le film \u00ab l'interview qui tue \u00bb hier.", "l'interview qui tue",
               Language::French) == EntityType::Work);
}

TEST_CASE("rugby clubs and competitions, shipping lines and African bodies the lexicon knows") {
  CHECK(surfaces("Le Stade toulousain a battu le Racing 92 en Top 14.", Language::French) ==
        std::vector<std::string>{"Stade toulousain", "Racing 92", "Top 14"});
  CHECK(typeOf("He said Maersk and MSC are renegotiating.", "Maersk", Language::English) == EntityType::Org);
  CHECK(typeOf("Le sommet de la CEDEAO s'ouvre jeudi.", "CEDEAO", Language::French) == EntityType::Org);
}

TEST_CASE("land and water around a name, and a French article before it, make a place") {
  CHECK(typeOf("Les entreprises de la zone de Kervidanou recrutent.", "Kervidanou", Language::French) ==
        EntityType::Loc);
  CHECK(typeOf("The islands of the Hvaler archipelago are quiet.", "Hvaler", Language::English) ==
        EntityType::Loc);
  CHECK(typeOf("Les pluies arriveront jusque dans les villages du Sine-Saloum.", "Sine-Saloum",
               Language::French) == EntityType::Loc);
  // A word of the dictionary after "du" may be a body: "du Bloc".
  CHECK(typeOf("Les élus du Bloc ont voté contre.", "Bloc", Language::French) != EntityType::Loc);
  // A person keeps their type after "de".
  CHECK(typeOf("Le fils de Kandadji Ousmane est venu.", "Kandadji Ousmane", Language::French) ==
        EntityType::Person);
}

TEST_CASE("a prize that is won, a company's officers, Portuguese particles, more demonyms") {
  CHECK(typeOf("The Salt Orchard won the Golden Lynx on Saturday.", "Golden Lynx", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("Elle a remporté le Vendée Globe en 2021.", "Vendée Globe", Language::French) ==
        EntityType::Event);
  CHECK(typeOf("I had a call with Meridian's CFO, Tiago Mendes.", "Meridian", Language::English) ==
        EntityType::Org);
  CHECK(surfaces("The widow is played by Maria do Céu Faria.", Language::English) ==
        std::vector<std::string>{"Maria do Céu Faria"});
  // In French OCR, "do" is a misread "de" between two towns.
  CHECK(surfaces("Le vapeur est venu de Lorient do Bordeaux.", Language::French) ==
        std::vector<std::string>{"Lorient", "Bordeaux"});
  CHECK(surfaces("The ship came from Lorient do Bordeaux.", Language::English) ==
        std::vector<std::string>{"Lorient do Bordeaux"});
  CHECK(surfaces("L'ailier fidjien Alivereti Raka a marqué.", Language::French) ==
        std::vector<std::string>{"fidjien", "Alivereti Raka"});
}

TEST_CASE("a long run of commas before a name is read in one step") {
  std::string text = "Son homologue ivoirien";
  for (int i = 0; i < 200000; ++i) text += " ,";
  text += " Kacou Adom a parlé.";
  CHECK(surfaces(text, Language::French) == std::vector<std::string>{"ivoirien", "Kacou Adom"});
}

TEST_CASE("a word that the lexicon has only as an acronym is that name only in capitals") {
  // EAU (the Emirates) and SEC: "Eau" and "Sec" at a sentence's start are the words.
  CHECK(surfaces("Eau potable : la Saur et Veolia gagnent le marché.", Language::French) ==
        std::vector<std::string>{"Saur", "Veolia"});
  CHECK(surfaces("Sec et froid, le temps reste. Us et coutumes.", Language::French).empty());
  CHECK(typeOf("Les EAU ont signé un accord avec la France.", "EAU", Language::French) == EntityType::Loc);
  CHECK(typeOf("The SEC opened an inquiry on Monday.", "SEC", Language::English) == EntityType::Org);
  // A name that is also written as a word keeps its capital's meaning.
  CHECK(typeOf("Nice a voté hier soir.", "Nice", Language::French) == EntityType::Loc);
}

TEST_CASE("three-part names in English stay one person; French lists still split a place from a person") {
  CHECK(surfaces("The defendants, Chidi Okonkwo and Rajesh Kumar Iyer, deny the charges.",
                 Language::English) == std::vector<std::string>{"Chidi Okonkwo", "Rajesh Kumar Iyer"});
  CHECK(surfaces("Ghana's foreign minister Shirley Ayorkor Botchwey spoke first.", Language::English) ==
        std::vector<std::string>{"Ghana", "Shirley Ayorkor Botchwey"});
  CHECK(surfaces("The midfielder João Pedro dos Santos scored twice.", Language::English) ==
        std::vector<std::string>{"João Pedro dos Santos"});
  // French lists of births and deaths run a hamlet or a town into a person.
  CHECK(surfaces("Décès : Polvern Louis Guiéuen, 54 ans ; Paris Edouard Naulet, 61 ans.", Language::French) ==
        std::vector<std::string>{"Polvern", "Louis Guiéuen", "Paris", "Edouard Naulet"});
}

TEST_CASE("a prize's name goes on in lower case after its head, and is an event") {
  const std::string text =
      "Le film remporte la Palme d'or en 1983, puis l'Ours d'argent à Berlin. Elle reçoit le César du "
      "meilleur espoir féminin, et son film l'Oscar du meilleur film en langue étrangère. Le Prix "
      "d'interprétation féminine revient à Claire Dubois.";
  CHECK(surfaces(text, Language::French) ==
        std::vector<std::string>{"Palme d'or", "Ours d'argent", "Berlin", "César du meilleur espoir féminin",
                                 "Oscar du meilleur film en langue étrangère",
                                 "Prix d'interprétation féminine", "Claire Dubois"});
  CHECK(typeOf(text, "Palme d'or", Language::French) == EntityType::Event);
  CHECK(typeOf(text, "César du meilleur espoir féminin", Language::French) == EntityType::Event);
  // A head without a grade or a "meilleur" category is no prize.
  CHECK(surfaces("Lion Capital a racheté la marque de Jean Morel.", Language::French) ==
        std::vector<std::string>{"Lion Capital", "Jean Morel"});
  CHECK(surfaces("Oscar de la Hoya a boxé hier.", Language::French) ==
        std::vector<std::string>{"Oscar de la Hoya"});
}

TEST_CASE("honours after a name, an English judge's title and German forms of address are not the name") {
  const std::string text =
      "The trial opened before His Honour Judge Anthony Pereira-Lowe. Ms Priya Raghunathan KC told the jury "
      "that Jane Hollis MP had been warned. Our conservator, Herr Lukas da Silva Brandt, will travel.";
  CHECK(surfaces(text, Language::English) == std::vector<std::string>{"Anthony Pereira-Lowe",
                                                                      "Priya Raghunathan", "Jane Hollis",
                                                                      "Lukas da Silva Brandt"});
  // After a title or an initial, "Herr" is a surname.
  CHECK(surfaces("Le prix revient à M. L. Herr, de Morlaix.", Language::French) ==
        std::vector<std::string>{"L. Herr", "Morlaix"});
  // A company's acronym in capitals is kept.
  CHECK(surfaces("Shares of KC Holdings rose.", Language::English) ==
        std::vector<std::string>{"KC Holdings"});
}

TEST_CASE("one unknown word that opens a sentence before a date is a dateline's town") {
  CHECK(typeOfFirst("Kerhostin, 12 mars. Les pêcheurs sont rentrés au port.", Language::French) ==
        EntityType::Loc);
  CHECK(typeOfFirst("Tarnwick, March 3 (Reuters) - Fishermen returned to port.", Language::English) ==
        EntityType::Loc);
  // A person's full name before a date stays a person.
  CHECK(typeOfFirst("Jean Kerhostin, 12 mars. Il a témoigné devant le juge.", Language::French) ==
        EntityType::Person);
  // Inside a sentence, the date after a comma is no dateline.
  CHECK(typeOf("Interrogé, Brunaud, 12 mars, a nié.", "Brunaud", Language::French) == EntityType::Person);
}

TEST_CASE("the village, the parish or the gendarmes of a name no list knows make it a place") {
  CHECK(typeOf("Les villages de Tanosco ont brûlé.", "Tanosco", Language::French) == EntityType::Loc);
  CHECK(typeOf("Deux gendarmes de Plétan ont arrêté un vagabond.", "Plétan", Language::French) ==
        EntityType::Loc);
  CHECK(typeOf("Il vit au bourg de Vignoc depuis dix ans.", "Vignoc", Language::French) == EntityType::Loc);
  // A client's lawyers are not a place's.
  CHECK(typeOf("Les avocats de Brunaud ont fait appel.", "Brunaud", Language::French) == EntityType::Person);
}

TEST_CASE("in a match report, a town that plays is its club, and so is the town with a club's word") {
  const std::string report =
      "Norwich beat Leeds 2-1 on Saturday. The captain scored after 12 minutes and the goalkeeper saved a "
      "penalty before half-time. The coach praised his players and the supporters. Elsewhere, Ipswich drew "
      "with Burnley, and Sunderland have beaten Hull. Next week, Norwich City travel to Bristol.";
  CHECK(typeOf(report, "Norwich", Language::English) == EntityType::Org);
  CHECK(typeOf(report, "Burnley", Language::English) == EntityType::Org);
  CHECK(typeOf(report, "Sunderland", Language::English) == EntityType::Org);
  CHECK(typeOf(report, "Norwich City", Language::English) == EntityType::Org);
  // A town that only receives the team stays a town.
  CHECK(typeOf(report, "Bristol", Language::English) == EntityType::Loc);
  CHECK(typeOf(
            "Clermont a battu Toulouse 24-18 samedi au stade Marcel-Michelin. L'équipe et son entraîneur "
            "ont salué les joueurs, le public et les supporters ; l'arbitre a sifflé deux pénalités avant la "
            "mi-temps. Le match retour aura lieu à Toulouse, où le championnat reprend.",
            "Clermont", Language::French) == EntityType::Org);
  // Outside a match report, a city with "City" is the city.
  CHECK(typeOf("The delegation flew to Mexico City on Monday.", "Mexico City", Language::English) ==
        EntityType::Loc);
}

TEST_CASE("an establishment named after its kind is a body, though its name is a person's") {
  const std::string text =
      "Il a été transporté à l'hôpital Lariboisière. Les élèves du lycée Chaptal ont manifesté devant "
      "le musée Carnavalet, puis la réunion s'est tenue à l'hôtel Hilton.";
  CHECK(typeOf(text, "Lariboisière", Language::French) == EntityType::Org);
  CHECK(typeOf(text, "Chaptal", Language::French) == EntityType::Org);
  CHECK(typeOf(text, "Carnavalet", Language::French) == EntityType::Org);
  CHECK(typeOf(text, "Hilton", Language::French) == EntityType::Org);
  // The same name after a person's kind is the person.
  CHECK(typeOf("Le chirurgien Lariboisière a opéré hier.", "Lariboisière", Language::French) ==
        EntityType::Person);
}

TEST_CASE("a word of the other language set apart at a sentence's start is not a name") {
  CHECK(surfaces("Please, soyez un peu sérieux quand vous complotez.", Language::French).empty());
  CHECK(surfaces("Bref, the deal is done and everyone went home.", Language::English).empty());
  // Written with a capital elsewhere, where no sentence starts, it is a name.
  CHECK(surfaces("Gravity, je l'ai vu. Entre Speed et Gravity, rien à voir.", Language::French) ==
        std::vector<std::string>{"Gravity", "Speed", "Gravity"});
  // Without a pause after it, the word may open a name's sentence.
  CHECK(surfaces("Labour has a common-sense plan to fix the system.", Language::English) ==
        std::vector<std::string>{"Labour"});
}

TEST_CASE("the names of events, feasts and boards, whatever their last word") {
  // A place may close an event's name.
  CHECK(typeOf("The 12th Geek Expo Canada opened in Toronto on Friday.", "Geek Expo Canada",
               Language::English) == EntityType::Event);
  CHECK(typeOf("Passengers of Air Canada waited for hours.", "Air Canada", Language::English) ==
        EntityType::Org);
  // A year's start is a feast.
  CHECK(typeOf("Crowds celebrated the Lunar New Year in Hanoi.", "Lunar New Year", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("Le quartier a fêté le Nouvel An chinois samedi.", "Nouvel An chinois", Language::French) ==
        EntityType::Event);
  CHECK(typeOf("Il a passé le Nouvel An à Lyon.", "Nouvel An", Language::French) == EntityType::Event);
  // "An" there is the French year, not the English article.
  CHECK(surfaces("Il a passé le Nouvel An à Lyon.", Language::French) ==
        std::vector<std::string>{"Nouvel An", "Lyon"});
  // The district a school board runs is the board; a district alone is a place.
  CHECK(typeOf("The Lakewood Unified School District closed two schools.", "Lakewood Unified School District",
               Language::English) == EntityType::Org);
  CHECK(typeOf("Officials of the Lake District met walkers.", "Lake District", Language::English) ==
        EntityType::Loc);
  // A newsroom or a wiki, not a person, though it "reported".
  CHECK(typeOf("Euronews reported that the talks had failed.", "Euronews", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("Andrews said that the talks had failed.", "Andrews", Language::English) ==
        EntityType::Person);
}

TEST_CASE("what a cinema screens is a film") {
  CHECK(typeOf("Un cinéma va projeter Rouge Horizon à la place.", "Rouge Horizon", Language::French) ==
        EntityType::Work);
  CHECK(typeOf("Two theatres will screen Silent Harbor instead.", "Silent Harbor", Language::English) ==
        EntityType::Work);
  CHECK(typeOf("Two theatres will welcome Silent Harbor instead.", "Silent Harbor", Language::English) !=
        EntityType::Work);
}

TEST_CASE("the Earth and the Moon, written with a capital, are places") {
  CHECK(typeOf("Il faudra bien que quelqu'un vous fasse redescendre sur Terre.", "Terre", Language::French) ==
        EntityType::Loc);
  CHECK(typeOf("The rocket reached the Moon on Friday.", "Moon", Language::English) == EntityType::Loc);
  // At a sentence's start the capital says nothing.
  CHECK(surfaces("Terre promise des investisseurs, la vallée attire les jeunes pousses.", Language::French)
            .empty());
}

TEST_CASE("a town's body does not make the town a body") {
  const std::string text =
      "The Denver Police Department and the Denver Public Library said on Monday that Denver would "
      "reopen its parks.";
  CHECK(typeOf(text, "Denver Police Department", Language::English) == EntityType::Org);
  CHECK(typeOf(text, "Denver", Language::English) == EntityType::Loc);
}

TEST_CASE("an abbreviation that closes a name keeps its full stop") {
  CHECK(surfaces("Orvane Systems Inc. on Tuesday sold its Lyon plant.", Language::English) ==
        std::vector<std::string>{"Orvane Systems Inc.", "Lyon"});
  CHECK(surfaces("The buyer was Kestrel Holdings Ltd.", Language::English) ==
        std::vector<std::string>{"Kestrel Holdings Ltd."});
  // A full stop after another word is the sentence's.
  CHECK(surfaces("The buyer was Kestrel Holdings.", Language::English) ==
        std::vector<std::string>{"Kestrel Holdings"});
}

TEST_CASE("dams and places of worship named after people are places") {
  CHECK(typeOf("Residents fled after the Ross Creek Dam overflowed.", "Ross Creek Dam", Language::English) ==
        EntityType::Loc);
  CHECK(typeOf("Un incendie a ravagé la cathédrale Notre-Dame de Paris lundi.", "Notre-Dame de Paris",
               Language::French) == EntityType::Loc);
  CHECK(typeOf("Le concert aura lieu à l'église Saint-Eustache samedi.", "Saint-Eustache",
               Language::French) == EntityType::Loc);
  CHECK(typeOf("Saint-Gildas, une abbaye du Morbihan, accueille les visiteurs.", "Saint-Gildas",
               Language::French) == EntityType::Loc);
  // The town of "l'église de Dinan" stays the town, and a person after a
  // title stays a person.
  CHECK(surfaces("Il a visité l'église de Dinan hier.", Language::French) ==
        std::vector<std::string>{"Dinan"});
  CHECK(typeOf("Secretary of State Henry Kissinger met him.", "Henry Kissinger", Language::English) ==
        EntityType::Person);
}

TEST_CASE("a body the lexicon knows goes on over its small words and a lower-case nationality") {
  CHECK(surfaces("Il a rejoint la Confédération générale du travail en 1995.", Language::French) ==
        std::vector<std::string>{"Confédération générale du travail"});
  CHECK(surfaces("Le candidat d'Europe Écologie Les Verts l'emporte.", Language::French) ==
        std::vector<std::string>{"Europe Écologie Les Verts"});
  CHECK(surfaces("Le quartier a fêté le Nouvel An chinois samedi.", Language::French) ==
        std::vector<std::string>{"Nouvel An chinois"});
  // Past a name the lexicon knows alone, small words are the sentence's.
  CHECK(surfaces("Il a visité Berlin de nuit avec Anna.", Language::French) ==
        std::vector<std::string>{"Berlin", "Anna"});
}

TEST_CASE("an event's word first, and award ceremonies, make events") {
  CHECK(typeOf("Le club a battu Lens en finale de la Coupe de la Ligue.", "Coupe de la Ligue",
               Language::French) == EntityType::Event);
  CHECK(typeOf("Au Festival d'Avignon, les pièces sont annulées.", "Festival d'Avignon", Language::French) ==
        EntityType::Event);
  CHECK(typeOf("Le film représentera la France aux Oscars.", "Oscars", Language::French) ==
        EntityType::Event);
  CHECK(typeOf("She won twice at the Grammys last year.", "Grammys", Language::English) == EntityType::Event);
  // A congress stays a body.
  CHECK(typeOf("Le Congrès des États-Unis a voté la loi.", "Congrès des États-Unis", Language::French) !=
        EntityType::Event);
}

TEST_CASE("a known name may open after the words a sentence's capital took in") {
  CHECK(surfaces("Selon le Journal du dimanche, le ministre a démissionné.", Language::French) ==
        std::vector<std::string>{"Journal du dimanche"});
  // A name the lexicon does not know stops before the small word.
  CHECK(surfaces("Selon le Courrier du soir, le ministre a démissionné.", Language::French) ==
        std::vector<std::string>{"Courrier"});
}

TEST_CASE("a word before a body's head and 'of' opens the name at a sentence's start") {
  CHECK(surfaces("Insurance Council of Australia chief executive Rob Whelan said so.", Language::English) ==
        std::vector<std::string>{"Insurance Council of Australia", "Rob Whelan"});
  // A small word does not.
  CHECK(surfaces("Meanwhile Council of Europe members met.", Language::English) ==
        std::vector<std::string>{"Council of Europe"});
}

TEST_CASE("venues and towers are places; bishops' conferences are bodies") {
  CHECK(typeOf("The show took place at the Metro Toronto Convention Centre this weekend.",
               "Metro Toronto Convention Centre", Language::English) == EntityType::Loc);
  CHECK(typeOf("He was taken to the Century City Towers.", "Century City Towers", Language::English) ==
        EntityType::Loc);
  CHECK(typeOf("The secretary general of the Italian Episcopal Conference spoke.",
               "Italian Episcopal Conference", Language::English) == EntityType::Org);
  CHECK(typeOf("The United States Conference of Catholic Bishops met.",
               "United States Conference of Catholic Bishops", Language::English) == EntityType::Org);
  // A research centre stays a body, and a conference an event.
  CHECK(typeOf("The Medical Research Centre in Leeds said so.", "Medical Research Centre",
               Language::English) == EntityType::Org);
  CHECK(typeOf("Leaders met at the Munich Security Conference.", "Munich Security Conference",
               Language::English) == EntityType::Event);
}

TEST_CASE("a ministry's remit keeps its adjective, and Nordic legal forms close a company") {
  CHECK(surfaces("Le ministère de la Transition écologique n'a pas commenté.", Language::French) ==
        std::vector<std::string>{"ministère de la Transition écologique"});
  // A nationality after the remit is a mention of its own.
  CHECK(surfaces("Le ministère de la Culture italien a répondu.", Language::French) ==
        std::vector<std::string>{"ministère de la Culture", "italien"});
  CHECK(typeOf("Margaret Okafor | General Counsel | Halvorsen Maritime ASA", "Halvorsen Maritime ASA",
               Language::English) == EntityType::Org);
}

TEST_CASE("feasts of the year are events") {
  CHECK(typeOf("The deal can close before Easter if the board agrees.", "Easter", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("Les ventes de Pâques ont reculé.", "Pâques", Language::French) == EntityType::Event);
  CHECK(typeOf("Christmas sales fell by 3 %.", "Christmas", Language::English) == EntityType::Event);
  // The island keeps its own name.
  CHECK(typeOf("Easter Island is far from Chile.", "Easter Island", Language::English) == EntityType::Loc);
}

TEST_CASE("a title in the possessive does not vouch for the common word after it") {
  CHECK(surfaces("During Prime Minister's Questions on Wednesday, Sunak defended the plan.",
                 Language::English) == std::vector<std::string>{"Sunak"});
  // A title as such still does.
  CHECK(surfaces("On Wednesday they met Dr Hope.", Language::English) == std::vector<std::string>{"Hope"});
}

TEST_CASE("a body the lexicon knows goes on over its lower-case words and elisions") {
  CHECK(surfaces("Les députés du groupe La France insoumise ont voté contre.", Language::French) ==
        std::vector<std::string>{"France insoumise"});
  CHECK(typeOf("Les députés du groupe La France insoumise ont voté contre.", "France insoumise",
               Language::French) == EntityType::Org);
  // The acronym defined after it gives the name back its article.
  CHECK(surfaces("Les députés de La France insoumise (LFI) ont voté.", Language::French) ==
        std::vector<std::string>{"La France insoumise", "LFI"});
  CHECK(surfaces("Le Centre national du cinéma et de l'image animée a refusé.", Language::French) ==
        std::vector<std::string>{"Centre national du cinéma et de l'image animée"});
  // A country goes on over a nationality only, not over any word.
  CHECK(surfaces("La France perd 3 % cette année.", Language::French) == std::vector<std::string>{"France"});
}

TEST_CASE("an office named after its officer is one name, possessive and all") {
  CHECK(surfaces("A spokesman for the U.S. Attorney's Office for the Southern District of New York declined.",
                 Language::English) ==
        std::vector<std::string>{"U.S. Attorney's Office for the Southern District of New York"});
  CHECK(typeOf("The Attorney General's Office replied on Monday.", "Attorney General's Office",
               Language::English) == EntityType::Org);
  CHECK(typeOf("Deputies of the LA Sheriff's Department arrived.", "LA Sheriff's Department",
               Language::English) == EntityType::Org);
  // Any other possessive still ends the name.
  CHECK(surfaces("Nothing changed in Halvorsen's Bergen office.", Language::English) ==
        std::vector<std::string>{"Halvorsen", "Bergen"});
}

TEST_CASE("bonds and creditors after an unknown name make it a company, not a country") {
  CHECK(typeOf("Investors fled Evergrande bonds on Monday.", "Evergrande", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("Traders sold Argentina bonds on Monday.", "Argentina", Language::English) == EntityType::Loc);
}

TEST_CASE("a company named with its legal form keeps its first word at a sentence's start") {
  const std::string text =
      "The judge ruled against Meridian Capital Partners LLC on Thursday. Meridian, which managed "
      "$2 billion, was wound down.";
  CHECK(surfaces(text, Language::English) ==
        std::vector<std::string>{"Meridian Capital Partners LLC", "Meridian"});
  CHECK(surfaces("The holding (Kestrel Holdings S.à r.l.) still shows a loan.", Language::English) ==
        std::vector<std::string>{"Kestrel Holdings S.à r.l."});
  // Without the legal form the common word at the start is no name.
  CHECK(
      surfaces("The judge ruled against Meridian Capital Partners on Thursday. Meridian lines cross the map.",
               Language::English) == std::vector<std::string>{"Meridian Capital Partners"});
}

TEST_CASE("a mail's header fields are no names, and a French legal form that is a word closes a company") {
  CHECK(surfaces("Date: mardi 7 février 2023\nSubject: RE: dossier Tanger\n\nBonjour Bruno,",
                 Language::French) == std::vector<std::string>{"Tanger", "Bruno"});
  CHECK(surfaces("Natixis attend les comptes de Vantor Énergie SAS depuis mars.", Language::French) ==
        std::vector<std::string>{"Natixis", "Vantor Énergie SAS"});
  // "sas" is a word: after a name in capitals it still opens a heading.
  CHECK(surfaces("Natixis attend les comptes de Vantor Énergie SAS.", Language::French).back() ==
        "Vantor Énergie SAS");
}

TEST_CASE("the ministries' buildings name them") {
  CHECK(typeOf("Bercy ne bloquera pas l'opération, selon nos informations.", "Bercy", Language::French) ==
        EntityType::Org);
  CHECK(typeOf("Du côté de Beauvau, on confirme.", "Beauvau", Language::French) == EntityType::Org);
}

TEST_CASE("a headline with a verb in lower case is no Title Case, however many names it has") {
  const std::string french =
      "Cannes 2024 : « Anora » de Sean Baker remporte la Palme\n\nLe jury a voté samedi.";
  const auto found = surfaces(french, Language::French);
  CHECK(std::find(found.begin(), found.end(), "Sean Baker") != found.end());
  // An English headline in Title Case still needs more than its capitals.
  CHECK(surfaces("Experts Warn Of More Attacks On Banks\n\nThe attacks went on.", Language::English).empty());
}

TEST_CASE("a weekday or a month before a name belongs to the date") {
  CHECK(surfaces("On Saturday Mary Smith won the title.", Language::English) ==
        std::vector<std::string>{"Mary Smith"});
  CHECK(surfaces("In March Apple said it would appeal.", Language::English) ==
        std::vector<std::string>{"Apple"});
  CHECK(surfaces("Samedi Jean Dupont est parti.", Language::French) ==
        std::vector<std::string>{"Jean Dupont"});
  // A month that is a given name opens a person's name.
  CHECK(surfaces("Yesterday June Carter sang.", Language::English) ==
        std::vector<std::string>{"June Carter"});
  // A newspaper named after its day keeps it.
  CHECK(typeOf("He told the Sunday Times that he would go.", "Sunday Times", Language::English) ==
        EntityType::Org);
}

TEST_CASE("a given name that is also a region opens a person's name") {
  CHECK(typeOf("Mary Smith won the title on Saturday.", "Mary Smith", Language::English) ==
        EntityType::Person);
  CHECK(typeOf("Yesterday Georgia Brown said no.", "Georgia Brown", Language::English) == EntityType::Person);
  // A region before a dictionary word still names a body.
  CHECK(typeOf("Georgia Power raised its prices.", "Georgia Power", Language::English) == EntityType::Org);
}

TEST_CASE("a person of the country the lexicon knows is two names") {
  CHECK(surfaces("Yesterday Mary Smith of the Czech Republic won the title.", Language::English) ==
        std::vector<std::string>{"Mary Smith", "Czech Republic"});
  // Two words no dictionary has, though the name lists lack the first.
  CHECK(surfaces("Barbora Krejcikova of the Czech Republic won the title.", Language::English) ==
        std::vector<std::string>{"Barbora Krejcikova", "Czech Republic"});
  // A body's name keeps its "of the", and an embassy is a body.
  CHECK(surfaces("He joined the Bank of the West.", Language::English) ==
        std::vector<std::string>{"Bank of the West"});
  CHECK(typeOf("The Embassy of France said no.", "Embassy of France", Language::English) == EntityType::Org);
}

TEST_CASE("tennis majors are events and a Spaniard a nationality") {
  CHECK(typeOf("He won his second straight Wimbledon title on Sunday.", "Wimbledon", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("She won the French Open at Roland Garros last month.", "Roland Garros", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("The 21-year-old Spaniard won again.", "Spaniard", Language::English) == EntityType::Norp);
}

TEST_CASE("a hospital or a college named after its founder keeps the possessive") {
  CHECK(typeOf("She trained at Guy's Hospital in London.", "Guy's Hospital", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("He was taken to St Thomas' Hospital on Monday.", "St Thomas' Hospital", Language::English) ==
        EntityType::Org);
  // Elsewhere the possessive still ends the name, and a closing quote is no possessive.
  CHECK(surfaces("We read Thomas's Report yesterday.", Language::English) ==
        std::vector<std::string>{"Thomas"});
  CHECK(surfaces("The group called itself 'Anonymous' Hospital staff said.", Language::English) ==
        std::vector<std::string>{"Anonymous"});
}

TEST_CASE("Dutch particles join a person's name") {
  CHECK(surfaces("On y voit des œuvres de Gerard ter Borch et de Pieter de Hooch.", Language::French) ==
        std::vector<std::string>{"Gerard ter Borch", "Pieter de Hooch"});
  CHECK(surfaces("The manager, Erik ten Hag, said so.", Language::English) ==
        std::vector<std::string>{"Erik ten Hag"});
  CHECK(surfaces("The study by Hendrik van den Berg was cited.", Language::English) ==
        std::vector<std::string>{"Hendrik van den Berg"});
}

TEST_CASE("an elision set apart by a space, as old print does, is read as written today") {
  CHECK(typeOf("Il est officier de la Légion d' honneur depuis 1998.", "Légion d' honneur",
               Language::French) == EntityType::Org);
  CHECK(surfaces("Il vit rue d' Aiguillon depuis mai.", Language::French) ==
        std::vector<std::string>{"rue d' Aiguillon"});
  CHECK(surfaces("Jeanne d' Arc est entrée à Orléans.", Language::French) ==
        std::vector<std::string>{"Jeanne d' Arc", "Orléans"});
  // An English plural's possessive is no elision.
  for (const std::string& name : surfaces("The Obamas' house in Leeds was sold.", Language::English))
    CHECK(name.find('\'') == std::string::npos);
}

TEST_CASE("after a body's kind, two dictionary words joined by et are one name") {
  CHECK(surfaces("L'association Habitat et Humanisme a proposé un relogement.", Language::French) ==
        std::vector<std::string>{"Habitat et Humanisme"});
  // Names of their own make a list.
  CHECK(surfaces("Les sociétés Renault et Stellantis ont signé.", Language::French) ==
        std::vector<std::string>{"Renault", "Stellantis"});
  CHECK(surfaces("Le journal a interrogé Martin et Durand hier.", Language::French).size() == 2);
}

TEST_CASE("an acronym spells the parts of a hyphenated word") {
  CHECK(surfaces("Selon le Service départemental-métropolitain d'incendie et de secours (SDMIS), le feu est "
                 "éteint.",
                 Language::French)
            .front() == "Service départemental-métropolitain d'incendie et de secours");
  CHECK(typeOf("Les investigations ont été confiées à la Sûreté départementale.", "Sûreté départementale",
               Language::French) == EntityType::Org);
}

TEST_CASE("a desk and a job in the newsroom are no name") {
  CHECK(surfaces("By Thomas Whitfield, Health Correspondent\n\nThe report came out.", Language::English) ==
        std::vector<std::string>{"Thomas Whitfield"});
  CHECK(surfaces("Yesterday Sports Reporter Ann Lee agreed.", Language::English) ==
        std::vector<std::string>{"Ann Lee"});
  CHECK(surfaces("The Chief Executive left on Monday.", Language::English).empty());
  // An office named without its holder stands for the holder.
  CHECK(typeOf("Then the Foreign Minister spoke.", "Foreign Minister", Language::English) ==
        EntityType::Person);
}

TEST_CASE("honours, medical journals and regional papers are bodies") {
  CHECK(
      surfaces("She was made a Dame Commander of the Order of the British Empire in 1998.", Language::English)
          .front() == "Order of the British Empire");
  CHECK(typeOf("Their paper in The Lancet was cited.", "Lancet", Language::English) == EntityType::Org);
  CHECK(typeOf("Par Camille Roux, Le Progrès, 14 février 2025", "Le Progrès", Language::French) ==
        EntityType::Org);
  CHECK(typeOf("Blueberries from Andean Fresh S.A.C. are held.", "Andean Fresh S.A.C.", Language::English) ==
        EntityType::Org);
  CHECK(typeOf("The containers are held by Dutch Customs today.", "Dutch Customs", Language::English) ==
        EntityType::Org);
}

TEST_CASE("an exhibition's quoted title is a work, and retailers are companies") {
  CHECK(typeOf("L'exposition « Vermeer et les maîtres de la peinture de genre » ouvre mercredi.",
               "Vermeer et les maîtres de la peinture de genre", Language::French) == EntityType::Work);
  // Without the cue, a quoted name is still a name.
  CHECK(typeOf("Il a dit « Vermeer » deux fois.", "Vermeer", Language::French) != EntityType::Work);
  CHECK(typeOf("Intermarché et Auchan se sont portés candidats.", "Auchan", Language::French) ==
        EntityType::Org);
}

TEST_CASE("trade shows are events") {
  CHECK(typeOf("Nvidia unveiled its chips at Computex in Taipei.", "Computex", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("Le Salon de l'agriculture ouvre samedi.", "Salon de l'agriculture", Language::French) ==
        EntityType::Event);
}

TEST_CASE("a middle initial M is no French form of address in English") {
  CHECK(surfaces("U.S. District Judge Lorna M. Patterson ruled on Thursday.", Language::English) ==
        std::vector<std::string>{"Lorna M. Patterson"});
  // In French, "M." after a name still addresses the next person.
  CHECK(surfaces("Étaient présents Mimi Toinon, M. Combarelle et d'autres.", Language::French).back() ==
        "Combarelle");
}

TEST_CASE("an initial follows a given name or opens a name; otherwise its full stop ends the sentence") {
  CHECK(surfaces("Elle était en visite à Station F. Bpifrance participe aussi.", Language::French) ==
        std::vector<std::string>{"Station F", "Bpifrance"});
  CHECK(surfaces("He met John F. Kennedy and J. Edgar Hoover.", Language::English) ==
        std::vector<std::string>{"John F. Kennedy", "J. Edgar Hoover"});
}

TEST_CASE("a surname that is a word stays the person's at a sentence's start") {
  const std::string text =
      "Sinner beats Alcaraz in the final\n\nJannik Sinner won on Sunday. Sinner now heads to Toronto.";
  const auto names = surfaces(text, Language::English);
  CHECK(std::count(names.begin(), names.end(), "Sinner") == 2);
  // The document also writes the word in lower case: then it is that word.
  CHECK(surfaces("Jannik Sinner won. Sinner or saint, he was a sinner to them.", Language::English) ==
        std::vector<std::string>{"Jannik Sinner"});
  // A body's word after a given name is no surname.
  CHECK(surfaces("Grace Church opened. Church leaders came.", Language::English) ==
        std::vector<std::string>{"Grace Church"});
}

TEST_CASE("a professor of an institute is two names") {
  CHECK(surfaces("The team, headed by Professor Alan McCrae of the Usher Institute, followed them.",
                 Language::English) == std::vector<std::string>{"Alan McCrae", "Usher Institute"});
}

TEST_CASE("an acronym may skip a word of the name it defines") {
  CHECK(surfaces("It was funded by the National Institute for Health and Care Research (NIHR) last year.",
                 Language::English)
            .front() == "National Institute for Health and Care Research");
  // Two names that the acronym does not close stay two.
  CHECK(surfaces("Both the Science Council and Home Office (HO) agreed.", Language::English).front() ==
        "Science Council");
}

TEST_CASE("a minister's remits after chargé de and et are no names") {
  CHECK(
      surfaces("La ministre déléguée chargée de l'Intelligence artificielle et du Numérique, Clara Chappaz, "
               "était là.",
               Language::French) == std::vector<std::string>{"Clara Chappaz"});
  // A union's delegate names a body.
  CHECK(surfaces("Le citoyen Besset, délégué de la Fédération des cuirs et peaux, a parlé.", Language::French)
            .back() == "Fédération des cuirs");
}

TEST_CASE("headlines, journals, tournaments, towns and tech companies") {
  CHECK(typeOf("Lantern Festival in Taipei lights up the night\n\nThousands came.", "Lantern Festival",
               Language::English) == EntityType::Event);
  CHECK(typeOf("The study was published in journal Nature Climate Change yesterday.", "Nature Climate Change",
               Language::English) == EntityType::Org);
  CHECK(typeOf("Sinner now heads to the Canadian Open in Toronto.", "Canadian Open", Language::English) ==
        EntityType::Event);
  CHECK(typeOf("It is the tournament I dreamed of as a kid in San Candido.", "San Candido",
               Language::English) == EntityType::Loc);
  CHECK(typeOf("La start-up parisienne Mistral AI a levé 1,7 milliard d'euros.", "Mistral AI",
               Language::French) == EntityType::Org);
  CHECK(typeOf("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed it a war.",
               "Globe and Mail", Language::English) == EntityType::Org);
  // A list's neighbour does not type a name built with a complement.
  CHECK(typeOf("We convinced the Food Standards of Australia and New Zealand to act.",
               "Food Standards of Australia", Language::English) == EntityType::Org);
}

TEST_CASE("a capital The where no sentence starts opens a title") {
  CHECK(typeOf("Adrien Brody won best actor for The Brutalist on Sunday.", "The Brutalist",
               Language::English) == EntityType::Work);
  CHECK(typeOf("Her comeback in The Substance made her the favourite.", "The Substance", Language::English) ==
        EntityType::Work);
  // Before a body's word, the article is dropped as before.
  CHECK(surfaces("Members of The Church of Scientology protested.", Language::English).front() ==
        "Church of Scientology");
}

TEST_CASE("a dictionary word after a work's kind is its title") {
  CHECK(typeOf("Edward Berger's papal thriller Conclave won best film.", "Conclave", Language::English) ==
        EntityType::Work);
  CHECK(surfaces("He stressed the Internet was not to blame.", Language::English).empty());
}

TEST_CASE("no apposition after an opening phrase, nor from an owner") {
  CHECK(typeOf("In Frankfurt, the European Central Bank is expected to hold rates.", "Frankfurt",
               Language::English) == EntityType::Loc);
  CHECK(typeOf("The market is softening, said Jan Hatzius, the bank's chief economist.", "Jan Hatzius",
               Language::English) == EntityType::Person);
}

TEST_CASE("a heading in capitals starts the sentence after it, and a cut month is no name") {
  CHECK(surfaces("VAPEURS Arrivés à Oran, le 20, le Fournel.", Language::French) ==
        std::vector<std::string>{"Oran", "Fournel"});
  // A short acronym is no heading: the word after it keeps its capital.
  CHECK(surfaces("The FIRST Global Challenge was held in Washington.", Language::English).front() ==
        "Global Challenge");
  CHECK(surfaces("Livraison Sept. Oct. à Nantes.", Language::French) == std::vector<std::string>{"Nantes"});
}
