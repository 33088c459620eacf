#pragma once

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

// One thing wrong with a routine file. `where` is a JSON path such as
// "steps[2].seconds", or a place in the text such as "line 3, column 7" when the
// file is not JSON at all; it is empty when the problem is the file as a whole
// (too large, empty, not an object). Warnings do not stop a routine from loading.
struct FormatProblem
{
    QString where;
    QString message;
    bool warning = false;

    friend bool operator==(const FormatProblem &, const FormatProblem &) = default;
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
