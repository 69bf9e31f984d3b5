#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;

// The database to open, the interface language and the document font. Changes to the first two take
// effect at the next start.
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
    QLabel* m_errorLabel;
};
