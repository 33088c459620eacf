#include "testfiles.h"

#include "datadir.h"
#include "ui/appcontext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

QString routinesFolder()
{
    return DataDir::routinesFolder(AppContext::instance()->dataDir());
}

} // namespace

void TestFiles::freshInstall()
{
    AppContext *context = AppContext::instance();
    context->editor()->close();
    context->player()->close();
    QDir folder(routinesFolder());
    for (const QString &name : folder.entryList(QDir::Files))
        folder.remove(name);
    HistoryStore *store = context->history()->store();
    store->database().close();
    const QString file = store->database().filePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    context->history()->open();
    // The plans share the history's database: read them again, as at start-up.
    context->plans()->cancelImport();
    context->plans()->open();
    context->editor()->setPlanStore(context->plans()->store());
    context->reloadRoutines();
    Q_EMIT store->historyChanged();
}

QString TestFiles::newFolder()
{
    static int count = 0;
    const QString path = scratch().filePath(QStringLiteral("folder-%1").arg(++count));
    QDir().mkpath(path);
    return path;
}

bool TestFiles::write(const QString &path, const QString &text, bool latin1)
{
    const QByteArray bytes = latin1 ? text.toLatin1() : text.toUtf8();
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString TestFiles::read(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
}

QStringList TestFiles::list(const QString &folder) const
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

QStringList TestFiles::ownRoutineFiles() const
{
    return list(routinesFolder());
}
