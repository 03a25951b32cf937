#include "lexicon.hpp"

#include "text_fold.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <mutex>
#include <vector>

namespace recoupe {

extern const unsigned char kLexiconBlob[];
extern const std::size_t kLexiconBlobSize;

namespace {

constexpr std::array<char, 8> kMagic = {'R', 'C', 'P', 'L', 'E', 'X', '\0', '\0'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kHeaderSize = 24;
constexpr std::size_t kSectionEntrySize = 16;
constexpr std::size_t kRecordSize = 16;
constexpr std::size_t kKeySetHeaderSize = 16;
constexpr std::size_t kMaxKeyBytes = 255;
constexpr std::uint32_t kMaxSections = 32;
constexpr std::size_t kChunkSize = 256;
constexpr std::uint8_t kNameInId = 0x80;
constexpr std::string_view kGivenPrefix = "given:";
constexpr std::string_view kCountryPrefix = "country:";
constexpr std::string_view kDemonymPrefix = "demonym:";

enum PayloadKind : std::uint32_t { kPayloadNone = 0, kPayloadByte = 1, kPayloadPostings = 2 };

std::uint32_t readU32(const unsigned char* p) {
  std::uint32_t value;
  std::memcpy(&value, p, 4);
  if constexpr (std::endian::native == std::endian::big) value = __builtin_bswap32(value);
  return value;
}

bool readVarint(const unsigned char* data, std::size_t size, std::size_t& pos, std::uint32_t& out) {
  std::uint32_t value = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (pos >= size) return false;
    const unsigned char byte = data[pos++];
    value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if (byte < 0x80) {
      out = value;
      return true;
    }
  }
  return false;
}

// A sorted, front-coded set of keys (see the format in lexicon.hpp).
struct KeySet {
  const unsigned char* data = nullptr;  // key data, after the block offsets
  std::size_t dataSize = 0;
  const unsigned char* blockOffsets = nullptr;
  std::uint32_t keyCount = 0;
  std::uint32_t blockCount = 0;
  std::uint32_t payloadKind = kPayloadNone;
  // The first 8 bytes of each block head as a big-endian number, zero-padded:
  // comparing them orders heads as the strings do, so the search over blocks
  // compares integers and reads a head only when 8 bytes tie.
  std::vector<std::uint64_t> headPrefixes;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  static std::uint64_t prefixOf(std::string_view key) {
    std::uint64_t prefix = 0;
    for (std::size_t i = 0; i < 8; ++i) {
      prefix = (prefix << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
    }
    return prefix;
  }

  bool load(const unsigned char* base, std::size_t size, std::uint32_t expectedKind) {
    if (size < kKeySetHeaderSize) return false;
    keyCount = readU32(base);
    blockCount = readU32(base + 4);
    payloadKind = readU32(base + 8);
    const std::uint32_t blockSize = readU32(base + 12);
    if (payloadKind != expectedKind || blockSize == 0) return false;
    if (blockCount != (keyCount + blockSize - 1) / blockSize) return false;
    if ((size - kKeySetHeaderSize) / 4 < blockCount) return false;
    blockOffsets = base + kKeySetHeaderSize;
    data = blockOffsets + 4 * static_cast<std::size_t>(blockCount);
    dataSize = size - kKeySetHeaderSize - 4 * static_cast<std::size_t>(blockCount);
    std::uint32_t previous = 0;
    for (std::uint32_t i = 0; i < blockCount; ++i) {
      const std::uint32_t offset = readU32(blockOffsets + 4 * i);
      if (offset >= dataSize || (i > 0 && offset <= previous) || (i == 0 && offset != 0)) return false;
      previous = offset;
    }
    headPrefixes.resize(blockCount);
    for (std::uint32_t i = 0; i < blockCount; ++i) headPrefixes[i] = prefixOf(head(i));
    return true;
  }

  // Reads one key at `pos` into `buffer` (which holds the previous key of the block and
  // `length` bytes of it). False on malformed data.
  bool readKey(std::size_t& pos, std::array<char, kMaxKeyBytes>& buffer, std::size_t& length) const {
    std::uint32_t shared = 0;
    std::uint32_t suffix = 0;
    if (!readVarint(data, dataSize, pos, shared) || !readVarint(data, dataSize, pos, suffix)) return false;
    if (shared > length || shared + suffix > kMaxKeyBytes || suffix > dataSize - pos) return false;
    std::memcpy(buffer.data() + shared, data + pos, suffix);
    pos += suffix;
    length = shared + suffix;
    return true;
  }

  bool skipPayload(std::size_t& pos) const {
    switch (payloadKind) {
      case kPayloadByte:
        if (pos >= dataSize) return false;
        ++pos;
        return true;
      case kPayloadPostings: {
        std::uint32_t count = 0;
        if (!readVarint(data, dataSize, pos, count)) return false;
        for (std::uint32_t i = 0; i < count; ++i) {
          std::uint32_t ignored = 0;
          if (!readVarint(data, dataSize, pos, ignored)) return false;
        }
        return true;
      }
      default:
        return true;
    }
  }

  // The first key of a block.
  std::string_view head(std::uint32_t block) const {
    std::size_t pos = readU32(blockOffsets + 4 * block);
    std::uint32_t shared = 0;
    std::uint32_t length = 0;
    if (!readVarint(data, dataSize, pos, shared) || !readVarint(data, dataSize, pos, length)) return {};
    if (shared != 0 || length > dataSize - pos) return {};
    return {reinterpret_cast<const char*>(data + pos), length};
  }

  // The last block whose head is <= key, or blockCount when there is none.
  std::uint32_t blockFor(std::string_view key) const {
    const std::uint64_t prefix = prefixOf(key);
    // Heads with a smaller prefix are smaller than the key, and heads with a
    // larger one larger; only those that tie need the full comparison.
    std::uint32_t low = static_cast<std::uint32_t>(
        std::lower_bound(headPrefixes.begin(), headPrefixes.end(), prefix) - headPrefixes.begin());
    std::uint32_t high = static_cast<std::uint32_t>(
        std::upper_bound(headPrefixes.begin() + low, headPrefixes.end(), prefix) - headPrefixes.begin());
    // The first block in [low, high) whose head is > key.
    while (low < high) {
      const std::uint32_t mid = low + (high - low) / 2;
      if (head(mid) <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low == 0 ? blockCount : low - 1;
  }

  enum class Walk { Stopped, Finished, Malformed };

  // Visits the keys of one block in order with the position of their
  // payload, until `visit` returns false.
  template <typename Visit>
  Walk walkBlock(std::uint32_t block, Visit visit) const {
    const std::size_t end = block + 1 < blockCount ? readU32(blockOffsets + 4 * (block + 1)) : dataSize;
    std::size_t pos = readU32(blockOffsets + 4 * block);
    std::array<char, kMaxKeyBytes> buffer;
    std::size_t length = 0;
    while (pos < end) {
      if (!readKey(pos, buffer, length)) return Walk::Malformed;
      if (!visit(std::string_view(buffer.data(), length), pos)) return Walk::Stopped;
      if (!skipPayload(pos)) return Walk::Malformed;
    }
    return Walk::Finished;
  }

  // Position of the payload of `key`, or npos.
  std::size_t find(std::string_view key) const {
    if (blockCount == 0 || key.empty() || key.size() > kMaxKeyBytes) return npos;
    const std::uint32_t block = blockFor(key);
    if (block == blockCount) return npos;
    std::size_t found = npos;
    walkBlock(block, [&](std::string_view candidate, std::size_t pos) {
      const int order = candidate.compare(key);
      if (order == 0) found = pos;
      return order < 0;
    });
    return found;
  }

  // True when some key starts with `prefix`.
  bool hasKeyStartingWith(std::string_view prefix) const {
    if (blockCount == 0 || prefix.empty()) return false;
    // The first key >= prefix is in the last block whose head is <= prefix,
    // or is the head of the block after it.
    const std::uint32_t block = blockFor(prefix);
    if (block == blockCount) return head(0).starts_with(prefix);
    bool startsWith = false;
    const Walk walk = walkBlock(block, [&](std::string_view key, std::size_t) {
      if (key < prefix) return true;
      startsWith = key.starts_with(prefix);
      return false;
    });
    if (walk != Walk::Finished) return startsWith;  // false when malformed
    return block + 1 < blockCount && head(block + 1).starts_with(prefix);
  }

  // Visits every key with the position of its payload, until visit returns false.
  template <typename Visit>
  void forEachWithPayload(Visit visit) const {
    for (std::uint32_t block = 0; block < blockCount; ++block) {
      if (walkBlock(block, visit) != Walk::Finished) return;
    }
  }

  void forEach(const std::function<bool(std::string_view)>& visit) const {
    forEachWithPayload([&visit](std::string_view key, std::size_t) { return visit(key); });
  }
};

EntityType typeOf(LexiconCategory category) {
  switch (category) {
    case LexiconCategory::Organisation:
      return EntityType::Org;
    case LexiconCategory::GivenName:
      return EntityType::Person;
    case LexiconCategory::Demonym:
      return EntityType::Norp;
    default:
      return EntityType::Loc;
  }
}

}  // namespace

struct Lexicon::Impl {
  const unsigned char* pool = nullptr;
  std::size_t poolSize = 0;
  const unsigned char* records = nullptr;
  std::size_t entryCount = 0;
  KeySet phrases;
  KeySet common;
  KeySet proper;
  KeySet acronyms;
  // Entry objects, built a chunk at a time on first use.
  std::unique_ptr<std::once_flag[]> chunkFlags;
  std::unique_ptr<std::unique_ptr<LexiconEntry[]>[]> chunks;

  std::string_view poolString(std::uint32_t offset) const {
    if (offset >= poolSize) return {};
    const std::size_t length = pool[offset];
    if (length > poolSize - offset - 1) return {};
    return {reinterpret_cast<const char*>(pool + offset + 1), length};
  }
  const unsigned char* record(std::size_t index) const { return records + index * kRecordSize; }
  std::string_view idOf(std::size_t index) const { return poolString(readU32(record(index))); }
  LexiconCategory categoryOf(std::size_t index) const {
    return static_cast<LexiconCategory>(record(index)[14]);
  }

  // Index of the entry with that id, or entryCount.
  std::size_t findId(std::string_view id) const {
    std::size_t low = 0;
    std::size_t high = entryCount;
    while (low < high) {
      const std::size_t mid = low + (high - low) / 2;
      if (idOf(mid) < id) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < entryCount && idOf(low) == id ? low : entryCount;
  }

  void buildChunk(std::size_t chunk) const {
    const std::size_t first = chunk * kChunkSize;
    const std::size_t count = std::min(kChunkSize, entryCount - first);
    auto entries = std::make_unique<LexiconEntry[]>(count);
    for (std::size_t i = 0; i < count; ++i) {
      const unsigned char* r = record(first + i);
      LexiconEntry& e = entries[i];
      e.id = poolString(readU32(r));
      e.category = static_cast<LexiconCategory>(r[14]);
      e.flags = static_cast<std::uint8_t>(r[15] & ~kNameInId);
      e.type = e.category == LexiconCategory::Organisation && (e.flags & kLexiconEvent) ? EntityType::Event
                                                                                        : typeOf(e.category);
      e.name = (r[15] & kNameInId) && e.id.starts_with(kGivenPrefix) ? e.id.substr(kGivenPrefix.size())
                                                                     : poolString(readU32(r + 4));
      e.population = readU32(r + 8);
      const auto* country = reinterpret_cast<const char*>(r + 12);
      e.country = std::string_view(country, country[0] == '\0' ? 0 : (country[1] == '\0' ? 1 : 2));
      if (e.category == LexiconCategory::Demonym && e.country.size() == 2) {
        char target[10];
        std::memcpy(target, kCountryPrefix.data(), kCountryPrefix.size());
        std::memcpy(target + kCountryPrefix.size(), country, 2);
        const std::size_t index = findId(std::string_view(target, sizeof target));
        if (index < entryCount) e.target = idOf(index);
      } else if (e.category == LexiconCategory::Demonym && e.id.starts_with(kDemonymPrefix)) {
        // A region's demonym ("demonym:region:europe") names its target in its id.
        const std::size_t index = findId(e.id.substr(kDemonymPrefix.size()));
        if (index < entryCount) e.target = idOf(index);
      }
    }
    chunks[chunk] = std::move(entries);
  }

  const LexiconEntry* at(std::size_t index) const {
    if (index >= entryCount) return nullptr;
    const std::size_t chunk = index / kChunkSize;
    std::call_once(chunkFlags[chunk], [this, chunk] { buildChunk(chunk); });
    return &chunks[chunk][index % kChunkSize];
  }

  // Calls `visit(entryIndex)` for each posting of a PHRS payload.
  template <typename Visit>
  void postings(std::size_t pos, Visit visit) const {
    std::uint32_t count = 0;
    if (!readVarint(phrases.data, phrases.dataSize, pos, count)) return;
    for (std::uint32_t i = 0; i < count; ++i) {
      std::uint32_t index = 0;
      if (!readVarint(phrases.data, phrases.dataSize, pos, index)) return;
      if (index < entryCount) visit(index);
    }
  }

  // True when some entry of the phrase key `key` has this category.
  bool hasCategory(std::string_view key, LexiconCategory category) const {
    const std::size_t pos = phrases.find(key);
    if (pos == KeySet::npos) return false;
    bool found = false;
    postings(pos, [&](std::size_t index) { found = found || categoryOf(index) == category; });
    return found;
  }

  bool load(std::span<const unsigned char> bytes, bool checkRecords) {
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0)
      return false;
    const unsigned char* base = bytes.data();
    if (readU32(base + 8) != kVersion) return false;
    const std::uint32_t sectionCount = readU32(base + 12);
    if (readU32(base + 16) != bytes.size() || sectionCount > kMaxSections) return false;
    if (kHeaderSize + sectionCount * kSectionEntrySize > bytes.size()) return false;
    bool haveStrings = false, haveEntries = false, havePhrases = false, haveCommon = false,
         haveProper = false, haveAcronyms = false;
    std::uint32_t recordCount = 0;
    for (std::uint32_t i = 0; i < sectionCount; ++i) {
      const unsigned char* s = base + kHeaderSize + i * kSectionEntrySize;
      const std::string_view tag(reinterpret_cast<const char*>(s), 4);
      const std::size_t offset = readU32(s + 4);
      const std::size_t size = readU32(s + 8);
      const std::uint32_t count = readU32(s + 12);
      if (offset > bytes.size() || size > bytes.size() - offset) return false;
      const unsigned char* section = base + offset;
      if (tag == "STRS") {
        if (size == 0 || section[0] != 0) return false;
        pool = section;
        poolSize = size;
        haveStrings = true;
      } else if (tag == "ENTS") {
        if (size != static_cast<std::size_t>(count) * kRecordSize) return false;
        records = section;
        recordCount = count;
        haveEntries = true;
      } else if (tag == "PHRS") {
        havePhrases = phrases.load(section, size, kPayloadPostings) && phrases.keyCount == count;
        if (!havePhrases) return false;
      } else if (tag == "COMM") {
        haveCommon = common.load(section, size, kPayloadByte) && common.keyCount == count;
        if (!haveCommon) return false;
      } else if (tag == "PROP") {
        haveProper = proper.load(section, size, kPayloadNone) && proper.keyCount == count;
        if (!haveProper) return false;
      } else if (tag == "ACRO") {
        haveAcronyms = acronyms.load(section, size, kPayloadNone) && acronyms.keyCount == count;
        if (!haveAcronyms) return false;
      }
    }
    if (!haveStrings || !haveEntries || !havePhrases || !haveCommon || !haveProper || !haveAcronyms)
      return false;
    // Every record must name valid pool strings and a known category, in id order.
    std::string_view previous;
    for (std::size_t i = 0; checkRecords && i < recordCount; ++i) {
      const unsigned char* r = records + i * kRecordSize;
      const std::uint32_t id = readU32(r);
      const std::uint32_t name = readU32(r + 4);
      if (id == 0 || id >= poolSize || id + 1 + static_cast<std::size_t>(pool[id]) > poolSize) return false;
      if (name >= poolSize || name + 1 + static_cast<std::size_t>(pool[name]) > poolSize) return false;
      if (r[14] > static_cast<unsigned char>(LexiconCategory::Demonym)) return false;
      const std::string_view current = poolString(id);
      if (i > 0 && !(previous < current)) return false;
      previous = current;
    }
    entryCount = recordCount;
    const std::size_t chunkCount = (entryCount + kChunkSize - 1) / kChunkSize;
    chunkFlags = std::make_unique<std::once_flag[]>(chunkCount);
    chunks = std::make_unique<std::unique_ptr<LexiconEntry[]>[]>(chunkCount);
    return true;
  }
};

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::Lexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

const Lexicon& Lexicon::builtin() {
  // The embedded blob passes every check of fromBytes in a unit test, so its
  // records are not checked again here: that walk was a third of the start-up
  // time of a first analysis in the page.
  static const Lexicon lexicon = [] {
    auto impl = std::make_unique<Impl>();
    if (!impl->load({kLexiconBlob, kLexiconBlobSize}, /*checkRecords=*/false))
      impl = std::make_unique<Impl>();
    return Lexicon(std::move(impl));
  }();
  return lexicon;
}

Lexicon Lexicon::fromBytes(std::span<const unsigned char> bytes) {
  auto impl = std::make_unique<Impl>();
  if (!impl->load(bytes, /*checkRecords=*/true)) impl = std::make_unique<Impl>();
  return Lexicon(std::move(impl));
}

template <typename Word>
PhraseMatch Lexicon::longestPhraseOf(std::span<const Word> foldedWords) const {
  PhraseMatch match;
  const std::size_t limit = std::min(foldedWords.size(), kMaxPhraseUnits);
  std::array<std::size_t, kMaxPhraseUnits + 1> ends{};
  std::string joined;
  for (std::size_t k = 0; k < limit; ++k) {
    if (foldedWords[k].empty()) break;
    // Keys write an elision stuck to its word ("de l'image"), as the text does.
    const bool afterElision = k > 0 && isElisionKey(foldedWords[k - 1]);
    if (k > 0 && !afterElision) joined.push_back(' ');
    joined += foldedWords[k];
    ends[k + 1] = joined.size();
    if (joined.size() > kMaxKeyBytes) break;
    const std::size_t pos = impl_->phrases.find(joined);
    if (pos != KeySet::npos) match.words = k + 1;
    // A longer phrase would start with these words and a space, or with
    // this elision and a word.
    if (k + 1 < limit) {
      const bool elision = isElisionKey(foldedWords[k]);
      if (!elision) joined.push_back(' ');
      const bool longer = impl_->phrases.hasKeyStartingWith(joined);
      if (!elision) joined.pop_back();
      if (!longer) break;
    }
  }
  if (match.words > 0) match.entries = lookup(std::string_view(joined).substr(0, ends[match.words]));
  return match;
}

PhraseMatch Lexicon::longestPhrase(std::span<const std::string> foldedWords) const {
  return longestPhraseOf(foldedWords);
}

PhraseMatch Lexicon::longestPhrase(std::span<const std::string_view> foldedWords) const {
  return longestPhraseOf(foldedWords);
}

std::vector<const LexiconEntry*> Lexicon::lookup(std::string_view foldedPhrase) const {
  std::vector<const LexiconEntry*> entries;
  const std::size_t pos = impl_->phrases.find(foldedPhrase);
  if (pos == KeySet::npos) return entries;
  impl_->postings(pos, [&](std::size_t index) {
    if (const LexiconEntry* e = impl_->at(index)) entries.push_back(e);
  });
  return entries;
}

bool Lexicon::isCommonWord(std::string_view foldedWord, Language language) const {
  const std::size_t pos = impl_->common.find(foldedWord);
  if (pos == KeySet::npos || pos >= impl_->common.dataSize) return false;
  const unsigned char languages = impl_->common.data[pos];
  switch (language) {
    case Language::English:
      return (languages & 1) != 0;
    case Language::French:
      return (languages & 2) != 0;
    default:
      return languages != 0;
  }
}

bool Lexicon::isKnownProperNoun(std::string_view foldedWord) const {
  return impl_->proper.find(foldedWord) != KeySet::npos;
}

bool Lexicon::isAcronymOnly(std::string_view foldedWord) const {
  return impl_->acronyms.find(foldedWord) != KeySet::npos;
}

bool Lexicon::isDemonymKey(std::string_view foldedWord) const {
  return impl_->hasCategory(foldedWord, LexiconCategory::Demonym);
}

bool Lexicon::isGivenName(std::string_view foldedWord) const {
  return impl_->hasCategory(foldedWord, LexiconCategory::GivenName);
}

const LexiconEntry* Lexicon::entry(std::string_view id) const { return impl_->at(impl_->findId(id)); }

std::size_t Lexicon::size() const { return impl_->entryCount; }

void Lexicon::forEachKey(LexiconKeySet set, const std::function<bool(std::string_view)>& visit) const {
  switch (set) {
    case LexiconKeySet::Phrases:
      impl_->phrases.forEach(visit);
      break;
    case LexiconKeySet::CommonWords:
      impl_->common.forEach(visit);
      break;
    case LexiconKeySet::ProperNouns:
      impl_->proper.forEach(visit);
      break;
    case LexiconKeySet::AcronymsOnly:
      impl_->acronyms.forEach(visit);
      break;
  }
}

std::size_t Lexicon::keyCount(LexiconKeySet set) const {
  switch (set) {
    case LexiconKeySet::Phrases:
      return impl_->phrases.keyCount;
    case LexiconKeySet::CommonWords:
      return impl_->common.keyCount;
    case LexiconKeySet::ProperNouns:
      return impl_->proper.keyCount;
    case LexiconKeySet::AcronymsOnly:
      return impl_->acronyms.keyCount;
  }
  return 0;
}

bool isAcronymWrittenAsWord(const Lexicon& lexicon, std::string_view foldedKey, std::string_view surface) {
  const auto capitals =
      std::count_if(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return capitals < 2 && lexicon.isAcronymOnly(foldedKey);
}

bool isCountryOrRegion(const LexiconEntry& entry) {
  return entry.category == LexiconCategory::Country || entry.category == LexiconCategory::Region;
}

bool isPlace(const LexiconEntry& entry) {
  return isCountryOrRegion(entry) || entry.category == LexiconCategory::City;
}

bool namesCountryOrRegion(const std::vector<const LexiconEntry*>& entries) {
  return std::any_of(entries.begin(), entries.end(),
                     [](const LexiconEntry* entry) { return isCountryOrRegion(*entry); });
}

std::string_view lexiconCategoryName(LexiconCategory category) {
  switch (category) {
    case LexiconCategory::Country:
      return "country";
    case LexiconCategory::City:
      return "city";
    case LexiconCategory::Region:
      return "region";
    case LexiconCategory::Organisation:
      return "organisation";
    case LexiconCategory::GivenName:
      return "given-name";
    case LexiconCategory::Demonym:
      return "demonym";
  }
  return "unknown";
}

}  // namespace recoupe
