#pragma once

#include <QStringList>

// The numbered migrations of history.sqlite (docs/data-model.md). Migration N
// takes a database from user_version N-1 to N. Append-only: a released
// migration is never edited, a change is a new migration at the end, so a fresh
// database and an upgraded one are built by the very same statements.
namespace Schema {
int latestVersion();
// The statements of migration `version` (1 .. latestVersion()).
QStringList migration(int version);
} // namespace Schema
