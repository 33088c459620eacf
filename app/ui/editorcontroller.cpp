#include "editorcontroller.h"
#include "playercontroller.h"
#include "presentation.h"

#include "storage/planstore.h"
#include "storage/routinefilechange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

constexpr int kMaxIdLength = 64;
constexpr int kSuffixRoom = 6; // "-copy", "-12"

QJsonObject routineJson(const Routine &routine)
{
    return QJsonDocument::fromJson(RoutineFormat::write(routine)).object();
}

QVariantMap choice(const QString &value, const QString &text)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}

} // namespace

EditorController::EditorController(const Library &library, const BodyModel &body,
                                   PlayerController *player, const QString &routinesFolder,
                                   QObject *parent)
    : QObject(parent), m_library(library), m_body(body), m_player(player),
      m_folder(routinesFolder), m_steps(new EditorStepModel(body, this))
{}

// ---- opening a draft -----------------------------------------------------------------

void EditorController::open(const QJsonObject &draft, const QString &editPath)
{
    m_fields = draft;
    m_steps->setSteps(m_fields.take(QStringLiteral("steps")).toArray());
    m_editPath = editPath;
    m_active = true;
    m_dirty = false;
    m_lastResult.clear();
    validate();
}

void EditorController::newRoutine()
{
    open({{QStringLiteral("format"), Routine::kFormat},
          {QStringLiteral("id"), freeId(QStringLiteral("my-routine"))},
          {QStringLiteral("title"), QString()},
          {QStringLiteral("description"), QString()},
          {QStringLiteral("areas"), QJsonArray()},
          {QStringLiteral("equipment"), QJsonArray{QStringLiteral("none")}},
          {QStringLiteral("steps"), QJsonArray()}},
         {});
}

bool EditorController::copyRoutine(const QString &routineId)
{
    const Library::Entry *entry = m_library.find(routineId);
    if (!entry)
        return false;
    QJsonObject draft = routineJson(entry->routine);
    draft.insert(QStringLiteral("id"), freeId(routineId + QStringLiteral("-copy")));
    draft.insert(QStringLiteral("title"), tr("%1 (copy)").arg(entry->routine.title));
    open(draft, {});
    return true;
}

bool EditorController::editRoutine(const QString &routineId)
{
    const Library::Entry *entry = m_library.find(routineId);
    if (!entry)
        return false;
    if (entry->builtIn) {
        m_lastResult = tr("Built-in routines are not changed; edit a copy of it instead.");
        Q_EMIT changed();
        return false;
    }
    if (!canEditInPlace(routineId)) {
        m_lastResult = tr("This routine came with a plan, and a newer version of the plan "
                          "would replace your changes; edit a copy of it instead.");
        Q_EMIT changed();
        return false;
    }
    open(routineJson(entry->routine), entry->path);
    return true;
}

bool EditorController::canEditInPlace(const QString &routineId) const
{
    const Library::Entry *entry = m_library.find(routineId);
    return entry && !entry->builtIn && !(m_plans && !m_plans->ownerOf(routineId).isEmpty());
}

void EditorController::close()
{
    m_fields = {};
    m_steps->setSteps({});
    m_editPath.clear();
    m_active = false;
    m_dirty = false;
    m_routine.reset();
    m_problems.clear();
    m_steps->setProblems({});
    Q_EMIT changed();
}

// ---- the fields ----------------------------------------------------------------------

QString EditorController::text(const char *key) const
{
    return m_fields.value(QLatin1String(key)).toString();
}

QStringList EditorController::list(const char *key) const
{
    QStringList values;
    for (const QJsonValue &value : m_fields.value(QLatin1String(key)).toArray())
        values.append(value.toString());
    return values;
}

void EditorController::setText(const char *key, const QString &value, bool optional)
{
    if (optional && value.isEmpty())
        m_fields.remove(QLatin1String(key));
    else
        m_fields.insert(QLatin1String(key), value);
    edited();
}

void EditorController::setList(const char *key, const QStringList &values, bool optional)
{
    if (optional && values.isEmpty())
        m_fields.remove(QLatin1String(key));
    else
        m_fields.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    edited();
}

QVariantList EditorController::areaItems() const
{
    QVariantList items;
    for (const QString &id : areas()) {
        const BodyModel::Region *region = m_body.region(id);
        items.append(choice(id, region ? region->name : id));
    }
    return items;
}

void EditorController::setCautionsText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    setCautions(lines);
}

void EditorController::setAreaChosen(const QString &regionId, bool chosen)
{
    QStringList values = areas();
    if (chosen == values.contains(regionId))
        return;
    if (chosen)
        values.append(regionId);
    else
        values.removeAll(regionId);
    setAreas(values);
}

void EditorController::setEquipmentChosen(const QString &kind, bool chosen)
{
    const QString none = QStringLiteral("none");
    QStringList values = equipment();
    if (chosen == values.contains(kind))
        return;
    if (!chosen) {
        values.removeAll(kind);
    } else if (kind == none) {
        values = {none};
    } else {
        values.removeAll(none);
        values.append(kind);
    }
    setEquipment(values);
}

void EditorController::setRoutineId(const QString &id)
{
    if (isNew() && m_active)
        setText("id", id, false);
}

// ---- the steps -----------------------------------------------------------------------

int EditorController::addStep(const QString &type, int at)
{
    const int row = m_steps->insertStep(at, type);
    edited();
    return row;
}

bool EditorController::removeStep(int row)
{
    if (!m_steps->removeStep(row))
        return false;
    edited();
    return true;
}

bool EditorController::moveStep(int from, int to)
{
    if (!m_steps->moveStep(from, to))
        return false;
    edited();
    return true;
}

bool EditorController::moveStepUp(int row)
{
    return moveStep(row, row - 1);
}

bool EditorController::moveStepDown(int row)
{
    return moveStep(row, row + 1);
}

bool EditorController::setStepField(int row, const QString &field, const QVariant &value)
{
    if (!m_steps->setField(row, field, value))
        return false;
    edited();
    return true;
}

// ---- checking ------------------------------------------------------------------------

QJsonObject EditorController::draft() const
{
    QJsonObject draft = m_fields;
    draft.insert(QStringLiteral("steps"), m_steps->steps());
    return draft;
}

void EditorController::edited()
{
    m_dirty = true;
    m_lastResult.clear(); // "Saved" no longer holds
    validate();
}

// The same rules as `unknot --validate`, on the draft as typed; and, since the
// routine becomes a file of its own, an id that no other routine has.
void EditorController::validate()
{
    RoutineFormat::Result result =
        RoutineFormat::parse(QJsonDocument(draft()).toJson(), m_body.vocabulary());
    m_problems = result.problems;
    const QString id = routineId();
    const bool idProblem = std::any_of(m_problems.cbegin(), m_problems.cend(),
                                       [](const FormatProblem &p) { return p.where == QLatin1String("id"); });
    if (!idProblem && idTaken(id)) {
        m_problems.prepend({QStringLiteral("id"),
                            QStringLiteral("\"%1\" is already the id of another routine; choose "
                                           "another")
                                .arg(id)});
        result.routine.reset();
    }
    m_routine = std::move(result.routine);
    m_steps->setProblems(m_problems);
    Q_EMIT changed();
}

bool EditorController::idTaken(const QString &id) const
{
    if (!isNew())
        return false; // an own routine keeps its id
    const QString path = RoutineFileChange::pathFor(m_folder, id);
    return m_library.find(id) || (!path.isEmpty() && QFile::exists(path)) ||
           (m_plans && !m_plans->ownerOf(id).isEmpty());
}

QString EditorController::freeId(const QString &base) const
{
    QString stem = base.left(kMaxIdLength - kSuffixRoom);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    QString id = stem;
    for (int n = 2; idTaken(id); ++n)
        id = stem + QStringLiteral("-%1").arg(n);
    return id;
}

QVariantList EditorController::problems() const
{
    QVariantList list;
    for (const FormatProblem &problem : m_problems)
        list.append(QVariantMap{{QStringLiteral("where"), problem.where},
                                {QStringLiteral("message"), problem.message},
                                {QStringLiteral("warning"), problem.warning}});
    return list;
}

QVariantMap EditorController::messages() const
{
    // The lists of areas, equipment and cautions are edited as one field each,
    // so their items' messages also show under the list ("cautions[1]: ...").
    static const QRegularExpression listItem(
        QStringLiteral("^(areas|equipment|cautions)\\[\\d+\\]$"));
    QVariantMap byPath;
    const auto add = [&byPath](const QString &path, const QString &message) {
        const QString before = byPath.value(path).toString();
        byPath.insert(path, before.isEmpty() ? message : before + QLatin1Char('\n') + message);
    };
    for (const FormatProblem &problem : m_problems) {
        add(problem.where, problem.message);
        const QRegularExpressionMatch match = listItem.match(problem.where);
        if (match.hasMatch())
            add(match.captured(1), problem.where + QStringLiteral(": ") + problem.message);
    }
    return byPath;
}

int EditorController::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const FormatProblem &problem) { return !problem.warning; }));
}

QString EditorController::messageFor(const QString &path) const
{
    QStringList messages;
    for (const FormatProblem &problem : m_problems) {
        if (problem.where == path)
            messages.append(problem.message);
    }
    return messages.join(QLatin1Char('\n'));
}

// ---- saving and playing --------------------------------------------------------------

bool EditorController::save()
{
    if (!m_routine) {
        m_lastResult = tr("Fix the problems marked before saving.");
        Q_EMIT changed();
        return false;
    }
    const QByteArray bytes = RoutineFormat::write(*m_routine);
    QString error;
    if (isNew()) {
        RoutineFileChange change(m_folder);
        if (!change.write(m_routine->id, bytes, &error) || !change.apply(&error)) {
            m_lastResult = error;
            Q_EMIT changed();
            return false;
        }
        change.finish();
        m_editPath = RoutineFileChange::pathFor(m_folder, m_routine->id);
    } else {
        QSaveFile file(m_editPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            m_lastResult = tr("%1: cannot be written: %2").arg(m_editPath, file.errorString());
            Q_EMIT changed();
            return false;
        }
    }
    m_dirty = false;
    m_lastResult = tr("Saved “%1” to your routines.").arg(m_routine->title);
    Q_EMIT changed();
    Q_EMIT routineSaved(m_routine->id);
    return true;
}

bool EditorController::preview()
{
    if (!m_routine) {
        m_lastResult = tr("Fix the problems marked to play the routine.");
        Q_EMIT changed();
        return false;
    }
    if (!m_player->prepareRoutine(*m_routine, false, 0, true))
        return false;
    m_player->begin(); // no pain question: a preview is not a session of the person's
    return true;
}

// ---- choices -------------------------------------------------------------------------

QVariantList EditorController::muscleChoices(const QString &search) const
{
    QList<const BodyModel::Muscle *> found;
    const QString wanted = search.trimmed();
    for (const BodyModel::Muscle &muscle : m_body.muscles()) {
        if (muscle.name.contains(wanted, Qt::CaseInsensitive) ||
            muscle.id.contains(wanted, Qt::CaseInsensitive))
            found.append(&muscle);
    }
    std::sort(found.begin(), found.end(), [](const auto *a, const auto *b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    QVariantList choices;
    for (const BodyModel::Muscle *muscle : std::as_const(found))
        choices.append(QVariantMap{{QStringLiteral("id"), muscle->id},
                                   {QStringLiteral("name"), muscle->name}});
    return choices;
}

QVariantList EditorController::regionChoices() const
{
    QVariantList choices;
    for (const BodyModel::Region &region : m_body.regions()) {
        QVariantMap item = choice(region.id, region.name);
        item.insert(QStringLiteral("group"), region.group);
        choices.append(item);
    }
    return choices;
}

QVariantList EditorController::equipmentChoices() const
{
    QVariantList choices;
    for (const char *id :
         {"none", "ball", "two-balls", "foam-roller", "wall", "doorframe", "chair", "strap"})
        choices.append(choice(QLatin1String(id), Presentation::equipmentName(QLatin1String(id))));
    return choices;
}

QVariantList EditorController::stepTypeChoices() const
{
    QVariantList choices;
    for (StepType type :
         {StepType::Hold, StepType::Roll, StepType::Stretch, StepType::Move, StepType::Rest})
        choices.append(choice(RoutineText::stepTypeName(type), Presentation::stepTypeName(type)));
    return choices;
}

QVariantList EditorController::sideChoices() const
{
    QVariantList choices;
    for (Side side : {Side::Left, Side::Right, Side::Both})
        choices.append(choice(RoutineText::sideName(side), Presentation::sideName(side)));
    choices.append(choice(RoutineText::sideName(Side::None), tr("No side (the middle of the body)")));
    return choices;
}
