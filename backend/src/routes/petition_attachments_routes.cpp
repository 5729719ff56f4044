// A petition's files and its printable 分办单 (issue 5 "Attachments", notice §12). Rules live in
// petition::AttachmentService and the shared file_type rules; the 分办单 is drawn by
// petition::renderDispatchSheet from the same detail GET /api/petitions/{id} answers. This file
// decodes requests and encodes replies only.
#include <string>

#include "auth/scope.hpp"
#include "http/file_download.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "petition/attachment_service.hpp"
#include "petition/attachment_store.hpp"
#include "petition/dispatch_sheet_pdf.hpp"
#include "qinqing/validation/file_type.hpp"
#include "qinqing/wire/petition_attachment_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
using domain::Role;

domain::DomainError unknownPetition() { return domain::DomainError::of(domain::ErrorCode::NotFound, "诉求不存在"); }

const std::vector<Role>& uploadRoles() {
  static const std::vector<Role> roles = {Role::Enterprise, Role::UnitAdmin, Role::CountyAdmin};
  return roles;
}

}  // namespace

void registerPetitionAttachmentRoutes(http::RouteTable& routes, Services& services) {
  auto store = std::make_shared<petition::AttachmentStore>(services.dataDir / "attachments");
  auto service = [&services, store] { return petition::AttachmentService(services.database, *store, services.clock); };

  // ?purpose=petition|result&name=<file name, URL-encoded>; body = the file's bytes.
  // → petitionAttachmentToJson, 201. 400 (name, type by content: "仅支持 PDF、JPG、PNG、Word、Excel 文件",
  // "文件内容与扩展名不符"), 403 (role or purpose), 404 (outside scope), 409 (state; already 10 files),
  // 413 (> 10 MB).
  routes.addForRoles(http::HttpMethod::Post, api::petitions::attachments,
                     "上传诉求附件（?purpose=petition|result&name=文件名，请求体为文件内容）", uploadRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, unknownPetition());
                       const auto purpose = http::queryParam(req, "purpose").value_or("");
                       const auto name = http::queryParam(req, "name").value_or("");
                       auto added = service().add(who, *id, purpose, name, req.body, req.remote_addr);
                       if (!added) return http::sendError(res, added.error());
                       http::sendJson(res, http::Status::Created_201, wire::petitionAttachmentToJson(added.value()));
                     })
      .acceptsBinary("附件文件内容", "application/octet-stream")
      .returns("petitionAttachmentToJson", http::keysOf(wire::petitionAttachmentToJson({})))
      .successStatus = http::Status::Created_201;

  // → 204. The row stays with removed_at set. 403/409 as attachmentChangeAllowed decides.
  routes.addForRoles(http::HttpMethod::Delete, api::petitions::attachment, "移除诉求附件（草稿或已退回时）",
                     {Role::Enterprise},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       auto aid = http::pathId(req, "aid");
                       if (!id || !aid) return http::sendError(res, domain::attachmentNotFound());
                       auto removed = service().remove(who, *id, *aid, req.remote_addr);
                       if (!removed) return http::sendError(res, removed.error());
                       http::sendNoContent(res);
                     })
      .noContent();

  // → the file with its stored mime type, as a download. 404 for anyone whose scope lacks the
  // petition, exactly as for a missing file.
  routes.addAuthed(http::HttpMethod::Get, api::petitions::attachment, "下载诉求附件",
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

}  // namespace qinqing::backend
