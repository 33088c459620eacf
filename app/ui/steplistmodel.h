#pragma once

#include "core/bodymodel.h"
#include "core/routine.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The steps of one routine as the routine page lists them.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by RoutineDetails.steps")

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        TypeRole,
        TypeNameRole,
        TitleRole,
        InstructionsRole,
        MuscleNameRole,
        SideNameRole,
        DoseTextRole,
        IntensityTextRole,
    };

    explicit StepListModel(QObject *parent = nullptr);

    void setSteps(const QList<Step> &steps, const BodyModel *body);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Step> m_steps;
    const BodyModel *m_body = nullptr;
};
