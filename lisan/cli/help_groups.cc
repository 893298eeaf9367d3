#include "lisan/cli/help_groups.h"

#include <algorithm>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace lisan::cli {
namespace {

constexpr std::size_t kHelpWidth = 100;  // columns: a description wraps within them

// Code points in a UTF-8 string: the columns of the descriptions' ç ğ ı ö ş ü.
std::size_t columns(const std::string& text) {
  std::size_t n = 0;
  for (const unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// "  name      description" with the description wrapped at word
// boundaries, continuation lines under its first column (CLI11 2.1 does not
// wrap, so long descriptions ran into one 200-column line).
std::string help_row(const std::string& name, const std::string& description, std::size_t column) {
  std::string out = "  " + name;
  if (description.empty()) return out + "\n";
  if (columns(out) + 1 > column) out += "\n" + std::string(column, ' ');
  else out += std::string(column - columns(out), ' ');
  std::size_t used = column;
  std::size_t i = 0;
  bool first = true;
  while (i < description.size()) {
    const std::size_t end = std::min(description.find(' ', i), description.size());
    const std::string word = description.substr(i, end - i);
    if (!first && used + 1 + columns(word) > kHelpWidth) {
      out += "\n" + std::string(column, ' ');
      used = column;
      first = true;
    }
    if (!first) out += ' ', ++used;
    out += word;
    used += columns(word);
    first = false;
    i = end + 1;
  }
  return out + "\n";
}

// CLI11's formatter, with the groups in the table's order and each group's
// examples after its options. Subcommands keep CLI11's own layout.
class GroupedHelp : public CLI::Formatter {
 public:
  explicit GroupedHelp(std::vector<HelpGroup> groups) : groups_(std::move(groups)) {}

  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override {
    if (mode == CLI::AppFormatMode::Sub || app->get_parent() != nullptr)
      return CLI::Formatter::make_help(app, std::move(name), mode);
    std::ostringstream out;
    out << make_description(app) << make_usage(app, name) << make_positionals(app);
    for (const HelpGroup& g : groups_) {
      if (g.options.empty()) continue;
      out << make_group(g.name, false, app->get_options([&](const CLI::Option* o) {
        return o->get_group() == g.name && o->nonpositional();
      })) << examples(g);
    }
    // A group without options holds the subcommands' examples.
    out << make_subcommands(app, mode);
    for (const HelpGroup& g : groups_)
      if (g.options.empty()) out << examples(g);
    out << '\n' << make_footer(app);
    return out.str();
  }

  static std::string examples(const HelpGroup& g) {
    if (g.examples.empty()) return "";
    std::string out = "\n  Examples:\n";
    for (const std::string& e : g.examples) out += "    " + e + "\n";
    return out;
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return help_row(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt),
                    get_column_width());
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    return help_row(sub->get_display_name(), sub->get_description(), get_column_width());
  }

 private:
  std::vector<HelpGroup> groups_;
};

std::string long_name(const CLI::Option* o) {
  const auto& lnames = o->get_lnames();
  return lnames.empty() ? "" : "--" + lnames.front();
}

void collect(const CLI::App& app, std::vector<std::string>& names) {
  for (const CLI::Option* o : app.get_options())
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) collect(*sub, names);
}

}  // namespace

void apply_help_groups(CLI::App& app, const std::vector<HelpGroup>& groups) {
  std::vector<std::string> placed;
  for (const HelpGroup& g : groups)
    for (const std::string& name : g.options) {
      CLI::Option* o = app.get_option_no_throw(name);
      if (!o) throw std::logic_error("help group " + g.name + ": no option " + name);
      o->group(g.name);
      placed.push_back(name);
    }
  // An option the table forgot is still shown, last, under kUngrouped (the
  // golden test of --help fails on that heading): a help table must never
  // stop the tool from running.
  std::vector<HelpGroup> shown = groups;
  HelpGroup rest{kUngrouped, {}, {}};
  for (CLI::Option* o : app.get_options([](const CLI::Option* opt) { return opt->nonpositional(); }))
    if (std::find(placed.begin(), placed.end(), long_name(o)) == placed.end()) {
      o->group(kUngrouped);
      rest.options.push_back(long_name(o));
    }
  if (!rest.options.empty()) shown.push_back(rest);
  app.formatter(std::make_shared<GroupedHelp>(shown));
}

std::vector<std::string> long_option_names(const CLI::App& app) {
  std::vector<std::string> names;
  collect(app, names);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace lisan::cli
