// Errors are values: every fallible operation in the core returns either a
// result or an Error, and nothing throws across a module boundary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace recoupe {

enum class ErrorCode : std::uint8_t {
  InvalidUtf8,        // the bytes are not UTF-8; used as a warning, the text is still analysed
  Binary,             // the bytes look like a binary file, not text
  TooLarge,           // over the configured size limit
  Empty,              // no text at all
  UnsupportedFormat,  // a format the core does not read
  ParseError,         // structured input (HTML, e-mail, JSON) that could not be parsed
  Unreadable,         // the file could not be read
  InvalidArgument,    // misuse of the API, such as an unknown option
  OutOfMemory,        // the document was too large for the memory available
  InvalidAliases,     // an alias file that is not valid JSON or does not follow its format
};

std::string_view errorCodeName(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;
};

// A minimal std::expected (C++23) stand-in: a T or an Error.
template <typename T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}
  Expected(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace recoupe
