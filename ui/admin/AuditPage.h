#pragma once

#include "Page.h"

class AuditModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
struct AuditVerification;
struct Error;

// The audit trail for the audit administrator: the newest rows, a filter, and a check of the hash
// chain. Both read on a worker thread with their own connection, since the trail grows for years.
class AuditPage : public Page
{
    Q_OBJECT

public:
    AuditPage(Session& session, QWidget* parent);
    void refresh() override;

    AuditModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }

private:
    void startVerify();
    void showVerification(const AuditVerification& verification);
    void showVerifyError(const Error& error);
    void setVerifyText(const QString& text, const char* color);

    AuditModel* m_model;
    QTableView* m_table;
    QLineEdit* m_filterLineEdit;
    QSpinBox* m_limitSpinBox;
    QPushButton* m_verifyButton;
    QLabel* m_verifyResultLabel;
    QLabel* m_countLabel;
    QTimer* m_filterTimer;
    quint64 m_loadToken = 0; // a result whose token is not the latest is stale and dropped
    bool m_loading = false;
};
