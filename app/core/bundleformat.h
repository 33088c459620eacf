#pragma once

#include "careplan.h"
#include "routineformat.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// What a bundle may name besides its own content: the body model's region and
// muscle ids, and the pictures this version of the app has ("images/NAME.svg").
struct BundleRules
{
    Vocabulary vocabulary;
    QSet<QString> images;
};

// Reads, validates and writes plan bundles (.unknot files), format 1
// (docs/plan-bundle.md, routines/schema/bundle.schema.json). A bundle comes from
// outside the app, so it is read as strictly as a routine file: size and depth
// limits, strict UTF-8 JSON, no unknown fields, every value checked, the
// routines inside by RoutineFormat, and no reference to anything outside it.
class BundleFormat
{
public:
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;
    // A routine inside sits two levels down and keeps its own limit.
    static constexpr int kMaxDepth = RoutineFormat::kMaxDepth + 2;
    static constexpr int kMaxRoutines = 20;
    static QString fileSuffix() { return QStringLiteral("unknot"); }

    struct Result
    {
        std::optional<CarePlan> plan; // set when there is no error (warnings allowed)
        QList<FormatProblem> problems;

        bool ok() const { return plan.has_value(); }
        // One line per problem: "FILE: WHERE: message".
        QStringList lines(const QString &fileName) const;
    };

    static Result parse(const QByteArray &bytes, const BundleRules &rules);
    static Result readFile(const QString &path, const BundleRules &rules);
    // Canonical JSON: fields in the documented order, 2-space indent, each
    // routine as RoutineFormat::write writes it, UTF-8, a final line break.
    static QByteArray write(const CarePlan &plan);

    // A plan or routine id: lowercase letters, digits and dashes, at most 64
    // characters. Only such ids ever become file names ("<id>.json").
    static bool isValidId(const QString &id);
    // "2024-05-06": a real day from 2000 to 2099, or an invalid date.
    static QDate dateFromText(const QString &text);
    // The pictures a media folder holds, as steps name them: "images/NAME.svg".
    static QSet<QString> imagesIn(const QString &mediaFolder);
};
