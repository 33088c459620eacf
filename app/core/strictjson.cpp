#include "strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringList>

#include <cmath>

namespace {

class Parser
{
public:
    Parser(const QByteArray &text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    std::optional<QJsonValue> parseDocument(StrictJson::Error *error)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        skipSpace();
        std::optional<QJsonValue> value = parseValue(0);
        if (value) {
            skipSpace();
            if (m_pos < m_text.size())
                fail(QStringLiteral("unexpected text after the end of the JSON value"));
        }
        if (!m_error.message.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        return value;
    }

private:
    const QByteArray &m_text;
    const int m_maxDepth;
    qsizetype m_pos = 0;
    QStringList m_path; // ".key" and "[3]" segments of the value being parsed
    StrictJson::Error m_error;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    QString location() const
    {
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        // Columns count characters, not bytes, so they match what an editor shows.
        const qsizetype column =
            QString::fromUtf8(m_text.constData() + lineStart, m_pos - lineStart).size() + 1;
        return QStringLiteral("line %1, column %2").arg(line).arg(column);
    }

    std::nullopt_t fail(const QString &message)
    {
        if (m_error.message.isEmpty())
            m_error = {location(), message};
        return std::nullopt;
    }

    QString currentPath() const
    {
        QString path = m_path.join(QString());
        return path.startsWith(QLatin1Char('.')) ? path.mid(1) : path;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    std::optional<QJsonValue> parseValue(int depth)
    {
        if (atEnd())
            return fail(QStringLiteral("unexpected end of the file"));
        switch (peek()) {
        case '{':
            return parseObject(depth + 1);
        case '[':
            return parseArray(depth + 1);
        case '"': {
            std::optional<QString> text = parseString();
            return text ? std::optional<QJsonValue>(*text) : std::nullopt;
        }
        case 't':
            return parseLiteral("true", QJsonValue(true));
        case 'f':
            return parseLiteral("false", QJsonValue(false));
        case 'n':
            return parseLiteral("null", QJsonValue(QJsonValue::Null));
        default:
            return parseNumber();
        }
    }

    std::optional<QJsonValue> parseLiteral(const char *word, const QJsonValue &value)
    {
        const qsizetype length = qstrlen(word);
        if (m_text.mid(m_pos, length) != word)
            return fail(QStringLiteral("expected a value"));
        m_pos += length;
        return value;
    }

    bool enter(int depth)
    {
        if (depth > m_maxDepth) {
            fail(QStringLiteral("nested more than %1 levels deep").arg(m_maxDepth));
            return false;
        }
        ++m_pos; // the opening bracket
        skipSpace();
        return true;
    }

    std::optional<QJsonValue> parseObject(int depth)
    {
        if (!enter(depth))
            return std::nullopt;
        QJsonObject object;
        if (peek() == '}') {
            ++m_pos;
            return object;
        }
        while (true) {
            if (peek() != '"')
                return fail(QStringLiteral("expected a field name in double quotes"));
            std::optional<QString> key = parseString();
            if (!key)
                return std::nullopt;
            if (object.contains(*key)) {
                m_path.append(QLatin1Char('.') + *key);
                m_error = {currentPath(), QStringLiteral("appears twice in the same object")};
                return std::nullopt;
            }
            skipSpace();
            if (peek() != ':')
                return fail(QStringLiteral("expected ':' after the field name"));
            ++m_pos;
            skipSpace();
            m_path.append(QLatin1Char('.') + *key);
            std::optional<QJsonValue> value = parseValue(depth);
            m_path.removeLast();
            if (!value)
                return std::nullopt;
            object.insert(*key, *value);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return object;
            }
            return fail(QStringLiteral("expected ',' or '}'"));
        }
    }

    std::optional<QJsonValue> parseArray(int depth)
    {
        if (!enter(depth))
            return std::nullopt;
        QJsonArray array;
        if (peek() == ']') {
            ++m_pos;
            return array;
        }
        while (true) {
            m_path.append(QStringLiteral("[%1]").arg(array.size()));
            std::optional<QJsonValue> value = parseValue(depth);
            m_path.removeLast();
            if (!value)
                return std::nullopt;
            array.append(*value);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return array;
            }
            return fail(QStringLiteral("expected ',' or ']'"));
        }
    }

    std::optional<uint> parseHex4()
    {
        if (m_pos + 4 > m_text.size())
            return std::nullopt;
        bool ok = false;
        const uint value = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        for (qsizetype i = m_pos; i < m_pos + 4; ++i) {
            if (!isxdigit(uchar(m_text.at(i))))
                ok = false;
        }
        if (!ok)
            return std::nullopt;
        m_pos += 4;
        return value;
    }

    std::optional<QString> parseUnicodeEscape()
    {
        std::optional<uint> unit = parseHex4();
        if (!unit)
            return fail(QStringLiteral("\\u must be followed by four hex digits"));
        if (QChar::isLowSurrogate(*unit))
            return fail(QStringLiteral("\\u escape is half of a surrogate pair"));
        if (!QChar::isHighSurrogate(*unit))
            return QString(QChar(char16_t(*unit)));
        if (m_text.mid(m_pos, 2) != "\\u")
            return fail(QStringLiteral("\\u escape is half of a surrogate pair"));
        m_pos += 2;
        std::optional<uint> low = parseHex4();
        if (!low || !QChar::isLowSurrogate(*low))
            return fail(QStringLiteral("\\u escape is half of a surrogate pair"));
        return QString(QChar(char16_t(*unit))) + QChar(char16_t(*low));
    }

    std::optional<QString> parseString()
    {
        ++m_pos; // the opening quote
        QByteArray raw;
        QString decoded;
        auto flushRaw = [&] {
            // fromUtf8() would drop a U+FEFF at the start of each piece; it is text here.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                             QStringDecoder::Flag::ConvertInitialBom);
            decoded += decoder.decode(raw);
            raw.clear();
        };
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("text in quotes is not closed"));
            const char c = m_text.at(m_pos);
            if (c == '"') {
                ++m_pos;
                flushRaw();
                return decoded;
            }
            if (uchar(c) < 0x20)
                return fail(QStringLiteral("a line break or control character inside quotes "
                                           "must be written as an escape such as \\n"));
            if (c != '\\') {
                raw.append(c);
                ++m_pos;
                continue;
            }
            flushRaw();
            ++m_pos;
            const char escape = peek();
            ++m_pos;
            switch (escape) {
            case '"': decoded += QLatin1Char('"'); break;
            case '\\': decoded += QLatin1Char('\\'); break;
            case '/': decoded += QLatin1Char('/'); break;
            case 'b': decoded += QLatin1Char('\b'); break;
            case 'f': decoded += QLatin1Char('\f'); break;
            case 'n': decoded += QLatin1Char('\n'); break;
            case 'r': decoded += QLatin1Char('\r'); break;
            case 't': decoded += QLatin1Char('\t'); break;
            case 'u': {
                std::optional<QString> unit = parseUnicodeEscape();
                if (!unit)
                    return std::nullopt;
                decoded += *unit;
                break;
            }
            default:
                --m_pos;
                return fail(QStringLiteral("unknown escape sequence in quotes"));
            }
        }
    }

    void skipDigits()
    {
        while (!atEnd() && isdigit(uchar(peek())))
            ++m_pos;
    }

    std::optional<QJsonValue> parseNumber()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (!isdigit(uchar(peek())))
            return fail(QStringLiteral("expected a value"));
        if (peek() == '0' && m_pos + 1 < m_text.size() && isdigit(uchar(m_text.at(m_pos + 1))))
            return fail(QStringLiteral("numbers must not start with 0"));
        skipDigits();
        if (peek() == '.') {
            ++m_pos;
            if (!isdigit(uchar(peek())))
                return fail(QStringLiteral("expected a digit after the decimal point"));
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isdigit(uchar(peek())))
                return fail(QStringLiteral("expected a digit in the exponent"));
            skipDigits();
        }
        const double value = m_text.mid(start, m_pos - start).toDouble();
        if (!std::isfinite(value)) {
            m_pos = start;
            return fail(QStringLiteral("number is too large"));
        }
        return QJsonValue(value);
    }
};

} // namespace

std::optional<QJsonValue> StrictJson::parse(const QByteArray &utf8, int maxDepth, Error *error)
{
    const qsizetype invalid = firstInvalidUtf8(utf8);
    if (invalid >= 0) {
        *error = {QStringLiteral("byte %1").arg(invalid + 1),
                  QStringLiteral("not valid UTF-8 text (save the file as UTF-8)")};
        return std::nullopt;
    }
    return Parser(utf8, maxDepth).parseDocument(error);
}

qsizetype StrictJson::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        int length = 0;
        uint codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 3 && codePoint < 0x800) ||
                              (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}
