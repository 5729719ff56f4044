// Files on announcements and policy guides (政策指南), one shape for both:
// POST /api/publish/{announcements|policies}/{id}/attachments?name=,
// DELETE /api/publish/{announcements|policies}/{id}/attachments/{aid} (系统管理员) and
// GET /api/{announcements|policies}/{id}/attachments/{aid} (readers of the record; 系统管理员 in any state).
// Rules in content::ContentAttachmentService; this file decodes requests and encodes replies.
#include <memory>
#include <string>

#include "content/content_attachment_service.hpp"
#include "http/file_download.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/content_attachment_json.hpp"
#include "qinqing/validation/file_type.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

// What differs between the two owners: their routes, the summaries in the API description and the
// text of the 404 for a missing record.
struct ContentFileRoutes {
  ContentOwner owner;
  wire::api::Pattern upload;
  wire::api::Pattern remove;
  wire::api::Pattern download;
  const char* uploadSummary;
  const char* removeSummary;
  const char* downloadSummary;
  const char* missingText;
};

void registerContentFileRoutes(http::RouteTable& routes, Services& services, const ContentFileRoutes& spec) {
  auto store = std::make_shared<petition::AttachmentStore>(services.dataDir / "attachments");
  auto service = [&services, store, owner = spec.owner] {
    return content::ContentAttachmentService(services.database, *store, services.clock, owner);
  };
  const std::vector<d::Role> publishers = {d::Role::SystemAdmin};

  // ?name=<file name, URL-encoded>; body = the file's bytes → 201 contentAttachmentToJson. 400 field
  // file (name, type by content), 404 (no such record), 409 (already 10 files), 413 (> 10 MB).
  routes.addForRoles(http::HttpMethod::Post, spec.upload, spec.uploadSummary, publishers,
                     [service, missing = spec.missingText](const httplib::Request& req, httplib::Response& res,
                                                         const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::DomainError::of(d::ErrorCode::NotFound, missing));
                       const auto name = http::queryParam(req, "name").value_or("");
                       auto added = service().add(who, *id, name, req.body, req.remote_addr);
                       if (!added) return http::sendError(res, added.error());
                       http::sendJson(res, http::Status::Created_201, wire::contentAttachmentToJson(added.value()));
                     })
      .acceptsBinary("附件文件内容", "application/octet-stream")
      .returns("contentAttachmentToJson", http::keysOf(wire::contentAttachmentToJson({})))
      .successStatus = http::Status::Created_201;

  // → 204; removed_at is set, the row and the file stay.
  routes.addForRoles(http::HttpMethod::Delete, spec.remove, spec.removeSummary, publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       auto aid = http::pathId(req, "aid");
                       if (!id || !aid) return http::sendError(res, domain::attachmentNotFound());
                       auto removed = service().remove(who, *id, *aid, req.remote_addr);
                       if (!removed) return http::sendError(res, removed.error());
                       http::sendNoContent(res);
                     })
      .noContent();

  // → the file as a download; 404 for whoever could not open the record, as for a missing file.
  routes.addForRoles(http::HttpMethod::Get, spec.download, spec.downloadSummary,
                     content::contentReaderRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       auto aid = http::pathId(req, "aid");
                       if (!id || !aid) return http::sendError(res, domain::attachmentNotFound());
                       auto file = service().read(who, *id, *aid);
                       if (!file) return http::sendError(res, file.error());
                       const auto& a = file.value().attachment;
                       http::sendDownload(res, file.value().bytes, a.mime, a.fileName, a.id);
                     })
      .returnsBinary("附件文件内容（保存时的类型）", "*/*");
}


}  // namespace

void registerAnnouncementAttachmentRoutes(http::RouteTable& routes, Services& services) {
  registerContentFileRoutes(routes, services,
                            {ContentOwner::Announcement, api::announcements::publishAttachments,
                             api::announcements::publishAttachment, api::announcements::attachment,
                             "公告发布：上传公告附件（?name=文件名，请求体为文件内容）", "公告发布：移除公告附件",
                             "公告栏：下载公告附件", "公告不存在"});
}

void registerPolicyAttachmentRoutes(http::RouteTable& routes, Services& services) {
  registerContentFileRoutes(routes, services,
                            {ContentOwner::PolicyGuide, api::policies::publishAttachments,
                             api::policies::publishAttachment, api::policies::attachment,
                             "政策指南发布：上传政策指南附件（?name=文件名，请求体为文件内容）", "政策指南发布：移除政策指南附件",
                             "政策指南：下载政策指南附件", "政策指南不存在"});
}

}  // namespace qinqing::backend
