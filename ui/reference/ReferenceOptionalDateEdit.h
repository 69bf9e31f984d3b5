#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A date that may be absent (no end date, no due date yet): the check box switches the date on.
// Named <name>CheckBox and <name>Edit.
class ReferenceOptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    ReferenceOptionalDateEdit(const QString& checkText, const QString& name, QWidget* parent = nullptr);

    // An invalid date unticks the box; the picker then offers `suggestion` once ticked.
    void setDate(QDate date, QDate suggestion);
    QDate date() const; // invalid while unticked
    QCheckBox* checkBox() const { return m_checkBox; }
    QDateEdit* dateEdit() const { return m_dateEdit; }

private:
    QCheckBox* m_checkBox;
    QDateEdit* m_dateEdit;
};
