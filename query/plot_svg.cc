#include "query/plot_svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

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

std::string timeline_svg(const std::vector<TimelineBucket>& buckets, const PlotLabels& labels) {
  const double width = 960, height = 480;
  const double left = 70, right = 20, top = 70, bottom = 110;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  Xapian::doccount max = 0;
  for (const auto& b : buckets) max = std::max(max, b.count);
  const double step = nice_step(static_cast<double>(max), 5);
  const double y_max = std::max(step, std::ceil(static_cast<double>(max) / step) * step);

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
  s += fmt::format("<text transform=\"translate(18 {:.1f}) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">matching documents</text>\n",
                   top + plot_h / 2);

  // Bars, and period labels thinned so they never overlap.
  const std::size_t n = buckets.size();
  const double slot = n == 0 ? plot_w : plot_w / static_cast<double>(n);
  const double bar = std::max(1.0, slot * 0.8);
  const std::size_t label_every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(16.0 / std::max(slot, 0.1))));
  for (std::size_t i = 0; i < n; ++i) {
    const auto& b = buckets[i];
    const double h = static_cast<double>(b.count) / y_max * plot_h;
    const double x = left + slot * static_cast<double>(i) + (slot - bar) / 2;
    s += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#3b6ea5\"><title>{}: {}</title></rect>\n",
                     x, top + plot_h - h, bar, h, xml_escape(b.period), b.count);
    if (i % label_every == 0) {
      const double cx = left + slot * (static_cast<double>(i) + 0.5);
      s += fmt::format("<text transform=\"translate({:.1f} {:.1f}) rotate(-45)\" text-anchor=\"end\" fill=\"#333\">{}</text>\n",
                       cx, top + plot_h + 14, xml_escape(b.period));
    }
  }
  if (n == 0)
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#666\">no dated matches</text>\n",
                     left + plot_w / 2, top + plot_h / 2);
  // Axes on top of the bars.
  s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2:.1f}\" stroke=\"#000\"/>\n", left, top, top + plot_h);
  s += fmt::format("<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"#000\"/>\n", left, top + plot_h,
                   left + plot_w);
  s += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#666\">{}</text>\n", left, height - 10,
                   xml_escape(labels.footer));
  s += "</svg>\n";
  return s;
}

}  // namespace lisan::query
