#pragma once

#include "steplistmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// Everything the routine page shows about one routine, by id.
class RoutineDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString routineId READ routineId WRITE setRoutineId NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString author READ author NOTIFY changed)
    Q_PROPERTY(QStringList areaNames READ areaNames NOTIFY changed)
    Q_PROPERTY(QStringList equipmentNames READ equipmentNames NOTIFY changed)
    Q_PROPERTY(QStringList cautions READ cautions NOTIFY changed)
    Q_PROPERTY(QString durationText READ durationText NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(bool builtIn READ builtIn NOTIFY changed)
    // The title of the plan that brought it, or empty.
    Q_PROPERTY(QString planTitle READ planTitle NOTIFY changed)
    // The person's own and not a plan's: the editor changes it in place (else a copy).
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    // Some step works both sides, so the person may choose to start on the right.
    Q_PROPERTY(bool hasBothSides READ hasBothSides NOTIFY changed)
    // Why parts of it do not suit the safety answers; empty when it suits.
    Q_PROPERTY(QStringList conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(StepListModel *steps READ steps CONSTANT)

public:
    explicit RoutineDetails(QObject *parent = nullptr);

    QString routineId() const { return m_routineId; }
    void setRoutineId(const QString &id);

    bool valid() const { return m_routine != nullptr; }
    QString title() const;
    QString description() const;
    QString author() const;
    QStringList areaNames() const;
    QStringList equipmentNames() const;
    QStringList cautions() const;
    QString durationText() const;
    int stepCount() const;
    bool builtIn() const { return m_builtIn; }
    QString planTitle() const { return m_planTitle; }
    bool editable() const { return m_routine && !m_builtIn && m_planTitle.isEmpty(); }
    bool hasBothSides() const;
    QStringList conflicts() const;
    StepListModel *steps() const { return m_steps; }

Q_SIGNALS:
    void changed();

private:
    void resolve();

    QString m_routineId;
    const Routine *m_routine = nullptr;
    bool m_builtIn = false;
    QString m_planTitle;
    StepListModel *m_steps;
};
