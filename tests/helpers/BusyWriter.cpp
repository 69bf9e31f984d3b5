// A GUI-like writer for the kill-loop test: holds the database as the window does (the claim, one
// writer connection) and commits audited changes as fast as it can, printing the number of each one
// only after its commit returned. Killed with SIGKILL at random moments by the test.
//   BusyWriter DB   (numbers continue after the highest one stored: a killed run may have committed
//                    a number it had no time to print)
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: BusyWriter DB\n");
        return 2;
    }
    const DatabaseUrl url = DatabaseUrl::sqliteFile(QString::fromLocal8Bit(argv[1]));
    auto db = Database::open(url, Database::Options{.exclusive = true, .migrate = true, .claimWaitMs = 10000});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 3;
    }
    const Actor actor = Actor::system(QStringLiteral("busywriter"));
    auto highest = (*db)->scalar(QStringLiteral("SELECT COALESCE(MAX(n), -1) FROM kill_probe"));
    if (!highest) {
        std::fprintf(stderr, "%s\n", qPrintable(highest.error().fullText()));
        return 3;
    }
    for (qint64 n = highest->toLongLong() + 1;; ++n) {
        Transaction transaction(**db);
        Status written = transaction.status();
        if (written) {
            if (auto inserted = (*db)->exec(QStringLiteral("INSERT INTO kill_probe (n) VALUES (?)"), {n}); !inserted)
                written = inserted.error();
        }
        if (written)
            written = AuditLog::append(**db, actor, QStringLiteral("test.write"), QStringLiteral("kill_probe"),
                                       QString::number(n), true, {});
        if (written)
            written = transaction.commit();
        if (!written) {
            std::fprintf(stderr, "write %lld failed: %s\n", static_cast<long long>(n),
                         qPrintable(written.error().fullText()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
