#include "routinelistmodel.h"
#include "presentation.h"

#include "core/timeline.h"

RoutineListModel::RoutineListModel(QObject *parent) : QAbstractListModel(parent) {}

void RoutineListModel::setLibrary(const Library *library, const BodyModel *body)
{
    beginResetModel();
    m_library = library;
    m_body = body;
    endResetModel();
    Q_EMIT countChanged();
}

void RoutineListModel::setSafety(const SafetyProfile &safety)
{
    m_safety = safety;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ConflictsRole});
}

void RoutineListModel::setPlanTitles(const QHash<QString, QString> &titles)
{
    m_planTitles = titles;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PlanTitleRole});
}

int RoutineListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_library)
        return 0;
    return int(m_library->entries().size());
}

QVariant RoutineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Library::Entry &entry = m_library->entries().at(index.row());
    const Routine &routine = entry.routine;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return routine.title;
    case IdRole: return routine.id;
    case DescriptionRole: return routine.description;
    case SecondsRole: return int(Timeline(routine, {}).totalMs() / 1000);
    case DurationTextRole: return Presentation::durationText(Timeline(routine, {}).totalMs());
    case StepCountRole: return int(routine.steps.size());
    case AreasRole: return areaNames(routine.areas);
    case AreaGroupsRole: return areaGroups(routine.areas);
    case EquipmentRole: return routine.equipment;
    case EquipmentNamesRole: {
        QStringList names;
        for (const QString &id : routine.equipment)
            names.append(Presentation::equipmentName(id));
        return names;
    }
    case StepTypesRole: {
        QStringList types;
        for (const Step &step : routine.steps) {
            const QString type = RoutineText::stepTypeName(step.type);
            if (!types.contains(type))
                types.append(type);
        }
        return types;
    }
    case SearchTextRole: return searchText(routine);
    case BuiltInRole: return entry.builtIn;
    case ConflictsRole:
        return m_body ? m_safety.conflictsOf(routine, *m_body) : QStringList();
    case PlanTitleRole: return m_planTitles.value(routine.id);
    default: return {};
    }
}

QHash<int, QByteArray> RoutineListModel::roleNames() const
{
    return {
        {IdRole, "routineId"},
        {TitleRole, "title"},
        {DescriptionRole, "description"},
        {SecondsRole, "seconds"},
        {DurationTextRole, "durationText"},
        {StepCountRole, "stepCount"},
        {AreasRole, "areas"},
        {AreaGroupsRole, "areaGroups"},
        {EquipmentRole, "equipment"},
        {EquipmentNamesRole, "equipmentNames"},
        {StepTypesRole, "stepTypes"},
        {SearchTextRole, "searchText"},
        {BuiltInRole, "builtIn"},
        {ConflictsRole, "conflicts"},
        {PlanTitleRole, "planTitle"},
    };
}

QString RoutineListModel::idAt(int row) const
{
    if (!m_library || row < 0 || row >= rowCount())
        return {};
    return m_library->entries().at(row).routine.id;
}

QStringList RoutineListModel::areaNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const BodyModel::Region *region = m_body ? m_body->region(id) : nullptr;
        names.append(region ? region->name : id);
    }
    return names;
}

QStringList RoutineListModel::areaGroups(const QStringList &ids) const
{
    QStringList groups;
    for (const QString &id : ids) {
        const BodyModel::Region *region = m_body ? m_body->region(id) : nullptr;
        if (region && !groups.contains(region->group))
            groups.append(region->group);
    }
    return groups;
}

QString RoutineListModel::searchText(const Routine &routine) const
{
    QStringList parts{routine.title, routine.description};
    parts += areaNames(routine.areas);
    for (const Step &step : routine.steps) {
        parts.append(step.title);
        const BodyModel::Muscle *muscle = m_body ? m_body->muscle(step.muscle) : nullptr;
        if (muscle)
            parts.append(muscle->name);
    }
    return parts.join(QLatin1Char('\n')).toLower();
}
