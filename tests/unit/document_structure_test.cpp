#include "document_structure.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace recoupe;

namespace {

// Sections must tile [0, size) in order, without gaps, overlaps or empty spans.
void checkCoverage(const std::vector<Section>& sections, std::size_t size) {
  std::uint32_t at = 0;
  for (const Section& section : sections) {
    CHECK(section.start == at);
    CHECK(section.end > section.start);
    at = section.end;
  }
  CHECK(at == size);
}

std::uint32_t offsetOf(const std::string& text, std::string_view needle) {
  const std::size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return static_cast<std::uint32_t>(at);
}

struct ExpectedSection {
  SectionKind kind;
  std::uint32_t start;
  std::uint32_t end;
};

void checkSections(const std::vector<Section>& sections, const std::vector<ExpectedSection>& expected) {
  REQUIRE(sections.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(sectionKindName(sections[i].kind) == sectionKindName(expected[i].kind));
    CHECK(sections[i].start == expected[i].start);
    CHECK(sections[i].end == expected[i].end);
  }
}

const std::string kFrenchArticle =
    "Le port de Brest accueille un nouveau brise-glace\n"
    "\n"
    "Par Jeanne Kerlan\n"
    "\n"
    "Le navire à quai, le 12 mars 2021 à Brest (Photo : Y. Morvan)\n"
    "\n"
    "[12/03/2021 10:15:00] Brest (AFP) Le brise-glace commandé par l'armateur finistérien est arrivé "
    "vendredi "
    "matin dans la rade, après une traversée de neuf jours depuis les chantiers de Gdańsk.\n"
    "\n"
    "Long de 96 mètres, il pourra ouvrir un chenal dans une glace épaisse d'un mètre et servira aux missions "
    "scientifiques de l'institut polaire à partir de l'automne prochain.\n"
    "\n"
    "Abonnez-vous à notre newsletter\n"
    "\n"
    "Recevez chaque matin l'essentiel de l'actualité\n"
    "\n"
    "Le maire a salué « une fierté pour toute la région » et annoncé une journée portes ouvertes au mois de "
    "juin, lorsque l'équipage aura terminé ses essais en mer.\n"
    "\n"
    "Commentaires (2)\n"
    "#1\n"
    "Enfin une bonne nouvelle pour le port !\n"
    "#2\n"
    "Combien a coûté ce navire ?\n"
    "\n"
    "Articles récents\n"
    "Un nouveau ferry pour Ouessant\n"
    "© 2021 Le Courrier de la Rade - Tous droits réservés\n";

const std::string kEnglishArticle =
    "Harbour Council Approves New Ferry Terminal\n"
    "Photo: Shutterstock\n"
    "\n"
    "LONDON (Reuters) - The city council voted on Tuesday to fund a new ferry terminal on the east bank, "
    "ending "
    "a dispute that had delayed the project for almost a decade.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "Construction is expected to start next spring and to cost about 40 million pounds, according to the "
    "council's own estimate.\n"
    "\n"
    "Share this\n"
    "Facebook Twitter LinkedIn\n"
    "\n"
    "Related articles\n"
    "Ferry fares to rise in spring\n"
    "Council elections set for May\n"
    "\n"
    "Leave a reply\n"
    "Jane Porter says:\n"
    "I hope they add a bike lane.\n"
    "Reply\n"
    "Tom Hale says:\n"
    "Long overdue.\n"
    "Reply\n"
    "\n"
    "Privacy policy | Cookies | All rights reserved\n";

}  // namespace

TEST_CASE("a French article: header with dateline, body, newsletter box, comments, trailing chrome") {
  const std::string& text = kFrenchArticle;
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  const std::uint32_t bodyText = offsetOf(text, "Le brise-glace");
  const std::uint32_t box = offsetOf(text, "Abonnez-vous");
  const std::uint32_t afterBox = offsetOf(text, "Le maire");
  const std::uint32_t thread = offsetOf(text, "Commentaires (2)");
  const std::uint32_t recent = offsetOf(text, "Articles récents");
  checkSections(sections, {
                              {SectionKind::Header, 0, bodyText},
                              {SectionKind::Body, bodyText, box},
                              {SectionKind::Boilerplate, box, afterBox},
                              {SectionKind::Body, afterBox, thread},
                              {SectionKind::Comments, thread, recent},
                              {SectionKind::Boilerplate, recent, static_cast<std::uint32_t>(text.size())},
                          });
}

TEST_CASE("an English article: credit, agency dateline, advert, share bar, related links, replies, footer") {
  const std::string& text = kEnglishArticle;
  const auto sections = findSections(text, Language::English);
  checkCoverage(sections, text.size());
  const auto size = static_cast<std::uint32_t>(text.size());
  const std::uint32_t bodyText = offsetOf(text, "The city council");
  const std::uint32_t advert = offsetOf(text, "Advertisement");
  const std::uint32_t afterAdvert = offsetOf(text, "Construction");
  const std::uint32_t share = offsetOf(text, "Share this");
  const std::uint32_t thread = offsetOf(text, "Leave a reply");
  const std::uint32_t footer = offsetOf(text, "Privacy policy");
  checkSections(sections, {
                              {SectionKind::Header, 0, bodyText},
                              {SectionKind::Body, bodyText, advert},
                              {SectionKind::Boilerplate, advert, afterAdvert},
                              {SectionKind::Body, afterAdvert, share},
                              {SectionKind::Boilerplate, share, thread},
                              {SectionKind::Comments, thread, footer},
                              {SectionKind::Boilerplate, footer, size},
                          });
}

TEST_CASE("a title, kicker and standfirst above the first paragraph form the header") {
  const std::string text =
      "Budget 2022 : la ville vote ses investissements\n"
      "\n"
      "politique locale\n"
      "\n"
      "Les élus ont adopté le plan de rénovation des écoles\n"
      "\n"
      "Le conseil municipal a adopté lundi soir, par 32 voix contre 11, un budget d'investissement en hausse "
      "de "
      "12 %, porté par la rénovation thermique de six groupes scolaires.\n";
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  const std::uint32_t body = offsetOf(text, "Le conseil");
  checkSections(sections, {{SectionKind::Header, 0, body},
                           {SectionKind::Body, body, static_cast<std::uint32_t>(text.size())}});
}

TEST_CASE("an image file name and a caption are header lines") {
  const std::string text =
      "Un incendie ravage un entrepôt à Lyon\n"
      "a3f9c2d41b7e09f5c6d8e2a1b4c7d9e0f1a2b3c4.jpg\n"
      "Les pompiers sur place, mardi soir. AFP PHOTO / P. Durand\n"
      "Un violent incendie s'est déclaré mardi soir dans un entrepôt de la zone industrielle, sans faire de "
      "victime selon les pompiers.\n";
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  const std::uint32_t body = offsetOf(text, "Un violent");
  checkSections(sections, {{SectionKind::Header, 0, body},
                           {SectionKind::Body, body, static_cast<std::uint32_t>(text.size())}});
}

TEST_CASE("short link-like lines closing an article are boilerplate") {
  const std::string text =
      "Le gouvernement présente son plan pour le rail et promet des trains plus fréquents dans les régions, "
      "avec un calendrier étalé sur dix ans.\n"
      "Trois questions sur la grève\n"
      "Le prix du billet va-t-il augmenter ?\n"
      "La carte des lignes rouvertes\n";
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  const std::uint32_t links = offsetOf(text, "Trois questions");
  checkSections(sections, {{SectionKind::Body, 0, links},
                           {SectionKind::Boilerplate, links, static_cast<std::uint32_t>(text.size())}});
}

TEST_CASE("when unsure, everything is body") {
  SUBCASE("empty text has no section") { CHECK(findSections("", Language::French).empty()); }
  SUBCASE("one line") {
    const std::string text = "Une seule ligne, sans rien autour.";
    checkSections(findSections(text, Language::French),
                  {{SectionKind::Body, 0, static_cast<std::uint32_t>(text.size())}});
  }
  SUBCASE("one title-like line without an article is not a header") {
    const std::string text = "Titre seul\n";
    checkSections(findSections(text, Language::French), {{SectionKind::Body, 0, 11}});
  }
  SUBCASE("a cue word inside running text is not chrome") {
    const std::string text =
        "Le ministre a voulu partager ses doutes.\n"
        "Les commentaires des syndicats ont été vifs, et la newsletter interne du ministère en a rendu "
        "compte.\n"
        "Commentaires\n";
    const auto sections = findSections(text, Language::French);
    // The last line is a lone heading at the very end: a thread, but an empty one.
    checkCoverage(sections, text.size());
    REQUIRE(sections.size() == 2);
    CHECK(sections[0].kind == SectionKind::Body);
    CHECK(sections[0].end == offsetOf(text, "Commentaires\n"));
  }
  SUBCASE("a photo credit in the middle of the article stays body") {
    const std::string text =
        "The storm hit the coast on Monday night, cutting power to thousands of homes along the bay, "
        "officials "
        "said.\n"
        "Waves on the pier - Shutterstock - \xC2\xA9 Jan Novak\n"
        "Repairs are expected to take the rest of the week.\n";
    checkSections(findSections(text, Language::English),
                  {{SectionKind::Body, 0, static_cast<std::uint32_t>(text.size())}});
  }
  SUBCASE("a comment number alone does not open a thread") {
    const std::string text =
        "Le tournoi reprend samedi après deux semaines d'interruption, a annoncé la fédération dans un "
        "communiqué.\n"
        "#1\n"
        "Classement inchangé.\n";
    checkSections(findSections(text, Language::French),
                  {{SectionKind::Body, 0, static_cast<std::uint32_t>(text.size())}});
  }
}

TEST_CASE("carriage returns and text without a final newline are covered") {
  const std::string text =
      "Titre du jour\r\n\r\nUn paragraphe qui se termine.\r\n#1\r\nPremier !\r\n#2\r\nDeuxième";
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  const std::uint32_t body = offsetOf(text, "Un paragraphe");
  const std::uint32_t thread = offsetOf(text, "#1");
  checkSections(sections, {{SectionKind::Header, 0, body},
                           {SectionKind::Body, body, thread},
                           {SectionKind::Comments, thread, static_cast<std::uint32_t>(text.size())}});
}

TEST_CASE("a huge line and many lines stay linear") {
  std::string text = "Un titre\n";
  text += std::string(3u * 1024u * 1024u, 'a');
  text += ".\n";
  for (int i = 0; i < 200000; ++i) text += "Une ligne de texte ordinaire, avec sa ponctuation.\n";
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].kind == SectionKind::Header);
  CHECK(sections[1].kind == SectionKind::Body);
}

TEST_CASE("an e-mail's header block is the header and its hard-wrapped lines stay body") {
  const std::string text =
      "From: Ada Moreau <ada@example.org>\n"
      "To: Luc Petit <luc@example.org>, Nina Roy <nina@example.org>, Omar Haddad <omar@example.org>\n"
      "Date: Mon, 5 Jan 2015 09:00:00 +0100\n"
      "Subject: Relecture\n"
      "\n"
      "Luc,\n"
      "\n"
      "Le papier sur le port part ce soir. Peux-tu relire les chiffres du\n"
      "budget et la citation du maire avant 18 heures ?\n"
      "Merci\n"
      "Ada\n";
  const auto sections = findSections(text, Language::French);
  checkCoverage(sections, text.size());
  const std::uint32_t body = offsetOf(text, "Luc,");
  checkSections(sections, {{SectionKind::Header, 0, body},
                           {SectionKind::Body, body, static_cast<std::uint32_t>(text.size())}});
}

TEST_CASE("a quoted message's header block in a reply is a header, with its separator") {
  const std::string text =
      "From: Amy Pascal <amy@example.org>\n"
      "To: Michael Lynton <michael@example.org>\n"
      "Subject: RE: release\n"
      "\n"
      "Michael, I spoke with Scott last night.\n"
      "\n"
      "-----Original Message-----\n"
      "From: Michael Lynton\n"
      "Sent: Sunday, December 14, 2014 10:01 PM\n"
      "To: Amy Pascal\n"
      "Subject: release\n"
      "\n"
      "Amy - the board meets in Tokyo on Tuesday.\n";
  const auto sections = findSections(text, Language::English);
  checkCoverage(sections, text.size());
  const std::uint32_t body = offsetOf(text, "Michael, I");
  const std::uint32_t quoted = offsetOf(text, "-----Original");
  const std::uint32_t answer = offsetOf(text, "Amy - the");
  checkSections(sections, {{SectionKind::Header, 0, body},
                           {SectionKind::Body, body, quoted},
                           {SectionKind::Header, quoted, answer},
                           {SectionKind::Body, answer, static_cast<std::uint32_t>(text.size())}});
  // One "From:" line in running text is not a header block.
  const std::string one =
      "We met on Monday and agreed on the plan.\n\nFrom: the desk of the editor, with thanks.\n\nBye now.\n";
  const std::uint32_t from = offsetOf(one, "From:");
  for (const Section& section : findSections(one, Language::English)) {
    if (section.start <= from && from < section.end) CHECK(section.kind == SectionKind::Body);
  }
}

TEST_CASE("a company mail's legal notice and what follows it are chrome, in both languages") {
  const std::string english =
      "Hi Tom,\n\nPlease find attached the revised term sheet, as we agreed on the phone this morning.\n\n"
      "Rachel Stein\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential.\n";
  const auto notice = english.find("CONFIDENTIALITY");
  checkSections(findSections(english, Language::English),
                {{SectionKind::Body, 0, static_cast<std::uint32_t>(notice)},
                 {SectionKind::Boilerplate, static_cast<std::uint32_t>(notice),
                  static_cast<std::uint32_t>(english.size())}});
  const std::string french =
      "Bonjour Nadia,\n\nComme convenu, la commission sera versée via la filiale luxembourgeoise du "
      "groupe.\n\n"
      "Ce message et toutes les pièces jointes sont confidentiels.\n";
  const auto avis = french.find("Ce message");
  CHECK(findSections(french, Language::French).back().kind == SectionKind::Boilerplate);
  CHECK(findSections(french, Language::French).back().start == avis);
  // Without such a notice, the mail is all body.
  CHECK(findSections("Hi Tom,\n\nThis message is for you only, and about the sheet we agreed.\n",
                     Language::English)
            .size() == 1);
}
