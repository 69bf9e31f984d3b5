#pragma once

#include <QDialog>

class QFormLayout;
class QPlainTextEdit;
class QPushButton;

// A step on a case that is not a transition but needs a written reason kept on the timeline and in the
// audit trail (an extension, a hand-over): the subclass adds its own fields above the reason and says
// when they are complete; OK waits for both.
class CaseReasonDialog : public QDialog
{
    Q_OBJECT

public:
    QString reason() const;

protected:
    CaseReasonDialog(const QString& title, const QString& okText, const QString& reasonHint, QWidget* parent);
    void addField(const QString& label, QWidget* field);
    virtual bool fieldsComplete() const { return true; }
    void updateOk();

private:
    QFormLayout* m_form;
    QPlainTextEdit* m_reasonEdit;
    QPushButton* m_okButton = nullptr;
};
