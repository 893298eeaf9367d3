// ActionTable: what a coordination network is built from. One Action per
// (account, item, time): an account (an author, else a channel, on one
// platform) posted an item (a URL, a hashtag, a near-duplicate cluster, an
// original it forwarded, a message it replied to) at a time. Accounts and
// items are interned once, so an action is 16 bytes and a table of 10^6
// matches stays small whatever the documents' text (network_build.h).
//
// Thread safety: a plain value; fill it from one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lisan::query::network {

struct Account {
  std::string name;      // author as written, else channel
  std::string platform;  // the record's source: telegram, twitter, ...
  std::uint32_t actions = 0;
  std::int64_t first = 0, last = 0;  // UTC seconds of the first and last action
};

struct Action {
  std::uint32_t account = 0;
  std::uint32_t item = 0;
  std::int64_t time = 0;  // UTC seconds
};

class ActionTable {
 public:
  // Interns the account (platform + name) and the item key, and records
  // the action.
  void add(std::string_view platform, std::string_view account, std::string_view item, std::int64_t time);
  // An action of accounts and items interned already (synthetic benches).
  void add(std::uint32_t account, std::uint32_t item, std::int64_t time);
  std::uint32_t intern_account(std::string_view platform, std::string_view name);
  std::uint32_t intern_item(std::string_view key);

  const std::vector<Account>& accounts() const { return accounts_; }
  const std::vector<std::string>& items() const { return items_; }
  const std::vector<Action>& actions() const { return actions_; }
  std::vector<Action>& mutable_actions() { return actions_; }
  // The account's node id in graph files: "platform:name".
  std::string node_id(std::uint32_t account) const;

 private:
  std::vector<Account> accounts_;
  std::vector<std::string> items_;
  std::vector<Action> actions_;
  std::unordered_map<std::string, std::uint32_t> account_index_, item_index_;
};

}  // namespace lisan::query::network
