#include "routinefilechange.h"
#include "privatefile.h"

#include "core/bundleformat.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {

// Hidden names: Library reads "*.json" files that are not hidden, so neither a
// half-written file nor a file kept aside is ever taken for a routine.
QString hiddenPath(const QString &folder, const QString &id, const char *suffix)
{
    return QDir(folder).filePath(QLatin1Char('.') + id + QStringLiteral(".json.") +
                                 QLatin1String(suffix));
}

} // namespace

RoutineFileChange::RoutineFileChange(const QString &folder) : m_folder(folder) {}

RoutineFileChange::~RoutineFileChange()
{
    rollback();
    for (const Move &move : std::as_const(m_moves)) {
        if (!move.staged.isEmpty())
            QFile::remove(move.staged);
    }
}

QString RoutineFileChange::pathFor(const QString &folder, const QString &id)
{
    return BundleFormat::isValidId(id) ? QDir(folder).filePath(id + QStringLiteral(".json"))
                                       : QString();
}

bool RoutineFileChange::write(const QString &id, const QByteArray &bytes, QString *error)
{
    const QString target = pathFor(m_folder, id);
    if (target.isEmpty()) {
        *error = QStringLiteral("\"%1\" is not a routine id that can name a file").arg(id);
        return false;
    }
    if (!PrivateFile::makeFolder(m_folder, error))
        return false;
    const QString staged = hiddenPath(m_folder, id, "new");
    QSaveFile file(staged);
    const bool opened = file.open(QIODevice::WriteOnly);
    // A therapist's routine for a client is part of their care: owner only.
    if (opened)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!opened || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(target, file.errorString());
        return false;
    }
    m_moves.append({target, staged, hiddenPath(m_folder, id, "old")});
    return true;
}

void RoutineFileChange::remove(const QString &id)
{
    const QString target = pathFor(m_folder, id);
    if (!target.isEmpty() && QFile::exists(target))
        m_moves.append({target, {}, hiddenPath(m_folder, id, "old")});
}

bool RoutineFileChange::applyOne(Move &move, QString *error)
{
    if (QFile::exists(move.target)) {
        QFile::remove(move.aside); // left over from a change that was cut short
        if (!QFile::rename(move.target, move.aside)) {
            *error = QStringLiteral("%1: cannot be replaced").arg(move.target);
            return false;
        }
        move.movedAside = true;
    }
    if (move.staged.isEmpty())
        return true;
    if (!QFile::rename(move.staged, move.target)) {
        *error = QStringLiteral("%1: cannot be written").arg(move.target);
        return false;
    }
    move.placed = true;
    return true;
}

bool RoutineFileChange::apply(QString *error)
{
    m_applied = true;
    for (Move &move : m_moves) {
        if (!applyOne(move, error)) {
            rollback();
            return false;
        }
    }
    return true;
}

void RoutineFileChange::rollback()
{
    if (!m_applied)
        return;
    for (auto move = m_moves.rbegin(); move != m_moves.rend(); ++move) {
        if (move->placed)
            QFile::rename(move->target, move->staged);
        if (move->movedAside)
            QFile::rename(move->aside, move->target);
        move->placed = move->movedAside = false;
    }
    m_applied = false;
}

void RoutineFileChange::finish()
{
    for (const Move &move : std::as_const(m_moves)) {
        if (move.movedAside)
            QFile::remove(move.aside);
    }
    m_moves.clear();
    m_applied = false;
}
