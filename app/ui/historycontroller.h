#pragma once

#include "progresscontroller.h"

#include "core/bodymodel.h"
#include "core/library.h"
#include "storage/historystore.h"
#include "storage/sessionrecorder.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

#include <functional>
#include <optional>

class PlayerController;

// What QML sees of the history: problems saving it, the interrupted session
// to resume or keep, pain before and after, the next-day check-in, export and
// restore, and the Progress page's data (progress). It records every session
// the player starts.
class HistoryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.history")

    // A problem with the history file or with saving, as a sentence; empty when all is well.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The history file was damaged and set aside: offer restore().
    Q_PROPERTY(bool restoreSuggested READ restoreSuggested NOTIFY noticeChanged)
    // Changes kept in memory until they can be saved.
    Q_PROPERTY(int unsavedChanges READ unsavedChanges NOTIFY noticeChanged)

    // The last session was interrupted (the app was closed or killed during it).
    Q_PROPERTY(bool resumeOffered READ resumeOffered NOTIFY resumeChanged)
    // It can go on from the step where it stopped (its routine is unchanged).
    Q_PROPERTY(bool canResume READ canResume NOTIFY resumeChanged)
    Q_PROPERTY(QString interruptedTitle READ interruptedTitle NOTIFY resumeChanged)
    Q_PROPERTY(QDateTime interruptedAt READ interruptedAt NOTIFY resumeChanged)
    // 1-based; the step resume() starts at, of resumeStepCount.
    Q_PROPERTY(int resumeStepNumber READ resumeStepNumber NOTIFY resumeChanged)
    Q_PROPERTY(int resumeStepCount READ resumeStepCount NOTIFY resumeChanged)

    // Yesterday's session waits for its next-day check-in.
    Q_PROPERTY(bool checkInDue READ checkInDue NOTIFY checkInChanged)
    Q_PROPERTY(QString checkInTitle READ checkInTitle NOTIFY checkInChanged)
    Q_PROPERTY(QDateTime checkInSessionAt READ checkInSessionAt NOTIFY checkInChanged)

    // The outcome of the last export or restore, as a sentence.
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)
    Q_PROPERTY(ProgressController *progress READ progress CONSTANT)

public:
    using Now = std::function<QDateTime()>;

    HistoryController(const QString &dataDir, PlayerController *player, const Library &library,
                      const BodyModel &body, QObject *parent = nullptr);

    // Opens the history (start-up): cheap, indexed look-ups only.
    void open();
    // Tests fix the clock; by default it is the system's.
    void setNow(const Now &now);

    HistoryStore *store() const { return m_store; }
    SessionRecorder *recorder() const { return m_recorder; }

    Q_INVOKABLE bool resume();
    Q_INVOKABLE void keepInterrupted();
    // Pain 0..10 for the session being recorded (or the last one).
    Q_INVOKABLE bool setPainBefore(int pain);
    Q_INVOKABLE bool setPainAfter(int pain);
    // soreness 0..10, feeling "better", "same" or "worse".
    Q_INVOKABLE bool submitCheckIn(int soreness, const QString &feeling);
    // Puts off this session's check-in; a later session's is offered again.
    Q_INVOKABLE void dismissCheckIn();
    // Looks again for a check-in that became due since (a new day began while
    // the app stayed open): the interface calls it when the app comes to the front.
    Q_INVOKABLE void refreshCheckIn();
    // Paths or file: URLs. Results in lastResult.
    Q_INVOKABLE bool exportJson(const QString &file);
    Q_INVOKABLE bool exportCsv(const QString &folder);
    Q_INVOKABLE bool restore(const QString &file);
    Q_INVOKABLE bool retrySaving();

    QString notice() const { return m_store->notice(); }
    bool restoreSuggested() const { return m_store->restoreSuggested(); }
    int unsavedChanges() const { return m_store->pendingCount(); }
    bool resumeOffered() const { return m_interrupted.has_value(); }
    bool canResume() const { return m_resumeStep >= 0; }
    QString interruptedTitle() const;
    QDateTime interruptedAt() const;
    int resumeStepNumber() const { return m_resumeStep + 1; }
    int resumeStepCount() const;
    bool checkInDue() const { return m_checkIn.has_value(); }
    QString checkInTitle() const { return m_checkIn ? m_checkIn->routineTitle : QString(); }
    QDateTime checkInSessionAt() const;
    QString lastResult() const { return m_lastResult; }
    ProgressController *progress() const { return m_progress; }

    // The step an interrupted session goes on from: the step of the last side
    // that finished if the step still has a side to do, else the next one;
    // -1 when nothing is left.
    static int resumeStep(const StoredSession &session, const Routine &routine);

Q_SIGNALS:
    void noticeChanged();
    void resumeChanged();
    void checkInChanged();
    void lastResultChanged();
    // A restore merged an export into the history (plans included).
    void restored();

private:
    void findInterrupted();
    void findCheckIn();
    QString sessionForPain() const;
    void setLastResult(const QString &text);

    HistoryStore *m_store;
    SessionRecorder *m_recorder;
    ProgressController *m_progress;
    PlayerController *m_player;
    const Library &m_library;
    Now m_now;
    std::optional<StoredSession> m_interrupted;
    int m_resumeStep = -1;
    std::optional<StoredSession> m_checkIn;
    QString m_checkInDismissed; // uuid of the session whose check-in was put off
    QString m_lastResult;
};
