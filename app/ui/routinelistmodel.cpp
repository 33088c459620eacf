#include "routinelistmodel.h"

#include "core/timeline.h"

QStringList RoutineListModel::areaNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const BodyModel::Region *region = m_body ? m_body->region(id) : nullptr;
        names.append(region ? region->name : id);
    }
    return names;
}

RoutineListModel::RoutineListModel(QObject *parent) : QAbstractListModel(parent) {}

void RoutineListModel::setLibrary(const Library *library, const BodyModel *body)
{
    beginResetModel();
    m_library = library;
    m_body = body;
    endResetModel();
    Q_EMIT countChanged();
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
    case StepCountRole: return int(routine.steps.size());
    case AreasRole: return areaNames(routine.areas);
    case EquipmentRole: return routine.equipment;
    case BuiltInRole: return entry.builtIn;
    default: return {};
    }
}

QHash<int, QByteArray> RoutineListModel::roleNames() const
{
    return {
        {IdRole, "routineId"},       {TitleRole, "title"},
        {DescriptionRole, "description"}, {SecondsRole, "seconds"},
        {StepCountRole, "stepCount"}, {AreasRole, "areas"},
        {EquipmentRole, "equipment"}, {BuiltInRole, "builtIn"},
    };
}

QString RoutineListModel::idAt(int row) const
{
    if (!m_library || row < 0 || row >= rowCount())
        return {};
    return m_library->entries().at(row).routine.id;
}
