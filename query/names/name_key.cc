#include "query/names/name_key.h"

#include "query/names/edit_distance.h"

#include <algorithm>


namespace lisan::query::names {
namespace {

// One letter (or letter pair) of a word: its readings, '|'-separated; an
// empty reading means the letter is not written in the key (a vowel).
using Readings = std::string_view;

bool is_latin_vowel(char32_t c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'w':
    case 0x131: case 0xF6: case 0xFC: case 0x11F:  // ı ö ü ğ (ğ lengthens the vowel before it)
    case 0xE2: case 0xEE: case 0xFB:               // â î û (Turkish circumflex, kept by folding)
      return true;
    default: return false;
  }
}

bool is_mark(char32_t c) {
  // Apostrophes and the ayn/hamza signs of scholarly romanization, hyphens
  // of al-X: not letters of the name.
  return c == '\'' || c == '-' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x2BF || c == 0x2BE || c == 0x2BC;
}

bool is_arabic(char32_t c) { return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F); }
bool is_latin(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || is_mark(c);
}

// Latin: the readings of the letters at cps[i], and how many letters they take.
Readings latin_readings(const std::u32string& cps, std::size_t i, std::size_t& used) {
  const char32_t c = cps[i];
  const char32_t n1 = i + 1 < cps.size() ? cps[i + 1] : 0;
  const char32_t n2 = i + 2 < cps.size() ? cps[i + 2] : 0;
  used = 1;
  if (c == 's' && n1 == 'c' && n2 == 'h') {
    used = 3;
    return "S";
  }
  if (n1 == 'h') {
    used = 2;
    switch (c) {
      case 'k': return "H";    // Khalid
      case 'c': return "H|S";  // Dutch Chalid, French Hichem, English Chaudhry
      case 's': return "S";
      case 't': return "S";    // Uthman / Osman
      case 'd': return "Z|D";  // Kadhafi / Gaddafi
      case 'g': return "K";    // Ghassan
      case 'p': return "F";
      case 'z': return "J";
      default: used = 1; break;
    }
  }
  if (c == 'd' && n1 == 'j') {
    used = 2;
    return "J";  // French Djamel
  }
  if (c == 'c' && n1 == 'k') {
    used = 2;
    return "K";
  }
  if (is_latin_vowel(c) || is_mark(c)) return "";
  switch (c) {
    case 'h': {
      // A final h after a vowel is often the unwritten ta marbuta (Fatimah).
      const bool after_vowel = i > 0 && is_latin_vowel(cps[i - 1]);
      return i + 1 == cps.size() && after_vowel ? "H|" : "H";
    }
    case 'b': case 'p': return "B";
    case 'c': return "J|K";    // Turkish Cemal = Jamal
    case 0xE7: return "H|S";   // ç
    case 'd': case 't': case 0x163: return "D";  // Mehmet = Muhammad
    case 'f': case 'v': return "F";
    case 'g': return "K|J";    // Egyptian Gamal = Jamal
    case 'j': return "J";
    case 'k': case 'q': return "K";
    case 'l': return "L";
    case 'm': return "M";
    case 'n': return "N";
    case 'r': return "R";
    case 's': case 0x15F: return "S";  // ş
    case 'x': return "H|KS";
    case 'z': return "Z|D";    // Ramazan = Ramadan
    default: return "?";       // a letter the table does not read
  }
}

Readings arabic_readings(const std::u32string& cps, std::size_t i) {
  switch (cps[i]) {
    case 0x0627: case 0x0621: case 0x0639: case 0x0648: case 0x064A: case 0x0649:
    case 0x0622: case 0x0623: case 0x0625: case 0x0624: case 0x0626:
      return "";  // alef, hamza, ayn, waw, yeh: vowels or unwritten in Latin
    case 0x0628: case 0x067E: return "B";
    case 0x062A: case 0x062F: case 0x0637: return "D";
    case 0x062B: case 0x0633: case 0x0634: case 0x0635: return "S";
    case 0x062C: case 0x0698: return "J";
    case 0x0686: return "H|S";
    case 0x062D: case 0x062E: return "H";
    case 0x0630: return "Z|D";
    case 0x0636: return "D|Z";
    case 0x0631: return "R";
    case 0x0632: case 0x0638: return "Z";
    case 0x063A: case 0x0642: case 0x0643: case 0x06AF: case 0x06A9: return "K";
    case 0x0641: case 0x06A4: return "F";
    case 0x0644: return "L";
    case 0x0645: return "M";
    case 0x0646: return "N";
    case 0x0647: case 0x0629: return i + 1 == cps.size() ? "H|" : "H";  // a final ه is often not written
    default: return "?";
  }
}

void collapse_doubles(std::string& key) { key.erase(std::unique(key.begin(), key.end()), key.end()); }

// The keys of cps[from..], appended to `keys` (deduplicated).
bool add_keys(const std::u32string& cps, std::size_t from, Script script, std::vector<std::string>& keys) {
  std::vector<std::string> partial{""};
  for (std::size_t i = from; i < cps.size();) {
    std::size_t used = 1;
    const Readings readings = script == Script::kArabic ? arabic_readings(cps, i) : latin_readings(cps, i, used);
    i += used;
    if (readings == "?") return false;
    if (readings.empty()) continue;
    std::vector<std::string> next;
    std::size_t start = 0;
    while (start <= readings.size()) {
      const std::size_t bar = std::min(readings.find('|', start), readings.size());
      const std::string_view reading = readings.substr(start, bar - start);
      for (const std::string& p : partial) {
        if (next.size() >= kMaxKeysPerSpelling) break;
        next.push_back(p + std::string(reading));
      }
      start = bar + 1;
    }
    partial = std::move(next);
  }
  for (std::string& k : partial) {
    collapse_doubles(k);
    if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end() && keys.size() < kMaxKeysPerSpelling)
      keys.push_back(std::move(k));
  }
  return true;
}

// Where the name starts after a leading article, or 0.
std::size_t article_length(const std::u32string& cps, Script script) {
  if (script == Script::kArabic) return cps.size() >= 4 && cps[0] == 0x0627 && cps[1] == 0x0644 ? 2 : 0;
  if (cps.size() < 5) return 0;
  const bool vowel = cps[0] == 'a' || cps[0] == 'e' || cps[0] == 'u';
  if (!vowel) return 0;
  std::size_t at = 1;
  if (cps[1] == 'l') at = 2;                               // al-, el-, ul-
  else if (cps[1] == cps[2] && !is_latin_vowel(cps[1])) at = 1;  // assimilated: arrahman, assayed
  else return 0;
  if (at < cps.size() && is_mark(cps[at])) ++at;  // al-baghdadi
  return at;
}

}  // namespace

Script script_of(std::string_view folded) {
  const std::u32string cps = to_code_points(folded);
  if (cps.empty()) return Script::kOther;
  const bool latin = std::all_of(cps.begin(), cps.end(), is_latin);
  if (latin) return Script::kLatin;
  const bool arabic = std::all_of(cps.begin(), cps.end(), is_arabic);
  return arabic ? Script::kArabic : Script::kOther;
}

bool name_like(std::string_view typed) {
  const std::u32string cps = to_code_points(typed);
  if (cps.empty()) return false;
  const char32_t first = cps[0];
  if (first >= 'A' && first <= 'Z') return true;
  // Latin-1 and Latin Extended-A capitals (Ö, Ç, Ş, İ ...): even code points
  // from U+0100, U+00C0..U+00DE.
  if ((first >= 0xC0 && first <= 0xDE && first != 0xD7) || (first >= 0x100 && first <= 0x17F && first % 2 == 0))
    return true;
  return is_arabic(first) && cps.size() >= 3;
}

std::vector<std::string> name_keys(std::string_view folded) {
  const std::u32string cps = to_code_points(folded);
  if (cps.empty()) return {};
  Script script = Script::kOther;
  if (std::all_of(cps.begin(), cps.end(), is_latin)) script = Script::kLatin;
  else if (std::all_of(cps.begin(), cps.end(), is_arabic)) script = Script::kArabic;
  else return {};
  std::vector<std::string> keys;
  if (!add_keys(cps, 0, script, keys)) return {};
  if (const std::size_t article = article_length(cps, script)) add_keys(cps, article, script, keys);
  return keys;
}

const std::vector<std::string>& latin_letters_of_class(char c) {
  static const std::vector<std::string> h{"h", "kh", "c", "ç", "x"}, s{"s", "ş", "t", "c", "ç"}, k{"k", "q", "g", "c", "x"},
      j{"j", "c", "g", "dj", "zh"}, d{"d", "t", "ţ", "z"}, z{"z", "dh"}, b{"b", "p"}, f{"f", "v", "ph"}, l{"l"},
      m{"m"}, n{"n"}, r{"r"}, none{};
  switch (c) {
    case 'H': return h; case 'S': return s; case 'K': return k; case 'J': return j; case 'D': return d;
    case 'Z': return z; case 'B': return b; case 'F': return f; case 'L': return l; case 'M': return m;
    case 'N': return n; case 'R': return r; default: return none;
  }
}

const std::vector<std::string>& arabic_letters_of_class(char c) {
  static const std::vector<std::string> h{"ح", "خ", "ه", "چ"}, s{"ث", "س", "ش", "ص", "چ"}, k{"ق", "ك", "غ", "گ"},
      j{"ج", "ژ"}, d{"ت", "د", "ط", "ض", "ذ"}, z{"ذ", "ز", "ظ", "ض"}, b{"ب", "پ"}, f{"ف", "ڤ"}, l{"ل"}, m{"م"},
      n{"ن"}, r{"ر"}, none{};
  switch (c) {
    case 'H': return h; case 'S': return s; case 'K': return k; case 'J': return j; case 'D': return d;
    case 'Z': return z; case 'B': return b; case 'F': return f; case 'L': return l; case 'M': return m;
    case 'N': return n; case 'R': return r; default: return none;
  }
}

const std::vector<std::string>& latin_vowels() {
  static const std::vector<std::string> v{"a", "e", "i", "o", "u", "y", "w", "ı", "ö", "ü"};
  return v;
}

const std::vector<std::string>& arabic_vowel_letters() {
  static const std::vector<std::string> v{"ا", "ء", "ع", "و", "ي"};
  return v;
}

}  // namespace lisan::query::names
