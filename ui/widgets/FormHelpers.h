#pragma once

#include "Result.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QString>
#include <functional>

// Inline feedback under a form: red for what must change, hidden when there is nothing to say.
inline void showFormError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

inline QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

// Ends a small one-off form: an error label and OK / Cancel under what the layout holds. OK runs the
// action; the dialog closes only when it succeeds, otherwise the action's message stays in the form.
inline QDialogButtonBox* addFormButtons(QDialog& dialog, QLayout* layout, std::function<Status()> action)
{
    auto* error = makeErrorLabel(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, error, action = std::move(action)] {
        if (auto done = action(); !done) {
            showFormError(error, done.error().message);
            return;
        }
        dialog.accept();
    });
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    return buttons;
}
