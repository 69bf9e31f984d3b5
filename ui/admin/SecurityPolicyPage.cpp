#include "SecurityPolicyPage.h"

#include "Clock.h"
#include "security/SecurityPolicy.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
struct PolicyField
{
    const char* objectName;
    int SecurityPolicy::*value;
    // The same bounds as SecurityPolicy::validate(), so the boxes offer only what the core accepts.
    int minimum;
    int maximum;
    const char* label;
    const char* suffix;
    const char* explanation;
};

const PolicyField kFields[] = {
    {"minLengthSpinBox", &SecurityPolicy::passwordMinLength, 8, 64,
     QT_TRANSLATE_NOOP("SecurityPolicyPage", "Minimum password length:"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage", " characters"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage", "Level 3 practice: at least 8.")},
    {"minClassesSpinBox", &SecurityPolicy::passwordMinClasses, 3, 4,
     QT_TRANSLATE_NOOP("SecurityPolicyPage", "Kinds of characters:"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage", " of 4 kinds"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage",
                       "Lower-case, upper-case, digits, other characters. Level 3 practice: at least 3.")},
    {"lockoutAttemptsSpinBox", &SecurityPolicy::lockoutAttempts, 3, 10,
     QT_TRANSLATE_NOOP("SecurityPolicyPage", "Lock after:"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage", " wrong passwords"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage",
                       "Wrong passwords in a row before the account locks. Level 3 practice: 5.")},
    {"lockoutMinutesSpinBox", &SecurityPolicy::lockoutMinutes, 10, 1440,
     QT_TRANSLATE_NOOP("SecurityPolicyPage", "Lock for:"), QT_TRANSLATE_NOOP("SecurityPolicyPage", " minutes"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage",
                       "Unless the security administrator unlocks it sooner. Level 3 practice: at least 10 minutes.")},
    {"idleMinutesSpinBox", &SecurityPolicy::idleLockMinutes, 1, 15,
     QT_TRANSLATE_NOOP("SecurityPolicyPage", "Lock the window after:"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage", " idle minutes"),
     QT_TRANSLATE_NOOP("SecurityPolicyPage",
                       "The officer must give the password again. Applies within a minute. Level 3 practice: at "
                       "most 15 minutes.")},
};
} // namespace

SecurityPolicyPage::SecurityPolicyPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_errorLabel(makeErrorLabel(this))
    , m_savedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("SecurityPolicyPage"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));

    auto* intro = new QLabel(tr("These rules put identity authentication (身份鉴别) of 等保2.0 level 3 "
                                "(GB/T 22239-2019) into practice. Weaker values are refused, and every change is "
                                "recorded in the audit trail."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const auto& field : kFields) {
        auto* spinBox = new QSpinBox(this);
        spinBox->setObjectName(QString::fromLatin1(field.objectName));
        spinBox->setRange(field.minimum, field.maximum);
        spinBox->setSuffix(tr(field.suffix));
        auto* explanation = new QLabel(tr(field.explanation), this);
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        auto* cell = new QVBoxLayout;
        cell->addWidget(spinBox, 0, Qt::AlignLeft);
        cell->addWidget(explanation);
        form->addRow(tr(field.label), cell);
        m_spinBoxes << spinBox;
        connect(spinBox, &QSpinBox::valueChanged, m_savedLabel, &QLabel::clear);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &SecurityPolicyPage::save);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_savedLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addStretch();
}

void SecurityPolicyPage::refresh()
{
    showFormError(m_errorLabel, {});
    auto policy = SecurityPolicy::load(*m_session.db);
    if (!policy) {
        MessageBoxes::warning(this, tr("Security policy"), policy.error().message);
        return;
    }
    showPolicy(*policy);
    m_savedLabel->clear();
}

void SecurityPolicyPage::showPolicy(const SecurityPolicy& policy)
{
    for (qsizetype i = 0; i < m_spinBoxes.size(); ++i)
        m_spinBoxes.at(i)->setValue(policy.*kFields[i].value);
}

void SecurityPolicyPage::save()
{
    SecurityPolicy policy;
    for (qsizetype i = 0; i < m_spinBoxes.size(); ++i)
        policy.*kFields[i].value = m_spinBoxes.at(i)->value();
    if (auto saved = SecurityPolicy::save(*m_session.db, m_session.actor, policy); !saved) {
        m_savedLabel->clear();
        showFormError(m_errorLabel, saved.error().message);
        return;
    }
    showFormError(m_errorLabel, {});
    m_savedLabel->setText(tr("Saved at %1.").arg(Clock::currentDateTime().toString(QStringLiteral("HH:mm"))));
    emit dataChanged();
}
