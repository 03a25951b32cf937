// An opt-in wall-clock timer per pipeline stage, summed over all documents
// (`recoupe analyze --timings`, scripts/bench). Off by default: a lap then
// costs one branch. Thread-safe: with documents analysed on several threads,
// a stage's time is the sum over the threads.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace recoupe {

enum class Stage : unsigned char { Read, Decode, Segment, Recognise, Link, Index, Output };
inline constexpr std::size_t kStageCount = 7;

std::string_view stageName(Stage stage);

namespace stage_timer {
void enable(bool on = true);
bool enabled();
void reset();
double seconds(Stage stage);
// {"read":0.000123,"decode":...,"output":...,"total":...}, in seconds.
std::string toJson();
}  // namespace stage_timer

// Charges the time since it was made, or since its last lap, to a stage:
//   StageLap lap; decode(); lap.to(Stage::Decode); segment(); lap.to(Stage::Segment);
class StageLap {
 public:
  StageLap();
  void to(Stage stage);

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace recoupe
