#include "historycontroller.h"
#include "playercontroller.h"

#include "storage/historyexport.h"

#include <QSet>
#include <QUrl>

namespace {

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace

HistoryController::HistoryController(const QString &dataDir, PlayerController *player,
                                     const Library &library, const BodyModel &body, QObject *parent)
    : QObject(parent), m_store(new HistoryStore(dataDir, this)),
      m_recorder(new SessionRecorder(m_store, this)),
      m_progress(new ProgressController(m_store, body, this)), m_player(player), m_library(library)
{
    connect(m_store, &HistoryStore::noticeChanged, this, &HistoryController::noticeChanged);
    connect(m_store, &HistoryStore::historyChanged, this, &HistoryController::noticeChanged);
    // A preview of an editor's draft is not the person's session: nothing of it
    // is recorded, and its pain answers must not land on the last real session.
    connect(player, &PlayerController::sessionStarted, this, [this](SessionEngine *engine) {
        if (m_player->preview())
            return;
        m_recorder->attach(engine);
        if (m_interrupted) { // a new session answers the question too
            m_interrupted.reset();
            m_resumeStep = -1;
            Q_EMIT resumeChanged();
        }
    });
    connect(player, &PlayerController::painBeforeGiven, this, [this](int pain) {
        if (pain >= 0 && !m_player->preview())
            setPainBefore(pain);
    });
    connect(player, &PlayerController::painAfterGiven, this, [this](int pain) {
        if (pain >= 0 && !m_player->preview())
            setPainAfter(pain);
    });
}

void HistoryController::open()
{
    m_store->open();
    findInterrupted();
    findCheckIn();
    Q_EMIT noticeChanged();
}

void HistoryController::setNow(const Now &now)
{
    m_now = now;
    m_progress->setToday([this] { return m_now().toLocalTime().date(); });
    findCheckIn();
}

void HistoryController::findInterrupted()
{
    m_interrupted.reset();
    m_resumeStep = -1;
    const std::optional<StoredSession> last = m_store->lastSession();
    if (last && last->status == SessionStatus::Interrupted && !last->resumeDeclined) {
        m_interrupted = last;
        const Library::Entry *entry = m_library.find(last->routineId);
        // Steps are numbered in the routine as played: only an unchanged routine can go on.
        if (entry && HistoryExport::snapshotOf(entry->routine) == last->routineJson)
            m_resumeStep = resumeStep(*last, entry->routine);
    }
    Q_EMIT resumeChanged();
}

void HistoryController::findCheckIn()
{
    m_checkIn.reset();
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTime();
    const std::optional<StoredSession> last = m_store->lastSession();
    if (last && last->uuid != m_checkInDismissed && !last->checkIn && !last->steps.isEmpty() &&
        last->startedAt.toLocalTime().date() == now.toLocalTime().date().addDays(-1)) {
        m_checkIn = last;
    }
    Q_EMIT checkInChanged();
}

int HistoryController::resumeStep(const StoredSession &session, const Routine &routine)
{
    if (session.steps.isEmpty())
        return routine.steps.isEmpty() ? -1 : 0;
    const int step = session.steps.last().step;
    if (step < 0 || step >= routine.steps.size())
        return -1;
    QSet<int> sidesDone;
    for (const StoredStep &done : session.steps) {
        if (done.step == step)
            sidesDone.insert(int(done.side));
    }
    const int next = sidesDone.size() >= routine.steps.at(step).sideCount() ? step + 1 : step;
    return next < routine.steps.size() ? next : -1;
}

QString HistoryController::interruptedTitle() const
{
    return m_interrupted ? m_interrupted->routineTitle : QString();
}

QDateTime HistoryController::interruptedAt() const
{
    return m_interrupted ? m_interrupted->startedAt.toLocalTime() : QDateTime();
}

int HistoryController::resumeStepCount() const
{
    const Library::Entry *entry =
        m_interrupted ? m_library.find(m_interrupted->routineId) : nullptr;
    return entry ? int(entry->routine.steps.size()) : 0;
}

QDateTime HistoryController::checkInSessionAt() const
{
    return m_checkIn ? m_checkIn->startedAt.toLocalTime() : QDateTime();
}

bool HistoryController::resume()
{
    if (!m_interrupted || m_resumeStep < 0)
        return false;
    const QString uuid = m_interrupted->uuid;
    if (!m_player->prepare(m_interrupted->routineId, false, m_resumeStep))
        return false;
    m_recorder->setResumeOf(uuid);
    return true;
}

void HistoryController::keepInterrupted()
{
    if (!m_interrupted)
        return;
    m_store->declineResume(m_interrupted->uuid);
    m_interrupted.reset();
    m_resumeStep = -1;
    Q_EMIT resumeChanged();
}

QString HistoryController::sessionForPain() const
{
    if (!m_recorder->sessionUuid().isEmpty())
        return m_recorder->sessionUuid();
    const std::optional<StoredSession> last = m_store->lastSession();
    return last ? last->uuid : QString();
}

bool HistoryController::setPainBefore(int pain)
{
    const QString uuid = sessionForPain();
    return !uuid.isEmpty() && pain >= 0 && pain <= 10 && m_store->setPainBefore(uuid, pain);
}

bool HistoryController::setPainAfter(int pain)
{
    const QString uuid = sessionForPain();
    return !uuid.isEmpty() && pain >= 0 && pain <= 10 && m_store->setPainAfter(uuid, pain);
}

bool HistoryController::submitCheckIn(int soreness, const QString &feeling)
{
    const std::optional<Feeling> parsed = HistoryText::feelingFromName(feeling);
    if (!m_checkIn || !parsed || soreness < 0 || soreness > 10)
        return false;
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTime();
    const bool saved = m_store->setCheckIn(m_checkIn->uuid, {soreness, *parsed, now.toUTC()});
    m_checkIn.reset();
    Q_EMIT checkInChanged();
    return saved;
}

void HistoryController::dismissCheckIn()
{
    if (m_checkIn)
        m_checkInDismissed = m_checkIn->uuid;
    findCheckIn();
}

void HistoryController::refreshCheckIn()
{
    findCheckIn();
}

void HistoryController::setLastResult(const QString &text)
{
    m_lastResult = text;
    Q_EMIT lastResultChanged();
}

bool HistoryController::exportJson(const QString &file)
{
    QString error;
    const QString path = localPath(file);
    const HistoryData data = m_store->everything();
    const bool ok = HistoryExport::writeJson(path, data, &error);
    setLastResult(
        ok ? tr("Exported %n session(s) to %1.", nullptr, int(data.sessions.size())).arg(path)
           : error);
    return ok;
}

bool HistoryController::exportCsv(const QString &folder)
{
    QString error;
    const QString path = localPath(folder);
    const bool ok = HistoryExport::writeCsv(path, m_store->everything(), &error);
    setLastResult(ok ? tr("Saved sessions.csv, steps.csv and pain.csv in %1.").arg(path) : error);
    return ok;
}

bool HistoryController::restore(const QString &file)
{
    const HistoryExport::Result read = HistoryExport::readJson(localPath(file));
    if (!read.data) {
        setLastResult(read.error);
        return false;
    }
    HistoryStore::MergeCount added;
    QString error;
    if (!m_store->merge(*read.data, &added, &error)) {
        setLastResult(error);
        return false;
    }
    setLastResult(tr("Restored %1 and %2; what was already here was kept.")
                      .arg(tr("%n session(s)", nullptr, added.sessions),
                           tr("%n pain rating(s)", nullptr, added.painLogs)));
    findInterrupted();
    findCheckIn();
    Q_EMIT restored();
    return true;
}

bool HistoryController::retrySaving()
{
    return m_store->flush();
}
