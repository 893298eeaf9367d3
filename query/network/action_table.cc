#include "query/network/action_table.h"

#include <algorithm>

namespace lisan::query::network {

std::uint32_t ActionTable::intern_account(std::string_view platform, std::string_view name) {
  std::string key(platform);
  key += '\0';  // no name or platform holds a NUL, so the pair is unambiguous
  key += name;
  const auto [it, fresh] = account_index_.try_emplace(std::move(key), static_cast<std::uint32_t>(accounts_.size()));
  if (fresh) {
    Account a;
    a.name = std::string(name);
    a.platform = std::string(platform);
    accounts_.push_back(std::move(a));
  }
  return it->second;
}

std::uint32_t ActionTable::intern_item(std::string_view key) {
  const auto [it, fresh] = item_index_.try_emplace(std::string(key), static_cast<std::uint32_t>(items_.size()));
  if (fresh) items_.emplace_back(key);
  return it->second;
}

void ActionTable::add(std::uint32_t account, std::uint32_t item, std::int64_t time) {
  Account& a = accounts_.at(account);
  if (a.actions == 0 || time < a.first) a.first = time;
  if (a.actions == 0 || time > a.last) a.last = time;
  ++a.actions;
  actions_.push_back({account, item, time});
}

void ActionTable::add(std::string_view platform, std::string_view account, std::string_view item, std::int64_t time) {
  add(intern_account(platform, account), intern_item(item), time);
}

std::string ActionTable::node_id(std::uint32_t account) const {
  const Account& a = accounts_.at(account);
  return a.platform + ":" + a.name;
}

}  // namespace lisan::query::network
