#include "historyrecords.h"

namespace {

template <typename Enum, int N>
std::optional<Enum> fromName(const std::pair<Enum, const char *> (&names)[N], const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, int N>
QString toName(const std::pair<Enum, const char *> (&names)[N], Enum value)
{
    for (const auto &[candidate, text] : names) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

const std::pair<SessionStatus, const char *> kStatuses[] = {
    {SessionStatus::Completed, "completed"},
    {SessionStatus::Stopped, "stopped"},
    {SessionStatus::Interrupted, "interrupted"},
};
const std::pair<Outcome, const char *> kOutcomes[] = {
    {Outcome::Done, "done"},
    {Outcome::Skipped, "skipped"},
    {Outcome::EndedEarly, "ended-early"},
    {Outcome::Stopped, "stopped"},
};
const std::pair<Feeling, const char *> kFeelings[] = {
    {Feeling::Better, "better"},
    {Feeling::Same, "same"},
    {Feeling::Worse, "worse"},
};

} // namespace

QString HistoryText::statusName(SessionStatus status)
{
    return toName(kStatuses, status);
}

std::optional<SessionStatus> HistoryText::statusFromName(const QString &name)
{
    return fromName(kStatuses, name);
}

QString HistoryText::outcomeName(Outcome outcome)
{
    return toName(kOutcomes, outcome);
}

std::optional<Outcome> HistoryText::outcomeFromName(const QString &name)
{
    return fromName(kOutcomes, name);
}

QString HistoryText::feelingName(Feeling feeling)
{
    return toName(kFeelings, feeling);
}

std::optional<Feeling> HistoryText::feelingFromName(const QString &name)
{
    return fromName(kFeelings, name);
}
