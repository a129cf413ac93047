#ifndef RULESD_CSQLITE_SHIM_H
#define RULESD_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro Swift cannot import: SQLite copies the bound value.
static inline sqlite3_destructor_type rulesd_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
