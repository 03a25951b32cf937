// Matching keys: text folded to lower case without accents, so that
// "États-Unis", "Etats-Unis" and "ETATS-UNIS" compare equal.
#pragma once

#include <string>
#include <string_view>

namespace recoupe {

// Lower-cases, strips diacritics (é -> e, œ -> oe), unifies apostrophes and
// dashes, and collapses runs of white space to one space. A space after a
// French elision is dropped ("l' Etat", as old print sets it, is "l'etat").
std::string foldKey(std::string_view text);

// Whether a folded word is a French elision ("l'", "d'", "qu'", "jusqu'"),
// which its next word follows without a space; not "o'" ("Land O' Lakes").
bool isElisionKey(std::string_view foldedWord);

// `text` with its ASCII capitals in lower case, other bytes as they are: for
// tags, header fields and cue words, which are ASCII.
std::string lowerAscii(std::string_view text);

// True when the first code point of `word` is an upper-case or title-case letter.
bool startsWithUpper(std::string_view word);
// True when `word` has at least one letter and no lower-case letter.
bool isAllUpper(std::string_view word);
bool hasLetter(std::string_view word);

}  // namespace recoupe
