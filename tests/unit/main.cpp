#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
#ifdef RECOUPE_REQUIRE_SHARED
  // These suites read the shared corpus; without it there is nothing to check.
  const char* override = std::getenv("RECOUPE_SHARED_DIR");
  const std::filesystem::path shared = override ? override : RECOUPE_SHARED_DIR;
  if (!std::filesystem::exists(shared / "corpus" / "seeds")) {
    std::cout << "SKIPPED: " << shared.string() << " is not present; the seed-corpus suites did not run\n";
    return 77;
  }
#endif
  doctest::Context context(argc, argv);
  return context.run();
}
