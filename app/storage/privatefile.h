#pragma once

#include <QByteArray>
#include <QString>

// Files that carry health data out of the database (exports, reports, plan
// bundles) are readable by their owner only, and a folder made to hold them is
// the owner's only too (docs/data-model.md, "Privacy").
namespace PrivateFile {
// Writes the file whole or not at all, mode 0600 even when it replaces a file
// that others could read; false with "PATH: cannot be written: reason" in error.
bool write(const QString &path, const QByteArray &bytes, QString *error);
// Makes the folder and any missing parents 0700; a folder that is already there
// is the person's choice and is left as it is. False with a sentence in error.
bool makeFolder(const QString &path, QString *error);
} // namespace PrivateFile
