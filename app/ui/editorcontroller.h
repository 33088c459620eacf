#pragma once

#include "editorstepmodel.h"

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/routineformat.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

class PlanStore;
class PlayerController;

// The routine editor's draft: a new routine, a copy of any routine (with a
// fresh id), or one of the person's own routines. Every field is kept as typed
// and the whole draft is checked after each change by RoutineFormat, the rules
// of `unknot --validate`, so each field can show its message (messageFor with
// the problem's path, such as "steps[2].seconds"). save() writes "<id>.json"
// into the data folder's routines folder (built-in routines are never
// written); preview() plays the draft without saving it.
class EditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.editor")

    // A draft is open.
    Q_PROPERTY(bool active READ active NOTIFY changed)
    // Not saved yet: the id may still be changed.
    Q_PROPERTY(bool isNew READ isNew NOTIFY changed)
    Q_PROPERTY(QString routineId READ routineId WRITE setRoutineId NOTIFY changed)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY changed)
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY changed)
    // Region ids, kinds of equipment, caution texts.
    Q_PROPERTY(QStringList areas READ areas WRITE setAreas NOTIFY changed)
    Q_PROPERTY(QStringList equipment READ equipment WRITE setEquipment NOTIFY changed)
    Q_PROPERTY(QStringList cautions READ cautions WRITE setCautions NOTIFY changed)
    // The chosen areas with their names: [{value, text}].
    Q_PROPERTY(QVariantList areaItems READ areaItems NOTIFY changed)
    // The cautions one a line, for a text box; empty lines are left out.
    Q_PROPERTY(QString cautionsText READ cautionsText WRITE setCautionsText NOTIFY changed)
    Q_PROPERTY(EditorStepModel *steps READ steps CONSTANT)
    // Every problem: [{where, message, warning}], in the order of the fields.
    Q_PROPERTY(QVariantList problems READ problems NOTIFY changed)
    // The same by path, for the message next to each field: {"steps[2].seconds":
    // "must be between 1 and 1800"}; several messages of one path joined by line breaks.
    Q_PROPERTY(QVariantMap messages READ messages NOTIFY changed)
    // How many of the problems are errors (warnings do not stop saving).
    Q_PROPERTY(int errorCount READ errorCount NOTIFY changed)
    // No errors (warnings allowed): it can be saved and previewed.
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    // Changed since it was opened or saved.
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY changed)
    // Choices: [{value, text}] (regions also have group).
    Q_PROPERTY(QVariantList regionChoices READ regionChoices CONSTANT)
    Q_PROPERTY(QVariantList equipmentChoices READ equipmentChoices CONSTANT)
    Q_PROPERTY(QVariantList stepTypeChoices READ stepTypeChoices CONSTANT)
    Q_PROPERTY(QVariantList sideChoices READ sideChoices CONSTANT)

public:
    EditorController(const Library &library, const BodyModel &body, PlayerController *player,
                     const QString &routinesFolder, QObject *parent = nullptr);

    // Routine ids that plans brought are taken too.
    void setPlanStore(const PlanStore *plans) { m_plans = plans; }

    Q_INVOKABLE void newRoutine();
    // Any routine, built-in or own, as a new routine with a fresh id.
    Q_INVOKABLE bool copyRoutine(const QString &routineId);
    // One of the person's own routines, in place. Built-in routines and those a
    // plan brought are refused (lastResult says why): they are edited as a copy.
    Q_INVOKABLE bool editRoutine(const QString &routineId);
    // Whether editRoutine() takes it: the person's own, not brought by a plan.
    Q_INVOKABLE bool canEditInPlace(const QString &routineId) const;
    Q_INVOKABLE void close();

    Q_INVOKABLE void setAreaChosen(const QString &regionId, bool chosen);
    // "none" stands alone: choosing it clears the rest, choosing any other clears it.
    Q_INVOKABLE void setEquipmentChosen(const QString &kind, bool chosen);

    // Returns the new step's row; at -1 (or out of range) it goes last.
    Q_INVOKABLE int addStep(const QString &type = QStringLiteral("hold"), int at = -1);
    Q_INVOKABLE bool removeStep(int row);
    // For drag and drop: the step at `from` ends up at `to`.
    Q_INVOKABLE bool moveStep(int from, int to);
    // For the keyboard.
    Q_INVOKABLE bool moveStepUp(int row);
    Q_INVOKABLE bool moveStepDown(int row);
    // field: type, title, instructions, muscle, side, seconds, reps, intensity,
    // pace, image, or cues ([{at, text}]). Numbers may be given as text.
    Q_INVOKABLE bool setStepField(int row, const QString &field, const QVariant &value);

    // The messages for one path, such as "title" or "steps[2].seconds", joined
    // by line breaks; empty when the field is fine.
    Q_INVOKABLE QString messageFor(const QString &path) const;
    // Muscles whose name or id contains `search` (any case): [{id, name}], by name.
    Q_INVOKABLE QVariantList muscleChoices(const QString &search = {}) const;

    Q_INVOKABLE bool save();
    // Plays the draft in the player as a preview (PlayerController::preview), so
    // that it is not recorded in the history; the Player page takes it from there.
    Q_INVOKABLE bool preview();

    bool active() const { return m_active; }
    bool isNew() const { return m_editPath.isEmpty(); }
    QString routineId() const { return text("id"); }
    QString title() const { return text("title"); }
    QString description() const { return text("description"); }
    QString author() const { return text("author"); }
    QStringList areas() const { return list("areas"); }
    QStringList equipment() const { return list("equipment"); }
    QStringList cautions() const { return list("cautions"); }
    QVariantList areaItems() const;
    QString cautionsText() const { return cautions().join(QLatin1Char('\n')); }
    EditorStepModel *steps() const { return m_steps; }
    QVariantList problems() const;
    QVariantMap messages() const;
    int errorCount() const;
    bool valid() const { return m_routine.has_value(); }
    bool dirty() const { return m_dirty; }
    QString lastResult() const { return m_lastResult; }
    QVariantList regionChoices() const;
    QVariantList equipmentChoices() const;
    QVariantList stepTypeChoices() const;
    QVariantList sideChoices() const;
    // The draft as a routine, when it is valid.
    const std::optional<Routine> &routine() const { return m_routine; }

    void setRoutineId(const QString &id);
    void setTitle(const QString &value) { setText("title", value, false); }
    void setDescription(const QString &value) { setText("description", value, false); }
    void setAuthor(const QString &value) { setText("author", value, true); }
    void setAreas(const QStringList &value) { setList("areas", value, false); }
    void setEquipment(const QStringList &value) { setList("equipment", value, false); }
    void setCautions(const QStringList &value) { setList("cautions", value, true); }
    void setCautionsText(const QString &text);

Q_SIGNALS:
    void changed();
    // A routine file was written: the library is to be read again.
    void routineSaved(const QString &routineId);

private:
    QString text(const char *key) const;
    QStringList list(const char *key) const;
    void setText(const char *key, const QString &value, bool optional);
    void setList(const char *key, const QStringList &value, bool optional);
    void open(const QJsonObject &draft, const QString &editPath);
    void edited();
    void validate();
    bool idTaken(const QString &id) const;
    QString freeId(const QString &base) const;
    QJsonObject draft() const;

    const Library &m_library;
    const BodyModel &m_body;
    PlayerController *m_player;
    QString m_folder;
    const PlanStore *m_plans = nullptr;
    EditorStepModel *m_steps;
    QJsonObject m_fields; // the routine's fields but its steps, as typed
    QString m_editPath;   // the file of an own routine edited in place
    bool m_active = false;
    bool m_dirty = false;
    std::optional<Routine> m_routine;
    QList<FormatProblem> m_problems;
    QString m_lastResult;
};
