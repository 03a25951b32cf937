#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "patterns.hpp"

using recoupe::EntityType;
using recoupe::findPatterns;
using recoupe::Language;
using recoupe::PatternMatch;
using recoupe::ReferenceDate;

namespace {

constexpr Language kFr = Language::French;
constexpr Language kEn = Language::English;
// A Tuesday.
constexpr ReferenceDate kReference{2014, 12, 23};

struct Found {
  std::string text;
  EntityType type = EntityType::Date;
  std::string value;
};

std::vector<Found> scan(std::string_view text, Language language = kFr, ReferenceDate reference = {}) {
  std::vector<Found> found;
  for (const PatternMatch& match : findPatterns(text, language, reference)) {
    found.push_back(
        {std::string(text.substr(match.start, match.end - match.start)), match.type, match.value});
  }
  return found;
}

// The first match of `type`; text "<none>" when there is none.
Found first(std::string_view text, EntityType type, Language language = kFr, ReferenceDate reference = {}) {
  for (Found& found : scan(text, language, reference)) {
    if (found.type == type) return found;
  }
  return {"<none>", type, ""};
}

int countOf(std::string_view text, EntityType type, Language language = kFr, ReferenceDate reference = {}) {
  int count = 0;
  for (const Found& found : scan(text, language, reference)) count += found.type == type;
  return count;
}

bool sortedAndDisjoint(const std::vector<PatternMatch>& matches, std::size_t textSize) {
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (matches[i].start >= matches[i].end || matches[i].end > textSize) return false;
    if (i > 0 && matches[i].start < matches[i - 1].end) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("e-mail addresses") {
  const Found email = first("Écrivez à Jane.Doe@Example.org pour réagir.", EntityType::Email);
  CHECK(email.text == "Jane.Doe@Example.org");
  CHECK(email.value == "jane.doe@example.org");
  CHECK(first("Contact: press-office+news@mail.example.co.uk.", EntityType::Email, kEn).text ==
        "press-office+news@mail.example.co.uk");
  CHECK(countOf("user@localhost is not public", EntityType::Email, kEn) == 0);
  CHECK(countOf("a broken address foo@bar. here", EntityType::Email, kEn) == 0);
  // The '@' of an address never starts a handle.
  CHECK(countOf("mail jane@example.org now", EntityType::Handle, kEn) == 0);
  CHECK(countOf("emailsender@@example.org", EntityType::Email, kEn) == 0);
}

TEST_CASE("URLs exclude trailing punctuation") {
  CHECK(first("Lire https://example.org/a/b?c=1.", EntityType::Url).text == "https://example.org/a/b?c=1");
  CHECK(first("(voir http://example.com/page), puis", EntityType::Url).text == "http://example.com/page");
  CHECK(first("« www.example.fr/dossier »", EntityType::Url).text == "www.example.fr/dossier");
  CHECK(first("See https://en.wikipedia.org/wiki/Foo_(bar).", EntityType::Url, kEn).text ==
        "https://en.wikipedia.org/wiki/Foo_(bar)");
  CHECK(first("Visit WWW.EXAMPLE.COM today", EntityType::Url, kEn).value == "WWW.EXAMPLE.COM");
  CHECK(countOf("the www. prefix alone", EntityType::Url, kEn) == 0);
  CHECK(countOf("https:// nothing", EntityType::Url, kEn) == 0);
}

TEST_CASE("handles and hashtags") {
  const Found handle = first("Selon @BikiniRobot, le film sort.", EntityType::Handle);
  CHECK(handle.text == "@BikiniRobot");
  CHECK(handle.value == "bikinirobot");
  CHECK(countOf("price@home", EntityType::Handle, kEn) == 0);
  CHECK(countOf("@@@", EntityType::Handle, kEn) == 0);
  const Found tag = first("Le mot-clé #SonyHack circule.", EntityType::Hashtag);
  CHECK(tag.text == "#SonyHack");
  CHECK(tag.value == "sonyhack");
  CHECK(first("#Élection2017!", EntityType::Hashtag).value == "élection2017");
  CHECK(countOf("#1 et #2 du classement", EntityType::Hashtag) == 0);
  CHECK(countOf("commentaire #12 : bravo", EntityType::Quantity) == 0);
  CHECK(countOf("C#sharp and a&#39;b", EntityType::Hashtag, kEn) == 0);
}

TEST_CASE("phone numbers") {
  const Found international = first("Tél. : +33 1 23 45 67 89.", EntityType::Phone);
  CHECK(international.text == "+33 1 23 45 67 89");
  CHECK(international.value == "+33123456789");
  CHECK(first("Appelez le +33 (0)1 23 45 67 89", EntityType::Phone).value == "+33123456789");
  CHECK(first("Appelez le 01 23 45 67 89 ou", EntityType::Phone).value == "+33123456789");
  CHECK(first("ou le 01.23.45.67.89.", EntityType::Phone).text == "01.23.45.67.89");
  CHECK(first("Call (212) 555-0100 now", EntityType::Phone, kEn).value == "+12125550100");
  CHECK(first("Call 212-555-0100 now", EntityType::Phone, kEn).text == "212-555-0100");
  CHECK(first("Call +1 212 555 0100 now", EntityType::Phone, kEn).value == "+12125550100");
  CHECK(countOf("En 2014, 1 234 567 euros", EntityType::Phone) == 0);
  CHECK(countOf("Score 2014-2015 and 12-14", EntityType::Phone, kEn) == 0);
  CHECK(countOf("1+1 = 2", EntityType::Phone, kEn) == 0);
}

TEST_CASE("absolute dates in French") {
  const Found full = first("Publié le 24 novembre 2014 à Paris", EntityType::Date);
  CHECK(full.text == "24 novembre 2014");
  CHECK(full.value == "2014-11-24");
  CHECK(first("Le 1er janvier 2015, tout change.", EntityType::Date).value == "2015-01-01");
  CHECK(first("le 16 décembre 2014", EntityType::Date).text == "16 décembre 2014");
  CHECK(first("le 16 decembre 2014", EntityType::Date).value == "2014-12-16");
  CHECK(first("le 3 fevrier 2015", EntityType::Date).value == "2015-02-03");
  CHECK(first("le 15 août 2014", EntityType::Date).value == "2014-08-15");
  CHECK(first("le 11 septembre 2001", EntityType::Date).value == "2001-09-11");
  CHECK(first("en décembre 2014", EntityType::Date).value == "2014-12");
  CHECK(first("lundi 24 novembre 2014", EntityType::Date).text == "lundi 24 novembre 2014");
  // An impossible day falls back to the month.
  CHECK(first("le 31 février 2014", EntityType::Date).text == "février 2014");
}

TEST_CASE("absolute dates in English") {
  CHECK(first("on November 24, 2014 in", EntityType::Date, kEn).value == "2014-11-24");
  CHECK(first("on 24 November 2014 in", EntityType::Date, kEn).value == "2014-11-24");
  const Found abbreviated = first("on Nov. 24, 2014.", EntityType::Date, kEn);
  CHECK(abbreviated.text == "Nov. 24, 2014");
  CHECK(abbreviated.value == "2014-11-24");
  const Found withWeekday = first("Monday, November 24, 2014 was", EntityType::Date, kEn);
  CHECK(withWeekday.text == "Monday, November 24, 2014");
  CHECK(withWeekday.value == "2014-11-24");
  CHECK(first("since December 2014", EntityType::Date, kEn).value == "2014-12");
  CHECK(first("the 3rd of March 2015", EntityType::Date, kEn).value == "2015-03-03");
  CHECK(first("May 5, 2014", EntityType::Date, kEn).value == "2014-05-05");
  // "may" and "march" are verbs; "May" alone is a month only after "in", "since", ...
  CHECK(countOf("They may march on", EntityType::Date, kEn) == 0);
  CHECK(countOf("In May, the troops", EntityType::Date, kEn) == 1);
  CHECK(countOf("Votes by May and Johnson", EntityType::Date, kEn) == 0);
  CHECK(countOf("in May's cabinet", EntityType::Date, kEn) == 0);
  CHECK(countOf("Of those, 24 may be", EntityType::Date, kEn) == 0);
  // Other months alone after a preposition of time, resolved to the nearest year.
  CHECK(first("push the release to January.", EntityType::Date, kEn).text == "January");
  CHECK(first("push the release to January.", EntityType::Date, kEn, kReference).value == "2015-01");
  CHECK(first("the deal closes in February.", EntityType::Date, kEn, kReference).value == "2015-02");
  CHECK(first("since July.", EntityType::Date, kEn, kReference).value == "2014-07");
  CHECK(countOf("He met January Jones.", EntityType::Date, kEn) == 0);
  // A weekday after "by" or "avant" is the coming one (the reference is a Tuesday).
  CHECK(first("a statement by Wednesday.", EntityType::Date, kEn, kReference).value == "2014-12-24");
  CHECK(first("il a parlé mercredi.", EntityType::Date, kFr, kReference).value == "2014-12-17");
  CHECK(first("une réponse avant vendredi.", EntityType::Date, kFr, kReference).value == "2014-12-26");
}

TEST_CASE("numeric dates") {
  CHECK(first("le 23/12/2014 au soir", EntityType::Date).value == "2014-12-23");
  CHECK(first("on 2014-12-23 we", EntityType::Date, kEn).value == "2014-12-23");
  CHECK(first("le 03/04/2014", EntityType::Date).value == "2014-04-03");
  CHECK(first("on 03/04/2014", EntityType::Date, kEn).value == "2014-03-04");
  CHECK(first("on 12/23/2014", EntityType::Date, kEn).value == "2014-12-23");
  CHECK(first("le 23.12.2014", EntityType::Date).value == "2014-12-23");
  CHECK(first("stamp 2014-12-23T08:59:51Z ok", EntityType::Date, kEn).value == "2014-12-23T08:59:51");
  CHECK(countOf("the 9/11 attacks", EntityType::Date, kEn) == 0);
  CHECK(countOf("les 9/11 attentats", EntityType::Quantity) == 0);
  // A bracketed log stamp gives a DATE and a separate TIME.
  const auto stamp = scan("[23/12/2014 08:59:51] Los Angeles");
  REQUIRE(stamp.size() == 2);
  CHECK(stamp[0].type == EntityType::Date);
  CHECK(stamp[0].value == "2014-12-23");
  CHECK(stamp[1].type == EntityType::Time);
  CHECK(stamp[1].text == "08:59:51");
}

TEST_CASE("bare years need a cue") {
  const Found year = first("Les ventes en 2014 ont chuté", EntityType::Date);
  CHECK(year.text == "2014");
  CHECK(year.value == "2014");
  CHECK(first("Sales in 2014 fell", EntityType::Date, kEn).value == "2014");
  CHECK(first("depuis 1998, il", EntityType::Date).value == "1998");
  CHECK(first("le budget de 2015.", EntityType::Date).value == "2015");
  CHECK(countOf("Le code 2014 est faux", EntityType::Date) == 0);
  CHECK(countOf("le code 120145 est faux", EntityType::Date) == 0);
  CHECK(countOf("le CES 2015 ouvre", EntityType::Date) == 0);
  // A number counting a noun, not a year.
  CHECK(countOf("un réseau de 2014 salles", EntityType::Date) == 0);
  // Nor a count: a year-like number before a noun is more often an adjective ("the 2014 budget").
  CHECK(countOf("un réseau de 2014 salles", EntityType::Quantity) == 0);
  CHECK(countOf("The 2014 budget", EntityType::Quantity, kEn) == 0);
  CHECK(first("un réseau de 2150 salles", EntityType::Quantity).value == "2150");
  CHECK(countOf("en 3000, rien", EntityType::Date) == 0);
}

TEST_CASE("partial dates and month names") {
  CHECK(first("le 24 novembre, les pirates", EntityType::Date).value == "--11-24");
  CHECK(first("le 24 novembre, les pirates", EntityType::Date, kFr, kReference).value == "2014-11-24");
  CHECK(first("en novembre, les pirates", EntityType::Date).value == "--11");
  CHECK(first("en novembre, les pirates", EntityType::Date, kFr, kReference).value == "2014-11");
  // Hyphen and capital name the day for what happened on it: an event, not a date.
  const Found event = first("les attentats du 11-Septembre ont", EntityType::Event, kFr, kReference);
  CHECK(event.text == "11-Septembre");
  CHECK(event.value.empty());
  CHECK(countOf("les attentats du 11-Septembre ont", EntityType::Date) == 0);
  CHECK(first("le défilé du 14-Juillet", EntityType::Event).text == "14-Juillet");
  CHECK(first("la manifestation du 1er-Mai", EntityType::Event).text == "1er-Mai");
  // Without the capital, the hyphen still keeps the year of a remembered day unknown.
  const Found day = first("les attentats du 11-septembre ont", EntityType::Date, kFr, kReference);
  CHECK(day.text == "11-septembre");
  CHECK(day.value == "--09-11");
  CHECK(countOf("le 11 septembre, il pleuvait", EntityType::Event) == 0);
  CHECK(first("mars l'an dernier", EntityType::Date, kFr, kReference).value == "2013-03");
  CHECK(first("en mars l’an dernier", EntityType::Date, kFr, kReference).text == "mars l’an dernier");
  CHECK(first("mars l'an dernier", EntityType::Date).value.empty());
  CHECK(first("en décembre dernier", EntityType::Date, kFr, kReference).value == "2013-12");
  CHECK(first("in March last year", EntityType::Date, kEn, kReference).value == "2013-03");
  CHECK(first("in November", EntityType::Date, kEn, kReference).value == "2014-11");
  // French months in English text need a day; "Mars" is a planet.
  CHECK(countOf("a mission to Mars and", EntityType::Date, kEn) == 0);
  CHECK(countOf("It mars the view", EntityType::Date, kEn) == 0);
}

TEST_CASE("weekdays") {
  CHECK(first("lundi, le studio a", EntityType::Date, kFr, kReference).value == "2014-12-22");
  CHECK(first("mardi, le studio a", EntityType::Date, kFr, kReference).value == "2014-12-23");
  CHECK(first("samedi dernier", EntityType::Date, kFr, kReference).value == "2014-12-20");
  CHECK(first("On Friday, the US", EntityType::Date, kEn, kReference).value == "2014-12-19");
  CHECK(first("last Tuesday", EntityType::Date, kEn, kReference).value == "2014-12-16");
  CHECK(first("next Monday", EntityType::Date, kEn, kReference).value == "2014-12-29");
  CHECK(first("lundi, le studio a", EntityType::Date).value == "XXXX-WXX-1");
  CHECK(first("Dimanche matin", EntityType::Date).value == "XXXX-WXX-7");
  CHECK(countOf("a friday feeling", EntityType::Date, kEn) == 0);
}

TEST_CASE("relative dates") {
  CHECK(first("Hier, Sony a", EntityType::Date, kFr, kReference).value == "2014-12-22");
  CHECK(first("hier soir", EntityType::Date).value.empty());
  CHECK(first("hier soir", EntityType::Date).text == "hier");
  CHECK(first("aujourd’hui même", EntityType::Date, kFr, kReference).value == "2014-12-23");
  CHECK(first("aujourd'hui même", EntityType::Date, kFr, kReference).text == "aujourd'hui");
  CHECK(first("demain matin", EntityType::Date, kFr, kReference).value == "2014-12-24");
  CHECK(first("yesterday", EntityType::Date, kEn, kReference).value == "2014-12-22");
  CHECK(first("Tomorrow we", EntityType::Date, kEn, kReference).value == "2014-12-24");
  CHECK(first("le mois dernier", EntityType::Date, kFr, kReference).value == "2014-11");
  CHECK(first("last month", EntityType::Date, kEn, ReferenceDate{2015, 1, 5}).value == "2014-12");
  CHECK(first("l'an dernier", EntityType::Date, kFr, kReference).value == "2013");
  CHECK(first("l'année dernière", EntityType::Date, kFr, kReference).value == "2013");
  CHECK(first("last year", EntityType::Date, kEn, kReference).value == "2013");
  CHECK(first("la semaine dernière", EntityType::Date, kFr, kReference).value == "2014-W51");
  CHECK(first("last week", EntityType::Date, kEn, ReferenceDate{2015, 1, 5}).value == "2015-W01");
  CHECK(first("last week", EntityType::Date, kEn).value.empty());
  CHECK(first("l'an dernier", EntityType::Date).text == "l'an dernier");
  CHECK(countOf("Je l'ai vu dernièrement", EntityType::Date) == 0);
}

TEST_CASE("times") {
  CHECK(first("à 08:59:51 précises", EntityType::Time).value == "08:59:51");
  CHECK(first("vers 14h30, le", EntityType::Time).value == "14:30");
  const Found spaced = first("vers 14 h 30, le", EntityType::Time);
  CHECK(spaced.text == "14 h 30");
  CHECK(spaced.value == "14:30");
  CHECK(first("dès 9 h demain", EntityType::Time).value == "09:00");
  CHECK(first("at 3 p.m. sharp", EntityType::Time, kEn).text == "3 p.m.");
  CHECK(first("at 3 p.m. sharp", EntityType::Time, kEn).value == "15:00");
  CHECK(first("at 3:30 pm on", EntityType::Time, kEn).value == "15:30");
  CHECK(first("at 10 a.m. on", EntityType::Time, kEn).value == "10:00");
  CHECK(first("at 12am on", EntityType::Time, kEn).value == "00:00");
  CHECK(countOf("dans les 24h et", EntityType::Time) == 0);
  CHECK(countOf("3 amis", EntityType::Time) == 0);
  CHECK(countOf("ratio 25:61", EntityType::Time, kEn) == 0);
  // A docket number is no time; a range of times starts with one.
  CHECK(countOf("The case is No. 1:24-cv-00417.", EntityType::Time, kEn) == 0);
  CHECK(first("open 10:30-11:00 daily", EntityType::Time, kEn).value == "10:30");
}

TEST_CASE("money") {
  const Found dollars = first("a $15 million deal", EntityType::Money, kEn);
  CHECK(dollars.text == "$15 million");
  CHECK(dollars.value == "15000000 USD");
  CHECK(first("soit US$ 1,5 milliard", EntityType::Money).value == "1500000000 USD");
  CHECK(first("100 millions de dollars", EntityType::Money).value == "100000000 USD");
  const Found euros = first("un trou de 4,2 millions d'euros.", EntityType::Money);
  CHECK(euros.text == "4,2 millions d'euros");
  CHECK(euros.value == "4200000 EUR");
  CHECK(first("Il a payé 15 000 € hier", EntityType::Money).value == "15000 EUR");
  CHECK(first("Il a payé 15\u00a0000\u00a0€ hier", EntityType::Money).value == "15000 EUR");
  CHECK(first("Il a payé 1\u202f234\u202f567,89 €", EntityType::Money).value == "1234567.89 EUR");
  CHECK(first("only €15 left", EntityType::Money, kEn).value == "15 EUR");
  CHECK(first("a £3.5bn bid", EntityType::Money, kEn).value == "3500000000 GBP");
  CHECK(first("pour 50 dollars", EntityType::Money).value == "50 USD");
  CHECK(first("cost $1,234.5 each", EntityType::Money, kEn).value == "1234.5 USD");
  CHECK(first("cost $1,500 each", EntityType::Money, kEn).value == "1500 USD");
  CHECK(first("coûte 1,500 dollars", EntityType::Money).value == "1.5 USD");
  CHECK(first("2 milliards de wons", EntityType::Money).value == "2000000000 KRW");
  CHECK(first("500 yens", EntityType::Money).value == "500 JPY");
  CHECK(first("3 livres sterling", EntityType::Money).value == "3 GBP");
  CHECK(first("15 M€ de budget", EntityType::Money).value == "15000000 EUR");
  CHECK(first("a $5k bonus", EntityType::Money, kEn).value == "5000 USD");
  CHECK(countOf("le 15 mai", EntityType::Money) == 0);
}

TEST_CASE("percentages") {
  CHECK(first("une baisse de 40 % en", EntityType::Percent).value == "40%");
  CHECK(first("une baisse de 40\u202f% en", EntityType::Percent).text == "40\u202f%");
  CHECK(first("a 40% drop", EntityType::Percent, kEn).value == "40%");
  CHECK(first("12,5 pour cent des", EntityType::Percent).value == "12.5%");
  CHECK(first("15 percent of", EntityType::Percent, kEn).value == "15%");
  CHECK(first("15 per cent of", EntityType::Percent, kEn).text == "15 per cent");
  CHECK(countOf("15 personnes", EntityType::Percent) == 0);
}

TEST_CASE("quantities") {
  const Found data = first("pour extraire 11 To de données", EntityType::Quantity);
  CHECK(data.text == "11 To");
  CHECK(data.value == "11 TB");
  CHECK(first("11To volés", EntityType::Quantity).value == "11 TB");
  CHECK(first("100 GB leaked", EntityType::Quantity, kEn).value == "100 GB");
  CHECK(first("un fichier de 300 Ko", EntityType::Quantity).value == "300 KB");
  CHECK(first("800 km plus loin", EntityType::Quantity).value == "800 km");
  CHECK(first("500 miles away", EntityType::Quantity, kEn).value == "500 mi");
  CHECK(first("20 kg de matériel", EntityType::Quantity).value == "20 kg");
  CHECK(first("5 tonnes de", EntityType::Quantity).value == "5 t");
  CHECK(first("il fait 30 °C", EntityType::Quantity).value == "30 \u00b0C");
  CHECK(first("50 m² habitables", EntityType::Quantity).value == "50 m\u00b2");
  CHECK(countOf("3 m de haut", EntityType::Quantity) == 0);
  const Found employees = first("plus de 47 000 employés", EntityType::Quantity);
  CHECK(employees.text == "47 000");
  CHECK(employees.value == "47000");
  CHECK(first("plus de 47\u00a0000 numéros", EntityType::Quantity).value == "47000");
  CHECK(first("au total 250 salles de cinéma", EntityType::Quantity).value == "250");
  CHECK(first("15 millions d'habitants", EntityType::Quantity).value == "15000000");
  CHECK(countOf("3 enfants", EntityType::Quantity) == 0);
  CHECK(countOf("250 Regal cinemas", EntityType::Quantity, kEn) == 0);
  CHECK(countOf("en 2014 les ventes", EntityType::Quantity) == 0);
  CHECK(countOf("version 1.2.3 released", EntityType::Quantity, kEn) == 0);
  CHECK(countOf("the COVID-19 vaccines", EntityType::Quantity, kEn) == 0);
}

TEST_CASE("numbers follow the language's separators") {
  CHECK(first("1,500 people", EntityType::Quantity, kEn).value == "1500");
  CHECK(first("1,500 %", EntityType::Percent).value == "1.5%");
  CHECK(first("1,500 %", EntityType::Percent, kEn).value == "1500%");
  CHECK(first("1.500 personnes", EntityType::Quantity).value == "1500");
  CHECK(first("12,345,678 people", EntityType::Quantity, kFr).value == "12345678");
  CHECK(first("1.234,5 €", EntityType::Money).value == "1234.5 EUR");
}

TEST_CASE("matches are sorted and never overlap on a mixed paragraph") {
  const std::string paragraph =
      "Le 24 novembre 2014, @hackers a publié 11 To (voir https://example.org/leak). Hier à 14h30, "
      "Sony a perdu 15 millions de dollars, soit 12 % de son budget; contact: presse@example.fr ou "
      "01 23 45 67 89. Last week, on Monday, December 22, 2014 at 3 p.m., #SonyHack trended in 2014 "
      "with 47 000 tweets and $2.5bn at stake.";
  const auto matches = findPatterns(paragraph, kFr, kReference);
  CHECK(sortedAndDisjoint(matches, paragraph.size()));
  CHECK(matches.size() >= 15);
  const auto found = scan(paragraph, kFr, kReference);
  std::vector<std::string> texts;
  for (const Found& item : found) texts.push_back(item.text);
  const std::vector<std::string> expected = {"24 novembre 2014",
                                             "@hackers",
                                             "11 To",
                                             "https://example.org/leak",
                                             "Hier",
                                             "14h30",
                                             "15 millions de dollars",
                                             "12 %",
                                             "presse@example.fr",
                                             "01 23 45 67 89",
                                             "Last week",
                                             "Monday, December 22, 2014",
                                             "3 p.m.",
                                             "#SonyHack",
                                             "2014",
                                             "47 000",
                                             "$2.5bn"};
  CHECK(texts == expected);
}

TEST_CASE("hostile input terminates and stays in bounds") {
  const std::string digits(1 << 20, '7');
  CHECK(findPatterns(digits, kFr).empty());
  const std::string ats(1 << 20, '@');
  CHECK(findPatterns(ats, kEn).empty());
  const std::string letters(3 << 20, 'a');
  CHECK(findPatterns(letters, kFr).empty());
  std::string repeated;
  for (int i = 0; i < 400000; ++i) repeated += "1 234 ";
  CHECK(sortedAndDisjoint(findPatterns(repeated, kFr), repeated.size()));
  std::string dotted;
  for (int i = 0; i < 400000; ++i) dotted += "a.1@";
  CHECK(sortedAndDisjoint(findPatterns(dotted, kEn), dotted.size()));
  std::string url = "https://example.org/";
  url.append(3 << 20, 'x');
  const auto urlMatches = findPatterns(url, kEn);
  REQUIRE(urlMatches.size() == 1);
  CHECK(urlMatches[0].end == url.size());
  // Truncated UTF-8, U+FFFD, astral characters and lone continuation bytes.
  const std::string odd = "\xE2\x82 12 \xEF\xBF\xBD 24 novembre \xF0\x9F\x98\x80#tag \x80\x80 15\xC2";
  const auto oddMatches = findPatterns(odd, kFr);
  CHECK(sortedAndDisjoint(oddMatches, odd.size()));
  CHECK(first(odd, EntityType::Date).text == "24 novembre");
  CHECK(first(odd, EntityType::Hashtag).value == "tag");
  for (std::size_t cut = 0; cut <= 12; ++cut) {
    const std::string prefix = std::string("15\u00a0000\u00a0€ +33 1").substr(0, cut);
    CHECK(sortedAndDisjoint(findPatterns(prefix, kFr), prefix.size()));
  }
  CHECK(findPatterns("", kFr).empty());
}

TEST_CASE("counted time ago, in both languages") {
  Found found = first("Il y a trois semaines, Sony a", EntityType::Date, kFr, kReference);
  CHECK(found.text == "Il y a trois semaines");
  CHECK(found.value == "2014-W49");
  CHECK(first("il y a 2 jours", EntityType::Date, kFr, kReference).value == "2014-12-21");
  CHECK(first("il y a deux mois", EntityType::Date, kFr, kReference).value == "2014-10");
  found = first("Two days ago, the studio", EntityType::Date, kEn, kReference);
  CHECK(found.text == "Two days ago");
  CHECK(found.value == "2014-12-21");
  CHECK(first("a year ago", EntityType::Date, kEn, kReference).value == "2013");
  CHECK(first("3 weeks ago", EntityType::Date, kEn, kReference).text == "3 weeks ago");
  CHECK(first("il y a deux jours", EntityType::Date).value.empty());  // no reference date
  // Durations are not dates.
  CHECK(countOf("a day at the beach lasted two days", EntityType::Date, kEn) == 0);
  CHECK(countOf("Il a un an de retard", EntityType::Date) == 0);
}

TEST_CASE("a day and month without a year take the year nearest the reference") {
  // 23 December 2014: "5 January" is next month, "24 November" last month.
  CHECK(first("on January 5", EntityType::Date, kEn, kReference).value == "2015-01-05");
  CHECK(first("le 24 novembre", EntityType::Date, kFr, kReference).value == "2014-11-24");
  CHECK(first("le 29 février", EntityType::Date, kFr, ReferenceDate{2015, 3, 1}).value == "2016-02-29");
  // With only a reference year, that year.
  CHECK(first("le 5 janvier", EntityType::Date, kFr, ReferenceDate{2014, 0, 0}).value == "2014-01-05");
}

TEST_CASE("an abbreviated weekday opens a full date, as in a mail's Date header, or follows 'on' or 'by'") {
  const Found header = first("Date: Tue, 14 Mar 2023 09:12:44 +0100", EntityType::Date, kEn);
  CHECK(header.text == "Tue, 14 Mar 2023");
  CHECK(header.value == "2023-03-14");
  CHECK(first("Sent: Fri 3 Feb 2023", EntityType::Date, kEn).text == "Fri 3 Feb 2023");
  // Lower case, it is a verb; alone, a word.
  CHECK(first("We sat 14 March in the sun.", EntityType::Date, kEn).text == "14 March");
  CHECK(countOf("They wed at the Sun office, the sat nav said.", EntityType::Date, kEn) == 0);
  // After a word that sets a day, it is that weekday.
  CHECK(first("The Sun reported it on Wed.", EntityType::Date, kEn).value == "XXXX-WXX-3");
}

TEST_CASE("amounts with an ISO 4217 code before or after them, for any common currency") {
  const Found krone = first("Shares fell to NOK 84.50 on Monday.", EntityType::Money, kEn);
  CHECK(krone.text == "NOK 84.50");
  CHECK(krone.value == "84.5 NOK");
  CHECK(first("Il a payé 1 200 SEK.", EntityType::Money).value == "1200 SEK");
  CHECK(first("It cost USD 5 million.", EntityType::Money, kEn).value == "5000000 USD");
  // Three capitals that are no currency, or a code glued to the number, are not money.
  CHECK(countOf("The NBC 5 team won.", EntityType::Money, kEn) == 0);
  CHECK(countOf("Model NOK84 is out.", EntityType::Money, kEn) == 0);
}

TEST_CASE("French hours in words: a time after 'à', 'dès', 'vers'; a duration otherwise") {
  const Found five = first("Des rassemblements ont eu lieu dès 17 heures.", EntityType::Time);
  CHECK(five.text == "17 heures");
  CHECK(five.value == "17:00");
  CHECK(first("Rendez-vous à 9 heures 30 devant la mairie.", EntityType::Time).value == "09:30");
  CHECK(countOf("Il a dormi pendant 17 heures.", EntityType::Time) == 0);
  CHECK(countOf("Il est parti il y a 3 heures.", EntityType::Time) == 0);
  CHECK(countOf("He left at 5 heures.", EntityType::Time, kEn) == 0);
}

TEST_CASE("a range of days or months is one date whose value is an ISO 8601 interval") {
  auto check = [](std::string_view text, Language language, std::string_view surface,
                  std::string_view value) {
    CAPTURE(text);
    const Found date = first(text, EntityType::Date, language, kReference);
    CHECK(date.text == surface);
    CHECK(date.value == value);
  };
  check("Le salon se tient du 28 au 31 octobre 2024 à Nantes.", kFr, "28 au 31 octobre 2024",
        "2024-10-28/2024-10-31");
  check("It was held between 3 and 17 March 2021.", kEn, "3 and 17 March 2021", "2021-03-03/2021-03-17");
  check("The hearings ran 12\u201314 June 2023.", kEn, "12\u201314 June 2023", "2023-06-12/2023-06-14");
  // Without a year, the range takes the year nearest the reference (December 2014).
  check("again on 5-7 July", kEn, "5-7 July", "2014-07-05/2014-07-07");
  check("Entre mars et juin 2023, les ventes ont chuté.", kFr, "mars et juin 2023", "2023-03/2023-06");
  // A first month later in the year than the second is in the year before.
  check("de novembre à février 2023", kFr, "novembre à février 2023", "2022-11/2023-02");
  check("du 28 février au 3 mars 2024", kFr, "28 février au 3 mars 2024", "2024-02-28/2024-03-03");
  check("(18 July \u2013 2 November 2025)", kEn, "18 July \u2013 2 November 2025", "2025-07-18/2025-11-02");
  check("set up between February and April 2019", kEn, "February and April 2019", "2019-02/2019-04");
}

TEST_CASE("numbers and dates that only look like a range stay as they are") {
  // A score before a date, a day after the second one, two dates with their own years.
  CHECK(first("Il a gagné 3 à 1 le 5 mars 2024.", EntityType::Date, kFr).text == "5 mars 2024");
  CHECK(first("They won 2-1 on 5 March 2024.", EntityType::Date, kEn).text == "5 March 2024");
  CHECK(first("du 31 au 3 mars 2024", EntityType::Date, kFr).text == "3 mars 2024");
  CHECK(countOf("From June 2019 to August 2020, he worked there.", EntityType::Date, kEn) == 2);
  CHECK(first("From June 2019 to August 2020", EntityType::Date, kEn).value == "2019-06");
  // "11-Septembre" names the attacks, not the first day of a range.
  CHECK(first("depuis le 11-Septembre", EntityType::Event, kFr).text == "11-Septembre");
  CHECK(first("du 11-septembre au 3 octobre 2024", EntityType::Date, kFr).value == "--09-11");
}

TEST_CASE("a time zone after a time is part of it, and its offset part of the value") {
  CHECK(first("The call is at 15:00 CET (14:00 BST).", EntityType::Time, kEn).text == "15:00 CET");
  CHECK(first("The call is at 15:00 CET (14:00 BST).", EntityType::Time, kEn).value == "15:00+01:00");
  CHECK(first("Kick-off at 19:48 BST on Saturday", EntityType::Time, kEn).value == "19:48+01:00");
  CHECK(first("posted at 15:11 GMT", EntityType::Time, kEn).value == "15:11Z");
  CHECK(first("a call at 3pm EDT", EntityType::Time, kEn).value == "15:00-04:00");
  // Capitals that are no zone are left out, and "EST" is a French word.
  CHECK(first("à 14h30 EST annoncé", EntityType::Time, kFr).text == "14h30");
  CHECK(first("at 10:30 BBC News said", EntityType::Time, kEn).text == "10:30");
}
