#include "recordlistmodel.h"

RecordListModel::RecordListModel(const QList<QByteArray> &roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(roles)
{}

void RecordListModel::setRecords(const QList<QVariantMap> &records)
{
    const bool countChanges = records.size() != m_records.size();
    beginResetModel();
    m_records = records;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        column < 0 || column >= m_roles.size())
        return {};
    return m_records.at(index.row()).value(QString::fromLatin1(m_roles.at(column)));
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i));
    return names;
}
