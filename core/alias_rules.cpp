#include "alias_rules.hpp"

// Parsing only: nlohmann/json is used without exceptions (parse with
// allow_exceptions = false, and every access checked first).
#include <nlohmann/json.hpp>
#include <optional>

namespace recoupe {
namespace {

using nlohmann::json;

Error invalid(const std::string& where, std::string_view what) {
  return Error{ErrorCode::InvalidAliases, where + ": " + std::string(what)};
}

std::optional<std::string> nonEmptyString(const json& value) {
  if (!value.is_string()) return std::nullopt;
  std::string text = value.get<std::string>();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  return text;
}

// Reads the string field `name` of an object with exactly the fields `allowed`.
std::optional<Error> readFields(const json& object, const std::string& where,
                                std::initializer_list<std::pair<const char*, std::string*>> fields) {
  if (!object.is_object()) return invalid(where, "expected an object");
  for (const auto& [name, value] : object.items()) {
    bool known = false;
    for (const auto& field : fields) known = known || name == field.first;
    if (!known) return invalid(where, "unknown field \"" + name + "\"");
  }
  for (const auto& [name, out] : fields) {
    const auto found = object.find(name);
    if (found == object.end()) return invalid(where, std::string("missing \"") + name + "\"");
    const auto text = nonEmptyString(*found);
    if (!text) return invalid(where + "." + name, "expected a non-empty string");
    *out = *text;
  }
  return std::nullopt;
}

std::optional<Error> readMerge(const json& list, AliasRules& rules) {
  if (!list.is_array()) return invalid("merge", "expected an array of arrays of names");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "merge[" + std::to_string(i) + "]";
    const json& group = list[i];
    if (!group.is_array() || group.size() < 2)
      return invalid(where, "expected an array of at least two names");
    std::vector<std::string> names;
    for (std::size_t j = 0; j < group.size(); ++j) {
      const auto name = nonEmptyString(group[j]);
      if (!name) return invalid(where + "[" + std::to_string(j) + "]", "expected a non-empty string");
      names.push_back(*name);
    }
    rules.merge.push_back(std::move(names));
  }
  return std::nullopt;
}

std::optional<Error> readSplit(const json& list, AliasRules& rules) {
  if (!list.is_array()) return invalid("split", "expected an array of {alias, from}");
  for (std::size_t i = 0; i < list.size(); ++i) {
    AliasRules::Split split;
    if (auto error = readFields(list[i], "split[" + std::to_string(i) + "]",
                                {{"alias", &split.alias}, {"from", &split.from}})) {
      return error;
    }
    rules.split.push_back(std::move(split));
  }
  return std::nullopt;
}

std::optional<Error> readRename(const json& list, AliasRules& rules) {
  if (!list.is_array()) return invalid("rename", "expected an array of {entity, name}");
  for (std::size_t i = 0; i < list.size(); ++i) {
    AliasRules::Rename rename;
    if (auto error = readFields(list[i], "rename[" + std::to_string(i) + "]",
                                {{"entity", &rename.entity}, {"name", &rename.name}})) {
      return error;
    }
    rules.rename.push_back(std::move(rename));
  }
  return std::nullopt;
}

std::optional<Error> readRetype(const json& list, AliasRules& rules) {
  if (!list.is_array()) return invalid("retype", "expected an array of {entity, type}");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "retype[" + std::to_string(i) + "]";
    std::string entity;
    std::string typeText;
    if (auto error = readFields(list[i], where, {{"entity", &entity}, {"type", &typeText}})) return error;
    const auto type = parseEntityType(typeText);
    if (!type || !isNamedType(*type)) {
      return invalid(where + ".type",
                     "expected PERSON, ORG, LOC, WORK, EVENT or NORP, not \"" + typeText + "\"");
    }
    rules.retype.push_back(AliasRules::Retype{std::move(entity), *type});
  }
  return std::nullopt;
}

std::optional<Error> readReject(const json& list, AliasRules& rules) {
  if (!list.is_array()) return invalid("reject", "expected an array of names or {alias}");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "reject[" + std::to_string(i) + "]";
    if (const auto name = nonEmptyString(list[i])) {
      rules.rejectEntities.push_back(*name);
      continue;
    }
    std::string alias;
    if (auto error = readFields(list[i], where, {{"alias", &alias}})) {
      return list[i].is_object() ? error : invalid(where, "expected a name or {\"alias\": name}");
    }
    rules.rejectAliases.push_back(std::move(alias));
  }
  return std::nullopt;
}

}  // namespace

Expected<AliasRules> parseAliasRules(std::string_view text) {
  const json document = json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) return invalid("aliases", "not valid JSON");
  if (!document.is_object()) return invalid("aliases", "expected a JSON object");
  const auto version = document.find("version");
  if (version == document.end()) return invalid("aliases", "missing \"version\": 1");
  if (!version->is_number_integer() || version->get<std::int64_t>() != 1) {
    return invalid("version", "unsupported version (this Recoupe reads version 1)");
  }
  AliasRules rules;
  for (const auto& [key, value] : document.items()) {
    std::optional<Error> error;
    if (key == "version") continue;
    if (key == "merge")
      error = readMerge(value, rules);
    else if (key == "split")
      error = readSplit(value, rules);
    else if (key == "rename")
      error = readRename(value, rules);
    else if (key == "retype")
      error = readRetype(value, rules);
    else if (key == "reject")
      error = readReject(value, rules);
    else
      error = invalid("aliases", "unknown field \"" + key + "\"");
    if (error) return *error;
  }
  return rules;
}

}  // namespace recoupe
