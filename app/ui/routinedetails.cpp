#include "routinedetails.h"
#include "appcontext.h"
#include "presentation.h"

#include "core/timeline.h"

RoutineDetails::RoutineDetails(QObject *parent)
    : QObject(parent), m_steps(new StepListModel(this))
{
    // A reloaded library (a routine saved or a plan imported) holds new entries.
    if (const AppContext *context = AppContext::instance()) {
        connect(context, &AppContext::libraryChanged, this, &RoutineDetails::resolve);
        connect(context->safety(), &SafetyController::changed, this, &RoutineDetails::changed);
    }
}

void RoutineDetails::setRoutineId(const QString &id)
{
    if (m_routineId == id)
        return;
    m_routineId = id;
    resolve();
}

void RoutineDetails::resolve()
{
    const QString &id = m_routineId;
    const AppContext *context = AppContext::instance();
    const Library::Entry *entry = context ? context->library().find(id) : nullptr;
    m_routine = entry ? &entry->routine : nullptr;
    m_builtIn = entry && entry->builtIn;
    m_planTitle = entry && !entry->builtIn && context->plans()->store()
                      ? context->plans()->routinePlanTitles().value(id)
                      : QString();
    m_steps->setSteps(m_routine ? m_routine->steps : QList<Step>(),
                      context ? &context->body() : nullptr);
    Q_EMIT changed();
}

QString RoutineDetails::title() const { return m_routine ? m_routine->title : QString(); }
QString RoutineDetails::description() const { return m_routine ? m_routine->description : QString(); }
QString RoutineDetails::author() const { return m_routine ? m_routine->author : QString(); }
QStringList RoutineDetails::cautions() const { return m_routine ? m_routine->cautions : QStringList(); }
int RoutineDetails::stepCount() const { return m_routine ? int(m_routine->steps.size()) : 0; }

QStringList RoutineDetails::areaNames() const
{
    QStringList names;
    if (!m_routine)
        return names;
    const BodyModel &body = AppContext::instance()->body();
    for (const QString &id : m_routine->areas) {
        const BodyModel::Region *region = body.region(id);
        names.append(region ? region->name : id);
    }
    return names;
}

QStringList RoutineDetails::equipmentNames() const
{
    QStringList names;
    if (m_routine) {
        for (const QString &id : m_routine->equipment)
            names.append(Presentation::equipmentName(id));
    }
    return names;
}

QString RoutineDetails::durationText() const
{
    return m_routine ? Presentation::durationText(Timeline(*m_routine, {}).totalMs()) : QString();
}

QStringList RoutineDetails::conflicts() const
{
    const AppContext *context = AppContext::instance();
    if (!m_routine || !context)
        return {};
    return context->safety()->profile().conflictsOf(*m_routine, context->body());
}

bool RoutineDetails::hasBothSides() const
{
    if (!m_routine)
        return false;
    return std::any_of(m_routine->steps.cbegin(), m_routine->steps.cend(),
                       [](const Step &step) { return step.side == Side::Both; });
}
