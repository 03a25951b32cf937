#include "stage_timer.hpp"

#include <cstdio>

namespace recoupe {
namespace {

bool gEnabled = false;
std::array<std::chrono::steady_clock::duration, kStageCount> gTotals{};

constexpr std::array<std::string_view, kStageCount> kNames = {"read", "decode", "segment", "recognise",
                                                              "link", "index",  "output"};

}  // namespace

std::string_view stageName(Stage stage) { return kNames[static_cast<std::size_t>(stage)]; }

namespace stage_timer {

void enable(bool on) { gEnabled = on; }
bool enabled() { return gEnabled; }
void reset() { gTotals = {}; }

double seconds(Stage stage) {
  return std::chrono::duration<double>(gTotals[static_cast<std::size_t>(stage)]).count();
}

std::string toJson() {
  std::string json = "{";
  double total = 0;
  char buffer[64];
  for (std::size_t i = 0; i < kStageCount; ++i) {
    const double value = seconds(static_cast<Stage>(i));
    total += value;
    std::snprintf(buffer, sizeof buffer, "\"%s\":%.6f,", kNames[i].data(), value);
    json += buffer;
  }
  std::snprintf(buffer, sizeof buffer, "\"total\":%.6f}", total);
  return json + buffer;
}

}  // namespace stage_timer

StageLap::StageLap() : on_(gEnabled), last_(on_ ? std::chrono::steady_clock::now() : decltype(last_){}) {}

void StageLap::to(Stage stage) {
  if (!on_) return;
  const auto now = std::chrono::steady_clock::now();
  gTotals[static_cast<std::size_t>(stage)] += now - last_;
  last_ = now;
}

}  // namespace recoupe
