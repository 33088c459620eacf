#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the values of a JSON document that comes from outside the code (the body
// model files) and reports every problem as "WHERE: message", WHERE being a JSON
// path such as "muscles[3].doses.hold.seconds". The wording follows the routine
// format's (docs/routine-format.md), so every file Unknot reads speaks the same way.
// Every reader returns nullopt after reporting a problem, so callers only go on
// with good values.
class JsonChecker
{
public:
    // A value and where it is; the value is Undefined when the field is absent.
    struct Field
    {
        QString where;
        QJsonValue value;
    };

    static Field member(const QJsonObject &object, const QString &objectPath, const QString &key);
    static Field item(const QJsonArray &list, const QString &listPath, qsizetype index);

    struct Problem
    {
        QString where;
        QString message;
    };

    void error(const QString &where, const QString &message);
    // The problems in the order found, for callers that merge them with others.
    const QList<Problem> &problems() const { return m_problems; }
    // One line per problem, in the order found: "FILE: WHERE: message".
    QStringList lines(const QString &fileName) const;
    bool hasErrors() const { return !m_problems.isEmpty(); }
    qsizetype problemCount() const { return m_problems.size(); }

    // Each reports a missing field as "required".
    std::optional<QJsonObject> object(const Field &field, const QString &whose);
    // Nullopt when the value is not a list; a list of the wrong length is reported
    // and still returned, so that its items are checked too.
    std::optional<QJsonArray> list(const Field &field, int min, int max, const QString &plural);
    // Text with a visible character, at most maxLength code points.
    std::optional<QString> text(const Field &field, int maxLength);
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

    // The value in JSON string syntax, cut at 40 characters.
    static QString quoted(const QString &text);
    // " (did you mean "x"?)" for a near miss among candidates, else empty.
    static QString didYouMean(const QString &name, const QStringList &candidates);

private:
    bool present(const Field &field);

    QList<Problem> m_problems;
};
