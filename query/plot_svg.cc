#include "query/plot_svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "lisan/date.h"
#include "query/printers/bidi.h"

namespace lisan::query {
namespace {

// A "nice" step (1, 2 or 5 times a power of ten) for about `ticks` y ticks.
double nice_step(double max, int ticks) {
  if (max <= 0) return 1;
  const double raw = max / ticks;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * power >= raw) return std::max(1.0, m * power);
  return std::max(1.0, 10 * power);
}

// d3's category10 with its grey replaced by black (grey is the bars behind
// the lines); after ten series the hues come back dashed.
constexpr const char* kLineColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                        "#8c564b", "#e377c2", "#000000", "#bcbd22", "#17becf"};
constexpr std::size_t kColours = sizeof(kLineColours) / sizeof(kLineColours[0]);
constexpr const char* kDashes[] = {"", " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 2\""};

std::string line_colour(std::size_t line) { return kLineColours[line % kColours]; }
std::string line_dash(std::size_t line) { return kDashes[(line / kColours) % 3]; }

// The first `max_chars` code points of `text`, with "…" when cut: legend
// names stay inside the legend column (the full name is in its tooltip).
std::string shorten(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return text.substr(0, i) + "…";
  }
  return text;
}

// Legend text: the name is a Unicode isolate (FSI .. PDI, UAX #9) inside
// the left-to-right line, so an Arabic name (and its leading '#') is
// ordered as an Arabic reader expects and the entry still starts at its
// swatch and grows rightwards. An RTL embedding (a tspan with
// direction="rtl") did that in rsvg, but Chromium laid the whole line out
// right to left from the swatch: over the swatch and into the plot.
std::string legend_text(const std::string& name, std::uint64_t total) {
  return fmt::format("\u2068{}\u2069 <tspan fill=\"#666\">({})</tspan>", xml_escape(shorten(name, 28)), total);
}

// Which period labels the x axis shows: every `step`-th, at least
// kMinLabelGap px apart so the rotated labels never touch. Daily labels of
// a long range fall on calendar boundaries (Mondays, then the 1st of every
// 1, 2, 3, 6 or 12 months), so a reader sees weeks and months, not a smear.
constexpr double kMinLabelGap = 22;

bool is_day(const std::string& period) {
  return period.size() == 10 && period[4] == '-' && period[7] == '-';
}

std::vector<bool> shown_labels(const std::vector<std::string>& periods, double slot) {
  const std::size_t n = periods.size();
  std::vector<bool> shown(n, false);
  const auto every = [&](std::size_t step) {
    for (std::size_t i = 0; i < n; i += step) shown[i] = true;
    return shown;
  };
  if (slot >= kMinLabelGap) return every(1);
  bool days = n > 0;
  for (const auto& p : periods) days = days && is_day(p);
  if (!days) {
    for (std::size_t step : {2, 3, 4, 6, 12, 13, 26, 52, 104})
      if (slot * static_cast<double>(step) >= kMinLabelGap) return every(step);
    return every(static_cast<std::size_t>(std::ceil(kMinLabelGap / std::max(slot, 0.01))));
  }
  if (slot * 2 >= kMinLabelGap) return every(2);
  const auto civil = [](const std::string& p, int& y, unsigned& m, unsigned& d) {
    y = std::stoi(p.substr(0, 4));
    m = static_cast<unsigned>(std::stoi(p.substr(5, 2)));
    d = static_cast<unsigned>(std::stoi(p.substr(8, 2)));
  };
  for (std::size_t weeks : {1, 2}) {
    if (slot * 7 * static_cast<double>(weeks) < kMinLabelGap) continue;
    std::size_t mondays = 0;
    for (std::size_t i = 0; i < n; ++i) {
      int y;
      unsigned m, d;
      civil(periods[i], y, m, d);
      const std::int64_t day = days_from_civil(y, m, d);
      if (((day + 3) % 7 + 7) % 7 == 0 && mondays++ % weeks == 0) shown[i] = true;  // 1970-01-01 was a Thursday
    }
    return shown;
  }
  // Months: the smallest step whose labels (about 30.4 days apart) fit.
  unsigned months = 12;
  for (unsigned step : {1u, 2u, 3u, 6u, 12u})
    if (slot * 30.4 * step >= kMinLabelGap) {
      months = step;
      break;
    }
  const std::size_t years = static_cast<std::size_t>(std::ceil(kMinLabelGap / std::max(slot * 365.0, 0.01)));
  for (std::size_t i = 0; i < n; ++i) {
    int y;
    unsigned m, d;
    civil(periods[i], y, m, d);
    if (d == 1 && (m - 1) % months == 0 && (months < 12 || static_cast<std::size_t>(y) % years == 0)) shown[i] = true;
  }
  return shown;
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') out += ' ';
        else out += c;
    }
  }
  return out;
}

std::string chart_svg(const ChartData& data, const PlotLabels& labels) {
  const std::size_t n = data.periods.size();
  std::size_t named = 0, lines = 0;
  for (const auto& s : data.series) {
    named += !s.name.empty();
    lines += !s.bars;
  }
  // Legend column right of the plot; the chart grows taller when it is long.
  const double legend_w = named > 0 ? 250 : 0, legend_row = 18;
  const double left = 70, right = 20 + legend_w, top = 70, bottom = 110;
  const double width = 960 + legend_w;
  const double height = std::max(480.0, top + bottom + legend_row * static_cast<double>(named + 1));
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  std::uint64_t max = 0;
  for (const auto& s : data.series)
    for (std::uint64_t v : s.values) max = std::max(max, v);
  const double step = nice_step(static_cast<double>(max), 5);
  const double y_max = std::max(step, std::ceil(static_cast<double>(max) / step) * step);
  const auto value_at = [](const ChartSeries& s, std::size_t i) -> std::uint64_t {
    return i < s.values.size() ? s.values[i] : 0;
  };
  const auto y_of = [&](std::uint64_t v) { return top + plot_h - static_cast<double>(v) / y_max * plot_h; };

  std::string s;
  s += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"DejaVu Sans, Noto Sans, Noto Naskh Arabic, Arial, sans-serif\" font-size=\"12\">\n",
      width, height);
  s += fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", width, height);
  // unicode-bidi: plaintext lets an Arabic query in the title keep its order.
  s += fmt::format("<text x=\"{}\" y=\"28\" font-size=\"17\" font-weight=\"bold\" style=\"unicode-bidi:plaintext\">{}</text>\n",
                   left, xml_escape(labels.title));
  s += fmt::format("<text x=\"{}\" y=\"50\" fill=\"#444\" style=\"unicode-bidi:plaintext\">{}</text>\n", left,
                   xml_escape(labels.subtitle));

  // Y axis with gridlines.
  for (double v = 0; v <= y_max + 0.5; v += step) {
    const double y = top + plot_h - v / y_max * plot_h;
    s += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e0e0e0\"/>\n", left, y,
                     left + plot_w, y);
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#333\">{}</text>\n", left - 6, y + 4,
                     static_cast<long long>(v));
  }
  s += fmt::format("<text transform=\"translate(18 {:.1f}) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">{}</text>\n",
                   top + plot_h / 2, xml_escape(data.y_label));

  // One slot per period: bars fill 80% of it, line points sit at its centre.
  const double slot = n == 0 ? plot_w : plot_w / static_cast<double>(n);
  const double bar = std::max(1.0, slot * 0.8);
  const auto centre = [&](std::size_t i) { return left + slot * (static_cast<double>(i) + 0.5); };
  const std::string bar_fill = lines > 0 ? "#d8d8d8" : "#3b6ea5";
  const auto tip = [](const std::string& period, const ChartSeries& series, std::uint64_t v) {
    return series.name.empty() ? fmt::format("{}: {}", xml_escape(period), v)
                               : fmt::format("{} {}: {}", xml_escape(period), xml_escape(series.name), v);
  };
  for (const auto& series : data.series) {
    if (!series.bars) continue;
    if (!series.name.empty()) s += fmt::format("<g class=\"series\"><title>{}</title>\n", xml_escape(series.name));
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t v = value_at(series, i);
      const double h = static_cast<double>(v) / y_max * plot_h;
      s += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"><title>{}</title></rect>\n",
                       left + slot * static_cast<double>(i) + (slot - bar) / 2, top + plot_h - h, bar, h, bar_fill,
                       tip(data.periods[i], series, v));
    }
    if (!series.name.empty()) s += "</g>\n";
  }
  // Period labels thinned by the range (shown_labels), each with a tick.
  const std::vector<bool> shown = shown_labels(data.periods, slot);
  for (std::size_t i = 0; i < n; ++i) {
    if (!shown[i]) continue;
    s += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"#000\"/>\n", centre(i),
                     top + plot_h, top + plot_h + 4);
    s += fmt::format("<text class=\"x-label\" transform=\"translate({:.1f} {:.1f}) rotate(-45)\" text-anchor=\"end\" "
                     "fill=\"#333\">{}</text>\n",
                     centre(i), top + plot_h + 14, xml_escape(data.periods[i]));
  }
  // Lines over the bars, the first series drawn last so it stays on top
  // where lines meet (often at 0); a dot with a tooltip per period while
  // dots fit.
  std::vector<std::pair<const ChartSeries*, std::size_t>> line_series;  // series, its colour index
  for (const auto& series : data.series)
    if (!series.bars) line_series.emplace_back(&series, line_series.size());
  const double dot = std::min(3.0, slot / 3);
  for (auto it = line_series.rbegin(); it != line_series.rend(); ++it) {
    const ChartSeries& series = *it->first;
    const std::string colour = line_colour(it->second), dash = line_dash(it->second);
    s += fmt::format("<g class=\"series\"><title>{}</title>\n", xml_escape(series.name));
    std::string points;
    for (std::size_t i = 0; i < n; ++i)
      points += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", centre(i), y_of(value_at(series, i)));
    s += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" stroke-linejoin=\"round\"{} points=\"{}\"/>\n",
                     colour, dash, points);
    if (dot >= 1.5)
      for (std::size_t i = 0; i < n; ++i)
        s += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" fill=\"{}\"><title>{}</title></circle>\n",
                         centre(i), y_of(value_at(series, i)), dot, colour, tip(data.periods[i], series, value_at(series, i)));
    s += "</g>\n";
  }
  if (n == 0)
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#666\">{}</text>\n",
                     left + plot_w / 2, top + plot_h / 2, xml_escape(data.empty_note));
  // The plot area, for checks of what is drawn outside it (no paint).
  s += fmt::format("<rect class=\"plot-area\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"none\"/>\n", left,
                   top, plot_w, plot_h);
  // Axes on top of the bars.
  s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2:.1f}\" stroke=\"#000\"/>\n", left, top, top + plot_h);
  s += fmt::format("<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"#000\"/>\n", left, top + plot_h,
                   left + plot_w);

  // Legend: swatch (a bar or the line with its dash), name, total over the periods.
  if (named > 0) {
    const double lx = left + plot_w + 24;
    double ly = top + 4;
    std::size_t line = 0;
    for (const auto& series : data.series) {
      std::string swatch;
      if (series.bars) {
        swatch = fmt::format("<rect class=\"swatch\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"22\" height=\"10\" fill=\"{}\"/>", lx, ly - 9, bar_fill);
      } else {
        swatch = fmt::format("<line class=\"swatch\" x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"{3}\" stroke-width=\"2\"{4}/>",
                             lx, ly - 4, lx + 22, line_colour(line), line_dash(line));
        ++line;
      }
      if (series.name.empty()) continue;
      std::uint64_t total = 0;
      for (std::size_t i = 0; i < n; ++i) total += value_at(series, i);
      s += fmt::format("<g class=\"legend\"><title>{}</title>{}<text class=\"legend-name\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text></g>\n",
                       xml_escape(series.name), swatch, lx + 30, ly, legend_text(series.name, total));
      ly += legend_row;
    }
  }
  s += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#666\">{}</text>\n", left, height - 10,
                   xml_escape(labels.footer));
  s += "</svg>\n";
  return s;
}

std::string timeline_svg(const std::vector<TimelineBucket>& buckets, const PlotLabels& labels) {
  ChartData data;
  ChartSeries counts;
  counts.bars = true;
  for (const auto& b : buckets) {
    data.periods.push_back(b.period);
    counts.values.push_back(b.count);
  }
  data.series.push_back(std::move(counts));
  return chart_svg(data, labels);
}

}  // namespace lisan::query
