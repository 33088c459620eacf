#include "editorstepmodel.h"
#include "presentation.h"

#include <QJsonObject>
#include <QLocale>

namespace {

const QStringList kNumberFields = {QStringLiteral("seconds"), QStringLiteral("reps"),
                                   QStringLiteral("intensity"), QStringLiteral("pace")};
const QStringList kTextFields = {QStringLiteral("type"), QStringLiteral("title"),
                                 QStringLiteral("instructions"), QStringLiteral("side")};
// Optional fields that are left out when cleared.
const QStringList kOptionalTextFields = {QStringLiteral("muscle"), QStringLiteral("image")};

// A number typed as text becomes a number; other text stays as typed, so that
// the validator can say what is wrong with it. Cleared: Undefined (left out).
QJsonValue typedNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
        value.typeId() == QMetaType::LongLong)
        return value.toDouble();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    bool ok = false;
    const double number = QLocale::c().toDouble(text, &ok);
    return ok ? QJsonValue(number) : QJsonValue(value.toString());
}

QVariant shown(const QJsonValue &value)
{
    return value.isUndefined() ? QVariant(QString()) : value.toVariant();
}

QJsonObject defaultStep(const QString &type)
{
    const bool rest = type == QLatin1String("rest");
    QJsonObject step{{QStringLiteral("type"), type},
                     {QStringLiteral("title"), QString()},
                     {QStringLiteral("instructions"), QString()},
                     {QStringLiteral("side"), rest || type == QLatin1String("move")
                                                  ? QStringLiteral("none")
                                                  : QStringLiteral("both")},
                     {QStringLiteral("seconds"), rest ? 20 : 60}};
    return step;
}

// Fields the type does not take (docs/routine-format.md, "A step").
void dropFieldsNotFor(QJsonObject &step, const QString &type)
{
    if (type == QLatin1String("rest"))
        step.remove(QStringLiteral("muscle"));
    if (type != QLatin1String("hold") && type != QLatin1String("roll"))
        step.remove(QStringLiteral("intensity"));
    if (type != QLatin1String("roll"))
        step.remove(QStringLiteral("pace"));
}

QJsonArray cuesFrom(const QVariant &value)
{
    QJsonArray cues;
    for (const QVariant &item : value.toList()) {
        const QVariantMap map = item.toMap();
        QJsonObject cue{{QStringLiteral("text"), map.value(QStringLiteral("text")).toString()}};
        const QJsonValue at = typedNumber(map.value(QStringLiteral("at")));
        if (!at.isUndefined())
            cue.insert(QStringLiteral("at"), at);
        cues.append(cue);
    }
    return cues;
}

} // namespace

EditorStepModel::EditorStepModel(const BodyModel &body, QObject *parent)
    : QAbstractListModel(parent), m_body(body)
{}

void EditorStepModel::setSteps(const QJsonArray &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
    Q_EMIT countChanged();
}

void EditorStepModel::setProblems(const QList<FormatProblem> &problems)
{
    m_problems = problems;
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {ProblemsRole, ValidRole});
}

int EditorStepModel::insertStep(int row, const QString &type)
{
    const int at = row < 0 || row > count() ? count() : row;
    beginInsertRows({}, at, at);
    m_steps.insert(at, defaultStep(type));
    endInsertRows();
    Q_EMIT countChanged();
    if (at + 1 < count()) // the numbers of the steps after it
        Q_EMIT dataChanged(index(at + 1), index(count() - 1), {NumberRole});
    return at;
}

bool EditorStepModel::removeStep(int row)
{
    if (row < 0 || row >= count())
        return false;
    beginRemoveRows({}, row, row);
    m_steps.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    if (row < count())
        Q_EMIT dataChanged(index(row), index(count() - 1), {NumberRole});
    return true;
}

bool EditorStepModel::moveStep(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return false;
    // beginMoveRows takes the row before which the moved row lands.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    const QJsonValue step = m_steps.takeAt(from);
    m_steps.insert(to, step);
    endMoveRows();
    Q_EMIT dataChanged(index(std::min(from, to)), index(std::max(from, to)), {NumberRole});
    return true;
}

bool EditorStepModel::setField(int row, const QString &field, const QVariant &value)
{
    if (row < 0 || row >= count())
        return false;
    QJsonObject step = m_steps.at(row).toObject();
    if (kNumberFields.contains(field)) {
        const QJsonValue number = typedNumber(value);
        if (number.isUndefined())
            step.remove(field);
        else
            step.insert(field, number);
    } else if (kTextFields.contains(field)) {
        step.insert(field, value.toString());
        if (field == QLatin1String("type"))
            dropFieldsNotFor(step, value.toString());
    } else if (kOptionalTextFields.contains(field)) {
        if (value.toString().isEmpty())
            step.remove(field);
        else
            step.insert(field, value.toString());
    } else if (field == QLatin1String("cues")) {
        const QJsonArray cues = cuesFrom(value);
        if (cues.isEmpty())
            step.remove(field);
        else
            step.insert(field, cues);
    } else {
        return false;
    }
    m_steps[row] = step;
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

int EditorStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QStringList EditorStepModel::problemsOf(int row) const
{
    const QString prefix = QStringLiteral("steps[%1]").arg(row);
    QStringList lines;
    for (const FormatProblem &problem : m_problems) {
        if (problem.where == prefix)
            lines.append(problem.message);
        else if (problem.where.startsWith(prefix + QLatin1Char('.')))
            lines.append(problem.where.mid(prefix.size() + 1) + QStringLiteral(": ") +
                         problem.message);
    }
    return lines;
}

QVariant EditorStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject step = m_steps.at(index.row()).toObject();
    const auto value = [&](const char *key) { return step.value(QLatin1String(key)); };
    switch (role) {
    case NumberRole:
        return index.row() + 1;
    case TypeRole:
        return value("type").toString();
    case TypeNameRole: {
        const std::optional<StepType> type = RoutineText::stepTypeFromName(value("type").toString());
        return type ? Presentation::stepTypeName(*type) : value("type").toString();
    }
    case Qt::DisplayRole:
    case TitleRole:
        return value("title").toString();
    case InstructionsRole:
        return value("instructions").toString();
    case MuscleRole:
        return value("muscle").toString();
    case MuscleNameRole: {
        const BodyModel::Muscle *muscle = m_body.muscle(value("muscle").toString());
        return muscle ? muscle->name : value("muscle").toString();
    }
    case SideRole:
        return value("side").toString();
    case SecondsRole:
        return shown(value("seconds"));
    case RepsRole:
        return shown(value("reps"));
    case IntensityRole:
        return shown(value("intensity"));
    case PaceRole:
        return shown(value("pace"));
    case CuesRole:
        return value("cues").toArray().toVariantList();
    case ImageRole:
        return value("image").toString();
    case ProblemsRole:
        return problemsOf(index.row());
    case ValidRole: {
        const QString prefix = QStringLiteral("steps[%1]").arg(index.row());
        return std::none_of(m_problems.cbegin(), m_problems.cend(), [&](const FormatProblem &p) {
            return !p.warning && (p.where == prefix || p.where.startsWith(prefix + QLatin1Char('.')));
        });
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> EditorStepModel::roleNames() const
{
    return {{NumberRole, "number"},
            {TypeRole, "type"},
            {TypeNameRole, "typeName"},
            {TitleRole, "title"},
            {InstructionsRole, "instructions"},
            {MuscleRole, "muscle"},
            {MuscleNameRole, "muscleName"},
            {SideRole, "side"},
            {SecondsRole, "seconds"},
            {RepsRole, "reps"},
            {IntensityRole, "intensity"},
            {PaceRole, "pace"},
            {CuesRole, "cues"},
            {ImageRole, "image"},
            {ProblemsRole, "problems"},
            {ValidRole, "valid"}};
}
