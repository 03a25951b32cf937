// The built-in lexicon: countries, cities, regions, organisations, demonyms and given
// names with their English and French names, plus the common words of both languages and
// the capitalised entries of the English dictionary. It is compiled at build time by
// scripts/lexicon/build_lexicon.py into one blob embedded in the library; lookups run
// directly over the blob (binary search), nothing is indexed at load.
//
// Blob format, version 1. Little-endian; offsets are from the start of the blob.
//
//   header   char magic[8] = "RCPLEX\0\0"; u32 version; u32 sectionCount; u32 totalSize;
//            u32 reserved
//   table    sectionCount x { char tag[4]; u32 offset; u32 size; u32 count }, sections
//            aligned to 8 bytes
//   "STRS"   string pool: each string is a u8 length followed by its UTF-8 bytes;
//            offset 0 holds the empty string
//   "ENTS"   count x 16-byte entry records, sorted by id (byte order):
//              u32 id (pool offset), u32 name (pool offset), u32 population,
//              char country[2] (ISO 3166-1 alpha-2, NUL-padded), u8 category
//              (LexiconCategory), u8 flags (kLexicon* below; 0x80: the name is the id
//              without its "given:" prefix)
//   "PHRS",  keyed sets: sorted folded keys (foldKey), front-coded in blocks:
//   "COMM",    u32 keyCount; u32 blockCount; u32 payloadKind; u32 blockSize;
//   "PROP",    u32 blockOffsets[blockCount] (from the end of that array); then per key
//   "ACRO"     varint sharedPrefix, varint suffixLength, suffix bytes, payload.
//              The first key of a block shares nothing with the one before, so a lookup
//              binary-searches the block heads and scans one block.
//            Payloads: PHRS (kind 2) varint n and n varint entry indices, ordered
//            countries, organisations, demonyms, regions, cities by descending population,
//            given names; COMM (kind 1) one byte, 1 = English, 2 = French; PROP and
//            ACRO (kind 0) none. ACRO holds the PHRS keys that every source spells
//            in capitals.
//
// A demonym's target is the id of the country entry named by its country code, or for a
// region's demonym (no country), the id that follows "demonym:" in its own id. Entry
// objects are built lazily, 256 at a time, the first time one of them is returned.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "types.hpp"

namespace recoupe {

enum class LexiconCategory : std::uint8_t { Country, City, Region, Organisation, GivenName, Demonym };

// LexiconEntry::flags of given names: the genders the source gives, and its lists.
inline constexpr std::uint8_t kLexiconMale = 1;
inline constexpr std::uint8_t kLexiconFemale = 2;
inline constexpr std::uint8_t kLexiconEnglish = 4;
inline constexpr std::uint8_t kLexiconFrench = 8;
// A state, province or region from ISO 3166-2: weaker evidence than the
// hand-written places, since some of them are also surnames or given names.
inline constexpr std::uint8_t kLexiconSubdivision = 16;
// An organisations.tsv entry that names an event ("Festival de Cannes", "FA Cup"):
// its type is EVENT.
inline constexpr std::uint8_t kLexiconEvent = 32;

struct LexiconEntry {
  std::string_view id;  // stable: "country:KP", "city:1871859", "org:fbi", "region:california"
  LexiconCategory category = LexiconCategory::Country;
  EntityType type = EntityType::Loc;  // LOC for countries/cities/regions, ORG, PERSON (given names),
                                      // NORP (demonyms)
  std::string_view name;              // canonical English display name ("North Korea")
  std::string_view country;           // ISO alpha-2 when relevant ("KP"); for a demonym, its country
  std::uint32_t population = 0;
  std::string_view target;  // for a demonym: the id of its country entry ("country:KP")
  std::uint8_t flags = 0;   // kLexiconMale, ... for given names
};

// All entries sharing the key made of the first `words` words.
struct PhraseMatch {
  std::size_t words = 0;
  std::vector<const LexiconEntry*> entries;
};

enum class LexiconKeySet : std::uint8_t { Phrases, CommonWords, ProperNouns, AcronymsOnly };

class Lexicon {
 public:
  static constexpr std::size_t kMaxPhraseWords = 8;
  // Units of text a phrase may span: a French elision is a unit of its own
  // ("l'" + "image") but no word of the key ("de l'image").
  static constexpr std::size_t kMaxPhraseUnits = 12;

  Lexicon();  // empty
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  // The embedded blob, parsed once (thread-safe static).
  static const Lexicon& builtin();
  // A lexicon over `bytes`, which must outlive it. A blob that fails the magic, version or
  // bounds checks gives an empty lexicon.
  static Lexicon fromBytes(std::span<const unsigned char> bytes);

  // Longest phrase in the lexicon made of foldedWords[0..k) (k <= kMaxPhraseUnits), each
  // word already folded; words are joined by one space (hyphenated words stay one word:
  // "etats-unis"), but an elision by none.
  // Returns words == 0 when none.
  PhraseMatch longestPhrase(std::span<const std::string> foldedWords) const;
  PhraseMatch longestPhrase(std::span<const std::string_view> foldedWords) const;
  std::vector<const LexiconEntry*> lookup(std::string_view foldedPhrase) const;  // exact key
  bool isCommonWord(std::string_view foldedWord, Language language) const;       // Unknown: either language
  bool isKnownProperNoun(std::string_view foldedWord) const;  // capitalised dictionary entries (wamerican)
  bool isGivenName(std::string_view foldedWord) const;
  // True when every source spells the key in capitals ("EAU", "SEC"): written
  // "Eau" or "sec", it is a word, not that name.
  bool isAcronymOnly(std::string_view foldedWord) const;
  // True when the key names a demonym ("nord-coreen").
  bool isDemonymKey(std::string_view foldedWord) const;
  const LexiconEntry* entry(std::string_view id) const;  // by id
  std::size_t size() const;                              // number of entries
  bool empty() const { return size() == 0; }

  // Visits the keys of one keyed set in order until `visit` returns false.
  void forEachKey(LexiconKeySet set, const std::function<bool(std::string_view)>& visit) const;
  std::size_t keyCount(LexiconKeySet set) const;

 private:
  struct Impl;
  explicit Lexicon(std::unique_ptr<Impl> impl);
  template <typename Word>
  PhraseMatch longestPhraseOf(std::span<const Word> foldedWords) const;
  std::unique_ptr<Impl> impl_;
};

std::string_view lexiconCategoryName(LexiconCategory category);

// A country, or a region (a state, a province, "England"): a place larger than a city.
bool isCountryOrRegion(const LexiconEntry& entry);
// True when some entry of a key is a country or a region.
bool namesCountryOrRegion(const std::vector<const LexiconEntry*>& entries);
// A country, a region or a city.
bool isPlace(const LexiconEntry& entry);
// "Eau potable", "Sec et froid": a key the lexicon has only as an acronym (EAU,
// SEC) written with fewer than two capitals is the word, not that name.
bool isAcronymWrittenAsWord(const Lexicon& lexicon, std::string_view foldedKey, std::string_view surface);

}  // namespace recoupe
