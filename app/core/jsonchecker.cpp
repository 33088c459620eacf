#include "jsonchecker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

using JsonText::notThis;
using JsonText::numberText;
using JsonText::orList;
using JsonText::quoted;

// The Unicode White_Space set, as the schemas' "visibleText" excludes it.
bool isWhiteSpace(uint c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

QStringList problemLines(const QString &fileName, const QList<FormatProblem> &problems)
{
    QStringList out;
    for (const FormatProblem &problem : problems) {
        out.append(
            problem.where.isEmpty()
                ? QStringLiteral("%1: %2").arg(fileName, problem.message)
                : QStringLiteral("%1: %2: %3").arg(fileName, problem.where, problem.message));
    }
    return out;
}

bool hasErrors(const QList<FormatProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const FormatProblem &problem) { return !problem.warning; });
}

JsonChecker::Field JsonChecker::member(const QJsonObject &object, const QString &objectPath,
                                       const QString &key, Need need)
{
    return {objectPath.isEmpty() ? key : objectPath + QLatin1Char('.') + key, object.value(key),
            need};
}

JsonChecker::Field JsonChecker::item(const QJsonArray &list, const QString &listPath,
                                     qsizetype index)
{
    return {listPath + QStringLiteral("[%1]").arg(index), list.at(index)};
}

void JsonChecker::error(const QString &where, const QString &message)
{
    m_problems.append({where, message});
}

void JsonChecker::warning(const QString &where, const QString &message)
{
    m_problems.append({where, QStringLiteral("warning: ") + message, true});
}

bool JsonChecker::present(const Field &field)
{
    if (!field.value.isUndefined())
        return true;
    if (field.need == Need::Required)
        error(field.where, QStringLiteral("required"));
    return false;
}

std::optional<QJsonObject> JsonChecker::object(const Field &field, const QString &whose)
{
    if (!present(field))
        return std::nullopt;
    if (field.value.isObject())
        return field.value.toObject();
    error(field.where, QStringLiteral("must be an object { ... } with the %1 fields").arg(whose) +
                           notThis(field.value));
    return std::nullopt;
}

std::optional<QJsonArray> JsonChecker::list(const Field &field, int min, int max,
                                            const QString &plural, const QString &tooFew)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isArray()) {
        const QString expected =
            min == 0
                ? QStringLiteral("must be a list of at most %1 %2").arg(max).arg(plural)
                : QStringLiteral("must be a list of %1 to %2 %3").arg(min).arg(max).arg(plural);
        error(field.where, expected + notThis(field.value));
        return std::nullopt;
    }
    const QJsonArray array = field.value.toArray();
    if (array.size() < min && !tooFew.isEmpty())
        error(field.where, tooFew);
    else if (array.size() < min && min == 1)
        error(field.where, QStringLiteral("must not be empty"));
    else if (array.size() < min)
        error(field.where, QStringLiteral("must list at least %1 %2").arg(min).arg(plural));
    else if (array.size() > max)
        error(field.where, QStringLiteral("must list at most %1 %2 (it lists %3)")
                               .arg(max)
                               .arg(plural)
                               .arg(array.size()));
    return array;
}

std::optional<QString> JsonChecker::text(const Field &field, int maxLength, Blank blank)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isString()) {
        error(field.where, QStringLiteral("must be text") + notThis(field.value));
        return std::nullopt;
    }
    const QString value = field.value.toString();
    const QList<uint> codePoints = value.toUcs4();
    if (blank == Blank::NotAllowed &&
        std::all_of(codePoints.cbegin(), codePoints.cend(), isWhiteSpace))
        error(field.where, QStringLiteral("must not be empty or only spaces"));
    else if (codePoints.size() > maxLength)
        error(field.where, QStringLiteral("must be at most %1 characters long (it has %2)")
                               .arg(maxLength)
                               .arg(codePoints.size()));
    else
        return value;
    return std::nullopt;
}

std::optional<QString> JsonChecker::id(const Field &field, const QRegularExpression &pattern,
                                       const QString &rule, int maxLength)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isString()) {
        error(field.where, QStringLiteral("must be text") + notThis(field.value));
        return std::nullopt;
    }
    const QString value = field.value.toString();
    if (!pattern.match(value).hasMatch())
        error(field.where, quoted(value) + QStringLiteral(" is not a valid id: ") + rule);
    else if (value.size() > maxLength)
        error(field.where, QStringLiteral("must be at most %1 characters long (it has %2)")
                               .arg(maxLength)
                               .arg(value.size()));
    else
        return value;
    return std::nullopt;
}

std::optional<QString> JsonChecker::choice(const Field &field, const QStringList &choices,
                                           const QString &what)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isString()) {
        error(field.where, QStringLiteral("must be ") + orList(choices) + notThis(field.value));
        return std::nullopt;
    }
    const QString name = field.value.toString();
    if (choices.contains(name))
        return name;
    const QString suggestion = didYouMean(name, choices);
    error(field.where,
          QStringLiteral("%1 is not a known %2").arg(quoted(name), what) +
              (suggestion.isEmpty() ? QStringLiteral("; use ") + orList(choices) : suggestion));
    return std::nullopt;
}

std::optional<QString> JsonChecker::knownId(const Field &field, const QStringList &ids,
                                            const QString &what, const QString &example)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isString()) {
        error(field.where, QStringLiteral("must be a %1 id such as \"%2\"").arg(what, example) +
                               notThis(field.value));
        return std::nullopt;
    }
    const QString id = field.value.toString();
    if (ids.contains(id))
        return id;
    error(field.where,
          QStringLiteral("%1 is not a known %2").arg(quoted(id), what) + didYouMean(id, ids));
    return std::nullopt;
}

// JSON Schema counts 60.0 as an integer, so this does too.
std::optional<int> JsonChecker::wholeNumber(const Field &field, int min, int max)
{
    if (!present(field))
        return std::nullopt;
    const double value = field.value.toDouble();
    if (!field.value.isDouble() || std::floor(value) != value) {
        error(field.where,
              QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max) +
                  notThis(field.value));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(field.where, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return int(value);
}

std::optional<double> JsonChecker::number(const Field &field, double min, double max)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isDouble()) {
        error(
            field.where,
            QStringLiteral("must be a number from %1 to %2").arg(numberText(min), numberText(max)) +
                notThis(field.value));
        return std::nullopt;
    }
    const double value = field.value.toDouble();
    if (value < min || value > max) {
        error(field.where,
              QStringLiteral("must be between %1 and %2").arg(numberText(min), numberText(max)));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> JsonChecker::boolean(const Field &field)
{
    if (!present(field))
        return std::nullopt;
    if (field.value.isBool())
        return field.value.toBool();
    error(field.where, QStringLiteral("must be true or false") + notThis(field.value));
    return std::nullopt;
}

void JsonChecker::unknownFields(const QJsonObject &object, const QString &path,
                                const QStringList &known)
{
    const QStringList keys = object.keys(); // sorted
    for (const QString &key : keys) {
        if (!known.contains(key))
            error(path,
                  QStringLiteral("unknown field %1").arg(quoted(key)) + didYouMean(key, known));
    }
}

// A near miss: at most two edits, and fewer edits than half the name, so "x" is not
// taken for "id". Ties go to the earlier candidate.
QString JsonChecker::didYouMean(const QString &name, const QStringList &candidates)
{
    const QString *best = nullptr;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name, candidate);
        if (distance < bestDistance && 2 * distance < name.size()) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    return best ? QStringLiteral(" (did you mean %1?)").arg(quoted(*best)) : QString();
}

std::optional<QString> JsonChecker::newerFormatMessage(const QJsonObject &object,
                                                       const QString &key, int current,
                                                       const QString &what)
{
    const QJsonValue format = object.value(key);
    const double version = format.toDouble();
    if (!format.isDouble() || std::floor(version) != version || version <= current)
        return std::nullopt;
    return QStringLiteral("this %1 uses format %2, but this version of Unknot reads format %3; "
                          "update Unknot to open it")
        .arg(what, numberText(version))
        .arg(current);
}
