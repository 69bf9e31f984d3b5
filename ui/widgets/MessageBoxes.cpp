#include "MessageBoxes.h"

#include <optional>

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
std::optional<QMessageBox::StandardButton> s_autoAnswer;
QString s_lastText;
int s_shown = 0;
} // namespace

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                               const QString& text, QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    ++s_shown;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    if (s_autoAnswer)
        return *s_autoAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

bool MessageBoxes::question(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBoxes::setAutoAnswer(bool enabled, QMessageBox::StandardButton answer)
{
    if (enabled)
        s_autoAnswer = answer;
    else
        s_autoAnswer.reset();
}

QString MessageBoxes::lastText()
{
    return s_lastText;
}

int MessageBoxes::shownCount()
{
    return s_shown;
}
