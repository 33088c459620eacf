#include "routine.h"

#include <array>
#include <utility>

namespace {
constexpr std::array kStepTypes = {
    std::pair{StepType::Hold, "hold"},       std::pair{StepType::Roll, "roll"},
    std::pair{StepType::Stretch, "stretch"}, std::pair{StepType::Move, "move"},
    std::pair{StepType::Rest, "rest"},
};
constexpr std::array kSides = {
    std::pair{Side::Left, "left"},
    std::pair{Side::Right, "right"},
    std::pair{Side::Both, "both"},
    std::pair{Side::None, "none"},
};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &name)
{
    for (const auto &[key, text] : table) {
        if (name == QLatin1String(text))
            return key;
    }
    return std::nullopt;
}
} // namespace

namespace RoutineText {
QString stepTypeName(StepType type) { return nameOf(kStepTypes, type); }
std::optional<StepType> stepTypeFromName(const QString &name) { return valueOf(kStepTypes, name); }
QString sideName(Side side) { return nameOf(kSides, side); }
std::optional<Side> sideFromName(const QString &name) { return valueOf(kSides, name); }
} // namespace RoutineText
