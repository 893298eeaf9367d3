#include "indexer/readers/telegram/telegram_html_reader.h"

#include <memory>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <gumbo.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/record_kind.h"
#include "indexer/readers/decode.h"
#include "indexer/readers/telegram/telegram_common.h"
#include "lisan/core/json_text.h"
#include "lisan/core/error.h"
#include "lisan/date.h"

namespace lisan::indexer {
namespace {

// Date separators have ids -1, -2, …; migrated basic-group history has ids
// below -900 000 000 and is kept (docs/input-formats.md §2.3).
constexpr long long kLowestSeparatorId = -900000000;

bool has_class(const GumboNode* node, std::string_view name) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, "class");
  if (!attr) return false;
  std::istringstream classes(attr->value);
  std::string c;
  while (classes >> c)
    if (c == name) return true;
  return false;
}

std::string attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? attr->value : std::string();
}

bool is_div(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_DIV; }

// The first element under `node` (depth first) with every class in `classes`;
// does not descend into elements with a class in `stop` (forwarded bodies).
const GumboNode* find(const GumboNode* node, std::initializer_list<std::string_view> classes,
                      std::string_view stop = {}) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    bool all = true;
    for (std::string_view c : classes) all = all && has_class(child, c);
    if (all) return child;
    if (!stop.empty() && has_class(child, stop)) continue;
    if (const GumboNode* found = find(child, classes, stop)) return found;
  }
  return nullptr;
}

void plain_text(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (node->v.element.tag == GUMBO_TAG_BR) {
    out += '\n';
    return;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) plain_text(static_cast<const GumboNode*>(children.data[i]), out);
}

std::string trim(std::string s) {
  const char* space = " \t\r\n";
  const std::size_t b = s.find_first_not_of(space);
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(space) - b + 1);
}

std::string text_of(const GumboNode* node) {
  std::string out;
  if (node) plain_text(node, out);
  return trim(std::move(out));
}

// The text of div.text with links, hashtags and mentions (2.3).
void message_text(const GumboNode* node, Record& r) {
  if (node->type != GUMBO_NODE_ELEMENT) {
    plain_text(node, r.text);
    return;
  }
  if (node->v.element.tag == GUMBO_TAG_A) {
    std::string visible;
    plain_text(node, visible);
    const std::string href = attribute(node, "href");
    const std::string onclick = attribute(node, "onclick");
    if (onclick.find("ShowHashtag") != std::string::npos) {
      telegram::add_unique(r.hashtags, telegram::strip_lead(visible, '#'));
    } else if (!visible.empty() && visible.front() == '@' && href.rfind("https://t.me/", 0) == 0) {
      telegram::add_unique(r.mentions, telegram::strip_lead(visible, '@'));
    } else if (!href.empty() && href.rfind("mailto:", 0) != 0 && href.rfind("tel:", 0) != 0 &&
               href.front() != '#') {
      telegram::add_unique(r.urls, telegram::with_scheme(href));
    }
    r.text += visible;
    return;
  }
  if (node->v.element.tag == GUMBO_TAG_BR) {
    r.text += '\n';
    return;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) message_text(static_cast<const GumboNode*>(children.data[i]), r);
}

// "22.10.2021 17:03:11 UTC+03:00" -> "2021-10-22T17:03:11+03:00" (or with no
// offset when `with_offset` is false).
std::string iso_from_label(const std::string& label, bool with_offset) {
  if (label.size() < 19 || label[2] != '.' || label[5] != '.' || label[10] != ' ') return {};
  std::string iso = label.substr(6, 4) + "-" + label.substr(3, 2) + "-" + label.substr(0, 2) + "T" + label.substr(11, 8);
  if (!with_offset) return iso;
  const std::size_t utc = label.find("UTC", 19);
  if (utc == std::string::npos) return iso + "Z";
  const std::string offset = label.substr(utc + 3);
  return iso + (offset.empty() ? std::string("Z") : offset);
}

// The message number of "#go_to_message3" / "messages2.html#go_to_message1234".
std::string reply_target(const GumboNode* reply) {
  const GumboNode* a = nullptr;
  const GumboVector& children = reply->v.element.children;
  for (unsigned i = 0; i < children.length && !a; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_A) a = child;
  }
  if (!a) return {};
  const std::string href = attribute(a, "href");
  const std::size_t at = href.find("go_to_message");
  return at == std::string::npos ? std::string() : href.substr(at + 13);
}

class Page {
 public:
  Page(const std::string& path, const ReaderOptions& options, RecordSink& sink)
      : path_(path), options_(options), sink_(sink) {}

  void read(const GumboNode* root) {
    chat_ = text_of(find(root, {"page_header"}) ? find(find(root, {"page_header"}), {"text", "bold"}) : nullptr);
    const GumboNode* history = find(root, {"history"});
    if (!history) throw Error::format("{}: not a Telegram Desktop HTML export (no div.history)", path_);
    const GumboVector& children = history->v.element.children;
    for (unsigned i = 0; i < children.length && !sink_.stopping(); ++i) {
      const auto* node = static_cast<const GumboNode*>(children.data[i]);
      if (is_div(node) && has_class(node, "message")) message(node);
    }
  }

 private:
  void message(const GumboNode* node) {
    const std::string dom_id = attribute(node, "id");
    const GumboSourcePosition& pos = node->v.element.start_pos;
    long long id = 0;
    try {
      if (dom_id.rfind("message", 0) != 0) throw std::invalid_argument("id");
      std::size_t used = 0;
      id = std::stoll(dom_id.substr(7), &used);
      if (used != dom_id.size() - 7) throw std::invalid_argument("id");
    } catch (const std::exception&) {
      sink_.reject(Location{path_, pos.line, fmt::format("byte {}", pos.offset)},
                   fmt::format("message div without a numeric id (id=\"{}\")", dom_id), {});
      return;
    }
    const bool service = has_class(node, "service");
    if (service && id < 0 && id > kLowestSeparatorId) return;  // a date separator, not a message
    const Location where{path_, pos.line, fmt::format("message {}", id)};
    if (service && options_.skip_service) {
      sink_.skip(where, "service message left out by --skip-service");
      return;
    }
    const GumboNode* body = find(node, {"body"});
    Record r;
    r.id = telegram::message_id(chat_.empty() ? std::string("unknown") : chat_, std::to_string(id));
    r.source = "telegram";
    r.channel = chat_;
    nlohmann::json meta = nlohmann::json::object();
    KindFacts kind;
    kind.service = service;
    if (service) {
      r.text = text_of(body);
    } else {
      const GumboNode* date = body ? find(body, {"pull_right", "date", "details"}, "forwarded") : nullptr;
      const std::string label = date ? attribute(date, "title") : std::string();
      if (!label.empty()) {
        const bool zone_given = !options_.assumed_zone.empty();
        const std::string iso = iso_from_label(label, !zone_given);
        const auto parsed = parse_date(iso, options_.assumed_zone);
        if (iso.empty() || !parsed) {
          sink_.reject(where, fmt::format("date label '{}' is not DD.MM.YYYY HH:MM:SS UTC+HH:MM", label), label);
          return;
        }
        r.date = parsed->utc_seconds;
        r.date_zone_assumed = parsed->zone_assumed;
        meta["date_label"] = label;
      }
      const GumboNode* from = body ? find(body, {"from_name"}, "forwarded") : nullptr;
      if (from) {
        sender_ = text_of(from);
        const std::size_t via = sender_.find(" via @");
        if (via != std::string::npos) {
          meta["via_bot"] = sender_.substr(via + 5);
          sender_.erase(via);
        }
      } else if (!has_class(node, "joined")) {
        sender_.clear();
      }
      r.author = sender_;
      const GumboNode* forwarded = body ? find(body, {"forwarded", "body"}) : nullptr;
      if (forwarded) {
        kind.forward = true;
        const GumboNode* name = find(forwarded, {"from_name"});
        if (name) {
          const GumboNode* original = find(name, {"date", "details"});
          std::string who;
          const GumboVector& kids = name->v.element.children;
          for (unsigned i = 0; i < kids.length; ++i)
            if (static_cast<const GumboNode*>(kids.data[i]) != original)
              plain_text(static_cast<const GumboNode*>(kids.data[i]), who);
          r.forwarded_from = trim(who);
          if (original) meta["forwarded_date_label"] = attribute(original, "title");
        }
      }
      const GumboNode* reply = body ? find(body, {"reply_to", "details"}, "forwarded") : nullptr;
      if (reply) {
        kind.reply = true;
        const std::string target = reply_target(reply);
        if (!target.empty()) r.reply_to = telegram::message_id(chat_.empty() ? "unknown" : chat_, target);
        else meta["reply_to_other_chat"] = true;
      }
      const GumboNode* text = forwarded ? find(forwarded, {"text"}) : (body ? find(body, {"text"}, "forwarded") : nullptr);
      if (text) {
        const GumboVector& kids = text->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) message_text(static_cast<const GumboNode*>(kids.data[i]), r);
        r.text = trim(std::move(r.text));  // the exporter's newline and indentation around the text
      }
      const GumboNode* signature = body ? find(body, {"signature", "details"}) : nullptr;
      if (signature) {
        r.author = text_of(signature);
        if (!sender_.empty()) meta["from"] = sender_;
      }
    }
    r.kind = kind_name(kind);
    if (!meta.empty()) r.meta_json = json_text(meta);
    r.provenance = Provenance{path_, pos.line, pos.offset, where.detail, "telegram-html"};
    sink_.accept(std::move(r));
  }

  const std::string& path_;
  const ReaderOptions& options_;
  RecordSink& sink_;
  std::string chat_;
  std::string sender_;  // of the last message that named one: "joined" messages take it
};

}  // namespace

void TelegramHtmlReader::read(const std::string& path, RecordSink& sink) {
  const std::string html = read_input_bytes(path);
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  Page(path, options_, sink).read(output->root);
}

}  // namespace lisan::indexer
