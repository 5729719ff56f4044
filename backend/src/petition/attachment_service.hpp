// AttachmentService: adding, removing and reading the files of a petition (issue 5 "Attachments").
// Who may change which files when is the shared rule (qinqing/validation/file_type.hpp
// attachmentChangeAllowed); what a file may be is checkAttachment, by its content. Petitions
// outside the caller's scope (auth::Scope::petitions) answer NotFound, exactly like missing ones.
//
// Adding writes the file to the AttachmentStore first, then inserts the row with its audit entry in
// one IMMEDIATE transaction that re-checks state and count under the write lock (two uploads racing
// for the tenth place cannot both win). A file whose transaction failed is an orphan: harmless.
#pragma once

#include <string>
#include <string_view>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "petition/attachment_store.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::petition {

class AttachmentService {
public:
  AttachmentService(db::Database& database, const AttachmentStore& store, Clock clock)
      : m_db(database), m_store(store), m_clock(std::move(clock)) {}

  // NotFound (petition), Forbidden / InvalidTransition (role, purpose, state), InvalidInput (name,
  // type by content, purpose), PayloadTooLarge (> 10 MB), Conflict (already 10 files).
  domain::Result<domain::PetitionAttachment> add(const auth::AuthContext& who, long long petitionId,
                                                 const std::string& purpose, const std::string& fileName,
                                                 std::string_view bytes, const std::string& clientAddress);

  // Marks the file removed (nothing is deleted). NotFound for a missing, removed or out-of-scope
  // file; Forbidden / InvalidTransition as attachmentChangeAllowed decides.
  domain::Status remove(const auth::AuthContext& who, long long petitionId, long long attachmentId,
                        const std::string& clientAddress);

  struct File {
    domain::PetitionAttachment attachment;
    std::string bytes;
  };
  // A live file of a petition in the caller's scope; NotFound otherwise. Internal when the row's
  // file is missing from the store (logged).
  domain::Result<File> read(const auth::AuthContext& who, long long petitionId, long long attachmentId);

private:
  db::Database& m_db;
  const AttachmentStore& m_store;
  Clock m_clock;
};

}  // namespace qinqing::backend::petition
