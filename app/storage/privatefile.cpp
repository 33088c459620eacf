#include "privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace {

bool cannotWrite(const QString &path, const QString &reason, QString *error)
{
    *error = QStringLiteral("%1: cannot be written: %2").arg(path, reason);
    return false;
}

} // namespace

bool PrivateFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString(), error);
    // QSaveFile gives the new file the mode of the one it replaces; this is stricter.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        file.cancelWriting();
        return cannotWrite(path, QStringLiteral("its permissions cannot be set"), error);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString(), error);
    return true;
}

bool PrivateFile::makeFolder(const QString &path, QString *error)
{
    QStringList missing; // the folder first, then its missing parents
    for (QString folder = QFileInfo(path).absoluteFilePath(); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).path())
        missing.append(folder);
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("%1: cannot create this folder").arg(path);
        return false;
    }
    for (const QString &folder : std::as_const(missing))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}
