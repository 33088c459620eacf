#include "memoryproblemarealog.h"

#include <algorithm>

bool MemoryProblemAreaLog::addPainLog(const PainLogEntry &entry, QString *error)
{
    if (!check(entry, error))
        return false;
    // Oldest first, as painLog() promises, even when entries arrive out of order.
    const auto after =
        std::upper_bound(m_entries.begin(), m_entries.end(), entry,
                         [](const PainLogEntry &a, const PainLogEntry &b) { return a.at < b.at; });
    m_entries.insert(after, entry);
    return true;
}
