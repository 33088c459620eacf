#pragma once

#include "core/bodymodel.h"
#include "core/routineformat.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QQmlEngine>

// The steps of the routine editor's draft, as typed: every field is kept as a
// JSON value, so that a half-typed "6o" in seconds stays on screen and
// RoutineFormat can say what is wrong with it. Rows move with moveRows()
// semantics, so that views can animate drags and keep keyboard focus.
class EditorStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.editor.steps")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // 1-based
        TypeRole,                      // "hold", "roll", "stretch", "move", "rest"
        TypeNameRole,                  // "Pressure hold"
        TitleRole,
        InstructionsRole,
        MuscleRole,     // id, "" when none
        MuscleNameRole, // "Upper trapezius"
        SideRole,       // "left", "right", "both", "none"
        SecondsRole,    // as typed: a number, or the text when it is not one; "" when absent
        RepsRole,
        IntensityRole,
        PaceRole,
        CuesRole,  // [{at, text}]
        ImageRole, // "images/NAME.svg" or ""
        // Problems of this step and its cues: "seconds: must be between 1 and 1800".
        ProblemsRole,
        ValidRole, // no error in this step (warnings allowed)
    };
    Q_ENUM(Role)

    explicit EditorStepModel(const BodyModel &body, QObject *parent = nullptr);

    const QJsonArray &steps() const { return m_steps; }
    void setSteps(const QJsonArray &steps);
    // The draft's problems; each step shows those under "steps[N]".
    void setProblems(const QList<FormatProblem> &problems);

    // A new step of a type with sensible defaults, at `row` (the end when out of range).
    int insertStep(int row, const QString &type);
    bool removeStep(int row);
    bool moveStep(int from, int to);
    // One field from the editor: numbers may come as text, an empty optional
    // field is left out, and changing the type drops fields the new type has not.
    bool setField(int row, const QString &field, const QVariant &value);

    int count() const { return int(m_steps.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QStringList problemsOf(int row) const;

    const BodyModel &m_body;
    QJsonArray m_steps;
    QList<FormatProblem> m_problems;
};
