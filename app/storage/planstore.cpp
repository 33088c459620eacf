#include "planstore.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

QString sourceName(PlanStore::Source source)
{
    return source == PlanStore::Source::Authored ? QStringLiteral("authored")
                                                 : QStringLiteral("imported");
}

// A statement on the store's connection with its values bound in order.
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
    return query;
}

} // namespace

PlanStore::PlanStore(Database &database, const BundleRules &rules)
    : m_database(database), m_rules(rules)
{}

std::optional<PlanStore::Entry> PlanStore::entryOf(const QString &id, const QString &source,
                                                   const QString &json, qint64 importedAt,
                                                   bool active) const
{
    BundleFormat::Result read = BundleFormat::parse(json.toUtf8(), m_rules);
    if (!read.ok() || read.plan->id != id)
        return std::nullopt;
    return Entry{std::move(*read.plan),
                 source == QLatin1String("authored") ? Source::Authored : Source::Imported,
                 QDateTime::fromMSecsSinceEpoch(importedAt, Qt::UTC), active};
}

// `where` is one of the fixed filters below, never text from outside.
QList<PlanStore::Entry> PlanStore::read(const QString &where, const QVariantList &values) const
{
    QList<Entry> entries;
    if (!m_database.isOpen())
        return entries;
    QSqlQuery query = prepared(
        m_database.connection(),
        QStringLiteral("SELECT id, source, json, imported_at, active FROM plans WHERE %1")
            .arg(where),
        values);
    if (!query.exec())
        return entries;
    while (query.next()) {
        if (std::optional<Entry> entry =
                entryOf(query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toLongLong(),
                        query.value(4).toInt() != 0))
            entries.append(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.active != b.active)
            return a.active;
        return a.plan.title.localeAwareCompare(b.plan.title) < 0;
    });
    return entries;
}

QList<PlanStore::Entry> PlanStore::entries() const
{
    return read(QStringLiteral("1"), {});
}

std::optional<PlanStore::Entry> PlanStore::find(const QString &planId) const
{
    const QList<Entry> found = read(QStringLiteral("id = ?"), {planId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<PlanStore::Entry> PlanStore::active() const
{
    const QList<Entry> found = read(QStringLiteral("active = 1"), {});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QString PlanStore::ownerOf(const QString &routineId) const
{
    if (!m_database.isOpen())
        return {};
    QSqlQuery query =
        prepared(m_database.connection(),
                 QStringLiteral("SELECT plan_id FROM plan_routines WHERE routine_id = ?"),
                 {routineId});
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QStringList PlanStore::routinesOf(const QString &planId) const
{
    QStringList ids;
    if (!m_database.isOpen())
        return ids;
    QSqlQuery query = prepared(
        m_database.connection(),
        QStringLiteral("SELECT routine_id FROM plan_routines WHERE plan_id = ? ORDER BY routine_id"),
        {planId});
    for (query.exec(); query.next();)
        ids.append(query.value(0).toString());
    return ids;
}

bool PlanStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepared(m_database.connection(), sql, values);
    if (query.exec())
        return true;
    m_database.setLastError(query.lastError());
    return false;
}

bool PlanStore::put(const CarePlan &plan, Source source, const QDateTime &at)
{
    return run(QStringLiteral("INSERT INTO plans (id, version, source, json, imported_at) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                              "version = excluded.version, source = excluded.source, "
                              "json = excluded.json, imported_at = excluded.imported_at"),
               {plan.id, plan.version, sourceName(source),
                QString::fromUtf8(BundleFormat::write(plan)), at.toMSecsSinceEpoch()});
}

bool PlanStore::claimRoutines(const QString &planId, const QStringList &routineIds)
{
    for (const QString &routineId : routineIds) {
        if (!run(QStringLiteral("INSERT INTO plan_routines (routine_id, plan_id) VALUES (?, ?) "
                                "ON CONFLICT (routine_id) DO NOTHING"),
                 {routineId, planId}))
            return false;
    }
    return true;
}

bool PlanStore::setActive(const QString &planId)
{
    return run(QStringLiteral("UPDATE plans SET active = 0 WHERE active = 1 AND id <> ?"),
               {planId}) &&
           (planId.isEmpty() ||
            run(QStringLiteral("UPDATE plans SET active = 1 WHERE id = ?"), {planId}));
}

bool PlanStore::remove(const QString &planId)
{
    return run(QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId});
}
