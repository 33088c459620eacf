#include "routinefiltermodel.h"
#include "routinelistmodel.h"

RoutineFilterModel::RoutineFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &RoutineFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RoutineFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &RoutineFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &RoutineFilterModel::countChanged);
}

void RoutineFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    refilter();
}

void RoutineFilterModel::setAreaGroup(const QString &group)
{
    if (m_areaGroup == group)
        return;
    m_areaGroup = group;
    refilter();
}

void RoutineFilterModel::setStepType(const QString &type)
{
    if (m_stepType == type)
        return;
    m_stepType = type;
    refilter();
}

void RoutineFilterModel::setOwnedEquipment(const QStringList &equipment)
{
    if (m_ownedEquipment == equipment)
        return;
    m_ownedEquipment = equipment;
    refilter();
}

void RoutineFilterModel::setMaxMinutes(int minutes)
{
    if (m_maxMinutes == minutes)
        return;
    m_maxMinutes = minutes;
    refilter();
}

bool RoutineFilterModel::filtered() const
{
    return !m_searchText.trimmed().isEmpty() || !m_areaGroup.isEmpty() || !m_stepType.isEmpty() ||
           !m_ownedEquipment.isEmpty() || m_maxMinutes > 0;
}

void RoutineFilterModel::clearFilters()
{
    m_searchText.clear();
    m_areaGroup.clear();
    m_stepType.clear();
    m_ownedEquipment.clear();
    m_maxMinutes = 0;
    refilter();
}

QString RoutineFilterModel::idAt(int row) const
{
    return data(index(row, 0), RoutineListModel::IdRole).toString();
}

void RoutineFilterModel::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool RoutineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&row](RoutineListModel::Role role) { return row.data(role); };

    const QStringList words = m_searchText.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString haystack = value(RoutineListModel::SearchTextRole).toString();
    for (const QString &word : words) {
        if (!haystack.contains(word))
            return false;
    }
    if (!m_areaGroup.isEmpty() &&
        !value(RoutineListModel::AreaGroupsRole).toStringList().contains(m_areaGroup))
        return false;
    if (!m_stepType.isEmpty() &&
        !value(RoutineListModel::StepTypesRole).toStringList().contains(m_stepType))
        return false;
    if (!m_ownedEquipment.isEmpty()) {
        for (const QString &needed : value(RoutineListModel::EquipmentRole).toStringList()) {
            if (needed != QLatin1String("none") && !m_ownedEquipment.contains(needed))
                return false;
        }
    }
    // Compared in whole minutes, as the list shows them ("10 min" for 10:20).
    const int minutes = (value(RoutineListModel::SecondsRole).toInt() + 30) / 60;
    if (m_maxMinutes > 0 && minutes > m_maxMinutes)
        return false;
    return true;
}
