#pragma once

// Keeps SQLite's file locks from being dropped by code that is not SQLite.
//
// SQLite's unix VFS locks the database and its -shm file with POSIX advisory locks (fcntl F_SETLK).
// Those belong to the process, and Linux drops all of them the moment ANY descriptor of the file is
// closed in that process — a Qt file dialog that peeks at creditdesk.db to guess its type is enough.
// A second client (creditctl, sqlite3) then takes itself for the last connection, checkpoints and
// deletes the -wal and -shm under the GUI, and the GUI's next writes corrupt the file.
//
// Measured with tests/TestStorageSafety.cpp's reproduction (open and close the file in-process, then a
// foreign client reads, writes and closes, then we write; 100 rounds): with SQLite's own locks
// (CREDITDESK_POSIX_LOCKS=1) the window's first write is gone by round 1, in every run; with the
// locks below, 100 rounds of 100 keep every write and integrity_check stays ok. The alternatives fall
// short by construction: unix-excl and locking_mode=EXCLUSIVE still take POSIX locks (lost the same
// way, and no other process may read meanwhile); unix-flock cannot do WAL, which the lists need to
// read while the writer saves; hiding the folder from file dialogs does not stop an officer browsing to it.
// So every lock SQLite takes is turned into an open-file-description (OFD) lock, which belongs to one
// open of the file rather than to the process: closing any other descriptor leaves it alone. OFD and
// POSIX locks conflict with each other across processes, so a foreign sqlite3 still sees our locks.
// To keep SQLite's per-process bookkeeping exact (it shares one lock state between all connections of
// a process to one file), all of a file's locks go through ONE private open of that file.
namespace SqliteLocks {

// Installs the OFD locking into SQLite's unix VFS. Idempotent and thread-safe; Database::open calls it
// before the first connection of the process. False where the system has no OFD locks (then SQLite's
// own locking stays, and the GUI's lock file is the only guard).
bool install();

// Whether install() took effect.
bool active();

} // namespace SqliteLocks
