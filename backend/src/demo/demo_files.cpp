#include "demo/demo_files.hpp"

#include <string>
#include <vector>

#include "pdf/text_document_pdf.hpp"
#include "repositories/content_attachment_repository.hpp"

namespace qinqing::backend::demo {
namespace {

struct Owner {
  long long id = 0;
  std::string title;
  std::string issuer;
  std::string number;
  std::string issuedOn;
  std::string body;
};

void attach(SQLite::Database& db, const petition::AttachmentStore& store, ContentOwner owner, long long ownerId,
            const std::string& fileName, const pdf::TextDocument& document, long long at) {
  const std::string bytes = pdf::renderTextDocument(document);
  NewContentAttachment row;
  row.ownerId = ownerId;
  row.fileName = fileName;
  row.mime = "application/pdf";
  row.size = static_cast<long long>(bytes.size());
  row.sha256 = store.put(bytes);
  row.at = at;
  ContentAttachmentRepository(db, owner).insert(row);
}

std::vector<Owner> publishedPolicies(SQLite::Database& db, int limit) {
  SQLite::Statement s(db,
                      "SELECT id, title, issuer, document_number, issued_on, body FROM policy_guides "
                      "WHERE state = 'published' ORDER BY issued_on DESC, id LIMIT ?");
  s.bind(1, limit);
  std::vector<Owner> out;
  while (s.executeStep()) {
    out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                   s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getString()});
  }
  return out;
}

std::vector<Owner> publishedAnnouncements(SQLite::Database& db, int limit) {
  SQLite::Statement s(db, "SELECT id, title, body FROM announcements WHERE state = 'published' "
                          "ORDER BY published_at DESC, id LIMIT ?");
  s.bind(1, limit);
  std::vector<Owner> out;
  while (s.executeStep()) {
    Owner o;
    o.id = s.getColumn(0).getInt64();
    o.title = s.getColumn(1).getString();
    o.body = s.getColumn(2).getString();
    out.push_back(std::move(o));
  }
  return out;
}

// The form an announcement asks its readers to fill in, as its attachment.
pdf::TextDocument formFor(const Owner& a) {
  pdf::TextDocument d;
  d.heading = "附件：" + a.title + "——企业回执表";
  d.metaLines = {"十堰市双千办（企业服务中心）"};
  d.body =
      "企业名称（盖章）：\n统一社会信用代码：\n联系人及职务：\n联系电话：\n"
      "一、参加人员（姓名、职务、手机号码）：\n二、需要协调解决的事项（可另附页）：\n"
      "三、对本项工作的意见建议：\n"
      "请于通知规定时间前将回执表扫描件发送至包联干部，或在平台“简报投稿”中提交。\n"
      "填表日期：      年    月    日";
  d.footer = "十堰亲清企业服务信息平台 · 公告附件";
  return d;
}

}  // namespace

int seedDemoFiles(SQLite::Database& db, const petition::AttachmentStore& store, long long nowUnix) {
  int count = 0;
  for (const Owner& p : publishedPolicies(db, 8)) {
    pdf::TextDocument d;
    d.heading = p.title;
    if (!p.number.empty()) d.metaLines.push_back(p.number);
    d.metaLines.push_back(p.issuer + "    " + p.issuedOn);
    d.body = p.body;
    d.footer = p.issuer;
    attach(db, store, ContentOwner::PolicyGuide, p.id, p.title + "（政策原文）.pdf", d, nowUnix);
    ++count;
  }
  for (const Owner& a : publishedAnnouncements(db, 3)) {
    pdf::TextDocument notice;
    notice.heading = a.title;
    notice.metaLines = {"十堰市双千办"};
    notice.body = a.body;
    notice.footer = "十堰亲清企业服务信息平台";
    attach(db, store, ContentOwner::Announcement, a.id, a.title + ".pdf", notice, nowUnix);
    attach(db, store, ContentOwner::Announcement, a.id, "企业回执表.pdf", formFor(a), nowUnix);
    count += 2;
  }
  return count;
}

}  // namespace qinqing::backend::demo
