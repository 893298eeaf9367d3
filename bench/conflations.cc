// conflations: the index-side matching form of every word of a word list, so
// that two runs (before/after an analysis change) can be compared with
// bench/conflations_compare.py for conflation classes gained and broken.
// Usage: conflations LANG [WORDS]   (WORDS: one word per line; default stdin)
// Output, one line per input word: word TAB folded TAB stem, where stem is the
// Z<lang>: term the index writer adds ("" when the language has no stemmer,
// then the folded form is what matches). A line that analyzes to several
// tokens (a word the segmenter splits) joins their forms with spaces.
// Word lists: bench/conflations_wordlist.py (Debian hunspell dictionaries).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "lisan/analysis/analyzer.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: conflations LANG [WORDS]\n");
    return 2;
  }
  const std::string lang = argv[1];
  std::ifstream file;
  if (argc == 3) {
    file.open(argv[2]);
    if (!file) {
      std::fprintf(stderr, "conflations: error: cannot open %s\n", argv[2]);
      return 2;
    }
  }
  std::istream& in = argc == 3 ? static_cast<std::istream&>(file) : std::cin;
  lisan::analysis::Analyzer analyzer;
  std::string out;
  long line_no = 0;
  for (std::string word; std::getline(in, word);) {
    ++line_no;
    if (!word.empty() && word.back() == '\r') word.pop_back();
    if (word.empty()) continue;
    if (word.find('\t') != std::string::npos) {
      std::fprintf(stderr, "conflations: error: %s:%ld: a word holds a tab; one word per line\n",
                   argc == 3 ? argv[2] : "<stdin>", line_no);
      return 2;
    }
    const auto a = analyzer.analyze(word, lang);
    std::string folded;
    std::string stem;
    for (const auto& t : a.tokens) {
      if (t.kind != lisan::analysis::TokenKind::kWord) continue;
      if (!folded.empty()) folded += ' ';
      folded += t.folded;
      if (!stem.empty()) stem += ' ';
      stem += t.stem.empty() ? t.folded : t.stem;
    }
    out.clear();
    out += word;
    out += '\t';
    out += folded;
    out += '\t';
    out += stem;
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}
