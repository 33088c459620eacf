#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Changes to the person's routines folder that take effect together or not at
// all. New files are first written in full under hidden temporary names
// (QSaveFile), then apply() moves them into place and keeps the files they
// replace (and the files to remove) aside under hidden names, so that
// rollback() can put everything back until finish() deletes them. Only a
// routine id that passes BundleFormat::isValidId ever becomes a file name,
// always "<id>.json" inside the folder: no name from a file is used as a path.
class RoutineFileChange
{
public:
    explicit RoutineFileChange(const QString &folder);
    ~RoutineFileChange(); // an applied change that was not finished is rolled back
    RoutineFileChange(const RoutineFileChange &) = delete;
    RoutineFileChange &operator=(const RoutineFileChange &) = delete;

    // "<folder>/<id>.json", or empty for an id that is not a valid routine id.
    static QString pathFor(const QString &folder, const QString &id);

    // Writes the new file under a temporary name; false with a sentence in error.
    bool write(const QString &id, const QByteArray &bytes, QString *error);
    void remove(const QString &id);
    bool apply(QString *error);
    void rollback();
    void finish();

private:
    struct Move
    {
        QString target;
        QString staged; // empty for a removal
        QString aside;
        bool movedAside = false;
        bool placed = false;
    };

    bool applyOne(Move &move, QString *error);

    QString m_folder;
    QList<Move> m_moves;
    bool m_applied = false;
};
