// The shared seed corpus (../shared/corpus/seeds, or $RECOUPE_SHARED_DIR),
// read once for the suites in this folder.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "result_output.hpp"

namespace recoupe::testing {

struct SeedFile {
  std::string name;
  std::string bytes;
};

// The seed files, sorted by name.
inline std::vector<SeedFile> readSeedFiles() {
  const char* override = std::getenv("RECOUPE_SHARED_DIR");
  const std::filesystem::path dir =
      std::filesystem::path(override ? override : RECOUPE_SHARED_DIR) / "corpus" / "seeds";
  std::set<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) paths.insert(entry.path());
  std::vector<SeedFile> files;
  for (const auto& path : paths) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    files.push_back(SeedFile{path.filename().string(), bytes.str()});
  }
  return files;
}

// The analysis-v1 result of the whole seed corpus, computed once.
inline const nlohmann::json& seedCorpusResult() {
  static const nlohmann::json result = [] {
    Corpus corpus;
    for (SeedFile& file : readSeedFiles()) corpus.add(file.name, std::move(file.bytes), DocumentFormat::Text);
    return nlohmann::json::parse(resultToJson(corpus.analyze()));
  }();
  return result;
}

}  // namespace recoupe::testing
