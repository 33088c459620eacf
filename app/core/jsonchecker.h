#pragma once

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// One thing wrong with a file. `where` is a JSON path such as "steps[2].seconds",
// or a place in the text such as "line 3, column 7" when the file is not JSON at
// all; it is empty when the problem is the file as a whole (too large, empty, not
// an object). Warnings do not stop a file from loading.
struct FormatProblem
{
    QString where;
    QString message;
    bool warning = false;

    friend bool operator==(const FormatProblem &, const FormatProblem &) = default;
};

// One line per problem, in the order given: "FILE: WHERE: message".
QStringList problemLines(const QString &fileName, const QList<FormatProblem> &problems);
// Whether any problem is an error rather than a warning.
bool hasErrors(const QList<FormatProblem> &problems);

// Reads the values of a JSON document that comes from outside the code (routine
// files, plan bundles, the body model) and reports every problem as "WHERE:
// message", WHERE being a JSON path such as "muscles[3].doses.hold.seconds", in
// the wording of docs/routine-format.md, so every file Unknot reads speaks the
// same way. Every reader returns nullopt after reporting a problem, or when an
// optional field is absent, so callers only go on with good values.
class JsonChecker
{
public:
    enum class Need { Required, Optional };
    enum class Blank { NotAllowed, Allowed };

    // A value and where it is; the value is Undefined when the field is absent,
    // which is reported as "required" unless the field is optional.
    struct Field
    {
        QString where;
        QJsonValue value;
        Need need = Need::Required;
    };

    static Field member(const QJsonObject &object, const QString &objectPath, const QString &key,
                        Need need = Need::Required);
    static Field item(const QJsonArray &list, const QString &listPath, qsizetype index);

    void error(const QString &where, const QString &message);
    void warning(const QString &where, const QString &message);
    // The problems in the order found, for callers that merge them with others.
    const QList<FormatProblem> &problems() const { return m_problems; }
    QStringList lines(const QString &fileName) const { return problemLines(fileName, m_problems); }
    bool hasErrors() const { return ::hasErrors(m_problems); }
    qsizetype problemCount() const { return m_problems.size(); }

    // False when the field is absent; a missing required field is reported.
    bool present(const Field &field);
    std::optional<QJsonObject> object(const Field &field, const QString &whose);
    // Nullopt when the value is not a list; a list of the wrong length is reported
    // and still returned, so that its items are checked too. `tooFew` replaces the
    // plain "must not be empty" or "must list at least N" where a hint helps.
    std::optional<QJsonArray> list(const Field &field, int min, int max, const QString &plural,
                                   const QString &tooFew = {});
    // The values of a list whose items are read by readItem(Field) ->
    // std::optional<T>, each value at most once.
    template <typename T, typename ReadItem>
    QList<T> uniqueItems(const Field &field, int min, int max, const QString &plural,
                         ReadItem readItem, const QString &tooFew = {});
    // Text of at most maxLength code points (as JSON Schema counts them), with a
    // visible character unless blank text is allowed.
    std::optional<QString> text(const Field &field, int maxLength, Blank blank = Blank::NotAllowed);
    // An id that matches `pattern`; `rule` says in words what the pattern allows.
    std::optional<QString> id(const Field &field, const QRegularExpression &pattern,
                              const QString &rule, int maxLength);
    std::optional<QString> choice(const Field &field, const QStringList &choices,
                                  const QString &what);
    // One of `ids` (sorted, so that suggestions do not depend on hash order).
    std::optional<QString> knownId(const Field &field, const QStringList &ids, const QString &what,
                                   const QString &example);
    std::optional<int> wholeNumber(const Field &field, int min, int max);
    std::optional<double> number(const Field &field, double min, double max);
    std::optional<bool> boolean(const Field &field);
    // Unknown fields are usually typos, so they are errors, reported in name order.
    void unknownFields(const QJsonObject &object, const QString &path, const QStringList &known);

    // " (did you mean "x"?)" for a near miss among candidates, else empty.
    static QString didYouMean(const QString &name, const QStringList &candidates);
    // The refusal of a file whose `key` names a format newer than `current`: a
    // newer format may change anything, so nothing else in it is judged.
    static std::optional<QString> newerFormatMessage(const QJsonObject &object, const QString &key,
                                                     int current, const QString &what);

private:
    QList<FormatProblem> m_problems;
};

template <typename T, typename ReadItem>
QList<T> JsonChecker::uniqueItems(const Field &field, int min, int max, const QString &plural,
                                  ReadItem readItem, const QString &tooFew)
{
    QList<T> values;
    const std::optional<QJsonArray> items = list(field, min, max, plural, tooFew);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        const Field listed = item(*items, field.where, i);
        const std::optional<T> value = readItem(listed);
        if (value && values.contains(*value))
            error(listed.where,
                  JsonText::quoted(listed.value.toString()) + QStringLiteral(" is already listed"));
        else if (value)
            values.append(*value);
    }
    return values;
}
