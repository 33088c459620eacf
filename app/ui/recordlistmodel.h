#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

// A read-only list of records with named roles, for the Progress page's lists
// (days, weeks, areas, "what helps you"): delegates take each role as a
// `required property`. The roles are fixed when the model is made.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.history.progress")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RecordListModel(const QList<QByteArray> &roles, QObject *parent = nullptr);

    void setRecords(const QList<QVariantMap> &records);
    const QList<QVariantMap> &records() const { return m_records; }
    int count() const { return int(m_records.size()); }
    Q_INVOKABLE QVariantMap get(int row) const { return m_records.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_records;
};
