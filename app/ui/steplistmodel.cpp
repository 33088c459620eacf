#include "steplistmodel.h"
#include "presentation.h"

StepListModel::StepListModel(QObject *parent) : QAbstractListModel(parent) {}

void StepListModel::setSteps(const QList<Step> &steps, const BodyModel *body)
{
    beginResetModel();
    m_steps = steps;
    m_body = body;
    endResetModel();
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps.at(index.row());
    switch (role) {
    case NumberRole: return index.row() + 1;
    case TypeRole: return RoutineText::stepTypeName(step.type);
    case TypeNameRole: return Presentation::stepTypeName(step.type);
    case Qt::DisplayRole:
    case TitleRole: return step.title;
    case InstructionsRole: return step.instructions;
    case MuscleNameRole: {
        const BodyModel::Muscle *muscle = m_body ? m_body->muscle(step.muscle) : nullptr;
        return muscle ? muscle->name : step.muscle;
    }
    case SideNameRole: return Presentation::sideName(step.side);
    case DoseTextRole: return Presentation::doseText(step);
    case IntensityTextRole: return Presentation::intensityText(step.intensity.value_or(-1));
    default: return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {
        {NumberRole, "number"},         {TypeRole, "type"},
        {TypeNameRole, "typeName"},     {TitleRole, "title"},
        {InstructionsRole, "instructions"}, {MuscleNameRole, "muscleName"},
        {SideNameRole, "sideName"},     {DoseTextRole, "doseText"},
        {IntensityTextRole, "intensityText"},
    };
}
