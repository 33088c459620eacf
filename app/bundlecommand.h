#pragma once

#include "core/bodymodel.h"
#include "core/library.h"

#include <QString>
#include <QTextStream>

// The plan bundle's headless commands (docs/plan-bundle.md): --import FILE and
// --export-bundle PLAN_ID FILE. Exit codes as CommandLine's: 0 success, 1 refused.
class BundleCommand
{
public:
    BundleCommand(const QString &dataDir, const BodyModel &body, const Library &library,
                  QTextStream &out, QTextStream &err);

    // Imports a bundle, or refuses it with every reason as "FILE: WHERE: message"
    // lines and changes nothing.
    int importBundle(const QString &file);
    int exportBundle(const QString &planId, const QString &file);

private:
    QString m_dataDir;
    const BodyModel &m_body;
    const Library &m_library;
    QTextStream &m_out;
    QTextStream &m_err;
};
