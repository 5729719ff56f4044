#include "audit/audit_chain.hpp"

#include "util/sha256.hpp"

namespace qinqing::backend::audit {
namespace {

// Bump the tag (and keep the old serialisation for old rows) if the row ever gains a column.
constexpr std::string_view kVersionTag = "qinqing-audit-v1;";

void field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

void field(std::string& out, const std::optional<std::string>& value) {
  if (value) {
    field(out, std::string_view(*value));
  } else {
    out += "~;";
  }
}

void field(std::string& out, std::optional<long long> value) {
  field(out, value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt);
}

}  // namespace

std::string canonicalAuditRow(const AuditRow& row) {
  std::string out(kVersionTag);
  field(out, std::optional<long long>(row.id));
  field(out, std::optional<long long>(row.at));
  field(out, row.accountId);
  field(out, std::string_view(row.accountLabel));
  field(out, std::string_view(row.role));
  field(out, std::string_view(row.sourceAddress));
  field(out, std::string_view(row.action));
  field(out, std::string_view(row.objectType));
  field(out, std::string_view(row.objectId));
  field(out, std::string_view(row.result));
  field(out, row.beforeJson);
  field(out, row.afterJson);
  return out;
}

std::string chainHash(std::string_view prevHash, const AuditRow& row) {
  std::string data(prevHash);
  data += canonicalAuditRow(row);
  return sha256Hex(data);
}

std::optional<ChainBreak> AuditChainChecker::check(const AuditRow& row) {
  if (m_break) return m_break;
  const long long position = m_count + 1;
  std::string reason;
  if (row.id != m_lastId + 1) {
    reason = m_count == 0 ? "编号应从 1 开始，实为 " + std::to_string(row.id) + "（开头的记录被删除）"
                          : "编号不连续：上一条为 " + std::to_string(m_lastId) + "，本条为 " + std::to_string(row.id) +
                                "（中间的记录被删除或插入）";
  } else if (row.prevHash != m_head) {
    reason = "prev_hash 与上一条记录的哈希不符（上一条记录被修改、删除或替换）";
  } else if (row.hash != chainHash(row.prevHash, row)) {
    reason = "内容与哈希不符（本条记录被修改）";
  }
  if (!reason.empty()) {
    m_break = ChainBreak{position, row.id, std::move(reason)};
    return m_break;
  }
  ++m_count;
  m_lastId = row.id;
  m_head = row.hash;
  return std::nullopt;
}

}  // namespace qinqing::backend::audit
