#pragma once

#include "historyrecords.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The history's export formats (docs/data-model.md): a full JSON export that
// can be restored, and CSV files (sessions.csv, steps.csv, pain.csv) for
// spreadsheets. Reading an export is strict: a file that is broken or hostile
// is refused as a whole with a sentence naming the file and the field. Version
// 2 carries the therapists' plans too, each as its bundle, read by BundleFormat
// against the app's built-in body model; version 1 files are still read.
class HistoryExport
{
public:
    static constexpr int kFormatVersion = 2;
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    static QByteArray toJson(const HistoryData &data, const QDateTime &exportedAt);
    // Owner-only files, written whole or not at all.
    static bool writeJson(const QString &path, const HistoryData &data, QString *error);
    static bool writeCsv(const QString &folder, const HistoryData &data, QString *error);

    struct Result
    {
        std::optional<HistoryData> data;
        QString error; // "FILE: WHERE: message" when data is empty
    };
    static Result parse(const QByteArray &bytes, const QString &fileName);
    static Result readJson(const QString &path);

    // RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
    static QString csvField(const QString &text);
    // A routine as a session keeps it: RoutineFormat::write, compacted.
    static QByteArray snapshotOf(const Routine &routine);
};
