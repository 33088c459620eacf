#pragma once

#include "core/bodymodel.h"

#include <QString>
#include <QTextStream>

// `unknot --report --from DATE --to DATE [--pdf FILE] [--csv FILE]`: the
// progress report of a range of days against the active plan (docs/plan-bundle.md,
// "Reports"). Without --pdf and --csv the CSV goes to standard output. Exit codes
// as CommandLine's: 0 written, 1 refused (no history, a file that cannot be
// written), 2 wrong usage (a date that is not YYYY-MM-DD, from after to).
class ReportCommand
{
public:
    struct Options
    {
        QString from;
        QString to;
        QString pdf;
        QString csv;
    };

    ReportCommand(const QString &dataDir, const BodyModel &body, QTextStream &out,
                  QTextStream &err);

    int run(const Options &options);

private:
    QString m_dataDir;
    const BodyModel &m_body;
    QTextStream &m_out;
    QTextStream &m_err;
};
