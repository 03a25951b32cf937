// recoupe: the command-line front end of the core.
//
//   recoupe analyze PATH... [--format json|csv] [--lang auto|fr|en]
//                           [--max-bytes N] [--csv-dir DIR] [--aliases FILE] [--timings]
//                           [--threads N]

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "corpus.hpp"
#include "result_output.hpp"
#include "stage_timer.hpp"
#include "text_fold.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kUsage =
    "usage: recoupe analyze PATH... [--format json|csv] [--lang auto|fr|en] [--max-bytes N] [--csv-dir DIR]\n"
    "                               [--aliases FILE] [--timings] [--threads N]\n"
    "       recoupe --version\n"
    "\n"
    "Analyses files and folders (recursively) and prints the recoupe.analysis/1 JSON result,\n"
    "or with --format csv the mentions as CSV. --csv-dir also writes entities.csv, mentions.csv\n"
    "and links.csv there. --aliases applies a team's alias file (merge, split, rename, retype,\n"
    "reject; see README). Reads .txt, .md, .html and .eml; other files are reported as errors.\n"
    "--timings prints the seconds spent per stage as JSON on stderr (summed over threads).\n"
    "--threads sets how many documents are analysed at once (default: one per core).\n"
    "\n"
    "       recoupe search QUERY PATH... [options]\n"
    "       recoupe mentions ENTITY PATH... [options]\n"
    "\n"
    "search finds QUERY in the documents and the entities, ignoring case and accents; mentions\n"
    "lists every mention of ENTITY (an entity id such as e12, or a name or alias) in context.\n"
    "Both print JSON and take the options of analyze.\n";

enum class Command { Analyze, Search, Mentions };

struct Options {
  Command command = Command::Analyze;
  std::string query;  // the search text, or the entity of `mentions`
  std::vector<std::string> paths;
  std::string format = "json";
  std::optional<recoupe::Language> language;
  std::size_t maxBytes = recoupe::kDefaultMaxDocumentBytes;
  std::string csvDirectory;
  std::string aliasFile;
  bool timings = false;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

struct InputFile {
  fs::path path;
  std::string id;
};

int usageError(std::string_view message) {
  std::cerr << "recoupe: " << message << "\n\n" << kUsage;
  return 2;
}

bool isHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// Files named on the command line keep their file name as id; files found in
// a folder are named by their path relative to it, so ids stay unique.
std::vector<InputFile> collectInputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> inputs;
  for (const std::string& argument : paths) {
    const fs::path root(argument);
    std::error_code error;
    if (fs::is_directory(root, error)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
      for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (isHidden(it->path())) {
          if (it->is_directory(error)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(error)) continue;
        found.push_back(InputFile{it->path(), fs::relative(it->path(), root, error).generic_string()});
      }
      std::sort(found.begin(), found.end(),
                [](const InputFile& a, const InputFile& b) { return a.id < b.id; });
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else {
      inputs.push_back(InputFile{root, root.filename().string()});
    }
  }
  return inputs;
}

std::optional<std::string> readFile(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream contents;
  contents << stream.rdbuf();
  if (stream.bad()) return std::nullopt;
  return std::move(contents).str();
}

void addInput(recoupe::Corpus& corpus, const InputFile& input, std::size_t maxBytes) {
  using recoupe::Error;
  using recoupe::ErrorCode;
  const auto format = recoupe::formatFromFileName(input.path.filename().string());
  if (!format) {
    corpus.addFailed(input.id, Error{ErrorCode::UnsupportedFormat, "unsupported file type: " + input.id});
    return;
  }
  std::error_code error;
  const auto size = fs::file_size(input.path, error);
  if (error) {
    corpus.addFailed(input.id, Error{ErrorCode::Unreadable,
                                     "cannot read " + input.path.string() + ": " + error.message()});
    return;
  }
  // Checked before reading, so that a huge file costs no memory.
  if (size > maxBytes) {
    corpus.addFailed(input.id, Error{ErrorCode::TooLarge, "document is " + std::to_string(size) +
                                                              " bytes, over the limit of " +
                                                              std::to_string(maxBytes) + " bytes"});
    return;
  }
  auto bytes = readFile(input.path);
  if (!bytes) {
    corpus.addFailed(input.id, Error{ErrorCode::Unreadable, "cannot read " + input.path.string()});
    return;
  }
  corpus.add(input.id, std::move(*bytes), *format);
}

bool writeTextFile(const fs::path& path, const std::string& contents) {
  std::ofstream stream(path, std::ios::binary);
  stream << contents;
  return static_cast<bool>(stream);
}

// An entity by id ("e12"), else by name or alias, ignoring case and accents.
std::optional<std::uint32_t> findEntity(const recoupe::CorpusResult& result, const std::string& wanted) {
  const auto& entities = result.linking.entities;
  for (std::uint32_t e = 0; e < entities.size(); ++e) {
    if (recoupe::entityId(e) == wanted) return e;
  }
  const std::string key = recoupe::foldKey(wanted);
  for (std::uint32_t e = 0; e < entities.size(); ++e) {
    if (recoupe::foldKey(entities[e].name) == key) return e;
  }
  for (std::uint32_t e = 0; e < entities.size(); ++e) {
    for (const std::string& alias : entities[e].aliases) {
      if (recoupe::foldKey(alias) == key) return e;
    }
  }
  return std::nullopt;
}

// Documents are analysed on up to `threads` threads, each taking the next
// document in turn; an exception in one is rethrown once all have stopped.
recoupe::ParallelFor parallelForOn(unsigned threads) {
  return [threads](std::size_t count, const std::function<void(std::size_t)>& task) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
      for (std::size_t i = next++; i < count && !failed; i = next++) {
        try {
          task(i);
        } catch (...) {
          if (!failed.exchange(true)) failure = std::current_exception();
        }
      }
    };
    std::vector<std::thread> workers;
    const std::size_t extra = std::min<std::size_t>(threads, count) - 1;
    for (std::size_t t = 0; t < extra; ++t) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
    if (failure) std::rethrow_exception(failure);
  };
}

int analyze(const Options& options) {
  recoupe::AnalyzerOptions analyzerOptions;
  analyzerOptions.language = options.language;
  analyzerOptions.maxDocumentBytes = options.maxBytes;
  recoupe::Corpus corpus(analyzerOptions);
  if (options.threads > 1) corpus.setParallelFor(parallelForOn(options.threads));
  if (!options.aliasFile.empty()) {
    const auto aliases = readFile(options.aliasFile);
    if (!aliases) {
      std::cerr << "recoupe: cannot read alias file " << options.aliasFile << "\n";
      return 1;
    }
    if (const auto error = corpus.setAliases(*aliases)) {
      std::cerr << "recoupe: " << options.aliasFile << ": " << error->message << "\n";
      return 1;
    }
  }
  recoupe::StageLap lap;
  for (const InputFile& input : collectInputs(options.paths)) addInput(corpus, input, options.maxBytes);
  lap.to(recoupe::Stage::Read);
  const recoupe::CorpusResult& result = corpus.analyze();
  lap = recoupe::StageLap();

  if (!options.csvDirectory.empty()) {
    const fs::path directory(options.csvDirectory);
    std::error_code error;
    fs::create_directories(directory, error);
    const bool written = writeTextFile(directory / "entities.csv", recoupe::entitiesToCsv(result)) &&
                         writeTextFile(directory / "mentions.csv", recoupe::mentionsToCsv(result)) &&
                         writeTextFile(directory / "links.csv", recoupe::linksToCsv(result));
    if (!written) {
      std::cerr << "recoupe: cannot write CSV files to " << directory << "\n";
      return 1;
    }
  }
  // The analysis goes to stdout as it is written: whole, it would be the
  // largest allocation of the run.
  const recoupe::OutputSink toStdout = [](std::string_view piece) {
    std::fwrite(piece.data(), 1, piece.size(), stdout);
  };
  std::string output;
  switch (options.command) {
    case Command::Analyze:
      if (options.format == "csv") {
        recoupe::writeMentionsCsv(result, toStdout);
      } else {
        recoupe::writeResultJson(result, toStdout);
      }
      break;
    case Command::Search:
      output = recoupe::searchResultToJson(result, corpus.search(options.query)) + "\n";
      break;
    case Command::Mentions: {
      const auto entity = findEntity(result, options.query);
      if (!entity) {
        std::cerr << "recoupe: no entity named " << options.query << "\n";
        return 1;
      }
      output = recoupe::entityMentionsToJson(result, corpus.entityMentions(*entity)) + "\n";
      break;
    }
  }
  std::fwrite(output.data(), 1, output.size(), stdout);
  const bool flushed = std::fflush(stdout) == 0 && !std::ferror(stdout);
  lap.to(recoupe::Stage::Output);
  if (options.timings) std::cerr << "{\"timings\":" << recoupe::stage_timer::toJson() << "}\n";
  return flushed ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usageError("missing command");
  if (args[0] == "--version") {
    std::cout << recoupe::versionString() << "\n";
    return 0;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return 0;
  }
  Options options;
  std::size_t first = 1;
  if (args[0] == "search" || args[0] == "mentions") {
    options.command = args[0] == "search" ? Command::Search : Command::Mentions;
    if (args.size() < 2) return usageError(std::string(args[0]) + " needs a query before the paths");
    options.query = std::string(args[1]);
    first = 2;
  } else if (args[0] != "analyze") {
    return usageError("unknown command: " + std::string(args[0]));
  }
  for (std::size_t i = first; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    auto value = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (arg == "--format") {
      const auto format = value();
      if (!format || (*format != "json" && *format != "csv")) return usageError("--format takes json or csv");
      options.format = std::string(*format);
    } else if (arg == "--lang") {
      const auto tag = value();
      if (!tag) return usageError("--lang takes auto, fr or en");
      if (*tag == "auto") {
        options.language.reset();
      } else if (const auto language = recoupe::parseLanguageTag(*tag);
                 language && *language != recoupe::Language::Unknown) {
        options.language = language;
      } else {
        return usageError("--lang takes auto, fr or en");
      }
    } else if (arg == "--max-bytes") {
      const auto number = value();
      if (!number || number->empty() || number->find_first_not_of("0123456789") != std::string_view::npos) {
        return usageError("--max-bytes takes a number of bytes");
      }
      options.maxBytes = std::stoull(std::string(*number));
    } else if (arg == "--csv-dir") {
      const auto directory = value();
      if (!directory) return usageError("--csv-dir takes a folder");
      options.csvDirectory = std::string(*directory);
    } else if (arg == "--aliases") {
      const auto file = value();
      if (!file) return usageError("--aliases takes a JSON file");
      options.aliasFile = std::string(*file);
    } else if (arg == "--threads") {
      const auto number = value();
      if (!number || number->empty() || number->size() > 4 ||
          number->find_first_not_of("0123456789") != std::string_view::npos || *number == "0") {
        return usageError("--threads takes a number from 1 to 9999");
      }
      options.threads = static_cast<unsigned>(std::stoul(std::string(*number)));
    } else if (arg == "--timings") {
      options.timings = true;
      recoupe::stage_timer::enable();
    } else if (arg.starts_with("--")) {
      return usageError("unknown option: " + std::string(arg));
    } else {
      options.paths.emplace_back(arg);
    }
  }
  if (options.paths.empty()) return usageError(std::string(args[0]) + " needs at least one file or folder");
  return analyze(options);
}
