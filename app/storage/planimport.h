#pragma once

#include "planstore.h"

#include "core/bundleformat.h"
#include "core/library.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Imports a plan bundle (docs/plan-bundle.md, "Importing"): preview() reads and
// checks it against what is already here and says what would change, without
// changing anything; commit() then makes that change all together or not at
// all: the plan's row, the routines it owns, the active plan, and its routine
// files in the data folder's routines/ folder.
class PlanImport
{
public:
    enum class Change { Added, Replaced, Removed };

    struct RoutineChange
    {
        QString id;
        QString title;
        qint64 totalMs = 0;
        Change change = Change::Added;
    };

    struct Preview
    {
        QString fileName;              // as messages name the file
        std::optional<CarePlan> plan;      // set when the bundle can be imported
        QList<FormatProblem> problems; // errors refuse it; warnings do not
        int replacesVersion = 0;       // the version of this plan already here, or 0
        QList<RoutineChange> routines; // its routines, then the old ones it drops

        bool ok() const { return plan.has_value(); }
        // One line per problem: "FILE: WHERE: message".
        QStringList lines() const;
    };

    PlanImport(PlanStore &store, const Library &library, const QString &routinesFolder);

    Preview preview(const QString &path, const QString &fileName) const;
    Preview previewBytes(const QByteArray &bytes, const QString &fileName) const;
    // The same for a bundle already read, so that a caller can refuse a broken
    // file before it opens (or creates) the database.
    Preview check(BundleFormat::Result read, const QString &fileName) const;
    // Imports what preview() accepted, checking it again first: the folder or the
    // database may have changed since. The imported plan becomes the active one.
    // False with the reasons in `problems`; then nothing was changed.
    bool commit(const Preview &preview, const QDateTime &now, QList<FormatProblem> *problems);
    // After a restore into a new data folder: writes the routine files of imported
    // plans that are missing, from the routines their bundles carry. A file that is
    // there, or an id the library already has, is left alone. All or nothing.
    bool restoreRoutineFiles(int *written, QString *error);

private:
    void checkPlan(Preview &preview) const;
    void checkRoutines(Preview &preview) const;

    PlanStore &m_store;
    const Library &m_library;
    QString m_folder;
};
