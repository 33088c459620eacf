#pragma once

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/planner.h"

#include <QString>
#include <QTextStream>

#include <optional>

// `unknot --plan REGION[:PAIN[:SIDE]],... [--minutes N] [--equipment a,b]
// [--safety FLAG,...] [--json]`: the muscles that commonly refer pain to the areas,
// the library routines that match, and a planned routine that --validate accepts.
// Exit codes as the rest of the command line: 0 a plan, 1 no routine (a safety
// answer calls for care, or nothing to plan), 2 wrong usage.
class PlanCommand
{
public:
    struct Options
    {
        QString areas;     // "head.temple:6:left,neck.back:4"
        QString minutes;   // "10"
        QString equipment; // "ball,foam-roller"
        QString safety;    // "blood-thinners,recent-injury:knee.front"
        bool json = false;
    };

    PlanCommand(const BodyModel &body, const Library &library, QTextStream &out, QTextStream &err);

    int run(const Options &options);

private:
    std::optional<PlanRequest> request(const Options &options);
    bool readAreas(const QString &text, QList<ProblemArea> *areas);
    std::optional<ProblemArea> readArea(const QString &text);
    bool usage(const QString &message);

    void printText(const Plan &plan);
    void printJson(const Plan &plan);

    const BodyModel &m_body;
    const Library &m_library;
    QTextStream &m_out;
    QTextStream &m_err;
};
