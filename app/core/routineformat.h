#pragma once

#include "jsonchecker.h"
#include "routine.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The ids a routine may refer to: body regions (routines/regions.json) and
// muscles (routines/muscles.json).
struct Vocabulary
{
    QSet<QString> regions;
    QSet<QString> muscles;
};

// Reads, validates and writes routine files, format version 1
// (docs/routine-format.md, routines/schema/routine.schema.json).
class RoutineFormat
{
public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 16;

    struct Result
    {
        std::optional<Routine> routine; // set when there is no error (warnings allowed)
        QList<FormatProblem> problems;

        bool ok() const { return routine.has_value(); }
        // One line per problem: "FILE: WHERE: message".
        QStringList lines(const QString &fileName) const;
    };

    static Result parse(const QByteArray &bytes, const Vocabulary &vocabulary);
    static Result readFile(const QString &path, const Vocabulary &vocabulary);
    // Canonical, human-friendly JSON: fields in the documented order, 2-space indent.
    static QByteArray write(const Routine &routine);
};
