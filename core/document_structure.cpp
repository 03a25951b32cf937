#include "document_structure.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

#include "text_fold.hpp"

namespace recoupe {
namespace {

// Cues open a line, so only its first bytes are folded: a 3 MB line costs no
// more than a short one.
constexpr std::size_t kCueHeadBytes = 160;
constexpr std::size_t kTitleMaxBytes = 200;   // longer lines are paragraphs
constexpr std::size_t kHeaderMaxLines = 6;    // the header only ever sits in the first lines
constexpr std::size_t kShortLineBytes = 100;  // a link, a button, a list item
constexpr std::size_t kBoxFollowLines = 3;    // lines a newsletter or share box may span after its cue
constexpr std::size_t kLinkRunMinLines = 3;   // short lines after the article that make a link list
constexpr std::size_t kProseMinBytes = 120;   // a line this long is article text, not chrome

// ---- Cue lists, folded (lower case, no accents). French and English pages
// borrow each other's chrome ("Subscribe" on a Quebec site), so both apply
// whatever the document's language.

// Headings that open a reader comment thread, once counts and brackets are stripped.
constexpr std::array<std::string_view, 17> kCommentHeadings = {
    "commentaires",
    "commentaire",
    "comments",
    "comment",
    "reagir",
    "reagissez",
    "reagir a cet article",
    "vos reactions",
    "reactions",
    "laisser un commentaire",
    "ajouter un commentaire",
    "leave a reply",
    "leave a comment",
    "join the discussion",
    "responses",
    "reponses",
    "discussion",
};

// Lines that repeat once per comment: reply buttons and signatures.
constexpr std::array<std::string_view, 8> kReplyLines = {
    "repondre", "reply", "signaler", "signaler un abus", "report", "report abuse", "citer", "quote",
};
constexpr std::array<std::string_view, 5> kSignatureEndings = {
    "says:", "said:", "a dit :", "a ecrit :", "wrote:"};

// Headings after which the article is over: lists of other articles, tags.
constexpr std::array<std::string_view, 22> kEndOfArticleHeadings = {
    "articles recents",
    "articles recents sur le site",
    "recent posts",
    "recent articles",
    "related articles",
    "related posts",
    "related stories",
    "articles similaires",
    "articles lies",
    "articles connexes",
    "les plus lus",
    "les plus populaires",
    "most read",
    "most popular",
    "dans la meme rubrique",
    "vous aimerez aussi",
    "you may also like",
    "more stories",
    "plus d'articles",
    "tags",
    "mots-cles",
    "a la une",
};

// Site footers: a line that holds one of these is chrome.
constexpr std::array<std::string_view, 12> kFooterPhrases = {
    "tous droits reserves",     "all rights reserved",
    "mentions legales",         "politique de confidentialite",
    "privacy policy",           "conditions generales",
    "conditions d'utilisation", "terms of use",
    "terms of service",         "cookie policy",
    "gestion des cookies",      "nous contacter",
};

// The legal notice that closes a company's mail: it and what follows are chrome.
constexpr std::array<std::string_view, 9> kMailDisclaimerOpeners = {
    "confidentiality notice",
    "disclaimer",
    "this e-mail and any",
    "this email and any",
    "this message and any",
    "the information contained in this",
    "avis de confidentialite",
    "ce message et toutes les pieces jointes",
    "ce courriel et les pieces jointes",
};

// Newsletter and share boxes: the cue line and a few short lines after it.
constexpr std::array<std::string_view, 9> kBoxOpeners = {
    "abonnez-vous",  "inscrivez-vous", "newsletter", "subscribe", "sign up",
    "recevez notre", "suivez-nous",    "follow us",  "partagez",
};
constexpr std::array<std::string_view, 16> kBoxHeadings = {
    "a lire aussi",
    "lire aussi",
    "a lire egalement",
    "voir aussi",
    "see also",
    "read more",
    "read also",
    "sur le meme sujet",
    "related",
    "partager",
    "partager cet article",
    "share",
    "share this",
    "share this article",
    "tweet",
    "tweeter",
};
// One-line interruptions inside an article.
constexpr std::array<std::string_view, 6> kSingleLines = {
    "publicite", "advertisement", "sponsored", "contenu sponsorise", "annonce", "pub",
};
constexpr std::array<std::string_view, 8> kLinkPrefixes = {
    "a lire aussi", "lire aussi", "a lire egalement", "voir aussi",
    "see also",     "read more",  "read also",        "lire la suite",
};
constexpr std::array<std::string_view, 16> kSocialWords = {
    "facebook", "twitter",  "linkedin", "whatsapp", "pinterest", "reddit", "email",     "e-mail",
    "mail",     "imprimer", "print",    "partager", "share",     "tweet",  "messenger", "telegram",
};

// Photo credits and captions near the title.
constexpr std::array<std::string_view, 12> kCreditPhrases = {
    "(photo",  "photo :",      "photo:",    "credit photo", "credits photo", "credit :",
    "credit:", "shutterstock", "afp photo", "getty images", "reuters/",      "ap photo",
};
constexpr std::array<std::string_view, 5> kImageExtensions = {".jpg", ".jpeg", ".png", ".gif", ".webp"};
constexpr std::array<std::string_view, 7> kBylineOpeners = {"par",        "by",      "publie le", "published",
                                                            "mis a jour", "updated", "posted on"};
// The fields of an e-mail's header block, as the e-mail reader writes them or
// as a mail client prints them.
constexpr std::array<std::string_view, 12> kMessageFields = {
    "from:", "to:", "cc:", "date:",   "subject:", "sent:",
    "de :",  "de:", "a :", "objet :", "envoye :", "attachments:",
};
// News agencies that sign datelines: "Los Angeles (AFP)".
constexpr std::array<std::string_view, 9> kAgencies = {"AFP", "Reuters", "AP",        "ATS",   "Belga",
                                                       "dpa", "ANSA",    "Bloomberg", "Xinhua"};

template <std::size_t N>
bool isOneOf(std::string_view key, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

bool isLetterOrDigit(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// `key` starts with `cue` as a whole word.
bool startsWithWord(std::string_view key, std::string_view cue) {
  return key.size() >= cue.size() && key.compare(0, cue.size(), cue) == 0 &&
         (key.size() == cue.size() || !isLetterOrDigit(key[cue.size()]) || !isLetterOrDigit(cue.back()));
}

template <std::size_t N>
bool startsWithAnyWord(std::string_view key, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view cue) { return startsWithWord(key, cue); });
}

template <std::size_t N>
bool containsAny(std::string_view key, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view cue) { return key.find(cue) != std::string_view::npos; });
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

// The key without counts, brackets and decorations: "Commentaires (186)" and
// "186 commentaires :" both give "commentaires".
std::string bareKey(std::string_view key) {
  std::string out;
  for (char c : key) {
    if ((c >= '0' && c <= '9') || c == '(' || c == ')' || c == '[' || c == ']' || c == ':' || c == '#' ||
        c == '|' || c == '>' || c == '*' || (c == '-' && out.empty())) {
      c = ' ';
    }
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return text;
  std::size_t cut = maxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

enum class Cue : std::uint8_t {
  None,
  CommentHeading,  // "Commentaires (186)"
  CommentNumber,   // "#12" on a line of its own
  ReplyLine,       // "Répondre", "Posted by ... at ...", "Jane says:"
  EndOfArticle,    // "Articles récents": the rest is chrome
  Footer,          // "Tous droits réservés", "© 2014 ..."
  Box,             // newsletter or share box: this line and a few short ones after it
  Single,          // "Publicité", "Lire aussi : ..."
  PhotoCredit,
  ImageName,
  Byline,
  MessageField,  // "From: ...", "Objet : ..." in an e-mail's header block
};

struct Line {
  std::uint32_t start = 0;  // first byte
  std::uint32_t next = 0;   // first byte of the next line (or the text's end)
  std::string_view trimmed;
  bool blank = true;
  bool endsWithStop = false;  // '.', ',', ';' or ':' ends it, as in running text
  bool endsSentence = false;  // any sentence-final punctuation ends it
  bool endsWithPeriod = false;
  float capitalisedShare = 0.0f;  // of the words of its head
  Cue cue = Cue::None;
};

bool isCopyrightLine(std::string_view trimmed, std::string_view key) {
  std::string_view rest;
  if (trimmed.rfind("\xC2\xA9", 0) == 0) {
    rest = trimmed.substr(2);
  } else if (startsWithWord(key, "copyright")) {
    rest = key.substr(9);
  } else {
    return false;
  }
  rest = trim(rest);
  if (!rest.empty() && rest.front() == '(') rest = trim(rest.substr(std::min<std::size_t>(rest.size(), 3)));
  // A year right after the sign is a site's copyright; a name is a photographer's.
  return rest.size() >= 4 && (rest.compare(0, 2, "19") == 0 || rest.compare(0, 2, "20") == 0) &&
         rest[2] >= '0' && rest[2] <= '9' && rest[3] >= '0' && rest[3] <= '9';
}

bool isSocialBar(std::string_view key) {
  std::size_t words = 0;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(start, end - start);
    while (!word.empty() && !isLetterOrDigit(word.back())) word.remove_suffix(1);
    while (!word.empty() && !isLetterOrDigit(word.front()) && word.front() != '-') word.remove_prefix(1);
    if (!word.empty()) {
      if (!isOneOf(word, kSocialWords)) return false;
      ++words;
    }
    start = end + 1;
  }
  return words >= 2;
}

bool isImageFileName(std::string_view trimmed, std::string_view key) {
  return trimmed.find(' ') == std::string_view::npos &&
         std::any_of(kImageExtensions.begin(), kImageExtensions.end(),
                     [&](std::string_view extension) { return endsWith(key, extension); });
}

Cue classify(std::string_view trimmed, std::string_view key) {
  const std::size_t size = trimmed.size();
  if (std::any_of(kMessageFields.begin(), kMessageFields.end(),
                  [&](std::string_view field) { return key.rfind(field, 0) == 0; })) {
    return Cue::MessageField;
  }
  if (size >= 2 && size <= 7 && trimmed[0] == '#' &&
      trimmed.find_first_not_of("0123456789", 1) == std::string_view::npos) {
    return Cue::CommentNumber;
  }
  const std::string bare = bareKey(key);
  if (size <= 60 && isOneOf(std::string_view(bare), kCommentHeadings)) return Cue::CommentHeading;
  if (size <= 80) {
    if (isOneOf(std::string_view(bare), kReplyLines)) return Cue::ReplyLine;
    if (startsWithWord(key, "posted by") && key.find(" at ") != std::string_view::npos) return Cue::ReplyLine;
    if (std::any_of(kSignatureEndings.begin(), kSignatureEndings.end(),
                    [&](std::string_view ending) { return endsWith(key, ending); })) {
      return Cue::ReplyLine;
    }
  }
  if (startsWithAnyWord(key, kMailDisclaimerOpeners)) return Cue::Footer;
  if (size <= kTitleMaxBytes && (containsAny(key, kFooterPhrases) || isCopyrightLine(trimmed, key))) {
    return Cue::Footer;
  }
  if (size <= 80 && isOneOf(std::string_view(bare), kEndOfArticleHeadings)) return Cue::EndOfArticle;
  if (size <= kShortLineBytes) {
    if (isOneOf(std::string_view(bare), kSingleLines)) return Cue::Single;
    if (isOneOf(std::string_view(bare), kBoxHeadings) || isSocialBar(key)) return Cue::Box;
    if (startsWithAnyWord(key, kLinkPrefixes)) return Cue::Single;  // "Lire aussi : <title>"
    const bool boxLike = startsWithAnyWord(key, kBoxOpeners) || key.find("newsletter") != std::string::npos;
    if (boxLike && (size <= 60 || !endsWith(trimmed, "."))) return Cue::Box;
  }
  if (size <= 300 &&
      (containsAny(key, kCreditPhrases) || trimmed.find("\xC2\xA9") != std::string_view::npos)) {
    return Cue::PhotoCredit;
  }
  if (size <= kShortLineBytes && isImageFileName(trimmed, key)) return Cue::ImageName;
  if (size <= 120 && startsWithAnyWord(key, kBylineOpeners)) return Cue::Byline;
  return Cue::None;
}

// Closing quotes and brackets do not hide the punctuation before them.
char finalPunctuation(std::string_view trimmed) {
  constexpr std::array<std::string_view, 9> kClosers = {
      "\"", "'", ")", "]", " ", "\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xA0",
  };
  for (;;) {
    if (trimmed.empty()) return '\0';
    if (endsWith(trimmed, "\xE2\x80\xA6")) return '.';  // an ellipsis
    const auto closer = std::find_if(kClosers.begin(), kClosers.end(),
                                     [&](std::string_view suffix) { return endsWith(trimmed, suffix); });
    if (closer == kClosers.end()) return trimmed.back();
    trimmed.remove_suffix(closer->size());
  }
}

float capitalisedShare(std::string_view head) {
  std::size_t words = 0;
  std::size_t capitalised = 0;
  std::size_t start = 0;
  while (start < head.size()) {
    std::size_t end = head.find(' ', start);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view word = head.substr(start, end - start);
    if (hasLetter(word)) {
      ++words;
      capitalised += startsWithUpper(word) ? 1 : 0;
    }
    start = end + 1;
  }
  return words == 0 ? 0.0f : static_cast<float>(capitalised) / static_cast<float>(words);
}

std::vector<Line> splitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.start = static_cast<std::uint32_t>(start);
    line.next = static_cast<std::uint32_t>(next);
    line.trimmed = trim(text.substr(start, end - start));
    line.blank = line.trimmed.empty();
    if (!line.blank) {
      const std::string_view head = utf8Prefix(line.trimmed, kCueHeadBytes);
      const std::string key = foldKey(head);
      const char last = finalPunctuation(line.trimmed);
      line.endsWithStop = last == '.' || last == ',' || last == ';' || last == ':';
      line.endsSentence = line.endsWithStop || last == '!' || last == '?';
      line.endsWithPeriod = last == '.';
      line.capitalisedShare = capitalisedShare(head);
      line.cue = classify(line.trimmed, key);
    }
    lines.push_back(line);
    start = next;
  }
  return lines;
}

// A title, kicker or standfirst: short, and not ended like running text
// unless most of its words are capitalised ("Par Jean Dupont.").
bool isTitleLike(const Line& line) {
  if (line.blank || line.trimmed.size() > kTitleMaxBytes) return false;
  return !line.endsWithStop ||
         (line.endsWithPeriod && line.capitalisedShare >= 0.6f && line.trimmed.size() <= kShortLineBytes);
}

bool isProse(const Line& line) {
  return !line.blank && (line.trimmed.size() >= kProseMinBytes || line.endsSentence);
}

bool isCommentCue(Cue cue) {
  return cue == Cue::CommentHeading || cue == Cue::CommentNumber || cue == Cue::ReplyLine;
}

// The length of a dateline that opens a line: "[23/12/2014 08:59:51] Los
// Angeles (AFP) " or "PARIS (Reuters) - ". Zero when there is none.
std::size_t datelinePrefixLength(std::string_view line) {
  std::size_t at = 0;
  bool found = false;
  if (!line.empty() && line.front() == '[') {
    const std::size_t close = line.find(']');
    if (close != std::string_view::npos && close <= 32 && close > 1 &&
        line.substr(1, close - 1).find_first_not_of("0123456789/:.- T") == std::string_view::npos) {
      at = close + 1;
      found = true;
    }
  }
  while (at < line.size() && line[at] == ' ') ++at;
  const std::string_view rest = line.substr(at, std::min<std::size_t>(line.size() - at, 80));
  const std::size_t open = rest.find('(');
  if (open != std::string_view::npos && open <= 50 &&
      rest.substr(0, open).find('.') == std::string_view::npos) {
    const std::size_t close = rest.find(')', open);
    if (close != std::string_view::npos && isOneOf(rest.substr(open + 1, close - open - 1), kAgencies)) {
      at += close + 1;
      found = true;
    }
  }
  if (!found) return 0;
  // Trailing separators: spaces, '-', ':' and the UTF-8 dashes.
  for (;;) {
    if (at < line.size() && (line[at] == ' ' || line[at] == '-' || line[at] == ':')) {
      ++at;
    } else if (line.substr(at, 3) == "\xE2\x80\x94" || line.substr(at, 3) == "\xE2\x80\x93") {
      at += 3;
    } else {
      break;
    }
  }
  return at < line.size() ? at : 0;  // a dateline alone is a header line, not a prefix
}

struct Header {
  std::size_t endLine = 0;        // lines [0, endLine) are the header
  std::size_t datelineBytes = 0;  // the header also takes this many bytes of line endLine's text
};

Header findHeader(const std::vector<Line>& lines) {
  std::size_t i = 0;
  std::size_t headerLines = 0;  // e-mail fields aside: a message may have many recipients' lines
  bool any = false;
  while (i < lines.size() && headerLines < kHeaderMaxLines) {
    const Line& line = lines[i];
    if (!line.blank) {
      const bool credit =
          line.cue == Cue::PhotoCredit || line.cue == Cue::ImageName || line.cue == Cue::Byline;
      if (line.cue == Cue::MessageField) {
        any = true;
        ++i;
        continue;
      }
      if (!credit && (line.cue != Cue::None || !isTitleLike(line))) break;
      ++headerLines;
      any = true;
    }
    ++i;
  }
  while (i < lines.size() && lines[i].blank) ++i;
  if (i >= lines.size()) return {};  // nothing but short lines: no article to head
  Header header;
  header.endLine = i;
  const std::size_t prefix = headerLines < kHeaderMaxLines ? datelinePrefixLength(lines[i].trimmed) : 0;
  if (prefix > 0) {
    header.datelineBytes = prefix;
    return header;
  }
  // Text must follow within a few lines; hard-wrapped mail has short lines too.
  bool proseFollows = false;
  for (std::size_t j = i, seen = 0; j < lines.size() && seen < 3 && !proseFollows; ++j) {
    if (lines[j].blank) continue;
    proseFollows = isProse(lines[j]);
    ++seen;
  }
  if (!any || !proseFollows) return {};
  return header;
}

// The first line of a reader comment thread, or lines.size().
std::size_t findThreadStart(const std::vector<Line>& lines, std::size_t from) {
  std::size_t numbers = 0;
  std::size_t replies = 0;
  for (std::size_t i = from; i < lines.size(); ++i) {
    numbers += lines[i].cue == Cue::CommentNumber ? 1 : 0;
    replies += lines[i].cue == Cue::ReplyLine ? 1 : 0;
  }
  bool articleSeen = false;
  for (std::size_t i = from; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (articleSeen) {
      if (line.cue == Cue::CommentHeading) return i;
      if (line.cue == Cue::CommentNumber && numbers >= 2) return i;
      if (line.cue == Cue::ReplyLine && replies >= 2) return i;
    }
    articleSeen = articleSeen || isProse(line);
  }
  return lines.size();
}

void markBoilerplate(std::vector<SectionKind>& kinds, std::size_t from, std::size_t to) {
  std::fill(kinds.begin() + static_cast<std::ptrdiff_t>(from),
            kinds.begin() + static_cast<std::ptrdiff_t>(to), SectionKind::Boilerplate);
}

// Chrome between the header and the comment thread (or the end): boxes,
// one-line interruptions, and everything after an end-of-article heading.
void markArticleBoilerplate(const std::vector<Line>& lines, std::vector<SectionKind>& kinds, std::size_t from,
                            std::size_t to) {
  bool articleSeen = false;
  for (std::size_t i = from; i < to; ++i) {
    const Line& line = lines[i];
    if (articleSeen && (line.cue == Cue::EndOfArticle || line.cue == Cue::Footer)) {
      markBoilerplate(kinds, i, to);
      return;
    }
    if (line.cue == Cue::Single) kinds[i] = SectionKind::Boilerplate;
    if (line.cue == Cue::Box) {
      kinds[i] = SectionKind::Boilerplate;
      std::size_t followers = 0;
      std::size_t j = i + 1;
      for (; j < to && followers < kBoxFollowLines; ++j) {
        const Line& next = lines[j];
        if (next.blank) continue;
        if (next.cue != Cue::None || next.trimmed.size() > 80 || next.endsWithStop) break;
        kinds[j] = SectionKind::Boilerplate;
        ++followers;
      }
    }
    articleSeen = articleSeen || isProse(line);
  }
}

// A run of short link-like lines closing the article ("Sony: the timeline",
// "North Korea denies ...") is a list of links, not text. Each must open with
// a capital, as titles do, so that hard-wrapped paragraphs stay text.
void markTrailingLinkList(const std::vector<Line>& lines, std::vector<SectionKind>& kinds, std::size_t from,
                          std::size_t to) {
  std::size_t end = to;
  while (end > from && (lines[end - 1].blank || kinds[end - 1] == SectionKind::Boilerplate)) --end;
  std::size_t first = end;
  std::size_t count = 0;
  while (first > from) {
    const Line& line = lines[first - 1];
    if (!line.blank) {
      const bool linkLike =
          line.trimmed.size() <= kShortLineBytes && !line.endsWithStop && startsWithUpper(line.trimmed);
      if (!linkLike || kinds[first - 1] != SectionKind::Body) break;
      ++count;
    }
    --first;
  }
  if (count < kLinkRunMinLines) return;
  bool proseBefore = false;
  for (std::size_t i = from; i < first && !proseBefore; ++i) proseBefore = isProse(lines[i]);
  if (proseBefore) markBoilerplate(kinds, first, end);
}

}  // namespace

// "-----Original Message-----", "---------- Forwarded message ---------",
// "-----Message d'origine-----": the line a client puts before a quoted
// message's header block.
bool isQuotedMessageSeparator(std::string_view trimmed) {
  if (trimmed.size() > kShortLineBytes) return false;
  std::string lower(trimmed);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  constexpr std::array<std::string_view, 6> kSeparators = {"original message",        "forwarded message",
                                                           "message d'origine",       "message transf",
                                                           "begin forwarded message", "message original"};
  return std::any_of(kSeparators.begin(), kSeparators.end(),
                     [&](std::string_view phrase) { return lower.find(phrase) != std::string::npos; });
}

// A reply or a forward quotes the header block of the message it answers
// ("From:", "Sent:", "To:", "Subject:"): two such lines or more in the body
// are a header too, dimmed like the first, with the separator before them.
void markQuotedHeaders(const std::vector<Line>& lines, std::vector<SectionKind>& kinds, std::size_t from) {
  constexpr std::size_t kMinFieldLines = 2;
  for (std::size_t i = from; i < lines.size(); ++i) {
    std::size_t end = i;
    while (end < lines.size() && kinds[end] == SectionKind::Body && lines[end].cue == Cue::MessageField)
      ++end;
    if (end - i < kMinFieldLines) continue;
    std::size_t begin = i;
    while (begin > from && lines[begin - 1].blank) --begin;
    if (begin > from && kinds[begin - 1] == SectionKind::Body &&
        isQuotedMessageSeparator(lines[begin - 1].trimmed))
      --begin;
    else
      begin = i;
    std::fill(kinds.begin() + static_cast<std::ptrdiff_t>(begin),
              kinds.begin() + static_cast<std::ptrdiff_t>(end), SectionKind::Header);
    i = end;
  }
}

std::vector<Section> findSections(std::string_view text, [[maybe_unused]] Language language) {
  std::vector<Section> sections;
  if (text.empty()) return sections;
  const std::vector<Line> lines = splitLines(text);
  std::vector<SectionKind> kinds(lines.size(), SectionKind::Body);

  const Header header = findHeader(lines);
  std::fill(kinds.begin(), kinds.begin() + static_cast<std::ptrdiff_t>(header.endLine), SectionKind::Header);
  // A dateline opening the first paragraph: the header ends where its text begins.
  std::uint32_t datelineSplit = 0;
  if (header.datelineBytes > 0) {
    const Line& line = lines[header.endLine];
    datelineSplit = static_cast<std::uint32_t>(line.trimmed.data() - text.data() + header.datelineBytes);
  }

  const std::size_t bodyFrom = header.endLine;
  const std::size_t threadStart = findThreadStart(lines, bodyFrom);
  markArticleBoilerplate(lines, kinds, bodyFrom, threadStart);
  markTrailingLinkList(lines, kinds, bodyFrom, threadStart);
  markQuotedHeaders(lines, kinds, bodyFrom);

  if (threadStart < lines.size()) {
    // The thread runs to the end, but a footer after its last comment is chrome.
    std::size_t lastComment = threadStart;
    for (std::size_t i = threadStart; i < lines.size(); ++i) {
      if (isCommentCue(lines[i].cue)) lastComment = i;
    }
    std::size_t threadEnd = lines.size();
    for (std::size_t i = lastComment + 1; i < lines.size(); ++i) {
      const Cue cue = lines[i].cue;
      if (cue == Cue::Footer || cue == Cue::EndOfArticle || cue == Cue::Box) {
        threadEnd = i;
        break;
      }
    }
    std::fill(kinds.begin() + static_cast<std::ptrdiff_t>(threadStart),
              kinds.begin() + static_cast<std::ptrdiff_t>(threadEnd), SectionKind::Comments);
    markBoilerplate(kinds, threadEnd, lines.size());
  }

  // Blank lines belong with the text before them; leading ones with the first text.
  std::size_t firstText = 0;
  while (firstText < lines.size() && lines[firstText].blank) ++firstText;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank) continue;
    if (i < firstText) {
      kinds[i] = firstText < lines.size() ? kinds[firstText] : SectionKind::Body;
    } else if (i > 0) {
      kinds[i] = kinds[i - 1];
    }
  }

  auto append = [&](SectionKind kind, std::uint32_t start, std::uint32_t end) {
    if (start >= end) return;
    if (!sections.empty() && sections.back().kind == kind) {
      sections.back().end = end;
    } else {
      sections.push_back(Section{kind, start, end});
    }
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (datelineSplit > 0 && i == header.endLine) {
      append(SectionKind::Header, line.start, datelineSplit);
      append(kinds[i], datelineSplit, line.next);
    } else {
      append(kinds[i], line.start, line.next);
    }
  }
  return sections;
}

}  // namespace recoupe
