#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The value types of a routine, as described in docs/routine-format.md.
// A Routine is only ever built by RoutineFormat::read() (validated) or by code
// that writes one (the planner, the editor), so the engine can trust it.

enum class StepType { Hold, Roll, Stretch, Move, Rest };
enum class Side { Left, Right, Both, None };

struct SpokenCue
{
    int atSeconds = 0;
    QString text;

    friend bool operator==(const SpokenCue &, const SpokenCue &) = default;
};

struct Step
{
    StepType type = StepType::Hold;
    QString title;
    QString instructions;
    QString muscle; // empty only for rest steps
    Side side = Side::None;
    int seconds = 0; // per side and per repetition
    int reps = 1;
    std::optional<int> intensity; // target discomfort 0..10, hold and roll only
    std::optional<double> pace;   // roll only: seconds per pass
    QList<SpokenCue> cues;
    QString image; // relative to media/, may be empty

    int sideCount() const { return side == Side::Both ? 2 : 1; }
    int activeSeconds() const { return seconds * reps * sideCount(); }

    friend bool operator==(const Step &, const Step &) = default;
};

struct Routine
{
    static constexpr int kFormat = 1;

    QString id;
    QString title;
    QString description;
    QStringList areas;
    QStringList equipment;
    QList<Step> steps;
    QString author;
    QStringList cautions;

    friend bool operator==(const Routine &, const Routine &) = default;
};

namespace RoutineText {
QString stepTypeName(StepType type);
std::optional<StepType> stepTypeFromName(const QString &name);
QString sideName(Side side);
std::optional<Side> sideFromName(const QString &name);
} // namespace RoutineText
