#include "SqliteLocks.h"

#include <QtGlobal>
#include <cerrno>
#include <cstdarg>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using OpenFn = int (*)(const char*, int, int);
using CloseFn = int (*)(int);
using FcntlFn = int (*)(int, int, ...);

OpenFn s_realOpen = nullptr;
CloseFn s_realClose = nullptr;
FcntlFn s_realFcntl = nullptr;
bool s_active = false;

struct FileKey
{
    dev_t dev;
    ino_t ino;
    bool operator<(const FileKey& other) const { return dev != other.dev ? dev < other.dev : ino < other.ino; }
};

// One private open of each file SQLite has open, and how many of SQLite's descriptors refer to it.
struct LockOwner
{
    int fd = -1;
    int users = 0;
};

std::mutex s_mutex;
std::map<FileKey, LockOwner> s_owners;
std::map<int, FileKey> s_keyOfFd; // SQLite's descriptors -> their file

// A second open file description of the same file: read-write where allowed (a write lock needs it).
int openOwner(const char* path, int sqliteFd, const FileKey& key)
{
    for (int flags : {O_RDWR, O_RDONLY}) {
        const int fd = s_realOpen(path, flags | O_CLOEXEC, 0);
        if (fd < 0)
            continue;
        struct stat st
        {
        };
        if (fstat(fd, &st) == 0 && st.st_dev == key.dev && st.st_ino == key.ino)
            return fd;
        s_realClose(fd); // renamed or replaced in between: fall back below
    }
    // A duplicate shares SQLite's own description; it still outlives SQLite's descriptor.
    return s_realFcntl(sqliteFd, F_DUPFD_CLOEXEC, 0);
}

int lockingOpen(const char* path, int flags, int mode)
{
    const int fd = s_realOpen(path, flags, mode);
    if (fd < 0)
        return fd;
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return fd; // directories (opened for fsync) are never locked
    const FileKey key{st.st_dev, st.st_ino};
    const int savedErrno = errno;
    std::lock_guard guard(s_mutex);
    LockOwner& owner = s_owners[key];
    if (owner.fd < 0)
        owner.fd = openOwner(path, fd, key);
    ++owner.users;
    s_keyOfFd[fd] = key;
    errno = savedErrno;
    return fd;
}

int lockingClose(int fd)
{
    {
        std::lock_guard guard(s_mutex);
        if (auto it = s_keyOfFd.find(fd); it != s_keyOfFd.end()) {
            auto owner = s_owners.find(it->second);
            s_keyOfFd.erase(it);
            // SQLite closes its last descriptor of a file only when it holds no lock on it (it keeps
            // descriptors aside while locks are held), so the private open can go with it.
            if (owner != s_owners.end() && --owner->second.users == 0) {
                if (owner->second.fd >= 0)
                    s_realClose(owner->second.fd);
                s_owners.erase(owner);
            }
        }
    }
    return s_realClose(fd);
}

int ownerFd(int fd)
{
    std::lock_guard guard(s_mutex);
    auto it = s_keyOfFd.find(fd);
    if (it == s_keyOfFd.end())
        return -1;
    auto owner = s_owners.find(it->second);
    return owner == s_owners.end() ? -1 : owner->second.fd;
}

int lockingFcntl(int fd, int cmd, ...)
{
    va_list args;
    va_start(args, cmd);
    if (cmd != F_SETLK && cmd != F_SETLKW && cmd != F_GETLK) {
        // SQLite's other uses (F_GETFD, F_SETFD, F_GETFL) take an int or nothing; reading an int that
        // was not passed is harmless for those commands, which ignore it.
        const int value = va_arg(args, int);
        va_end(args);
        return s_realFcntl(fd, cmd, value);
    }
    auto* lock = va_arg(args, struct flock*);
    va_end(args);
    const int owner = ownerFd(fd);
    if (owner < 0)
        return s_realFcntl(fd, cmd, lock);
    struct flock ofd = *lock;
    ofd.l_pid = 0; // required for OFD commands
    const int ofdCmd = cmd == F_GETLK ? F_OFD_GETLK : cmd == F_SETLKW ? F_OFD_SETLKW : F_OFD_SETLK;
    const int rc = s_realFcntl(owner, ofdCmd, &ofd);
    if (rc == 0 && cmd == F_GETLK)
        *lock = ofd;
    return rc;
}

// Whether this kernel knows OFD locks (Linux 3.15 and later): a test lock on a temporary file.
bool kernelHasOfdLocks()
{
    char path[] = "/tmp/creditdesk-ofd-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0)
        return false;
    unlink(path);
    struct flock probe
    {
    };
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0;
    probe.l_len = 1;
    const bool ok = fcntl(fd, F_OFD_SETLK, &probe) == 0;
    close(fd);
    return ok;
}

} // namespace

namespace SqliteLocks {

bool install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsSet("CREDITDESK_POSIX_LOCKS")) // tests measure the hazard with it
            return;
        if (!kernelHasOfdLocks())
            return;
        sqlite3_vfs* vfs = sqlite3_vfs_find("unix");
        if (!vfs || vfs->iVersion < 3 || !vfs->xGetSystemCall || !vfs->xSetSystemCall)
            return;
        s_realOpen = reinterpret_cast<OpenFn>(vfs->xGetSystemCall(vfs, "open"));
        s_realClose = reinterpret_cast<CloseFn>(vfs->xGetSystemCall(vfs, "close"));
        s_realFcntl = reinterpret_cast<FcntlFn>(vfs->xGetSystemCall(vfs, "fcntl"));
        if (!s_realOpen || !s_realClose || !s_realFcntl)
            return;
        // The unix VFSes share one table of system calls, so this covers every connection of the process.
        const bool set
            = vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&lockingOpen)) == SQLITE_OK
            && vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&lockingClose)) == SQLITE_OK
            && vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&lockingFcntl)) == SQLITE_OK;
        if (!set) {
            vfs->xSetSystemCall(vfs, nullptr, nullptr); // back to the defaults
            return;
        }
        s_active = true;
    });
    return s_active;
}

bool active()
{
    return s_active;
}

} // namespace SqliteLocks
