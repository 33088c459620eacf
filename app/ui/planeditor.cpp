#include "planeditor.h"
#include "presentation.h"

#include "core/bundleformat.h"
#include "core/timeline.h"
#include "storage/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace {

// Checked as a draft until it has an id of its own.
const QString kDraftId = QStringLiteral("new-plan");
constexpr int kSlugLength = 40;

QJsonObject routineJson(const Routine &routine)
{
    return QJsonDocument::fromJson(RoutineFormat::write(routine)).object();
}

QString durationText(const Routine &routine)
{
    return Presentation::durationText(Timeline(routine, {}).totalMs());
}

} // namespace

PlanEditor::PlanEditor(const Library &library, QObject *parent)
    : QObject(parent), m_library(library),
      m_routines(new RecordListModel({"id", "title", "durationText"}, this)),
      m_choices(new RecordListModel({"id", "title", "durationText", "chosen"}, this))
{
    newPlan();
}

void PlanEditor::setStore(PlanStore *store)
{
    m_store = store;
    validate();
}

void PlanEditor::newPlan()
{
    m_planId.clear();
    m_version = 1;
    m_title.clear();
    m_notes.clear();
    m_therapist.clear();
    m_practice.clear();
    m_client.clear();
    m_start = QDate::currentDate().toString(Qt::ISODate);
    m_scheduleKind = QStringLiteral("daily");
    m_weekdays.clear();
    m_everyDays = 2;
    m_weeks = 0;
    m_restDays.clear();
    m_routineIds.clear();
    m_lastResult.clear();
    validate();
}

bool PlanEditor::editPlan(const QString &planId)
{
    const std::optional<PlanStore::Entry> entry = m_store ? m_store->find(planId) : std::nullopt;
    if (!entry || entry->source != PlanStore::Source::Authored) {
        m_lastResult = tr("Only plans written on this device can be changed here.");
        Q_EMIT changed();
        return false;
    }
    const CarePlan &plan = entry->plan;
    m_planId = plan.id;
    m_version = plan.version;
    m_title = plan.title;
    m_notes = plan.notes;
    m_therapist = plan.therapist;
    m_practice = plan.practice;
    m_client = plan.client;
    m_start = plan.start.toString(Qt::ISODate);
    m_scheduleKind = PlanText::scheduleKindName(plan.schedule.kind);
    m_weekdays = plan.schedule.weekdays;
    m_everyDays = plan.schedule.everyDays > 0 ? plan.schedule.everyDays : 2;
    m_weeks = plan.schedule.weeks;
    m_restDays.clear();
    for (const QDate &day : plan.schedule.restDays)
        m_restDays.append(day.toString(Qt::ISODate));
    m_routineIds.clear();
    for (const Routine &routine : plan.routines)
        m_routineIds.append(routine.id);
    m_lastResult.clear();
    validate();
    return true;
}

bool PlanEditor::addRoutine(const QString &routineId)
{
    const Library::Entry *entry = m_library.find(routineId);
    if (!entry || entry->builtIn) {
        m_lastResult = tr("Only your own routines go into a plan: copy a built-in routine in the "
                          "routine editor first.");
        Q_EMIT changed();
        return false;
    }
    if (m_routineIds.contains(routineId))
        return false;
    m_routineIds.append(routineId);
    validate();
    return true;
}

void PlanEditor::removeRoutine(int index)
{
    if (index < 0 || index >= m_routineIds.size())
        return;
    m_routineIds.removeAt(index);
    validate();
}

void PlanEditor::moveRoutine(int from, int to)
{
    if (from < 0 || from >= m_routineIds.size() || to < 0 || to >= m_routineIds.size() ||
        from == to)
        return;
    m_routineIds.move(from, to);
    validate();
}

// The draft as a bundle, from the fields as typed: BundleFormat then says
// exactly what a client's Unknot would say about it.
QByteArray PlanEditor::draftJson() const
{
    QJsonObject schedule{{QStringLiteral("kind"), m_scheduleKind}};
    if (m_scheduleKind == QLatin1String("weekly")) {
        QJsonArray days;
        for (int day : m_weekdays)
            days.append(PlanText::weekdayName(day).isEmpty() ? QJsonValue(day)
                                                             : PlanText::weekdayName(day));
        schedule.insert(QStringLiteral("weekdays"), days);
    }
    if (m_scheduleKind == QLatin1String("interval"))
        schedule.insert(QStringLiteral("everyDays"), m_everyDays);
    if (m_weeks != 0)
        schedule.insert(QStringLiteral("weeks"), m_weeks);
    if (!m_restDays.isEmpty())
        schedule.insert(QStringLiteral("restDays"), QJsonArray::fromStringList(m_restDays));
    QJsonObject plan{{QStringLiteral("id"), m_planId.isEmpty() ? kDraftId : m_planId},
                     {QStringLiteral("version"), m_version},
                     {QStringLiteral("title"), m_title},
                     {QStringLiteral("therapist"), m_therapist},
                     {QStringLiteral("client"), m_client},
                     {QStringLiteral("start"), m_start},
                     {QStringLiteral("schedule"), schedule},
                     {QStringLiteral("routines"), QJsonArray::fromStringList(m_routineIds)}};
    if (!m_notes.isEmpty())
        plan.insert(QStringLiteral("notes"), m_notes);
    if (!m_practice.isEmpty())
        plan.insert(QStringLiteral("practice"), m_practice);
    QJsonArray routines;
    for (const QString &id : m_routineIds) {
        if (const Library::Entry *entry = m_library.find(id))
            routines.append(routineJson(entry->routine));
    }
    const QJsonObject bundle{{QStringLiteral("bundle"), BundleFormat::kFormat},
                             {QStringLiteral("plan"), plan},
                             {QStringLiteral("routines"), routines}};
    return QJsonDocument(bundle).toJson();
}

void PlanEditor::validate()
{
    const BundleRules rules =
        m_store ? m_store->rules() : BundleRules{};
    BundleFormat::Result result = BundleFormat::parse(draftJson(), rules);
    m_problems = result.problems;
    m_plan = std::move(result.plan);
    fillRoutines();
    Q_EMIT changed();
}

void PlanEditor::fillRoutines()
{
    QList<QVariantMap> chosen;
    for (const QString &id : std::as_const(m_routineIds)) {
        const Library::Entry *entry = m_library.find(id);
        chosen.append({{QStringLiteral("id"), id},
                       {QStringLiteral("title"), entry ? entry->routine.title : id},
                       {QStringLiteral("durationText"),
                        entry ? durationText(entry->routine) : QString()}});
    }
    m_routines->setRecords(chosen);
    QList<QVariantMap> choices;
    for (const Library::Entry &entry : m_library.entries()) {
        if (entry.builtIn)
            continue;
        choices.append({{QStringLiteral("id"), entry.routine.id},
                        {QStringLiteral("title"), entry.routine.title},
                        {QStringLiteral("durationText"), durationText(entry.routine)},
                        {QStringLiteral("chosen"), m_routineIds.contains(entry.routine.id)}});
    }
    m_choices->setRecords(choices);
}

void PlanEditor::refreshChoices()
{
    validate();
}

QStringList PlanEditor::problems() const
{
    QStringList lines;
    for (const FormatProblem &problem : m_problems)
        lines.append(problem.where.isEmpty() ? problem.message
                                             : problem.where + QStringLiteral(": ") +
                                                   problem.message);
    return lines;
}

QVariantMap PlanEditor::messages() const
{
    // Lists edited as one field (the days off, the weekdays, the routines)
    // also show their items' messages under the list's own path.
    static const QRegularExpression listItem(
        QStringLiteral("^(plan\\.schedule\\.restDays|plan\\.schedule\\.weekdays|plan\\.routines|"
                       "routines)\\[(\\d+)\\]"));
    QVariantMap byPath;
    const auto add = [&byPath](const QString &path, const QString &message) {
        const QString before = byPath.value(path).toString();
        byPath.insert(path, before.isEmpty() ? message : before + QLatin1Char('\n') + message);
    };
    for (const FormatProblem &problem : m_problems) {
        add(problem.where, problem.message);
        const QRegularExpressionMatch match = listItem.match(problem.where);
        if (match.hasMatch())
            add(match.captured(1), match.captured(1) == QLatin1String("routines")
                                       ? problem.where + QStringLiteral(": ") + problem.message
                                       : problem.message);
    }
    return byPath;
}

void PlanEditor::setRestDaysText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    setRestDays(text.split(separators, Qt::SkipEmptyParts));
}

void PlanEditor::setWeekdayChosen(int weekday, bool chosen)
{
    QList<int> days = m_weekdays;
    if (weekday < 1 || weekday > 7 || chosen == days.contains(weekday))
        return;
    if (chosen)
        days.append(weekday);
    else
        days.removeAll(weekday);
    std::sort(days.begin(), days.end());
    setWeekdays(days);
}

QString PlanEditor::messageFor(const QString &path) const
{
    QStringList messages;
    for (const FormatProblem &problem : m_problems) {
        if (problem.where == path)
            messages.append(problem.message);
    }
    return messages.join(QLatin1Char('\n'));
}

std::optional<CarePlan> PlanEditor::withCurrentRoutines(const CarePlan &plan)
{
    CarePlan current = plan;
    current.routines.clear();
    for (const Routine &routine : plan.routines) {
        const Library::Entry *entry = m_library.find(routine.id);
        if (!entry || entry->builtIn) {
            m_lastResult = tr("“%1” is no longer among your routines; add it again or take it "
                              "out of the plan.")
                               .arg(routine.title);
            Q_EMIT changed();
            return std::nullopt;
        }
        current.routines.append(entry->routine);
    }
    // Through the bundle's rules, as the client's Unknot will read it.
    BundleFormat::Result read = BundleFormat::parse(BundleFormat::write(current),
                                                    m_store ? m_store->rules() : BundleRules{});
    if (!read.ok()) {
        m_lastResult = read.lines(plan.title).join(QLatin1Char('\n'));
        Q_EMIT changed();
        return std::nullopt;
    }
    return read.plan;
}

QString PlanEditor::newPlanId() const
{
    QString slug = m_title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.left(kSlugLength);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(6);
    return (slug.isEmpty() ? QStringLiteral("plan") : slug) + QLatin1Char('-') + suffix;
}

bool PlanEditor::save()
{
    if (!m_plan || !m_store || !m_store->isOpen()) {
        m_lastResult = m_plan ? tr("Plans cannot be saved while the history cannot be written.")
                              : tr("Fix the problems marked before saving.");
        Q_EMIT changed();
        return false;
    }
    CarePlan plan = *m_plan;
    const std::optional<PlanStore::Entry> stored =
        m_planId.isEmpty() ? std::nullopt : m_store->find(m_planId);
    if (m_planId.isEmpty())
        plan.id = newPlanId();
    else if (stored && stored->plan != plan)
        plan.version = stored->plan.version + 1;
    const bool written = m_store->database().transaction([&] {
        return m_store->put(plan, PlanStore::Source::Authored, QDateTime::currentDateTimeUtc());
    });
    if (!written) {
        m_lastResult = m_store->database().lastError().databaseText();
        Q_EMIT changed();
        return false;
    }
    m_planId = plan.id;
    m_version = plan.version;
    m_lastResult = tr("Saved version %1 of “%2”.").arg(plan.version).arg(plan.title);
    validate();
    Q_EMIT saved(plan.id);
    return true;
}
