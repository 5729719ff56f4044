// The SMS a petition step sends (issue 5 "SMS"; notice §4, §12, §14): whom each NoticeTarget
// means for this petition, their mobiles, and the text for the action. Enqueued in the caller's
// transaction, so the step and its messages commit together.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "repositories/petition_repository.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_view.hpp"

namespace qinqing::backend::petition {

// The mobiles of a target for this petition (empty numbers skipped, duplicates removed):
//   Cadre       the reviewing cadre's bound mobile, else the cadre record's
//   Handler     the administrators of the handling unit, or of the county
//   Enterprise  the enterprise's liaison mobile (§3: how it receives the platform's SMS), else its account's
//   Dispatchers 双千分办员 and the 城区行业分办员 of the petition's industry group
std::vector<std::string> mobilesOf(SQLite::Database& db, const PetitionRow& row, domain::NoticeTarget target);
// Only 双千分办员: appeals go to the city dispatch group.
std::vector<std::string> cityDispatcherMobiles(SQLite::Database& db);

// Enqueues the messages of `action` to each target; returns how many were enqueued.
int notifyTargets(SQLite::Database& db, const PetitionRow& row, domain::PetitionAction action,
                  const std::vector<domain::NoticeTarget>& targets, const domain::PetitionActionRequest& request,
                  long long now);

// Enqueues one text to every mobile of a target (the reminder job); returns how many.
int notifyText(SQLite::Database& db, const PetitionRow& row, domain::NoticeTarget target, const std::string& text,
               long long now);

}  // namespace qinqing::backend::petition
