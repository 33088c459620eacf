#pragma once

#include "core/bodymodel.h"
#include "core/safetyprofile.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

class Settings;

// What QML sees of the health screen (SafetyProfile): its questions, the answers
// kept in Settings, the care the answers call for instead of routines, and a
// draft of answers being given (on first use) or changed (from Settings).
class SafetyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.safety")

    // The screen was answered once (or, for a self-test, taken as answered "no").
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    // An answer calls for care instead of routines: no routine may start.
    Q_PROPERTY(bool blocked READ blocked NOTIFY changed)
    // Seek care now or today (false: only "not today", after a fever).
    Q_PROPERTY(bool urgent READ urgent NOTIFY changed)
    // The answers kept: the flags answered "yes" (SafetyProfile::toStrings()).
    Q_PROPERTY(QStringList flags READ flags NOTIFY changed)
    // The care advice, most urgent first: {flag, title, advice, urgent, question}.
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY changed)
    // The questions answered "yes" that change the content: {name, question, effect}.
    Q_PROPERTY(QVariantList changes READ changes NOTIFY changed)
    // Every question in screen order: {name, question, why, effect, blocks, asksWhere,
    // heading}; heading is set on the first question of a group ("Right now").
    Q_PROPERTY(QVariantList questions READ questions CONSTANT)
    // The regions a recent injury can be in: {value, text}.
    Q_PROPERTY(QVariantList regionChoices READ regionChoices CONSTANT)

    // ---- the draft: edit() starts it, save() keeps it, cancelEditing() drops it
    Q_PROPERTY(bool editing READ editing NOTIFY draftChanged)
    // name -> "yes", "no", or missing when not answered yet.
    Q_PROPERTY(QVariantMap draftAnswers READ draftAnswers NOTIFY draftChanged)
    // Region ids of a recent injury, and their names.
    Q_PROPERTY(QStringList draftInjuries READ draftInjuries NOTIFY draftChanged)
    Q_PROPERTY(QStringList draftInjuryNames READ draftInjuryNames NOTIFY draftChanged)
    Q_PROPERTY(int unansweredCount READ unansweredCount NOTIFY draftChanged)
    // Why the draft cannot be saved yet, as a sentence; empty when it can.
    Q_PROPERTY(QString draftProblem READ draftProblem NOTIFY draftChanged)

public:
    SafetyController(Settings *settings, const BodyModel &body, QObject *parent = nullptr);

    // The answers as the planner takes them; not answered on a fresh install.
    const SafetyProfile &profile() const { return m_profile; }
    // Reads the answers kept in Settings again (once the body model is loaded:
    // a recent injury names a region).
    void reload();
    // For a self-test or a test run: the screen counts as answered "no" to every
    // question until the person's own answers are kept; nothing is stored.
    void assumeNoAnswersForThisRun(bool assume = true);

    bool answered() const { return m_profile.answered(); }
    bool blocked() const { return !m_profile.blocks().isEmpty(); }
    QStringList flags() const { return m_profile.toStrings(); }
    bool urgent() const;
    QVariantList blocks() const;
    QVariantList changes() const;
    QVariantList questions() const;
    QVariantList regionChoices() const;

    bool editing() const { return m_editing; }
    QVariantMap draftAnswers() const { return m_draft; }
    QStringList draftInjuries() const { return m_draftInjuries; }
    QStringList draftInjuryNames() const;
    int unansweredCount() const;
    QString draftProblem() const;

    // Starts a draft from the answers kept (none on first use).
    Q_INVOKABLE void edit();
    Q_INVOKABLE void cancelEditing();
    Q_INVOKABLE void setAnswer(const QString &name, bool yes);
    Q_INVOKABLE void addInjury(const QString &region);
    Q_INVOKABLE void removeInjury(const QString &region);
    // Keeps a complete draft in Settings; false (and nothing changes) otherwise.
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void changed();
    void draftChanged();

private:
    QStringList draftFlags() const;

    Settings *m_settings;
    const BodyModel &m_body;
    SafetyProfile m_profile;
    bool m_assumeNo = false;
    bool m_editing = false;
    QVariantMap m_draft;
    QStringList m_draftInjuries;
    QString m_loadProblem; // stored answers that no longer read (a region renamed)
};
