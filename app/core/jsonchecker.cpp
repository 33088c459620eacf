#include "jsonchecker.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

QString escaped(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString numberText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("the text ") + JsonChecker::quoted(value.toString());
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

QString notThis(const QJsonValue &value)
{
    return QStringLiteral(", not ") + describe(value);
}

QString orList(const QStringList &choices)
{
    return choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           choices.constLast();
}

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

JsonChecker::Field JsonChecker::member(const QJsonObject &object, const QString &objectPath,
                                       const QString &key)
{
    return {objectPath.isEmpty() ? key : objectPath + QLatin1Char('.') + key, object.value(key)};
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

QStringList JsonChecker::lines(const QString &fileName) const
{
    QStringList out;
    for (const Problem &problem : m_problems) {
        out.append(
            problem.where.isEmpty()
                ? QStringLiteral("%1: %2").arg(fileName, problem.message)
                : QStringLiteral("%1: %2: %3").arg(fileName, problem.where, problem.message));
    }
    return out;
}

bool JsonChecker::present(const Field &field)
{
    if (!field.value.isUndefined())
        return true;
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
                                            const QString &plural)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isArray()) {
        const QString expected =
            min == 0 ? QStringLiteral("must be a list of at most %1 %2").arg(max).arg(plural)
                     : QStringLiteral("must be a list of %1 to %2 %3").arg(min).arg(max).arg(plural);
        error(field.where, expected + notThis(field.value));
        return std::nullopt;
    }
    const QJsonArray array = field.value.toArray();
    if (array.size() < min && min == 1)
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

std::optional<QString> JsonChecker::text(const Field &field, int maxLength)
{
    if (!present(field))
        return std::nullopt;
    if (!field.value.isString()) {
        error(field.where, QStringLiteral("must be text") + notThis(field.value));
        return std::nullopt;
    }
    const QString value = field.value.toString();
    const QList<uint> codePoints = value.toUcs4();
    if (std::all_of(codePoints.cbegin(), codePoints.cend(), isWhiteSpace))
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

QString JsonChecker::quoted(const QString &text)
{
    constexpr qsizetype kShownCharacters = 40;
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= kShownCharacters)
        return escaped(text);
    return escaped(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                                     kShownCharacters) +
                   QChar(0x2026));
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
