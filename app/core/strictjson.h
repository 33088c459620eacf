#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

// A strict JSON (RFC 8259) reader for files that come from outside the app.
// QJsonDocument silently keeps the last of two duplicate keys, replaces invalid
// UTF-8 and accepts very deep nesting; routine files and plan bundles must be
// refused for each of these with a message a person can act on.
class StrictJson
{
public:
    struct Error
    {
        QString where; // "line 3, column 7", or a JSON path for a duplicate key
        QString message;
    };

    // Parses exactly one JSON value (an optional UTF-8 byte order mark and
    // surrounding white space allowed). On failure returns nullopt and fills error.
    static std::optional<QJsonValue> parse(const QByteArray &utf8, int maxDepth, Error *error);

    // Where the first invalid UTF-8 sequence starts, or -1 when the text is valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};
