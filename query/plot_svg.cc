#include "query/plot_svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

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

// Legend text: a right-to-left name is its own RTL embedding inside the
// left-aligned line, so its characters (and a leading '#') are ordered as
// an Arabic reader expects while the entry still starts at the swatch.
std::string legend_text(const std::string& name, std::uint64_t total) {
  const std::string escaped = xml_escape(shorten(name, 28));
  const std::string shown = has_rtl(name)
                                ? "<tspan direction=\"rtl\" unicode-bidi=\"embed\">" + escaped + "</tspan>"
                                : escaped;
  return fmt::format("{} <tspan fill=\"#666\">({})</tspan>", shown, total);
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
  // Period labels thinned so they never overlap.
  const std::size_t label_every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(16.0 / std::max(slot, 0.1))));
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
  for (std::size_t i = 0; i < n; i += label_every)
    s += fmt::format("<text transform=\"translate({:.1f} {:.1f}) rotate(-45)\" text-anchor=\"end\" fill=\"#333\">{}</text>\n",
                     centre(i), top + plot_h + 14, xml_escape(data.periods[i]));
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
        swatch = fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"22\" height=\"10\" fill=\"{}\"/>", lx, ly - 9, bar_fill);
      } else {
        swatch = fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"{3}\" stroke-width=\"2\"{4}/>",
                             lx, ly - 4, lx + 22, line_colour(line), line_dash(line));
        ++line;
      }
      if (series.name.empty()) continue;
      std::uint64_t total = 0;
      for (std::size_t i = 0; i < n; ++i) total += value_at(series, i);
      s += fmt::format("<g class=\"legend\"><title>{}</title>{}<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text></g>\n",
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
