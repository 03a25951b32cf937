#include "error.hpp"

namespace recoupe {

std::string_view errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidUtf8:
      return "invalid-utf8";
    case ErrorCode::Binary:
      return "binary";
    case ErrorCode::TooLarge:
      return "too-large";
    case ErrorCode::Empty:
      return "empty";
    case ErrorCode::UnsupportedFormat:
      return "unsupported-format";
    case ErrorCode::ParseError:
      return "parse-error";
    case ErrorCode::Unreadable:
      return "unreadable";
    case ErrorCode::InvalidArgument:
      return "invalid-argument";
    case ErrorCode::OutOfMemory:
      return "out-of-memory";
    case ErrorCode::InvalidAliases:
      return "invalid-aliases";
  }
  return "unknown";
}

}  // namespace recoupe
