#pragma once

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/safetyprofile.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The routines of the library, one row each, for the Routines list.
class RoutineListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.routines")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        SecondsRole,
        DurationTextRole,
        StepCountRole,
        AreasRole,        // region names
        AreaGroupsRole,   // region group ids, for the body-area filter
        EquipmentRole,    // equipment ids
        EquipmentNamesRole,
        StepTypesRole,    // step type names used in the routine ("hold", "roll", ...)
        SearchTextRole,   // everything a search may match, lower case
        BuiltInRole,
        ConflictsRole,    // why it does not suit the safety answers; empty when it suits
        PlanTitleRole, // the title of the plan that brought it, or ""
    };
    Q_ENUM(Role)

    explicit RoutineListModel(QObject *parent = nullptr);

    void setLibrary(const Library *library, const BodyModel *body);
    void setSafety(const SafetyProfile &safety);
    // Routine id -> title of the plan that brought it (PlanController::routinePlanTitles).
    void setPlanTitles(const QHash<QString, QString> &titles);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QStringList areaNames(const QStringList &ids) const;
    QStringList areaGroups(const QStringList &ids) const;
    QString searchText(const Routine &routine) const;

    const Library *m_library = nullptr;
    const BodyModel *m_body = nullptr;
    SafetyProfile m_safety;
    QHash<QString, QString> m_planTitles;
};
