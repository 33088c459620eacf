#include "testhistory.h"

#include "storage/historyexport.h"
#include "ui/appcontext.h"

#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace {

HistoryController *history()
{
    return AppContext::instance()->history();
}

HistoryStore *store()
{
    return history()->store();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The sides of a routine in the order the player does them (left first).
QList<StoredStep> sidesOf(const Routine &routine, const QDateTime &start)
{
    QList<StoredStep> sides;
    QDateTime at = start;
    for (int index = 0; index < routine.steps.size(); ++index) {
        const Step &step = routine.steps.at(index);
        const QList<Side> done =
            step.side == Side::Both ? QList<Side>{Side::Left, Side::Right} : QList<Side>{step.side};
        for (Side side : done) {
            const int seconds = step.seconds * step.reps;
            at = at.addSecs(seconds);
            sides.append({int(sides.size()), index, side, step.muscle, seconds, seconds * 1000LL,
                          Outcome::Done, {}, at});
        }
    }
    return sides;
}

void removeHistoryFiles()
{
    const QString file = store()->database().filePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}

} // namespace

bool TestHistory::addSession(const QString &routineId, double startedAtMs, int painBefore,
                             int painAfter, int sidesDone, bool interrupted)
{
    const Library::Entry *entry = AppContext::instance()->library().find(routineId);
    if (!entry)
        return false;
    const Routine &routine = entry->routine;
    StoredSession session;
    session.uuid = newUuid();
    session.routineId = routine.id;
    session.routineTitle = routine.title;
    session.routineJson = HistoryExport::snapshotOf(routine);
    session.areas = routine.areas;
    session.startedAt = QDateTime::fromMSecsSinceEpoch(qint64(startedAtMs), QTimeZone::utc());
    session.steps = sidesOf(routine, session.startedAt);
    if (sidesDone >= 0)
        session.steps = session.steps.mid(0, sidesDone);
    session.status = interrupted ? SessionStatus::Interrupted : SessionStatus::Completed;
    if (!interrupted)
        session.endedAt = session.steps.isEmpty() ? session.startedAt : session.steps.last().finishedAt;
    if (painBefore >= 0)
        session.painBefore = painBefore;
    if (painAfter >= 0)
        session.painAfter = painAfter;
    HistoryStore::MergeCount added;
    QString error;
    return store()->merge({{session}, {}, {}}, &added, &error) && added.sessions == 1;
}

bool TestHistory::addPainRating(const QString &region, const QString &side, int pain, double atMs)
{
    QString error;
    return store()->addPainLog({region, RoutineText::sideFromName(side).value_or(Side::None), pain,
                                {}, QDateTime::fromMSecsSinceEpoch(qint64(atMs), QTimeZone::utc())},
                               &error);
}

void TestHistory::clear()
{
    store()->database().close();
    removeHistoryFiles();
    restart();
    Q_EMIT store()->historyChanged();
}

void TestHistory::damage()
{
    store()->database().close();
    removeHistoryFiles();
    QFile file(store()->database().filePath());
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray(8192, 'x'));
    file.close();
    restart();
    Q_EMIT store()->historyChanged();
}

void TestHistory::setWritable(bool writable)
{
    QSqlQuery query(store()->database().connection());
    query.exec(QStringLiteral("PRAGMA query_only = %1").arg(writable ? 0 : 1));
}

void TestHistory::setNow(double msSinceEpoch)
{
    BodyMapController *bodyMap = AppContext::instance()->bodyMap();
    TodayController *today = AppContext::instance()->today();
    if (msSinceEpoch <= 0) {
        history()->setNow([] { return QDateTime::currentDateTime(); });
        bodyMap->setNow({});
        today->setNow([] { return QDateTime::currentDateTime(); });
        return;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(qint64(msSinceEpoch));
    history()->setNow([now] { return now; });
    bodyMap->setNow([now] { return now; });
    today->setNow([now] { return now; });
}

void TestHistory::restart()
{
    history()->open();
}

QVariantMap TestHistory::lastCheckIn() const
{
    const std::optional<StoredSession> last = store()->lastSession();
    if (!last || !last->checkIn)
        return {};
    return {{QStringLiteral("soreness"), last->checkIn->soreness},
            {QStringLiteral("feeling"), HistoryText::feelingName(last->checkIn->feeling)}};
}
