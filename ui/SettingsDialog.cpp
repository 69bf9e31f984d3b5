#include "SettingsDialog.h"

#include "AppSettings.h"
#include "FormHelpers.h"
#include "MessageBoxes.h"
#include "storage/DatabaseUrl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const QString& currentDatabase, QWidget* parent)
    : QDialog(parent)
    , m_databaseEdit(new QLineEdit(this))
    , m_languageComboBox(new QComboBox(this))
    , m_fontComboBox(new QFontComboBox(this))
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
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
    AppSettings::setDatabaseUrl(text);
    AppSettings::setLanguage(m_languageComboBox->currentData().toString());
    AppSettings::setDocumentFont(m_fontComboBox->currentFont().family());
    QDialog::accept();
}
