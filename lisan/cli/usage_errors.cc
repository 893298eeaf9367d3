#include "lisan/cli/usage_errors.h"

#include <algorithm>

#include "lisan/cli/help_groups.h"

namespace lisan::cli {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);  // a swapped pair: --fromat
    }
  return d[a.size()][b.size()];
}

std::vector<std::string> closest_flags(const std::string& typed, const std::vector<std::string>& known) {
  // "--format=json" and "--fromat=json": only the name is compared.
  const std::string name = typed.substr(0, typed.find('='));
  // Edits allowed grow with the name (without its dashes): "--l" is no typo of "--db".
  const std::size_t letters = name.size() > 2 ? name.size() - 2 : 0;
  const std::size_t limit = letters <= 3 ? 1 : letters <= 8 ? 2 : 3;
  struct Near {
    std::size_t distance;
    bool not_prefix;  // at equal distance, a flag the typed name begins wins
    std::string flag;
  };
  std::vector<Near> near;
  for (const std::string& k : known) {
    const bool prefix = letters >= 2 && k.rfind(name, 0) == 0;
    const std::size_t d = edit_distance(name, k);
    if (d <= limit || prefix) near.push_back({d, !prefix, k});
  }
  const auto key = [](const Near& n) { return std::make_pair(n.distance, n.not_prefix); };
  std::stable_sort(near.begin(), near.end(), [&](const Near& x, const Near& y) { return key(x) < key(y); });
  // Only the nearest: --formt is --format, not also --force.
  std::vector<std::string> out;
  for (const Near& n : near)
    if (key(n) == key(near.front()) && out.size() < 3) out.push_back(n.flag);
  return out;
}

std::string unknown_option_message(const CLI::ParseError& error, const CLI::App& app) {
  // CLI11 reports an unknown flag as an extra argument (or, after a
  // subcommand, as an ExtrasError of that subcommand): find the flag in the
  // message's list of unexpected arguments.
  if (error.get_exit_code() != static_cast<int>(CLI::ExitCodes::ExtrasError)) return "";
  const std::string what = error.what();
  const std::string::size_type colon = what.find(": ");
  if (colon == std::string::npos) return "";
  std::vector<std::string> args;
  std::string rest = what.substr(colon + 2);
  // CLI11 lists them as "a b" or "[a, b]".
  for (char& ch : rest)
    if (ch == '[' || ch == ']' || ch == ',') ch = ' ';
  for (std::string::size_type i = 0; i < rest.size();) {
    const std::string::size_type j = std::min(rest.find(' ', i), rest.size());
    if (j > i) args.push_back(rest.substr(i, j - i));
    i = j + 1;
  }
  const std::vector<std::string> known = long_option_names(app);
  for (const std::string& a : args) {
    if (a.rfind("--", 0) != 0 || a.size() <= 2) continue;
    const std::vector<std::string> near = closest_flags(a, known);
    if (near.empty()) return "unknown option " + a + "; see --help for the options";
    std::string list;
    for (std::size_t i = 0; i < near.size(); ++i)
      list += (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") + near[i];
    return "unknown option " + a + ": did you mean " + list + "?";
  }
  return "";
}

}  // namespace lisan::cli
