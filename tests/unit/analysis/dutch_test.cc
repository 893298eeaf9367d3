// Dutch: diaeresis and accents, IJ, foto's, and the Snowball plural gaps.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const WordRow kDutchWords[] = {
    {"diaeresis folded", "nl", "geïnteresseerd", "geinteresseerd", "*", "geïnteresseerd"},
    {"accent folded", "nl", "café", "cafe", "*", "café"},
    {"accent on een (one)", "nl", "één", "een", "*", "één"},
    {"grave accent", "nl", "crème", "creme", "*", "*"},
    {"diaeresis in ruïne", "nl", "ruïne", "ruine", "*", "*"},
    {"diaeresis in coördinatie", "nl", "coördinatie", "coordinatie", "*", "*"},
    {"ij ligature (NFKC)", "nl", "ĳs", "ijs", "*", "*"},
    {"IJ ligature capital (NFKC)", "nl", "Ĳsland", "ijsland", "*", "*"},
    {"IJ capitalization", "nl", "IJsselmeer", "ijsselmeer", "*", "IJsselmeer"},
    {"foto's folded", "nl", "foto's", "fotos", "foto", "foto's"},
    {"foto’s curly", "nl", "foto\u2019s", "fotos", "foto", "foto's"},
    {"auto's", "nl", "auto's", "autos", "auto", "*"},
    {"baby's", "nl", "baby's", "babys", "baby", "*"},
    {"apostrophe in d'r joined", "nl", "d'r", "dr", "*", "d'r"},
    {"capitals with diaeresis", "nl", "ZEEËN", "zeeen", "zee", "ZEEËN"},
    {"stem: -eën plural", "nl", "zeeën", "zeeen", "zee", "*"},
    {"stem: -eën plural of idee", "nl", "ideeën", "ideeen", "idee", "*"},
    {"stem: s->z plural", "nl", "huizen", "huizen", "huis", "*"},
    {"stem: s->z singular", "nl", "huis", "huis", "huis", "*"},
    {"stem: f->v plural", "nl", "brieven", "brieven", "brief", "*"},
    {"stem: f->v singular", "nl", "brief", "brief", "brief", "*"},
    {"stem: s->z reizen", "nl", "reizen", "reizen", "reis", "*"},
    {"stem: f->v duiven", "nl", "duiven", "duiven", "duif", "*"},
    {"stem: f->v adjective", "nl", "lieve", "lieve", "lief", "*"},
    {"stem: s->z glazen", "nl", "glazen", "glazen", "glas", "*"},
    {"stem: boom (tree) kept long", "nl", "bomen", "bomen", "boom", "*"},
    {"stem: bom (bomb)", "nl", "bommen", "bommen", "bom", "*"},
    {"stem: maan (moon)", "nl", "manen", "manen", "maan", "*"},
    {"stem: man", "nl", "mannen", "mannen", "man", "*"},
    {"stem: mens/mensen", "nl", "mens", "mens", "mens", "*"},
    {"stem: mensen", "nl", "mensen", "mensen", "mens", "*"},
    {"stem: steden -> stad", "nl", "steden", "steden", "stad", "*"},
    {"stem: schepen -> schip", "nl", "schepen", "schepen", "schip", "*"},
    {"stem: doubled -nnen", "nl", "zonnen", "zonnen", "zon", "*"},
    {"stem: doubled -ssen", "nl", "bussen", "bussen", "bus", "*"},
    {"stem: doubled -llen", "nl", "ballen", "ballen", "bal", "*"},
    {"stem: doubled -ppen", "nl", "koppen", "koppen", "kop", "*"},
    {"stem: doubled -tten", "nl", "katten", "katten", "kat", "*"},
    {"stem: diminutive -je", "nl", "huisje", "huisje", "huis", "*"},
    {"stem: diminutive plural -jes", "nl", "huisjes", "huisjes", "huis", "*"},
    {"stem: diminutive -je on a t-word", "nl", "katje", "katje", "kat", "*"},
    {"stem: diminutive -pje", "nl", "bloempje", "bloempje", "bloem", "*"},
    {"stem: diminutive -etje", "nl", "mannetje", "mannetje", "man", "*"},
    {"stem: diminutive -etjes", "nl", "balletjes", "balletjes", "bal", "*"},
    {"stem: ij kept (not a diminutive j)", "nl", "bij", "bij", "bij", "*"},
};

const FindRow kDutchFinds[] = {
    {"doubled-consonant plural finds singular", "nl", "bus", "twee bussen"},
    {"singular finds doubled-consonant plural", "nl", "ballen", "een bal"},
    {"diminutive finds noun", "nl", "huis", "een klein huisje"},
    {"diminutive plural finds noun", "nl", "boek", "de boekjes"},
    {"-pje finds noun", "nl", "bloem", "een bloempje"},
    {"foto finds foto's", "nl", "foto", "mijn foto's"},
    {"foto's finds foto's", "nl", "foto's", "mijn foto\u2019s"},
    {"fotos finds foto's", "nl", "fotos", "mijn foto's"},
    {"huis finds huizen", "nl", "huis", "de huizen"},
    {"huizen finds huis", "nl", "huizen", "het huis"},
    {"brief finds brieven", "nl", "brief", "de brieven"},
    {"straat finds straten", "nl", "straat", "de straten"},
    {"straten finds straat", "nl", "straten", "de straat"},
    {"boom finds bomen", "nl", "boom", "de bomen"},
    {"dag finds dagen", "nl", "dag", "drie dagen"},
    {"weg finds wegen", "nl", "weg", "de wegen"},
    {"groot finds grote", "nl", "groot", "de grote stad"},
    {"recht finds rechten", "nl", "recht", "de rechten"},
    {"vrouw finds vrouwen", "nl", "vrouw", "vrouwen"},
    {"vrijheid finds vrijheden", "nl", "vrijheid", "vrijheden"},
    {"nationaal finds nationale", "nl", "nationaal", "nationale"},
    {"menselijk finds menselijke", "nl", "menselijk", "menselijke"},
    {"geinteresseerd finds geïnteresseerd", "nl", "geinteresseerd", "geïnteresseerd"},
    {"stad finds steden", "nl", "stad", "steden"},
    {"ijs finds ĳs", "nl", "ijs", "ĳs"},
};

}  // namespace

TEST_CASE("Dutch words", "[analysis][nl]") {
  const auto row = GENERATE(from_range(std::begin(kDutchWords), std::end(kDutchWords)));
  check_word_row(row);
}

TEST_CASE("Dutch: queries find inflected and respelled words", "[analysis][nl]") {
  const auto row = GENERATE(from_range(std::begin(kDutchFinds), std::end(kDutchFinds)));
  check_find_row(row);
}
