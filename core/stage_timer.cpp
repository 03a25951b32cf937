#include "stage_timer.hpp"

#include <atomic>
#include <cstdio>

namespace recoupe {
namespace {

bool gEnabled = false;
// Documents may be analysed on several threads (Corpus::setParallelFor);
// each stage then sums the time of every thread.
std::array<std::atomic<std::chrono::steady_clock::rep>, kStageCount> gTotals{};

constexpr std::array<std::string_view, kStageCount> kNames = {"read", "decode", "segment", "recognise",
                                                              "link", "index",  "output"};

}  // namespace

std::string_view stageName(Stage stage) { return kNames[static_cast<std::size_t>(stage)]; }

namespace stage_timer {

void enable(bool on) { gEnabled = on; }
bool enabled() { return gEnabled; }
void reset() {
  for (auto& total : gTotals) total.store(0, std::memory_order_relaxed);
}

double seconds(Stage stage) {
  const std::chrono::steady_clock::duration total(
      gTotals[static_cast<std::size_t>(stage)].load(std::memory_order_relaxed));
  return std::chrono::duration<double>(total).count();
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
  gTotals[static_cast<std::size_t>(stage)].fetch_add((now - last_).count(), std::memory_order_relaxed);
  last_ = now;
}

}  // namespace recoupe
