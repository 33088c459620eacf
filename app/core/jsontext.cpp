#include "jsontext.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace JsonText {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString quoted(const QString &text)
{
    constexpr qsizetype kShownCharacters = 40;
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= kShownCharacters)
        return escaped(text);
    return escaped(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                                     kShownCharacters) +
                   QChar(0x2026));
}

QString numberText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("the text ") + quoted(value.toString());
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

bool isBlank(const QByteArray &bytes)
{
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

QString mebibytes(qint64 bytes)
{
    constexpr double kBytesPerMiB = 1024 * 1024;
    const double tenths = std::ceil(double(bytes) * 10 / kBytesPerMiB);
    return QString::number(tenths / 10, 'f', 1);
}

QByteArray string(const QString &text)
{
    return escaped(text).toUtf8();
}

QByteArray member(const char *key, const QByteArray &value)
{
    return '"' + QByteArray(key) + "\": " + value;
}

QByteArray inlineList(const QList<QByteArray> &items)
{
    return '[' + items.join(", ") + ']';
}

QByteArray block(const QList<QByteArray> &items, char open, char close, int indent)
{
    if (items.isEmpty())
        return QByteArray(1, open) + close;
    const QByteArray itemIndent(indent + 2, ' ');
    QByteArray out(1, open);
    out += '\n';
    for (qsizetype i = 0; i < items.size(); ++i)
        out += itemIndent + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    return out + QByteArray(indent, ' ') + close;
}

} // namespace JsonText
