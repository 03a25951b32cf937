#include "mention.hpp"

namespace recoupe {

std::string_view mentionSourceName(MentionSource source) {
  switch (source) {
    case MentionSource::Pattern:
      return "pattern";
    case MentionSource::Rule:
      return "rule";
    case MentionSource::Lexicon:
      return "lexicon";
    case MentionSource::Alias:
      return "alias";
    case MentionSource::User:
      return "user";
  }
  return "rule";
}

}  // namespace recoupe
