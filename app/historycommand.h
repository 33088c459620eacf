#pragma once

#include "core/bodymodel.h"
#include "core/library.h"

#include <QString>

// The history's headless commands: --export, --export-csv and --restore.
// Exit codes as CommandLine's: 0 success, 1 refused.
namespace HistoryCommand {
int exportJson(const QString &dataDir, const QString &file);
int exportCsv(const QString &dataDir, const QString &folder);
// Merges an export, and writes back the routine files of its plans that the
// routines folder lacks (a new device, a lost folder).
int restore(const QString &dataDir, const QString &file, const BodyModel &body,
            const Library &library);
} // namespace HistoryCommand
