#include "Startup.h"

#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "SignInDialog.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Setup.h"
#include "storage/Transaction.h"

#include <QDialog>

Startup::Startup(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    m_session.db = &db;
}

Startup::~Startup()
{
    delete m_window;
    delete m_dialog;
}

void Startup::begin()
{
    auto needed = Setup::needsFirstAdministrator(m_db);
    if (!needed) {
        MessageBoxes::critical(nullptr, tr("CreditDesk"), needed.error().message);
        emit quitRequested();
        return;
    }
    if (*needed)
        showFirstRun();
    else
        showSignIn({});
}

void Startup::showFirstRun()
{
    auto* dialog = new FirstRunDialog(m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            showSignIn(dialog->login());
        else
            emit quitRequested();
    });
    dialog->open();
}

void Startup::showSignIn(const QString& login)
{
    auto* dialog = new SignInDialog(m_db, SignInDialog::Mode::SignIn);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!login.isEmpty())
        dialog->setLogin(login);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            openMainWindow(dialog->actor());
        else
            emit quitRequested();
    });
    dialog->open();
}

void Startup::openMainWindow(const Actor& actor)
{
    m_session.actor = actor;
    m_window = new MainWindow(m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &Startup::signOut);
    m_window->show();
}

void Startup::signOut()
{
    {
        Transaction transaction(m_db);
        if (transaction.ok()
            && AuditLog::append(m_db, m_session.actor, QStringLiteral("user.sign_out"), QStringLiteral("user"),
                                m_session.actor.login, true, {}))
            (void)transaction.commit();
    }
    const QString login = m_session.actor.login;
    if (m_window) {
        m_window->disconnect(this);
        m_window->close();
    }
    m_session.actor = Actor();
    showSignIn(login);
}
