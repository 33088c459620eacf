#include "datadir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

QString DataDir::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("UNKNOT_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataDir::prepare(const QString &path, QString *errorText)
{
    const QString routines = routinesFolder(path);
    if (!QDir().mkpath(routines)) {
        *errorText = QStringLiteral("%1: cannot create the data folder here; choose another with "
                                    "--data-dir or UNKNOT_DATA_DIR")
                         .arg(path);
        return false;
    }
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QFile::setPermissions(path, ownerOnly);
    QFile::setPermissions(routines, ownerOnly);
    return true;
}

QString DataDir::routinesFolder(const QString &path)
{
    return QDir(path).filePath(QStringLiteral("routines"));
}
