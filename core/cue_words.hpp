// Small hand-written word lists that steer proper-noun detection and typing:
// function words, titles before a person's name, organisation suffixes and
// location prepositions, in French and English. Every lookup takes a key
// folded by foldKey() (lower case, no accents).
#pragma once

#include <string_view>

namespace recoupe::cues {

// Articles, pronouns, prepositions, conjunctions and other closed-class words:
// a capitalised one is capitalised by position, not because it is a name.
bool isFunctionWord(std::string_view key);

// Lower-case words that may link the parts of a name ("Corée du Nord",
// "Guardians of Peace", "Ludwig van Beethoven").
bool isNameConnector(std::string_view key);
// The words that join a title to its remit ("Secretary of State", "ministre
// de l'Intérieur"), one body's name to the next, or a name to its complement.
bool isRemitConnector(std::string_view key);

// Words that introduce a person: "M.", "Mr", "président", "porte-parole".
bool isPersonTitle(std::string_view key);

// A person's title, given the word after it, unless that word makes a body:
// "General" opens "General Motors" and "Premier" "Premier League".
bool isPersonTitleBefore(std::string_view key, std::string_view nextKey);

// Words that, inside or right after a name, make it an organisation: "Inc",
// "Entertainment", "Ministère", "Agency".
bool isOrganisationWord(std::string_view key);
// A word that makes a name a body's, a place's or an event's ("Church",
// "Street", "Festival"), so no person's.
bool isBodyPlaceOrEventWord(std::string_view key);
// A job on a newspaper's desk ("correspondent", "rédacteur"), folded.
bool isNewsroomJob(std::string_view key);

// Words that, right before a name, make it an organisation: "groupe", "société", "company".
bool isOrganisationCue(std::string_view key);

// Words right after a name that make it an organisation: "Sony officials",
// "Google headquarters", "Scientology members".
bool isOrganisationFollower(std::string_view key);

// Nouns of belonging that, followed by "of"/"de", introduce an organisation:
// "members of", "a spokesman for", "fondateur de".
bool isMembershipNoun(std::string_view key);

// What a company has and a person seldom does, after a possessive: "Verizon's
// shares", "Google's revenue", "Sony's customers".
bool isCompanyPossession(std::string_view key);

// English pronouns that refer back to a thing ("its") or to a person ("he",
// "his"): "Verizon said its plans…", "Hirai said he…".
bool isThingPronoun(std::string_view key);
bool isPersonPronoun(std::string_view key);

// Nouns that, followed by "de"/"of", introduce a place: "maire de", "gare de",
// "près de", "mayor of".
bool isPlaceHead(std::string_view key);

// "Assemblée nationale", "Cour des comptes", "Union européenne": French
// institutions whose names go on in lower case after a capitalised head noun.
bool isFrenchInstitutionHead(std::string_view key);
bool isFrenchInstitutionAdjective(std::string_view key);

// Prepositions that introduce a place: "à", "in", "near".
bool isLocationPreposition(std::string_view key);

// Words that introduce the title of a work: "film", "livre", "series".
bool isWorkCue(std::string_view key);

// Last words that make a name an event: "Festival", "Olympics", "Summit", "Guerre".
bool isEventWord(std::string_view key);
bool isEventKind(std::string_view key);
bool isAwardHead(std::string_view key);
// "Palme d'or", "César du meilleur réalisateur": the head of a prize's name,
// the grade after "d'" ("or", "argent") and a qualifier after its category
// ("féminin", "étranger").
bool isPrizeHead(std::string_view key);
// Honours and offices written after a name in capitals: "KC", "MP", "OBE".
bool isPostNominal(std::string_view key);
bool isPrizeGrade(std::string_view key);
bool isPrizeQualifier(std::string_view key);

// Words that make a name a place: "Street", "River", "County", and French
// heads such as "rue" or "lac" that come first.
bool isLocationWord(std::string_view key);

// "Friedrichstrasse", "Alexanderplatz", "Keizersgracht": German and Dutch
// streets and squares name their kind at the end of one word.
bool endsWithPlaceSuffix(std::string_view key);

// Words that open the name of a place: "rue", "lac", "Mount", "Lake".
bool isLocationHead(std::string_view key);
// "rue", "quai", "route", "village": before the name of a street or a place.
bool isStreetWord(std::string_view key);

// Words that make a country or city name a sports team: "defeated", "beat", "vs".
bool isMatchWord(std::string_view key);

// Words of sports reporting: "goal", "coach", "penalty", "but", "entraîneur".
// A document full of them is about matches, where countries are teams.
bool isSportWord(std::string_view key);
// The word after a town's name that makes it a club's: "city" of "Norwich
// City", "rovers" of "Bristol Rovers".
bool isClubWord(std::string_view key);

// Labels that open a caption or a note: "Image:", "Photo :", "Source:".
bool isCaptionLabel(std::string_view key);

// Names of consumer products and software ("Internet Explorer", "iPhone",
// "Windows XP"): none of the entity types fits them, so they are not marked.
bool isProductName(std::string_view key);

// What an apposition says a name is: a body ("a unit of Google", "une
// filiale"), a person ("a lawyer", "un avocat") or a place ("a Dallas suburb").
bool isOrganisationKind(std::string_view key);
bool isPersonKind(std::string_view key);
bool isPlaceKind(std::string_view key);
bool isWorkKind(std::string_view key);  // "The Interview, a comedy starring ..."

// Abbreviations of common nouns and units ("VIP", "IQ", "GMT", "PIB"): a
// capitalised acronym alone is a name unless it is one of these.
bool isCommonAbbreviation(std::string_view key);
// A company's legal form, which news writes or leaves out at will: "Apple
// Inc", "Nvidia Corp.", "Vernier SA" (a trailing full stop is ignored).
bool isLegalForm(std::string_view key);

// The words that end a body's name: its kind ("Health", "Foundation") or its
// legal form ("LLP", "SARL").
bool endsBodyName(std::string_view key);

// Religions and their believers ("Muslims", "catholique", "Islam"): groups
// and beliefs rather than a person, an organisation or a place, so they are
// not marked either.
bool isReligiousGroupWord(std::string_view key);

// Verbs of speech that follow a speaker: "said", "a déclaré", "told".
bool isSpeechVerb(std::string_view key);

}  // namespace recoupe::cues
