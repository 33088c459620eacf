#pragma once

#include "problemarealog.h"

// A pain log that lives in memory: for tests, and for a session without storage.
class MemoryProblemAreaLog : public ProblemAreaLog
{
public:
    QList<PainLogEntry> painLog() const override { return m_entries; }
    bool addPainLog(const PainLogEntry &entry, QString *error) override;

private:
    QList<PainLogEntry> m_entries;
};
