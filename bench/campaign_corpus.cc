#include "bench/campaign_corpus.h"

#include <map>
#include <utility>

#include "lisan/core/splitmix64.h"

namespace lisan::bench {
namespace {

class Rng : public SplitMix64 {
 public:
  using SplitMix64::SplitMix64;
  // Zipf-like: low indexes much more often (frequent words).
  std::size_t skewed(std::size_t n) { const double u = unit(); return static_cast<std::size_t>(u * u * static_cast<double>(n)); }
};

struct Lang {
  const char* code;
  std::vector<std::string> words;
  std::vector<std::string> prefixes;  // what reposters put in front
};

const std::vector<Lang>& languages() {
  static const std::vector<Lang> kLangs = {
      {"en",
       {"the", "and", "of", "to", "we", "our", "for", "in", "is", "they", "families", "prison", "news", "every",
        "week", "will", "not", "forget", "them", "voices", "reach", "far", "when", "stand", "together", "today",
        "tomorrow", "call", "share", "post", "write", "letter", "brothers", "sisters", "mothers", "children", "hope",
        "justice", "freedom", "silence", "wall", "dawn", "light", "road", "march", "people", "city", "world", "name",
        "story", "truth", "help", "support", "donate", "winter", "cold", "bread", "water", "doctor", "visit", "court",
        "judge", "release", "detained", "years", "months", "friday", "night", "hour", "voice", "all", "never", "again",
        "remember", "those", "behind", "walls", "speak", "loud", "campaign", "volunteers", "gather", "square", "photo",
        "sunrise", "strike", "hunger", "witness", "report", "lawyer", "family", "home", "waiting", "door", "open"},
       {"Please share:", "Important!", "Read this:", "Everyone should see this", "Spread the word"}},
      {"ar",
       {"في", "من", "على", "إلى", "عن", "مع", "هذا", "التي", "الذين", "نحن", "العائلات", "السجن", "الأخبار", "كل",
        "أسبوع", "لن", "ننسى", "أصوات", "تصل", "بعيدا", "نقف", "معا", "اليوم", "غدا", "شارك", "انشر", "اكتب", "رسالة",
        "الإخوة", "الأخوات", "الأمهات", "الأطفال", "الأمل", "العدالة", "الحرية", "الصمت", "الجدار", "الفجر", "النور",
        "الطريق", "مسيرة", "الناس", "المدينة", "العالم", "اسم", "قصة", "الحقيقة", "مساعدة", "دعم", "تبرع", "الشتاء",
        "البرد", "الخبز", "الماء", "طبيب", "زيارة", "المحكمة", "القاضي", "الإفراج", "المعتقلين", "سنوات", "أشهر",
        "الجمعة", "الليلة", "ساعة", "صوت", "جميعا", "أبدا", "تذكروا", "خلف", "الجدران", "تكلموا", "بصوت", "عال",
        "حملة", "المتطوعين", "الساحة", "صورة", "شروق", "إضراب", "الجوع", "شاهد", "تقرير", "محامي", "عائلة", "البيت",
        "انتظار", "الباب", "مفتوح", "أسرى", "وطن", "كرامة", "صبر", "دعاء"},
       {"انشروا:", "مهم جدا", "اقرأوا هذا:", "للنشر", "شاركوا على نطاق واسع"}},
      {"tr",
       {"ve", "bir", "bu", "için", "ile", "biz", "onlar", "aileler", "cezaevi", "haber", "her", "hafta", "asla",
        "unutmayacağız", "onları", "sesimiz", "uzağa", "ulaşır", "birlikte", "durursak", "bugün", "yarın", "çağrı",
        "paylaş", "yaz", "mektup", "kardeşler", "anneler", "çocuklar", "umut", "adalet", "özgürlük", "sessizlik",
        "duvar", "şafak", "ışık", "yol", "yürüyüş", "insanlar", "şehir", "dünya", "isim", "hikâye", "gerçek", "yardım",
        "destek", "bağış", "kış", "soğuk", "ekmek", "su", "doktor", "ziyaret", "mahkeme", "hâkim", "tahliye",
        "tutuklu", "yıllar", "aylar", "cuma", "gece", "saat", "ses", "hepimiz", "hatırlayın", "arkasında", "duvarların",
        "konuşun", "yüksek", "kampanya", "gönüllüler", "toplanın", "meydan", "fotoğraf", "gündoğumu", "grev", "açlık",
        "tanık", "rapor", "avukat", "aile", "ev", "bekleyiş", "kapı", "açık", "esirler", "onur", "sabır", "dua"},
       {"Lütfen paylaşın:", "Önemli!", "Bunu okuyun:", "Herkes görmeli", "Yayalım"}},
      {"nl",
       {"de", "het", "en", "van", "een", "wij", "onze", "voor", "in", "zij", "families", "gevangenis", "nieuws",
        "elke", "week", "zullen", "niet", "vergeten", "hen", "stemmen", "reiken", "ver", "als", "samen", "staan",
        "vandaag", "morgen", "oproep", "deel", "schrijf", "brief", "broers", "zussen", "moeders", "kinderen", "hoop",
        "gerechtigheid", "vrijheid", "stilte", "muur", "dageraad", "licht", "weg", "mars", "mensen", "stad", "wereld",
        "naam", "verhaal", "waarheid", "hulp", "steun", "doneer", "winter", "koud", "brood", "water", "dokter",
        "bezoek", "rechtbank", "rechter", "vrijlating", "gevangenen", "jaren", "maanden", "vrijdag", "nacht", "uur",
        "stem", "allemaal", "nooit", "weer", "herinner", "achter", "muren", "spreek", "luid", "campagne",
        "vrijwilligers", "verzamel", "plein", "foto", "zonsopgang", "staking", "honger", "getuige", "rapport",
        "advocaat", "familie", "thuis", "wachten", "deur", "open", "één", "café", "geëist"},
       {"Graag delen:", "Belangrijk!", "Lees dit:", "Iedereen moet dit zien", "Verspreid het"}},
  };
  return kLangs;
}

const std::vector<std::string> kEmoji = {"💔", "🙏", "✊", "🕊️", "📢", "‼️"};
const std::vector<std::string> kExtraTags = {"#NoMoreSilence", "#StandWithThem", "#JusticeNow", "#free_them",
                                             "#لا_للصمت", "#SessizliğeHayır", "#GeenStilteMeer", "#Solidarity"};
const std::vector<std::string> kNames = {"Tal Sefra", "Amina Rahal", "Kerem Aydın", "Joris Vermeulen", "Dawn Relief"};

std::string sentence(Rng& rng, const Lang& lang, std::size_t min_words, std::size_t max_words) {
  const std::size_t n = min_words + rng.below(max_words - min_words + 1);
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += lang.words[rng.skewed(lang.words.size())];
  }
  return s;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

// One small edit of a copy; the name goes to SynthDoc::edits.
std::string edit(Rng& rng, const Lang& lang, std::string text, std::string& name) {
  switch (rng.below(9)) {
    case 0: {
      name = "append_hashtags";
      const std::size_t n = 1 + rng.below(3);
      for (std::size_t i = 0; i < n; ++i) text += " " + kExtraTags[rng.below(kExtraTags.size())];
      return text;
    }
    case 1: {
      name = "change_url";
      const std::size_t at = text.find("https://");
      if (at == std::string::npos) return text + " https://sh.example/" + std::to_string(rng.below(1000000));
      const std::size_t end = text.find_first_of(" \n", at);
      return text.replace(at, end == std::string::npos ? std::string::npos : end - at,
                          "https://sh.example/" + std::to_string(rng.below(1000000)));
    }
    case 2:
      name = "mention";
      return text + " @user" + std::to_string(rng.below(5000));
    case 3: {
      name = "rewrap";
      std::string out;
      for (char c : text) {
        if (c == ' ' && rng.chance(0.08)) out += '\n';
        else if (c == '\n' && rng.chance(0.5)) out += ' ';
        else out += c;
      }
      return out;
    }
    case 4: {
      name = "change_words";
      const std::size_t n = 1 + rng.below(2);
      for (std::size_t k = 0; k < n; ++k) {
        std::vector<std::size_t> spaces;
        for (std::size_t i = 0; i < text.size(); ++i)
          if (text[i] == ' ') spaces.push_back(i);
        if (spaces.size() < 2) break;
        const std::size_t i = rng.below(spaces.size() - 1);
        const std::size_t b = spaces[i] + 1, e = spaces[i + 1];
        if (text.compare(b, 1, "#") == 0 || text.compare(b, 4, "http") == 0) continue;
        text.replace(b, e - b, lang.words[rng.below(lang.words.size())]);
      }
      return text;
    }
    case 5:
      name = "prefix";
      return (rng.chance(0.5) ? "RT @user" + std::to_string(rng.below(5000)) + ": " : lang.prefixes[rng.below(lang.prefixes.size())] + " ") + text;
    case 6:
      name = "emoji";
      return text + " " + kEmoji[rng.below(kEmoji.size())];
    case 7: {
      name = "drop_last_line";
      std::vector<std::string> lines = split_lines(text);
      if (lines.size() >= 4) lines.pop_back();
      return join_lines(lines);
    }
    default: {
      name = "upper_case";
      if (std::string(lang.code) == "ar") return text;  // no case
      std::string out;
      for (char c : text) out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
      return out;
    }
  }
}

}  // namespace

std::vector<SynthDoc> generate_campaign_corpus(const CampaignCorpusOptions& options) {
  Rng rng(options.seed);
  const auto& langs = languages();
  std::vector<SynthDoc> docs;
  std::uint64_t next_id = 1;
  const std::int64_t start = 1630454400;  // 2021-09-01T00:00:00Z
  auto add = [&](SynthDoc d) {
    d.id = "syn:" + std::to_string(next_id++);
    d.channel = "channel" + std::to_string(rng.below(60));
    d.author = "author" + std::to_string(rng.below(400));
    docs.push_back(std::move(d));
    return docs.back().id;
  };

  for (std::size_t c = 0; c < options.campaigns; ++c) {
    const std::string tags = "#Campaign" + std::to_string(c) + " #" + kNames[c % kNames.size()].substr(0, 3) + "Day" +
                             std::to_string(c % 7);
    const std::string url = "https://campaign" + std::to_string(c) + ".example/call";
    const std::string name = kNames[rng.below(kNames.size())];
    const std::string number = std::to_string(1 + rng.below(28));
    const std::int64_t day = start + static_cast<std::int64_t>(rng.below(180)) * 86400;
    // Shared by the campaign's messages in a language: similar, not copies.
    std::map<std::string, std::string> slogan;
    for (const auto& l : langs) slogan[l.code] = sentence(rng, l, 6, 9);
    const std::size_t messages = 1 + rng.below(3);
    for (std::size_t m = 0; m < messages; ++m) {
      for (const auto& lang : langs) {
        if (lang.code != langs[c % langs.size()].code && !rng.chance(0.5)) continue;  // 1-4 languages
        std::vector<std::string> lines;
        lines.push_back(sentence(rng, lang, 8, 14) + " " + name + " " + number);
        lines.push_back(sentence(rng, lang, 8, 14));
        if (rng.chance(0.6)) lines.push_back(sentence(rng, lang, 6, 12));
        lines.push_back(tags + " " + url);
        lines.push_back(slogan[lang.code]);
        SynthDoc original;
        original.text = join_lines(lines);
        original.lang = lang.code;
        original.date = day + static_cast<std::int64_t>(rng.below(86400));
        original.truth = "c" + std::to_string(c) + "m" + std::to_string(m) + lang.code;
        const std::string original_text = original.text;
        const std::int64_t original_date = original.date;
        const std::string truth = original.truth;
        const std::string original_id = add(std::move(original));
        const std::size_t copies = rng.skewed(options.max_copies + 1);
        for (std::size_t k = 0; k < copies; ++k) {
          SynthDoc copy;
          copy.text = original_text;
          const std::size_t edits = rng.chance(0.25) ? 0 : 1 + rng.below(2);
          for (std::size_t e = 0; e < edits; ++e) {
            std::string what;
            copy.text = edit(rng, lang, copy.text, what);
            copy.edits.push_back(what);
          }
          copy.lang = lang.code;
          copy.date = original_date + 60 + static_cast<std::int64_t>(rng.below(3 * 86400));
          copy.truth = truth;
          copy.repost_of = original_id;
          add(std::move(copy));
        }
      }
    }
  }
  for (std::size_t s = 0; s < options.singletons; ++s) {
    const Lang& lang = langs[rng.below(langs.size())];
    SynthDoc d;
    d.text = sentence(rng, lang, 5, 30);
    if (rng.chance(0.3)) d.text += " " + kNames[rng.below(kNames.size())];
    if (rng.chance(0.3)) d.text += " #Campaign" + std::to_string(rng.below(options.campaigns + 1));
    d.lang = lang.code;
    d.date = start + static_cast<std::int64_t>(rng.below(180 * 86400));
    d.truth = "s" + std::to_string(s);
    add(std::move(d));
  }
  return docs;
}

Record to_record(const SynthDoc& d) {
  Record r;
  r.id = d.id;
  r.text = d.text;
  r.lang = d.lang;
  r.channel = d.channel;
  r.author = d.author;
  r.date = d.date;
  r.source = "synthetic";
  return r;
}

PairScores pairwise_scores(const std::vector<std::string>& truth, const std::vector<std::string>& predicted) {
  std::map<std::string, std::uint64_t> t, p;
  std::map<std::pair<std::string, std::string>, std::uint64_t> both;
  for (std::size_t i = 0; i < truth.size() && i < predicted.size(); ++i) {
    ++t[truth[i]];
    ++p[predicted[i]];
    ++both[{truth[i], predicted[i]}];
  }
  const auto pairs = [](std::uint64_t n) { return n * (n - 1) / 2; };
  PairScores s;
  for (const auto& [k, n] : t) s.true_pairs += pairs(n);
  for (const auto& [k, n] : p) s.predicted_pairs += pairs(n);
  for (const auto& [k, n] : both) s.agreed_pairs += pairs(n);
  if (s.predicted_pairs) s.precision = static_cast<double>(s.agreed_pairs) / s.predicted_pairs;
  if (s.true_pairs) s.recall = static_cast<double>(s.agreed_pairs) / s.true_pairs;
  return s;
}

}  // namespace lisan::bench
