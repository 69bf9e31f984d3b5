#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The database to open, the interface language, the document font and the backups of a local database.
// Changes to the first two take effect at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString& currentDatabase, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QLineEdit* m_databaseEdit;
    QComboBox* m_languageComboBox;
    QFontComboBox* m_fontComboBox;
    QLineEdit* m_backupFolderEdit;
    QString m_followingBackupFolder; // the folder beside the database: kept as "follow the database"
    QSpinBox* m_backupsKeptSpinBox;
    QCheckBox* m_backupAtSignOutCheckBox;
    QCheckBox* m_backupDailyCheckBox;
    QLabel* m_errorLabel;
};
