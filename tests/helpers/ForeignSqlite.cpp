// A foreign SQLite client, like the sqlite3 shell or another program on the office PC: plain libsqlite3
// with its default POSIX locks and none of CreditDesk's code. The storage-safety tests run it beside
// a connected CreditDesk.
//   ForeignSqlite DB exec SQL      run the statements, print the first column of each result row
//   ForeignSqlite DB shared-lock   print "held" when another process holds SQLite's SHARED lock range
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace {
int printRow(void*, int columns, char** values, char**)
{
    if (columns > 0)
        std::printf("%s\n", values[0] ? values[0] : "NULL");
    return 0;
}

int execute(const char* path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    sqlite3_busy_timeout(db, 5000);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, printRow, nullptr, &message);
    if (rc != SQLITE_OK)
        std::fprintf(stderr, "exec: %s\n", message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    // Closing is where a client that believes it is the last one checkpoints and deletes the WAL.
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}

// SQLite's SHARED lock is a read lock on 510 bytes after the pending and reserved bytes at 1 GiB; a
// connection in WAL mode holds it as long as it is open.
int sharedLock(const char* path)
{
    const int fd = open(path, O_RDWR);
    if (fd < 0) {
        std::perror("open");
        return 1;
    }
    struct flock probe;
    std::memset(&probe, 0, sizeof probe);
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0x40000000 + 2;
    probe.l_len = 510;
    const int rc = fcntl(fd, F_GETLK, &probe);
    close(fd);
    if (rc != 0) {
        std::perror("fcntl");
        return 1;
    }
    std::printf("%s\n", probe.l_type == F_UNLCK ? "free" : "held");
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[2], "exec") == 0)
        return execute(argv[1], argv[3]);
    if (argc == 3 && std::strcmp(argv[2], "shared-lock") == 0)
        return sharedLock(argv[1]);
    std::fprintf(stderr, "usage: ForeignSqlite DB exec SQL | ForeignSqlite DB shared-lock\n");
    return 2;
}
