#pragma once

#include <QString>

// The history's headless commands: --export, --export-csv and --restore.
// Exit codes as CommandLine's: 0 success, 1 refused.
namespace HistoryCommand {
int exportJson(const QString &dataDir, const QString &file);
int exportCsv(const QString &dataDir, const QString &folder);
int restore(const QString &dataDir, const QString &file);
} // namespace HistoryCommand
