#pragma once

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/sessionengine.h"
#include "core/sessionrunner.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

struct Plan;

// What the Player page shows and the controls it offers, over one SessionEngine.
// A session goes through screens: pain before, the engine's phases, pain after,
// a summary. Times are in milliseconds; texts are ready to show or to read aloud.
class PlayerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.player")

    Q_PROPERTY(bool active READ active NOTIFY changed)
    // A draft played from the routine editor: heard and seen as a session, but
    // not one of the person's, so the history does not record it.
    Q_PROPERTY(bool preview READ preview NOTIFY changed)
    // "none", "pain-before", "get-ready", "active", "switch-sides", "rep-rest",
    // "transition", "safety" (advice after a safety stop), "pain-after", "summary".
    Q_PROPERTY(QString screen READ screen NOTIFY changed)
    Q_PROPERTY(bool paused READ paused NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString routineId READ routineId NOTIFY changed)
    Q_PROPERTY(QString routineTitle READ routineTitle NOTIFY changed)
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(QString stepType READ stepType NOTIFY changed)
    Q_PROPERTY(QString stepTypeName READ stepTypeName NOTIFY changed)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY changed)
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    Q_PROPERTY(QString muscleName READ muscleName NOTIFY changed)
    Q_PROPERTY(QString doseText READ doseText NOTIFY changed)
    // "left", "right" or "none"; sideBadge is "LEFT" / "RIGHT" / "".
    Q_PROPERTY(QString side READ side NOTIFY changed)
    Q_PROPERTY(QString sideBadge READ sideBadge NOTIFY changed)
    Q_PROPERTY(int rep READ rep NOTIFY changed)
    Q_PROPERTY(int repCount READ repCount NOTIFY changed)
    Q_PROPERTY(int intensity READ intensity NOTIFY changed)
    Q_PROPERTY(QString intensityText READ intensityText NOTIFY changed)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY changed)
    // "60 s each side": how long the next step takes.
    Q_PROPERTY(QString nextDoseText READ nextDoseText NOTIFY changed)
    Q_PROPERTY(bool canEndEarly READ canEndEarly NOTIFY changed)
    Q_PROPERTY(bool completed READ completed NOTIFY changed)
    // What a screen reader announces when the step changes.
    Q_PROPERTY(QString announcement READ announcement NOTIFY changed)
    Q_PROPERTY(int segmentRemainingMs READ segmentRemainingMs NOTIFY timeChanged)
    Q_PROPERTY(int segmentTotalMs READ segmentTotalMs NOTIFY timeChanged)
    Q_PROPERTY(double segmentProgress READ segmentProgress NOTIFY timeChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY timeChanged)
    Q_PROPERTY(int elapsedMs READ elapsedMs NOTIFY timeChanged)
    Q_PROPERTY(int remainingMs READ remainingMs NOTIFY timeChanged)
    Q_PROPERTY(double progress READ progress NOTIFY timeChanged)
    // The whole session: "3:40 left".
    Q_PROPERTY(QString sessionRemainingText READ sessionRemainingText NOTIFY timeChanged)
    // Pain 0..10 before and after the session; -1 when not given.
    Q_PROPERTY(int painBefore READ painBefore NOTIFY changed)
    Q_PROPERTY(int painAfter READ painAfter NOTIFY changed)
    // Set when the person stopped for safety: "sharp", "tingling" or "dizzy".
    Q_PROPERTY(QString safetyStop READ safetyStop NOTIFY changed)
    Q_PROPERTY(QString safetyAdvice READ safetyAdvice NOTIFY changed)
    // The "safety" screen: which step was stopped and why, and what comes next.
    Q_PROPERTY(QString safetyTitle READ safetyTitle NOTIFY changed)
    Q_PROPERTY(bool safetyRecommendsEnding READ safetyRecommendsEnding NOTIFY changed)
    Q_PROPERTY(bool canContinueAfterSafetyStop READ canContinueAfterSafetyStop NOTIFY changed)
    Q_PROPERTY(QString safetyNextTitle READ safetyNextTitle NOTIFY changed)
    Q_PROPERTY(QString safetyLeftOutText READ safetyLeftOutText NOTIFY changed)
    Q_PROPERTY(QString summaryTime READ summaryTime NOTIFY changed)
    Q_PROPERTY(int stepsDone READ stepsDone NOTIFY changed)
    Q_PROPERTY(int stepsSkipped READ stepsSkipped NOTIFY changed)
    Q_PROPERTY(int stepsEndedEarly READ stepsEndedEarly NOTIFY changed)
    Q_PROPERTY(int stepsStopped READ stepsStopped NOTIFY changed)
    // Steps of this session the person never got to.
    Q_PROPERTY(int stepsNotReached READ stepsNotReached NOTIFY changed)
    // "Stopped at step 3 of 5: Upper trapezius." when the session ended early; empty otherwise.
    Q_PROPERTY(QString endedText READ endedText NOTIFY changed)
    Q_PROPERTY(QString painChangeText READ painChangeText NOTIFY changed)
    Q_PROPERTY(bool meaningfulChange READ meaningfulChange NOTIFY changed)

public:
    static constexpr int kRefreshMs = 100;

    PlayerController(const Clock &clock, const BodyModel &body, QObject *parent = nullptr);
    ~PlayerController() override;

    void setLibrary(const Library *library);
    SessionEngine *engine() const { return m_engine.get(); }

    // A session starts with the pain-before question; begin() starts the clock.
    // fromStep (0-based) resumes an interrupted session: see HistoryController::resume().
    Q_INVOKABLE bool prepare(const QString &routineId, bool rightFirst = false, int fromStep = 0);
    // A routine that is not in the library: a planned one, an editor's draft
    // (a preview, which the history leaves out).
    bool prepareRoutine(const Routine &routine, bool rightFirst = false, int fromStep = 0,
                        bool preview = false);
    // A routine the planner made, worse side first (Plan::rightFirst). It is
    // recorded in the history like any other.
    bool preparePlan(const Plan &plan);
    Q_INVOKABLE void begin(int painBefore = -1);
    Q_INVOKABLE void finishWithPain(int painAfter = -1);
    Q_INVOKABLE void togglePause();
    Q_INVOKABLE void skip();
    Q_INVOKABLE void back();
    Q_INVOKABLE void extend();
    Q_INVOKABLE void endEarly();
    Q_INVOKABLE void stop();
    // Ends the step on screen for "sharp", "tingling" or "dizzy" and shows the
    // matching advice; the person then continues or ends the session.
    Q_INVOKABLE void stopForSafety(const QString &reason);
    Q_INVOKABLE void continueAfterSafetyStop();
    Q_INVOKABLE void endAfterSafetyStop();
    Q_INVOKABLE void close();
    // Lets the engine catch up with its clock now (tests drive a virtual clock).
    Q_INVOKABLE void update();

    bool active() const { return m_engine != nullptr; }
    bool preview() const { return m_engine != nullptr && m_preview; }
    QString screen() const;
    bool paused() const;
    bool running() const;
    QString routineId() const;
    QString routineTitle() const;
    int stepNumber() const;
    int stepCount() const;
    QString stepType() const;
    QString stepTypeName() const;
    QString stepTitle() const;
    QString instructions() const;
    QString muscleName() const;
    QString doseText() const;
    QString side() const;
    QString sideBadge() const;
    int rep() const;
    int repCount() const;
    int intensity() const;
    QString intensityText() const;
    QString nextTitle() const;
    QString nextDoseText() const;
    bool canEndEarly() const;
    bool completed() const;
    QString announcement() const;
    int segmentRemainingMs() const;
    int segmentTotalMs() const;
    double segmentProgress() const;
    QString remainingText() const;
    int elapsedMs() const;
    int remainingMs() const;
    double progress() const;
    QString sessionRemainingText() const;
    int painBefore() const { return m_painBefore; }
    int painAfter() const { return m_painAfter; }
    QString safetyStop() const { return m_safetyStop; }
    QString safetyAdvice() const;
    QString safetyTitle() const;
    bool safetyRecommendsEnding() const { return m_safetyStop == QLatin1String("dizzy"); }
    bool canContinueAfterSafetyStop() const;
    QString safetyNextTitle() const;
    QString safetyLeftOutText() const;
    QString summaryTime() const;
    int stepsDone() const;
    int stepsSkipped() const;
    int stepsEndedEarly() const;
    int stepsStopped() const;
    int stepsNotReached() const;
    QString endedText() const;
    QString painChangeText() const;
    bool meaningfulChange() const;

Q_SIGNALS:
    void changed();
    void timeChanged();
    // A new session is about to start: audio and history hook in here.
    void sessionStarted(SessionEngine *engine);
    // The person answered (or skipped) the pain questions.
    void painBeforeGiven(int pain);
    void painAfterGiven(int pain);
    // What eyes-free mode reads out beyond the engine's cues: pause and resume,
    // +15 s, "it eased", the safety advice, the pain questions and the summary.
    void narration(const QString &text);

private:
    const Step *currentStep() const;
    const Step *stepAt(int index) const;
    int countSteps(Outcome outcome) const;
    // The steps a safety stop leaves out for today, from the step the session waits for.
    QList<int> safetyLeftOut() const;
    int stepAfterSafetyStop() const;
    QString spokenRemaining() const;
    QString painQuestion(bool before) const;
    QString summarySpeech() const;

    const Clock &m_clock;
    const BodyModel &m_body;
    const Library *m_library = nullptr;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<SessionRunner> m_runner;
    int m_painBefore = -1;
    int m_painAfter = -1;
    bool m_painAfterAnswered = false;
    bool m_preview = false;
    QString m_safetyStop;
    int m_safetyStoppedStep = -1;
    bool m_safetyPending = false; // the advice is on screen, waiting for a choice
};
