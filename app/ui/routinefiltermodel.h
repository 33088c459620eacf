#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>
#include <QStringList>

// The Routines list as filtered by the person: search text, a body area (a
// region group), a step type, the equipment they have, and a longest duration.
class RoutineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString areaGroup READ areaGroup WRITE setAreaGroup NOTIFY filterChanged)
    Q_PROPERTY(QString stepType READ stepType WRITE setStepType NOTIFY filterChanged)
    // Only routines that need nothing beyond this equipment; empty shows all.
    Q_PROPERTY(QStringList ownedEquipment READ ownedEquipment WRITE setOwnedEquipment NOTIFY filterChanged)
    // 0 shows every length.
    Q_PROPERTY(int maxMinutes READ maxMinutes WRITE setMaxMinutes NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)

public:
    explicit RoutineFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString areaGroup() const { return m_areaGroup; }
    void setAreaGroup(const QString &group);
    QString stepType() const { return m_stepType; }
    void setStepType(const QString &type);
    QStringList ownedEquipment() const { return m_ownedEquipment; }
    void setOwnedEquipment(const QStringList &equipment);
    int maxMinutes() const { return m_maxMinutes; }
    void setMaxMinutes(int minutes);
    int count() const { return rowCount(); }
    bool filtered() const;

    Q_INVOKABLE void clearFilters();
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_searchText;
    QString m_areaGroup;
    QString m_stepType;
    QStringList m_ownedEquipment;
    int m_maxMinutes = 0;
};
