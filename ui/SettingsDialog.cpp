#include "SettingsDialog.h"

#include "AppSettings.h"
#include "storage/DatabaseUrl.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const QString& currentDatabase, QWidget* parent)
    : QDialog(parent)
    , m_databaseEdit(new QLineEdit(this))
    , m_languageComboBox(new QComboBox(this))
    , m_fontComboBox(new QFontComboBox(this))
    , m_backupFolderEdit(new QLineEdit(this))
    , m_backupsKeptSpinBox(new QSpinBox(this))
    , m_backupAtSignOutCheckBox(new QCheckBox(tr("Back up when an officer signs out"), this))
    , m_backupDailyCheckBox(
          new QCheckBox(tr("Back up once a day (at the first sign-in after a day without one)"), this))
    , m_errorLabel(makeErrorLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    m_databaseEdit->setObjectName(QStringLiteral("databaseEdit"));
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_fontComboBox->setObjectName(QStringLiteral("fontComboBox"));

    const QString stored = AppSettings::databaseUrl();
    m_databaseEdit->setText(stored.isEmpty() ? currentDatabase : stored);
    m_databaseEdit->setPlaceholderText(DatabaseUrl::defaultSqlite().toString());
    m_databaseEdit->setToolTip(tr("sqlite:PATH for a file on this computer, or postgresql://USER@HOST:PORT/DBNAME for "
                                  "a shared server (the password is asked at start)."));
    m_languageComboBox->addItem(tr("Follow the system"), QString());
    m_languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(AppSettings::language())));
    m_fontComboBox->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_fontComboBox->setCurrentFont(QFont(AppSettings::documentFont()));

    auto* form = new QFormLayout;
    form->addRow(tr("Database:"), m_databaseEdit);
    form->addRow(tr("Interface language:"), m_languageComboBox);
    form->addRow(tr("Document body font:"), m_fontComboBox);
    auto* note = new QLabel(tr("A new database or language takes effect the next time CreditDesk starts."), this);
    note->setWordWrap(true);

    // Backups of the local database file; a shared PostgreSQL server is backed up with its own tools.
    m_backupFolderEdit->setObjectName(QStringLiteral("backupFolderEdit"));
    m_backupsKeptSpinBox->setObjectName(QStringLiteral("backupsKeptSpinBox"));
    m_backupAtSignOutCheckBox->setObjectName(QStringLiteral("backupAtSignOutCheckBox"));
    m_backupDailyCheckBox->setObjectName(QStringLiteral("backupDailyCheckBox"));
    auto current = DatabaseUrl::parse(currentDatabase);
    m_followingBackupFolder
        = QFileInfo(current && current->isSqlite() ? current->path : DatabaseUrl::defaultSqlite().path)
              .absoluteDir()
              .filePath(QStringLiteral("backups"));
    m_backupFolderEdit->setText(
        QDir::toNativeSeparators(AppSettings::backupFolder(current ? *current : DatabaseUrl::defaultSqlite())));
    m_backupsKeptSpinBox->setRange(1, 1000);
    m_backupsKeptSpinBox->setValue(AppSettings::backupsKept());
    m_backupAtSignOutCheckBox->setChecked(AppSettings::backupAtSignOut());
    m_backupDailyCheckBox->setChecked(AppSettings::backupDaily());
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_backupFolderEdit->text());
        if (!folder.isEmpty())
            m_backupFolderEdit->setText(QDir::toNativeSeparators(folder));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolderEdit, 1);
    folderRow->addWidget(browse);
    auto* backups = new QGroupBox(tr("Backups of the local database"), this);
    auto* backupForm = new QFormLayout(backups);
    backupForm->addRow(tr("Folder:"), folderRow);
    backupForm->addRow(tr("Backups kept:"), m_backupsKeptSpinBox);
    backupForm->addRow(m_backupAtSignOutCheckBox);
    backupForm->addRow(m_backupDailyCheckBox);
    auto* backupNote = new QLabel(tr("Each backup is checked (pages and audit trail) before it is kept; the oldest "
                                     "are removed beyond the number kept. A folder on another disk also survives "
                                     "a failed disk."),
                                  backups);
    backupNote->setWordWrap(true);
    backupForm->addRow(backupNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(backups);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::accept()
{
    const QString text = m_databaseEdit->text().trimmed();
    if (!text.isEmpty()) {
        if (auto url = DatabaseUrl::parse(text); !url) {
            showFormError(m_errorLabel, url.error().message);
            m_databaseEdit->setFocus();
            return;
        }
    }
    const QString folder = m_backupFolderEdit->text().trimmed();
    if (folder.isEmpty() || !QDir::isAbsolutePath(QDir::fromNativeSeparators(folder))) {
        showFormError(m_errorLabel, tr("The backup folder must be a full path, such as /home/officer/backups."));
        m_backupFolderEdit->setFocus();
        return;
    }
    AppSettings::setDatabaseUrl(text);
    const QString chosen = QDir::cleanPath(QDir::fromNativeSeparators(folder));
    AppSettings::setBackupFolder(chosen == QDir::cleanPath(m_followingBackupFolder) ? QString() : chosen);
    AppSettings::setBackupsKept(m_backupsKeptSpinBox->value());
    AppSettings::setBackupAtSignOut(m_backupAtSignOutCheckBox->isChecked());
    AppSettings::setBackupDaily(m_backupDailyCheckBox->isChecked());
    AppSettings::setLanguage(m_languageComboBox->currentData().toString());
    AppSettings::setDocumentFont(m_fontComboBox->currentFont().family());
    QDialog::accept();
}
