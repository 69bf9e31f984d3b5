#include "ReferenceRegister.h"

#include "ReferenceDateDialog.h"
#include "reference/CleanupDocument.h"
#include "widgets/MessageBoxes.h"

#include <QDialog>
#include <QPushButton>
#include <QTableView>

ReferenceRegister::ReferenceRegister(Session& session, bool editor, const QString& name, const QStringList& headers,
                                     QWidget* parent)
    : ReferenceListTab(name, headers, parent)
    , m_session(session)
    , m_editor(editor)
{
    connect(this, &ReferenceListTab::selectionChanged, this, &ReferenceRegister::updateButtons);
}

QPushButton* ReferenceRegister::addButton(const QString& text, const QString& objectName, Access access,
                                          std::function<bool(int)> allowed, std::function<void(int)> run)
{
    QPushButton* button = ReferenceListTab::addButton(text, objectName);
    button->setVisible(access == Access::Everyone || m_editor);
    connect(button, &QPushButton::clicked, this, [this, run = std::move(run)] { run(selectedRow()); });
    m_buttons.append({button, access, std::move(allowed)});
    return button;
}

void ReferenceRegister::addVersionedButtons(const QString& name, std::function<bool(int)> inForce,
                                            std::function<void(int)> history, std::function<void(int)> edit,
                                            std::function<void(int)> abolish)
{
    const QString capital = name.left(1).toUpper() + name.mid(1);
    addButton(tr("History…"), name + QStringLiteral("HistoryButton"), Access::Everyone, ReferenceText::anyRow,
              std::move(history));
    addButton(tr("Add…"), QStringLiteral("add%1Button").arg(capital), Access::Editors, ReferenceText::always,
              [edit](int) { edit(-1); });
    auto* editButton
        = addButton(tr("Edit…"), QStringLiteral("edit%1Button").arg(capital), Access::Editors, inForce, edit);
    addButton(tr("Abolish…"), QStringLiteral("abolish%1Button").arg(capital), Access::Editors, inForce,
              std::move(abolish));
    openOnDoubleClick(editButton);
}

void ReferenceRegister::openOnDoubleClick(QPushButton* button)
{
    connect(table(), &QAbstractItemView::doubleClicked, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
}

void ReferenceRegister::updateButtons()
{
    for (const TabButton& b : std::as_const(m_buttons))
        b.button->setEnabled((b.access == Access::Everyone || m_editor) && b.allowed(selectedRow()));
}

void ReferenceRegister::finishDialog(int result, const QString& savedKey)
{
    // Reload even when cancelled: a dialog closes itself on a conflict after saying so.
    emit reloadRequested();
    if (result != QDialog::Accepted)
        return;
    if (!savedKey.isEmpty())
        selectKey(savedKey);
    emit dataChanged();
}

void ReferenceRegister::runDateOperation(const QString& title, const QString& explanation, const QString& dateLabel,
                                         QDate initial, const std::function<Status(QDate)>& operation)
{
    ReferenceDateDialog dialog(title, explanation, dateLabel, initial, operation, this);
    finishDialog(dialog.exec());
}

void ReferenceRegister::showError(const Error& error)
{
    MessageBoxes::warning(this, tr("Catalog and lists"), error.message);
}

namespace ReferenceText {

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString openEnd(QDate date)
{
    return date.isValid() ? day(date) : ReferenceRegister::tr("open-ended");
}

QString subjects(const QStringList& kinds)
{
    QStringList names;
    for (const QString& kind : kinds)
        names << ReferenceTerms::subjectKindName(kind);
    return names.join(QStringLiteral("、"));
}

QString itemStatusName(ItemStatus status)
{
    return status == ItemStatus::InForce ? ReferenceRegister::tr("in force") : ReferenceRegister::tr("abolished");
}

QString provisions(const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names << CleanupDocuments::provisionName(id);
    return names.join(QStringLiteral(", "));
}

} // namespace ReferenceText
