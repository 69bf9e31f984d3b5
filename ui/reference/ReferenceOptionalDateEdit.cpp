#include "ReferenceOptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

ReferenceOptionalDateEdit::ReferenceOptionalDateEdit(const QString& checkText, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_checkBox(new QCheckBox(checkText, this))
    , m_dateEdit(new QDateEdit(this))
{
    m_checkBox->setObjectName(name + QStringLiteral("CheckBox"));
    m_dateEdit->setObjectName(name + QStringLiteral("Edit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setEnabled(false);
    connect(m_checkBox, &QCheckBox::toggled, m_dateEdit, &QWidget::setEnabled);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkBox);
    layout->addWidget(m_dateEdit);
    layout->addStretch();
}

void ReferenceOptionalDateEdit::setDate(QDate date, QDate suggestion)
{
    m_checkBox->setChecked(date.isValid());
    m_dateEdit->setDate(date.isValid() ? date : suggestion);
}

QDate ReferenceOptionalDateEdit::date() const
{
    return m_checkBox->isChecked() ? m_dateEdit->date() : QDate();
}
