#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// How Unknot's JSON files (routines, plan bundles, the body model) speak of
// their values in messages, and how the app writes them: one set of helpers, so
// every file reads and is written the same way.
namespace JsonText {

// JSON string syntax with the quotes. In messages it keeps a line break inside a
// value from breaking the one-line "FILE: WHERE: message" format.
QString escaped(const QString &text);
// escaped(), cut at 40 characters with an ellipsis: a value quoted in a message.
QString quoted(const QString &text);
// 1, 2.5, 0.25: the shortest text that reads back as the same number.
QString numberText(double number);
// A value as a message names it: the text "x", 12, true, a list, an object, null.
QString describe(const QJsonValue &value);
// ", not " and describe(value): the end of a "must be ..." message.
QString notThis(const QJsonValue &value);
// "a, b or c"
QString orList(const QStringList &choices);
// Only spaces and line breaks, after an optional UTF-8 byte order mark.
bool isBlank(const QByteArray &bytes);
// A size in MiB rounded up to a tenth, so a file just over a limit never reads as
// the limit itself ("1.1", not "1.0").
QString mebibytes(qint64 bytes);

// ---- writing, with fields in the documented order and a 2-space indent ----

QByteArray string(const QString &text);
QByteArray member(const char *key, const QByteArray &value);
// Short lists of ids and dates stay on one line.
QByteArray inlineList(const QList<QByteArray> &items);
// Items one per line, indented two spaces deeper than the brackets at `indent`.
QByteArray block(const QList<QByteArray> &items, char open, char close, int indent);

} // namespace JsonText
