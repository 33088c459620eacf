#pragma once

#include "database.h"

#include "core/bundleformat.h"
#include "core/careplan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The therapists' plans in history.sqlite (docs/plan-bundle.md, schema version 3):
// plans imported from bundles and plans written on this device, which one is
// active, and which plan brought which routine file. Each plan is kept as its
// canonical bundle text and read back with BundleFormat. It shares the history's
// database; the writing functions run inside the caller's Database::transaction.
class PlanStore
{
public:
    enum class Source { Imported, Authored };

    struct Entry
    {
        CarePlan plan;
        Source source = Source::Imported;
        QDateTime importedAt; // for a plan written here: when it was last saved
        bool active = false;
    };

    PlanStore(Database &database, const BundleRules &rules);

    Database &database() { return m_database; }
    const BundleRules &rules() const { return m_rules; }
    bool isOpen() const { return m_database.isOpen(); }

    // Every plan, active first, then by title. A stored plan this version of the
    // app cannot read any more is left out.
    QList<Entry> entries() const;
    std::optional<Entry> find(const QString &planId) const;
    std::optional<Entry> active() const;
    // The plan that brought a routine id (in any of its versions), or empty.
    QString ownerOf(const QString &routineId) const;
    // Every routine id a plan brought, in any of its versions.
    QStringList routinesOf(const QString &planId) const;

    // Writing, inside a transaction. Each returns false on a database error
    // (in database().lastError()).
    bool put(const CarePlan &plan, Source source, const QDateTime &at);
    bool claimRoutines(const QString &planId, const QStringList &routineIds);
    // Makes one plan the active one; an empty id leaves none active.
    bool setActive(const QString &planId);
    bool remove(const QString &planId);

private:
    std::optional<Entry> entryOf(const QString &id, const QString &source, const QString &json,
                                 qint64 importedAt, bool active) const;
    QList<Entry> read(const QString &where, const QVariantList &values) const;
    bool run(const QString &sql, const QVariantList &values);

    Database &m_database;
    BundleRules m_rules;
};
